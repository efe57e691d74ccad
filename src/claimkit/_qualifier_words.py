r"""A cheap exact test run before the qualifier search of :mod:`claimkit._quantity`.

``_QUALIFIER_RE.search`` tries its three case-insensitive tries at each of the 40
positions before a number (≈ 7 µs a number); most numbers have no qualifier.  Every match
ends, before the number's spaces, on the last run of letters of a lexicon entry (a
qualifier, a glued qualifier, a qualifying verb form or an article after one), and that run
is a whole run of letters of the text: every entry's last run follows a non-letter of the
entry ("plus de", "jusqu'à") or the entry's own look-behind.  For an entry of several runs
the run before it is one too ("plus" in "plus de"), or ends one for a glued entry ("jusqu"
in "estoffrejusqu'à").  :func:`may_qualify` compares the text's last one or two runs with
those of the entries and returns False only when no entry can match.

It reads runs of letters with ``str.lower`` on characters where :mod:`regex`'s letter class
``[^\W\d_]`` and case-insensitive matching were checked to agree with it (ASCII and
Latin-1 letters, and the non-letters below; ``tests/test_quantity_speed.py``); any other
character next to the runs, or an entry outside those letters, leaves the search to run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

import regex

from claimkit._lexicon import (
    GLUED_QUALIFIERS,
    QUALIFIER_ARTICLES,
    QUALIFIER_VERB_STEMS,
    QUALIFIERS,
)

__all__ = [
    "VERB_ENDINGS",
    "QualifierRuns",
    "lexicon_runs",
    "may_end_qualifier",
    "may_qualify",
    "qualifier_runs",
    "verb_forms",
]

#: Letters whose case-insensitive matching :func:`str.lower` reproduces, with one another.
SAFE_LETTERS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
)
#: Characters that are no letter to either engine: ASCII and Latin-1 non-letters (less
#: superscripts, fractions and the letter-like ª µ º), the spaces, apostrophes and dashes
#: of French web text.
SAFE_NONLETTERS: Final = frozenset(
    "".join(
        chr(c)
        for c in range(0x100)
        if chr(c) not in SAFE_LETTERS
        and c not in (0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA)
        and c not in range(0xBC, 0xBF)
    )
    + "\u202f\u2009\u2007\u2008\u200a\u2019\u2010\u2011\u2012\u2013\u2014\u2212"
)
#: What may stand between two runs of letters of one entry: its spaces (``HSPACE+``), its
#: apostrophes (``APOS`` and the "?" of damaged text), its hyphens.
_SEPARATORS: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a'\u2019\u02bc\u00b4`?-")
_RUN_RE: Final = re.compile(r"[^\W\d_]+")
_HSPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a")

#: The endings of the qualifying verbs in ``claimkit._quantity._QUALIFIER_RE``.
VERB_ENDINGS: Final = "(?:e|es|ent|ait|aient|ant|ée|ées|és|é|er|era|eront|erait)"
_ENDINGS: Final = tuple(VERB_ENDINGS[3:-1].split("|"))

#: One-run entries; two-run entries by last run, the runs before; glued ones likewise.
QualifierRuns = tuple[frozenset[str], dict[str, frozenset[str]], dict[str, tuple[str, ...]]]


def _runs(entry: str) -> list[str]:
    return _RUN_RE.findall(entry.lower())


def qualifier_runs(entries: tuple[str, ...], glued: tuple[str, ...]) -> QualifierRuns | None:
    """Return the last runs of *entries* (one run, or two: by last run, the runs before).

    And for *glued* entries (no look-behind), by last run, what the run before must end
    with.  Entries that end on no letter ("plus d'") are left out: :func:`may_qualify`
    lets the search run wherever the text does.  None when an entry holds a character
    outside :data:`SAFE_LETTERS` and the separators (the test would not be exact).
    """
    single: set[str] = set()
    pairs: dict[str, set[str]] = {}
    glued_pairs: dict[str, set[str]] = {}
    for table, into in ((entries, pairs), (glued, glued_pairs)):
        for entry in table:
            if not entry or any(c not in SAFE_LETTERS and c not in _SEPARATORS for c in entry):
                return None
            if entry[-1] not in SAFE_LETTERS:
                continue  # "plus d'": its matches end on no letter, where the search runs
            runs = _runs(entry)
            if len(runs) == 1 and into is pairs:
                single.add(runs[0])
            elif len(runs) == 1:
                return None
            else:
                into.setdefault(runs[-1], set()).add(runs[-2])
    return (
        frozenset(single),
        {k: frozenset(v) for k, v in pairs.items()},
        {k: tuple(sorted(v)) for k, v in glued_pairs.items()},
    )


def may_qualify(text: str, k: int, runs: QualifierRuns) -> bool:
    """Return False only when no entry of *runs* can end at *k* (see the module docstring)."""
    single, pairs, glued = runs
    r = k
    while r > 0 and text[r - 1] in SAFE_LETTERS:
        r -= 1
    if r == k or (r > 0 and text[r - 1] not in SAFE_NONLETTERS):
        return True  # not a letter, or a character not checked: search
    last = text[r:k].lower()
    if last in single:
        return True
    before = pairs.get(last)
    glued_before = glued.get(last)
    if before is None and glued_before is None:
        return False
    s = r
    while s > 0 and text[s - 1] in _SEPARATORS:
        s -= 1
    if s == r or s == 0:
        return False  # no separator, or nothing before it: no entry of two runs
    t = s
    while t > 0 and text[t - 1] in SAFE_LETTERS:
        t -= 1
    if t == s:
        return text[s - 1] not in SAFE_NONLETTERS
    if t > 0 and text[t - 1] not in SAFE_NONLETTERS:
        return True
    word = text[t:s].lower()
    if before is not None and word in before:
        return True
    return glued_before is not None and any(word.endswith(g) for g in glued_before)


def verb_forms(stems: Iterable[str], endings: Iterable[str]) -> tuple[str, ...]:
    """Return every stem followed by every ending (the qualifying verb forms)."""
    endings = list(endings)
    return tuple(stem + ending for stem in stems for ending in endings)


# ---------------------------------------------------------------------------------------------
# The tests run before ``claimkit._quantity.find_qualifier``'s search
# ---------------------------------------------------------------------------------------------


#: What may stand between a qualifier and its number: an opening quotation mark or a plus
#: sign ("plus de « 80 % »", "plus de + 40 %").  :data:`claimkit._quantity._QUALIFIER_RE`
#: builds its character class from it, so the shortcut and the search agree.
BETWEEN_MARKS: Final = '«“"+'
_BETWEEN: Final = frozenset(BETWEEN_MARKS)

#: What a negated qualifying verb ends on before its amount: "ne dépassait pas 14 milliards".
_NEGATED_VERB_ENDS: Final = ("pas", "que")  # "ne dépassait pas", "n'avoisinait que"


@functools.cache
def _qualifier_ascii(ch: str) -> frozenset[str]:
    """Return the ASCII characters that *ch* of a qualifier matches, in any case."""
    if ch == "'":
        return frozenset("'`?")  # APOS and its damaged forms
    pattern = regex.compile("(?i)" + regex.escape(ch))
    return frozenset(a for a in map(chr, range(128)) if pattern.fullmatch(a))


def _qualifier_endings() -> tuple[frozenset[str], frozenset[str]]:
    """Return the ASCII one- and two-character endings a qualifier match can have."""
    endings = _ENDINGS
    words = [*QUALIFIERS, *GLUED_QUALIFIERS, *QUALIFIER_ARTICLES, *_NEGATED_VERB_ENDS]
    words.extend(stem + ending for stem in QUALIFIER_VERB_STEMS for ending in endings)
    one: set[str] = set()
    two: set[str] = set()
    for word in words:
        assert not word.endswith(" ")
        if len(word) == 1:
            one.update(_qualifier_ascii(word))
        else:
            before, last = _qualifier_ascii(word[-2]), _qualifier_ascii(word[-1])
            two.update(a + b for a in before for b in last)
    return frozenset(one), frozenset(two)


#: A cheap necessary condition for :data:`_QUALIFIER_RE`: the last two characters before the
#: number's spaces must end some qualifier (any non-ASCII character runs the search).
_QUALIFIER_ONE, _QUALIFIER_TWO = _qualifier_endings()


def may_end_qualifier(text: str, start: int) -> bool:
    """Return False only when no qualifier can end right before *start*."""
    if start > 0 and text[start - 1] == "\n":
        return True  # "$" also matches before a final newline
    k = start
    for _ in range(3):  # SPACE is at most three spaces
        if k > 0 and text[k - 1] in _HSPACES:
            k -= 1
    if k > 0 and text[k - 1] in _BETWEEN:  # "plus de « 80 % »": a mark between
        k -= 1
        for _ in range(3):
            if k > 0 and text[k - 1] in _HSPACES:
                k -= 1
    if k < 2:
        return True
    last = text[k - 2 : k]
    if not (not last.isascii() or last in _QUALIFIER_TWO or last[1] in _QUALIFIER_ONE):
        return False
    runs = lexicon_runs()
    return runs is None or may_qualify(text, k, runs)


@functools.cache
def lexicon_runs() -> QualifierRuns | None:
    """Return the last runs of letters of the entries :data:`_QUALIFIER_RE` ends on (once)."""
    return qualifier_runs(
        (
            *QUALIFIERS,
            *QUALIFIER_ARTICLES,
            *verb_forms(QUALIFIER_VERB_STEMS, _ENDINGS),
            *_NEGATED_VERB_ENDS,
        ),
        tuple(GLUED_QUALIFIERS),
    )
