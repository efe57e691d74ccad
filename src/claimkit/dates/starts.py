"""Where each date pass can start: the words before its core, and the cores' kinds.

Read by :mod:`claimkit.dates.scan`'s walk, which tries a pass only at these positions
(the walk may give too many positions, never too few, so the matches are those of
``finditer``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

import regex

from claimkit.dates.lexicon import (
    DAY_WORDS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_WORDS,
    QUANTITY_WORDS,
    SHIFT_DAYS,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    normalise_word,
)
from claimkit.dates.patterns import (
    _AROUND_RE,
    _DAY_LIST_RE,
    _DM_NUM_RE,
    _DMY_NUM_RE,
    _DMY_RE,
    _EASTER_RE,
    _ENGLISH_RE,
    _HOLIDAY_RE,
    _MIXED_RE,
    _MONTH_FIRST_RE,
    _MY_RE,
    _NTH_WEEKDAY_RE,
    _OFFSET_RE,
    _ORDINAL_DAY_RE,
    _PERIOD_REL_RE,
    _SHIFT_RE,
    _SPACED_NUM_RE,
    _WEEKDAY_REL_RE,
    _YEAR_CONTEXT_RE,
    _YEAR_LIST_RE,
    _YM_NUM_RE,
    _YMD_NUM_RE,
)
from claimkit.text import HSPACE, alternation

_WORD_SPLIT_RE: Final = regex.compile(r"[\s'\-.]+")


def _anchor_words(*tables: Iterable[str]) -> set[str]:
    """Collect the content words of date tables: every date holds one of them, or digits.

    Function words of multi-word entries ("le jour d'avant") are left out when the entry
    keeps another word.
    """
    stop = {"le", "la", "les", "de", "du", "des", "d", "l", "en", "ce", "un", "une", "au", "avant",
            "apres", "après", "suivant", "precedent", "précédent", "dans", "travail",
            "travailleurs", "internationale"}  # fmt: skip
    words: set[str] = set()
    for table in tables:
        for key in table:
            tokens = [t for t in _WORD_SPLIT_RE.split(normalise_word(key)) if t]
            kept = [t for t in tokens if t not in stop]
            words.update(kept or tokens)
    return words


#: The anchor words of each group (digits are found by a pattern instead).
_GROUP_WORDS: Final[dict[str, set[str]]] = {
    "digits": set(),
    "month": _anchor_words(MONTHS, MONTH_ABBREVIATIONS, ENGLISH_MONTHS),
    "weekday": _anchor_words(WEEKDAYS, WEEKDAY_ABBREVIATIONS),
    "unit": _anchor_words(UNITS),
    "holiday": _anchor_words(HOLIDAYS, ["pâques", "paques"]),
    "shift": _anchor_words(SHIFT_DAYS),
}


# ---------------------------------------------------------------------------------------------
# Where a pass can start
# ---------------------------------------------------------------------------------------------
#
# A pass run with ``finditer`` is tried at every position of its windows, and pays for its
# optional leading parts (a preposition, "fin de", a weekday, a spelled-out day) at each one.
# But every match holds a *core* that is cheap to find: a month, weekday, unit or holiday word
# (an anchor hit, already found), or a run of digits with the right separator after it; and
# what a match holds before its core is a few known words and separators.  So a match can
# only start at its core or at the start of a word reached by walking left from the core over
# such words.  The pass is tried at those positions only, in order, resuming after each match
# as ``finditer`` does; the walk may give too many positions, never too few, so the matches
# are the same.
#
# The walk reads the lower-cased text as runs of letters and of digits.  That agrees with the
# patterns' case-insensitive matching, ``\w`` and ``\d`` only on characters where
# ``str.lower``, :mod:`re` and :mod:`regex` agree (checked one by one when this class was
# written): Latin-1 minus superscripts and fractions, "ŒœŸ", general punctuation and currency
# signs.  A text with any other character ("ſ", the Kelvin sign, "²", a combining accent,
# another script) takes the plain scan (:data:`_OTHER_CHAR_RE`, in the patterns stage).

#: Letters of a lower-cased text made of the characters above; digits are 0-9 there.
_LETTERS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyz\u00aa\u00b5\u00ba\u0153"
    + "".join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7)
)
_DIGITS: Final = frozenset("0123456789")
#: What the patterns allow between two words before a core: spaces, apostrophes, dashes,
#: "," and "." (after a weekday: "mer., 10 juin"), "(" ("lundi (3 juin", "(2024)").
_GAP: Final = frozenset(
    "\x20\u00a0\u202f\u2009\u2007\u2008\u200a'\u2019\u00b4`-\u2010\u2011\u2012\u2013\u2014\u2212,.("
)


def _words_of(*phrases: Iterable[str]) -> frozenset[str]:
    """Split table keys and phrases into their lower-case runs of letters ("jusqu", "au")."""
    return frozenset(
        w for table in phrases for p in table for w in re.findall(r"[^\W\d_]+", p.lower())
    )


_LEAD_WORDS: Final = _words_of(
    ["depuis", "dès", "avant", "après", "apres", "jusqu'au à a en", "partir du de d'"],
    ["en", "au", "ce", "cette", "pour"],
)
_MOD_WORDS: Final = _words_of(["à a la au le en", "fin début debut milieu courant de du d'", "mi"])
_WEEKDAY_WORDS: Final = _words_of(WEEKDAYS, WEEKDAY_ABBREVIATIONS)
#: What follows a day or ordinal number: "1er", "1re", "3e", "3ème".
_SUFFIX_WORDS: Final = _words_of(["er re ère ème eme e"])

#: The cores found among the anchor words, by kind; each of these words is an anchor word.
_CORE_WORDS: Final[dict[str, frozenset[str]]] = {
    "month": _words_of(MONTHS, MONTH_ABBREVIATIONS),
    "weekday": _words_of(WEEKDAYS),
    "jour": frozenset({"jour"}),
    "period": frozenset({"mois", "an", "année", "annee"}),
    "unit": _words_of(UNITS),
    "shift": frozenset(_anchor_words(SHIFT_DAYS)),
    # The last anchor word of each holiday: "an" for "jour de l'an", "noël", "fête".
    "holiday": frozenset(
        [w for w in re.findall(r"[^\W\d_]+", key) if w in _anchor_words([key])][-1]
        for key in HOLIDAYS
    ),
    "easter": frozenset({"pâques", "paques"}),
    "around": frozenset({"veille", "lendemain"}),
    "english": _words_of(ENGLISH_MONTHS),
}
#: The kinds of each core word.
_KINDS_OF_WORD: Final[dict[str, tuple[str, ...]]] = {
    w: tuple(k for k, words in _CORE_WORDS.items() if w in words)
    for w in frozenset().union(*_CORE_WORDS.values())
}
if not _KINDS_OF_WORD.keys() <= {w for words in _GROUP_WORDS.values() for w in words}:
    raise AssertionError("every core word must be an anchor word: cores are read from the hits")

#: Horizontal spaces (see :data:`claimkit.text.HSPACE`).
_HSPACES: Final = frozenset("\x20\u00a0\u202f\u2009\u2007\u2008\u200a")
_H: Final = HSPACE

_SEPARATORS: Final = frozenset("/.-")

#: Cores that are runs of digits, by kind: the sizes of the runs that can start one, what
#: can follow such a run, and what a match holds from the run on.
_DIGIT_CORES: Final[tuple[tuple[str, tuple[int, ...], frozenset[str], re.Pattern[str]], ...]] = (
    # _YMD_NUM_RE: "2023-07-21"
    ("ymd", (4,), _SEPARATORS, re.compile(r"[0-9]{4}([/.\-])[0-9]{1,2}\1[0-9]")),
    # _DMY_NUM_RE: "21/07/2023", "21.07.23"
    ("dmy", (1, 2), _SEPARATORS, re.compile(r"[0-9]{1,2}([/.\-])[0-9]{1,2}\1[0-9]{2}")),
    # _YM_NUM_RE: "2023-07", "3 / 2015"
    (
        "ym",
        (1, 2, 4),
        _SEPARATORS | _HSPACES,
        re.compile(
            rf"[0-9]{{4}}{_H}{{0,3}}[/.\-]{_H}{{0,3}}[0-9]"
            rf"|[0-9]{{1,2}}{_H}{{0,3}}[/\-]{_H}{{0,3}}[0-9]{{4}}"
        ),
    ),
    # _DM_NUM_RE: "17/02"
    ("dm", (1, 2), frozenset("/"), re.compile(r"[0-9]{1,2}/[0-9]")),
    # _SPACED_NUM_RE: "20 02 2014"
    ("spaced", (1, 2), _HSPACES, re.compile(rf"[0-9]{{1,2}}{_H}[0-9]")),
    # _MIXED_RE: "23/Sep/2020", "02/oct"
    ("mixed", (1, 2, 3, 4), frozenset("/-"), re.compile(r"[0-9]{1,4}[/\-][0-9a-z]")),
)
#: What can follow a run of digits that starts such a core.
_AFTER_DIGITS: Final = _SEPARATORS | _HSPACES


class _Starts(NamedTuple):
    """Where the matches of one pass can start (see above).

    Every match holds a core of kind *core*; before it, only words of *before* (and digit
    runs if *digits*, and words *glued* matches in full), joined by :data:`_GAP` characters.
    *at_core*: a match can start at the core itself; *punct*: at one of these characters
    just before the core.  *after* and *min_digits* rule out cores early.
    """

    core: str
    before: frozenset[str] = frozenset()
    digits: bool = False
    at_core: bool = True
    punct: str = ""
    glued: re.Pattern[str] | None = None
    #: What must follow a core word in a match (cores where it does not are skipped).
    after: re.Pattern[str] | None = None
    #: How many digit runs a match holds before its core at least.
    min_digits: int = 0


_DAY_WORDS_BEFORE: Final = _words_of(DAY_WORDS) | _SUFFIX_WORDS

#: What each pass holds before its core, read from its pattern.
_PASS_STARTS: Final[dict[int, _Starts]] = {
    id(_DMY_RE): _Starts(
        "month",
        _LEAD_WORDS
        | _MOD_WORDS
        | _WEEKDAY_WORDS
        | _DAY_WORDS_BEFORE
        | _words_of(["le du au", "de du mois d'", "matin soir après apres midi"]),
        digits=True,
        at_core=False,
    ),
    id(_ORDINAL_DAY_RE): _Starts(
        "jour",
        _words_of(ORDINAL_WORDS, ["le dernier"]) | _SUFFIX_WORDS,
        digits=True,
        at_core=False,
    ),
    id(_MY_RE): _Starts("month", _LEAD_WORDS | _MOD_WORDS | _words_of(["le au du ce mois de d'"])),
    id(_YEAR_CONTEXT_RE): _Starts(
        "year",
        _MOD_WORDS
        | _words_of(
            ["depuis dès avant après apres jusqu'en en courant vers d'ici à a partir de"],
            ["l'horizon de l'année calendaire année l'an printemps été automne hiver"],
            ["trimestre semestre exercice exercices", "de pour entre par rapport"],
            ["financier budgétaire budgetaire fiscal comptable gestion"],
        ),
        at_core=False,
        punct="(",
    ),
    id(_YMD_NUM_RE): _Starts("ymd", _WEEKDAY_WORDS),
    id(_DMY_NUM_RE): _Starts("dmy", _WEEKDAY_WORDS | _words_of(["le du au"])),
    id(_YM_NUM_RE): _Starts("ym"),
    id(_DM_NUM_RE): _Starts("dm", _WEEKDAY_WORDS | _words_of(["le du au ce prochain"])),
    id(_SPACED_NUM_RE): _Starts("spaced"),
    id(_SHIFT_RE): _Starts("shift", _words_of(SHIFT_DAYS)),
    id(_WEEKDAY_REL_RE): _Starts("weekday", _words_of(["ce cette dernier prochain le"])),
    id(_PERIOD_REL_RE): _Starts("period", _MOD_WORDS | _words_of(["le au du ce l' cette"])),
    id(_OFFSET_RE): _Starts(
        "unit",
        _words_of(["il y a dans", "à a peu près environ près d' presque"], QUANTITY_WORDS),
        digits=True,
        at_core=False,
        # The spaces of "il y a" and before the number may be missing: "ilya", "danstrois".
        glued=re.compile(
            rf"(?:il)?(?:y)?(?:a|dans|presque|environ|près)?{alternation(QUANTITY_WORDS)}?"
        ),
    ),
    id(_HOLIDAY_RE): _Starts(
        "holiday", _words_of(HOLIDAYS, ["le la à a au jour journée journee de"])
    ),
    id(_EASTER_RE): _Starts("easter", _words_of(["lundi de"])),
    id(_MONTH_FIRST_RE): _Starts(
        "month",
        _WEEKDAY_WORDS,
        # The day follows the month: "Oct. 2", "Jan-1", "janv.. 3".
        after=re.compile(rf"\.?(?:{_H}{{0,3}}[/\-]{_H}{{0,3}}|\.?{_H}{{1,3}})[0-9]"),
    ),
    id(_MIXED_RE): _Starts("mixed"),
    id(_DAY_LIST_RE): _Starts(
        "month",
        _words_of(["le les du entre er et ou au"]) | _WEEKDAY_WORDS,
        digits=True,
        at_core=False,
        min_digits=2,
    ),
    id(_NTH_WEEKDAY_RE): _Starts(
        "weekday",
        _words_of(
            ["le premier première premiere 1er deuxième deuxieme second 2e troisième troisieme"],
            ["3e quatrième quatrieme 4e dernier"],
        ),
        digits=True,
        at_core=False,
    ),
    id(_AROUND_RE): _Starts("around", _words_of(["le la"])),
    id(_ENGLISH_RE): _Starts("english", _words_of(ENGLISH_WEEKDAYS, ["st nd rd th"]), digits=True),
    id(_YEAR_LIST_RE): _Starts("year", _words_of(["et ou à a"]), at_core=False, punct=","),
}
