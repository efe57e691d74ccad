"""Numbers, qualifiers and the glue between two amounts, shared by money and percentages.

What this handles: French numerals written with digits ("900 000", "900.000", "1'250",
"8,9", "4.3") or words ("quatre-vingt-sept", "trente-cinq mille", "une dizaine"), the
qualifier words written before a quantity ("jusqu'à", "près de", "plus de"), and the
connectors that make two quantities a range ("de 300 000 à 900 000"), a change ("passe de 40
à 45") or a list ("10, 20 ou 30").  What it leaves alone: units.  Each extractor reads its own
unit after the number and decides which numbers are claims.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

import regex
from text_to_num import text2num

from claimkit._lazy import LazyRe, LazyRegex
from claimkit._lexicon import (
    APPROX_NOUNS,
    CURRENCY_CODES,
    GLUED_QUALIFIERS,
    MULTIPLIERS,
    NUMBER_WORDS,
    POST_QUALIFIERS,
    QUALIFIER_ARTICLES,
    QUALIFIER_VERB_STEMS,
    QUALIFIERS,
)
from claimkit._qualifier_words import BETWEEN_MARKS
from claimkit._qualifier_words import VERB_ENDINGS as _VERB_ENDINGS
from claimkit._qualifier_words import may_end_qualifier as _may_end_qualifier
from claimkit.anchors import _trie, plain_text
from claimkit.text import (
    APOS,
    DASH,
    HSPACE,
    SPACE,
    fold_apostrophes,
    trie_alternation,
)

__all__ = [
    "MULTIPLIER_RE",
    "NUMBER_WORD_RE",
    "Number",
    "canonical",
    "find_post_qualifier",
    "find_qualifier",
    "is_year_label",
    "iter_numbers",
    "parse_digits",
]

#: A letter (not a digit, not an underscore): word boundaries for French words.
_LETTER: Final = r"[^\W\d_]"
_HSPACES_RE: Final = LazyRegex(rf"{HSPACE}+")

_NUMWORD: Final = trie_alternation(sorted(NUMBER_WORDS))
_WORD_SEP: Final = rf"(?:{HSPACE}+(?:et{HSPACE}+)?|-(?:et-)?)"

#: Before a number: not a digit or decimal mark (inside a number), and not a letter
#: ("PS5", "A380", "COVID-19" hold no amount), except a currency code glued to it
#: ("USD1,23", "EUR29,99").
_NUMBER_START: Final = (
    rf"(?<![\d.,])(?:(?<!{_LETTER})|(?<=(?<![A-Za-z])(?:{'|'.join(sorted(CURRENCY_CODES))})))"
)

#: The word branches of :data:`NUMBER_RE`: "une dizaine", "trente-cinq", "deux cent mille".
_WORD_BRANCHES: Final = rf"""
    (?<!{_LETTER})(?P<approx>(?i:une?|la){HSPACE}+(?P<noun>(?i:{trie_alternation(APPROX_NOUNS)})))
        (?!{_LETTER})
    | (?<!{_LETTER})
        # "un mille" is not French for 1000: an article before "mille" is no part of it
        (?!(?i:une?){_WORD_SEP}(?i:mille)(?!{_LETTER}))
        (?P<words>(?i:{_NUMWORD}(?:{_WORD_SEP}{_NUMWORD}){{0,29}}))(?!{_LETTER})
"""

NUMBER_RE: Final = LazyRegex(
    rf"""
    (?P<digits>
        # Grouped thousands with one separator used throughout: "900 000" (any space),
        # "900.000" (dot: "$10.000" is ten thousand), "1'250" (Swiss apostrophe).
        {_NUMBER_START}\d{{1,3}}(?P<sep>{HSPACE}|[.'\u2019])\d{{3}}
            (?:(?:{HSPACE}|[.'\u2019])\d{{3}}){{0,6}}
            (?:,\d{{1,12}}|\.(?!\d{{3}}(?!\d))\d{{1,12}})?(?![\d])
      | # Plain digits with an optional decimal comma or point: "8,9", "4.3", "26000".
        {_NUMBER_START}\d{{1,15}}(?:[,.]\d{{1,12}})?(?![\d])
    )
    | {_WORD_BRANCHES}
    """,
    flags=regex.VERBOSE,
)

#: The digit branch of :data:`NUMBER_RE`, opening on the digit itself (its look-behinds moved
#: after the first digit) so that the standard engine skips to digits without trying them.
_DIGITS_RE: Final = LazyRe(
    rf"""
    \d
    (?<![\d.,]\d)
    (?:(?<!{_LETTER}\d)|(?<=(?<![A-Za-z])(?:{"|".join(sorted(CURRENCY_CODES))})\d))
    (?:
        \d{{0,2}}(?P<sep>{HSPACE}|[.'\u2019])\d{{3}}(?:(?:{HSPACE}|[.'\u2019])\d{{3}}){{0,6}}
        (?:,\d{{1,12}}|\.(?!\d{{3}}(?!\d))\d{{1,12}})?(?!\d)
      | \d{{0,14}}(?:[,.]\d{{1,12}})?(?!\d)
    )
    """,
    flags=re.VERBOSE,
)

#: The word branches of :data:`NUMBER_RE`, matched only where :data:`_WORD_START_RE` finds
#: a whole lower-case word that can open them.
_WORDS_RE: Final = LazyRegex(_WORD_BRANCHES, flags=regex.VERBOSE)
_OPENING_WORDS: Final = sorted({*NUMBER_WORDS, "un", "une", "la"}, key=len, reverse=True)
#: The words open on the non-letter before them (a word at the window's start is matched by
#: :data:`_FIRST_WORD_RE`), so the engine skips letters at C speed instead of trying a
#: look-behind and the alternation at every position; a trie, tried a letter at a time.
_WORD_START_RE: Final = LazyRe(rf"[\W\d_](?P<w>{_trie(_OPENING_WORDS)})(?!{_LETTER})")
_FIRST_WORD_RE: Final = LazyRe(rf"{_trie(_OPENING_WORDS)}(?!{_LETTER})")

#: A number word right at a position (after spaces): "cent un" continues a number.
NUMBER_WORD_RE: Final = LazyRegex(rf"{SPACE}(?i:{_NUMWORD})(?!{_LETTER})")

#: "8,9 millions", "3 Md€", "450 k€", "une dizaine de millions": a multiplier right after a
#: number.  Abbreviations are case-sensitive ("M" million, never "m" metre unless a currency
#: follows, which the caller checks); the words are not.
MULTIPLIER_RE: Final = LazyRegex(
    lambda: (
        rf"""
    {SPACE}(?:(?:de|d{APOS}){SPACE})?
    (?P<mult>(?i:{trie_alternation([w for w in MULTIPLIERS if len(w) > 3])})
            |{trie_alternation([w for w in MULTIPLIERS if len(w) <= 3])}
            # a word cut by a print hyphen at a line end: "mil- liards", "mil-\nlions"
            |(?i:[mb]il-[\x20\n]{{0,2}}(?:liards?|lions?|liers?)))
    (?!{_LETTER})
    """
    ),
    flags=regex.VERBOSE,
)
#: The ASCII characters a match of :data:`MULTIPLIER_RE` can open on after its spaces.
_MULTIPLIER_OPENINGS: Final = frozenset(
    "d"  # "de", "d'" (case-sensitive)
    + "".join(w[0] + w[0].swapcase() for w in MULTIPLIERS if len(w) > 3)  # (?i)
    + "".join(w[0] for w in MULTIPLIERS if len(w) <= 3)
    + "mMbB"  # "mil- liards", "bil-lions"
)
_MULT_TABLE: Final = {**{k.lower(): v for k, v in MULTIPLIERS.items() if len(k) > 3}}
_MULT_TABLE.update({k: v for k, v in MULTIPLIERS.items() if len(k) <= 3})


#: Scraped text whose apostrophes were lost to "?" ("de l?ordre de", "près d?un").
_APOS_DAMAGED: Final = APOS[:-1] + "?]"
_QUALIFIER_RE: Final = LazyRegex(
    lambda: (
        rf"""
    (?: (?<!{_LETTER})(?P<q>(?i:{trie_alternation(QUALIFIERS).replace(APOS, _APOS_DAMAGED)}))
      | (?P<g>(?i:{trie_alternation(GLUED_QUALIFIERS).replace(APOS, _APOS_DAMAGED)}))
      | (?<!{_LETTER})(?P<v>(?i:{trie_alternation(QUALIFIER_VERB_STEMS)}){_VERB_ENDINGS})
        (?!{_LETTER})(?P<pas>{HSPACE}{{1,3}}(?i:pas)(?!{_LETTER}))?
        (?P<que>{HSPACE}{{1,3}}(?i:que)(?!{_LETTER}))?      # "n'avoisinait que les …"
        # an adverb before an article: "dépasse allègrement les" (never ending the match:
        # the shortcut before the search knows no adverb)
        (?:{HSPACE}{{1,3}}{_LETTER}{{3,}}ment
           (?={HSPACE}{{1,3}}(?i:{trie_alternation(QUALIFIER_ARTICLES)})(?!{_LETTER})))?
    )
    (?:{HSPACE}{{1,3}}(?i:{trie_alternation(QUALIFIER_ARTICLES)}))?
    {SPACE}(?:[{regex.escape(BETWEEN_MARKS)}]{SPACE})?$  # "plus de « 80% »", "plus de + 40 %"
    """
    ),
    flags=regex.VERBOSE,
)
_QUALIFIER_TABLE: Final = {fold_apostrophes(k.lower()): v for k, v in QUALIFIERS.items()}
_QUALIFIER_TABLE.update({fold_apostrophes(k.lower()): v for k, v in GLUED_QUALIFIERS.items()})


#: What a qualifier match can end on, tested before the search (see the module).
_HSPACE_CHARS: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a")


_MAX_LOOKBACK: Final = 40
#: A named mark after a qualifying verb: "frôlé la barre des", "dépasse le cap de".
_MARK_RE: Final = LazyRegex(rf"{HSPACE}{{1,3}}(?i:la|le){HSPACE}+(?i:barre|cap|seuil)(?!{_LETTER})")
#: A modal negated without "pas" before an infinitive: "ne peut dépasser", "ne saurait excéder".
_NE_MODAL_RE: Final = LazyRegex(
    rf"(?<!{_LETTER})(?i:ne|n{APOS}){HSPACE}*(?i:peut|peuvent|pourra|pourront|pourrait|"
    rf"pourraient|saurait|sauraient|doit|doivent|devra|devront|devrait|devraient)"
    rf"{HSPACE}+$"
)
#: "pas" right before an infinitive: "ne devrait pas dépasser".
_NOT_BEFORE_RE: Final = LazyRegex(rf"(?<!{_LETTER})(?i:pas|jamais){HSPACE}+$")
#: A negation before a qualifying verb: "n'a jamais dépassé", "ne dépasse pas".
_NEGATION_RE: Final = LazyRegex(rf"(?i)(?<!{_LETTER})n(?:e{HSPACE}|{APOS})[^.,;:!?]*$")

#: A qualifier written after the quantity: "30 M€ environ", "20 000 $ et moins",
#: "8 % maximum" (not "et plus de …", which opens the next quantity).
_POST_QUALIFIER_RE: Final = LazyRegex(
    lambda: (
        rf"""
    ,?{SPACE}(?P<q>(?i:{trie_alternation(POST_QUALIFIERS)}))(?!{_LETTER})
    (?!{SPACE}(?i:de|d{APOS}|du|des|que|qu{APOS}|à)(?!{_LETTER}))
    (?!{SPACE}\d)                      # "495 millions de dollars, environ 272 milliards …"
    """
    ),
    flags=regex.VERBOSE,
)
_POST_TABLE: Final = {_HSPACES_RE.sub(" ", k.lower()): v for k, v in POST_QUALIFIERS.items()}


def find_post_qualifier(text: str, end: int) -> tuple[int, str] | None:
    """Find a qualifier written right after a quantity ending at *end*: (its end, qualifier).

    >>> find_post_qualifier("30 M€ environ.", 5)
    (13, 'approximate')
    >>> find_post_qualifier("20 000 $ et plus de 30 000 $", 8) is None
    True
    """
    m = _POST_QUALIFIER_RE.matcher(plain_text(text)).match(text, end)
    if m is None:
        return None
    return m.end(), _POST_TABLE[_HSPACES_RE.sub(" ", m.group("q").lower())]


@dataclass(frozen=True, slots=True)
class Number:
    """A numeral found in the text: its span, value and how it was written."""

    start: int
    end: int
    value: Decimal
    approximate: bool = False  # "une dizaine"
    words: bool = False  # spelled out: "quatre-vingt-sept"


def canonical(value: Decimal) -> Decimal:
    """Drop exponent noise: ``8.9 * 10**6`` -> ``8900000``; keep real decimals (``4.3``).

    >>> canonical(Decimal("8.9") * 10**6)
    Decimal('8900000')
    >>> canonical(Decimal("4.30"))
    Decimal('4.3')
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


_GROUPING_RE: Final = LazyRegex(rf"{HSPACE}|['\u2019]")
_GROUPING_CHARS: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a'\u2019")
_DOT_GROUP_RE: Final = LazyRegex(r"\.(?=\d{3}(?!\d))")


def parse_digits(s: str) -> Decimal | None:
    """Read a digit numeral the French way: comma decimal, space/dot/apostrophe grouping.

    A dot followed by exactly three digits groups thousands ("900.000", "125.000,50"); any
    other dot is a decimal point ("4.3").

    >>> parse_digits("900\u00a0000"), parse_digits("8,9"), parse_digits("125.000,50")
    (Decimal('900000'), Decimal('8.9'), Decimal('125000.50'))
    >>> parse_digits("4.3"), parse_digits("1'250"), parse_digits("1.160 000")
    (Decimal('4.3'), Decimal('1250'), Decimal('1160000'))
    >>> parse_digits("15 439.2"), parse_digits("3.105.770.000")
    (Decimal('15439.2'), Decimal('3105770000'))
    """
    # Each substitution only where it has something to replace ("2023", "8,9": neither).
    grouped = not _GROUPING_CHARS.isdisjoint(s)
    if "," in s:
        s = (_GROUPING_RE.sub("", s) if grouped else s).replace(".", "").replace(",", ".")
    else:
        if "." in s and not s.startswith("0."):
            s = _DOT_GROUP_RE.sub("", s)  # "1.160 000", "3.105.770.000": dots group
        if grouped:
            s = _GROUPING_RE.sub("", s)
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


_WORD_RE: Final = LazyRegex(rf"{_LETTER}+")


def _single_word_values() -> dict[str, int]:
    values = {}
    for word in NUMBER_WORDS:
        with contextlib.suppress(ValueError):  # "cents", "vingts" alone are not numbers
            values[word] = int(text2num(word, "fr"))
    return values


_SINGLE_WORDS: Final = _single_word_values()


def _read_words(text: str, start: int, end: int) -> Iterator[Number]:
    """Split a run of number words into the numbers text2num reads, left to right.

    Greedy: a number grows word by word while text2num still reads it ("quatre" 4,
    "quatre vingt" 80, "quatre vingt sept" 87); "et" travels with the word after it
    ("vingt et un").  "un un" gives two numbers; "quarante-cinq cents" gives 45 and leaves
    "cents" to be read as a unit.  Each word costs at most two text2num calls.
    """
    words: list[tuple[int, int, str]] = []
    for m in _WORD_RE.finditer(text, start, end):
        words.append((m.start(), m.end(), fold_apostrophes(m.group()).lower()))
    i = 0
    while i < len(words):
        first = words[i][2]
        if first == "et" or first not in _SINGLE_WORDS:
            i += 1
            continue
        value, j = _SINGLE_WORDS[first], i + 1
        while j < len(words):
            step = 2 if words[j][2] == "et" else 1
            if j + step > len(words):
                break
            chunk = " ".join(w for _, _, w in words[i : j + step])
            try:
                value = int(text2num(chunk, "fr"))
            except (ValueError, TypeError):
                break
            j += step
        yield Number(words[i][0], words[j - 1][1], Decimal(value), words=True)
        i = j


#: A year written as a date, not a quantity: "au T4-2023", "en 2022", "S1 2024", "2023-2024".
_YEAR_DIGITS_RE: Final = LazyRegex(r"(?:1[89]|20)\d\d")
_YEAR_BEFORE_RE: Final = LazyRegex(
    rf"""(?:
        (?<!{_LETTER})[TSQHtsqh][1-4]{SPACE}{DASH}?{SPACE}   # quarter or half: "T4-2023"
      | (?<!{_LETTER})(?i:en|depuis|d{APOS}ici|fin|début|mi|l{APOS}an|année|exercice)
        (?:{HSPACE}+|{DASH})
      | (?:1[89]|20)\d\d{SPACE}[{DASH.strip("[]")}/]{SPACE}  # the end of "2023-2024"
    )$""",
    flags=regex.VERBOSE,
)
_YEAR_AFTER_RE: Final = LazyRegex(rf"{SPACE}[{DASH.strip('[]')}/]{SPACE}(?:1[89]|20)\d\d(?!\d)")


def is_year_label(text: str, start: int, end: int) -> bool:
    """Tell whether the number in ``text[start:end]`` is a year or a period label.

    A year after "en", "depuis", "fin", a quarter "T4-2023", or either end of "2023-2024"
    is never an amount, nor an end of a range of amounts.

    >>> t = "passant de 49 milliards au T4-2023 à 53,7 milliards"
    >>> is_year_label(t, t.index("2023"), t.index("2023") + 4)
    True
    >>> t = "de 2000 à 3000 euros"
    >>> is_year_label(t, 3, 7)
    False
    """
    if not _YEAR_DIGITS_RE.fullmatch(text, start, end):
        return False
    return bool(
        _YEAR_BEFORE_RE.search(text, max(0, start - 12), start) or _YEAR_AFTER_RE.match(text, end)
    )


def iter_numbers(text: str, windows: Iterable[tuple[int, int]] | None = None) -> Iterator[Number]:
    """Yield every numeral in *text* (or in its *windows*, sorted and disjoint), in order.

    >>> [(n.value, n.words) for n in iter_numbers("près d'un million, 8,9 et trente-cinq")]
    [(Decimal('1'), True), (Decimal('8.9'), False), (Decimal('35'), True)]
    >>> list(iter_numbers("aucun chiffre"))
    []
    """
    for start, end in windows if windows is not None else [(0, len(text))]:
        yield from _numbers_in(text, start, end)


def _numbers_in(text: str, pos: int, end: int) -> Iterator[Number]:
    """Yield the numerals of ``text[pos:end]``: what repeated ``NUMBER_RE.search`` finds.

    ``NUMBER_RE`` tries its look-behinds and its number-word alternation at every position,
    about 1 µs a character.  Its digit and word branches cannot overlap (a numeral in words
    holds no digit), so they are found apart: digits with :data:`_DIGITS_RE`, which the
    engine skips to at C speed, and words only where a whole word opens one
    (:data:`_WORD_START_RE` on the lower-cased window).  ``tests/test_properties.py``
    checks the two give the same numbers on random text.
    """
    window = text[pos:end]
    lowered = window.lower()
    if len(lowered) != len(window):  # a character whose lower case is longer ("İ")
        yield from _numbers_by_search(text, pos, end)
        return
    found: list[tuple[int, Number]] = []
    for m in _DIGITS_RE.finditer(text, pos, end):
        value = parse_digits(m.group())
        if value is not None:
            found.append((m.start(), Number(m.start(), m.end(), value)))
    reach = pos
    words_re = _WORDS_RE.matcher(plain_text(text))
    first = _FIRST_WORD_RE.match(lowered)
    starts = [pos] if first is not None else []
    starts.extend(pos + w.start("w") for w in _WORD_START_RE.finditer(lowered))
    for start in starts:
        if start < reach:
            continue
        words = words_re.match(text, start, end)
        if words is None:
            continue
        reach = words.end()
        if words.group("approx") is not None:
            noun = words.group("noun").lower()
            number = Number(start, reach, Decimal(APPROX_NOUNS[noun]), approximate=True)
            found.append((start, number))
        else:
            found.extend((n.start, n) for n in _read_words(text, start, reach))
    found.sort(key=lambda item: item[0])
    for _, number in found:
        yield number


def _numbers_by_search(text: str, pos: int, end: int) -> Iterator[Number]:
    """Read numerals the reference way: ``NUMBER_RE.search`` from each match's end."""
    while True:
        m = NUMBER_RE.search(text, pos, end)
        if m is None:
            return
        pos = m.end()
        if m.group("digits") is not None:
            value = parse_digits(m.group("digits"))
            if value is not None:
                yield Number(m.start(), m.end(), value)
        elif m.group("approx") is not None:
            noun = m.group("noun").lower()
            yield Number(m.start(), m.end(), Decimal(APPROX_NOUNS[noun]), approximate=True)
        else:
            yield from _read_words(text, m.start(), m.end())


def multiplier_at(text: str, pos: int) -> tuple[int, int] | None:
    """Return (end, power of ten) of a multiplier starting at *pos*, if any."""
    # Most numbers have none: after at most three spaces, every match opens on "d" ("de",
    # "d'") or a multiplier's first letter (any non-ASCII character runs the pattern).
    for p in range(pos, min(pos + 4, len(text))):
        c = text[p]
        if c in _MULTIPLIER_OPENINGS or not c.isascii():
            break
        if c not in _HSPACE_CHARS:
            return None
    else:
        return None
    m = MULTIPLIER_RE.matcher(plain_text(text)).match(text, pos)
    if m is None:
        return None
    word = m.group("mult")
    if "-" in word:  # "mil- liards"
        word = regex.sub(r"-\s*", "", word)
    power = _MULT_TABLE.get(word, _MULT_TABLE.get(word.lower()))
    if power is None:
        return None
    return m.end(), power


def find_qualifier(text: str, start: int) -> tuple[int, str] | None:
    """Find a qualifier ending right before *start*; return (its start, qualifier).

    >>> t = "un salaire supérieur à 900 000 dollars"
    >>> find_qualifier(t, t.index("900"))
    (11, 'more_than')
    >>> find_qualifier("estoffrejusqu'à 900", 16)
    (8, 'at_most')
    >>> find_qualifier("il gagne 900", 9) is None
    True
    """
    if not _may_end_qualifier(text, start):
        return None
    m = _QUALIFIER_RE.matcher(plain_text(text)).search(text, max(0, start - _MAX_LOOKBACK), start)
    if m is None:
        return None
    if m.group("v") is not None:
        verb = m.group("v").lower()
        meaning = next(q for s, q in QUALIFIER_VERB_STEMS.items() if verb.startswith(s))
        if _MARK_RE.match(text, m.end("v")):
            return None  # "a frôlé la barre des 29.000 LL": the mark itself, named exactly
        negation = _NEGATION_RE.search(text, max(0, m.start() - 25), m.start())
        if m.group("que") is not None:
            if m.group("pas") is not None or negation is None:
                return None
            negation = None  # "n'avoisinait que les 1000 milliards": "ne … que" is "only"
        if m.group("pas") is not None:
            if negation is None or meaning != "more_than":
                return None
            # "ne dépassait pas 14 milliards", "n'excède pas 5 %": a ceiling, at most
            return negation.start(), "at_most"
        if negation is not None:
            limit = _NOT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            if meaning == "more_than" and verb.endswith("er") and limit is not None:
                # "ne devrait pas dépasser les 4,9 %": a ceiling, at most
                return limit.start(), "at_most"
            if (
                meaning == "more_than"
                and verb.endswith("er")
                and _NE_MODAL_RE.search(text, max(0, m.start() - 25), m.start())
            ):
                return m.start(), "at_most"  # "ne peut dépasser 8 %", without "pas"
            return None  # "n'avait jamais dépassé la barre de Rs 55": the amount is exact
        return m.start(), meaning
    word = m.group("q") if m.group("q") is not None else m.group("g")
    key = _HSPACES_RE.sub(" ", fold_apostrophes(word.lower()).replace("?", "'"))
    found = _QUALIFIER_TABLE.get(key)
    return None if found is None else (m.start(), found)
