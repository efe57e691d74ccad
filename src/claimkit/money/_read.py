"""Reading one amount.

The number's multiplier, its currency written before or after it (signs, ISO codes, names,
local abbreviations), cents, a "no cents" dash, a period and the qualifiers written before
or after it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

import regex

from claimkit._lazy import AnyMatch, LazyRegex
from claimkit._lexicon import (
    CASED_PREFIX_SYMBOLS,
    CASED_SYMBOLS,
    CURRENCY_CODES,
    CURRENCY_PREFIX_SYMBOLS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MINOR_SCALE,
    MINOR_UNITS,
    PERIODS,
    SCALED_SYMBOLS,
)
from claimkit._quantity import (
    NUMBER_WORD_RE,
    Number,
    find_post_qualifier,
    find_qualifier,
    multiplier_at,
    parse_digits,
)
from claimkit.anchors import plain_text
from claimkit.text import (
    APOS,
    DASH,
    HSPACE,
    SPACE,
    fold_apostrophes,
    trie_alternation,
)

_LETTER: Final = r"[^\W\d_]"

# Symbols made only of signs ("$", "€") need no boundary: "87$gagner" is scraped text.
# Symbols with letters ("$ CA", "US$") must end a word: "300 $ c'est" is not Canadian.
#: Runs of spaces, folded to one (or none) before a table lookup.
_HSPACES_RE: Final = LazyRegex(rf"{HSPACE}+")
_SPACES_RE: Final = regex.compile(r"\s+")  # builds the tables below at import: compiled now
_SIGN_SYMBOLS: Final = [s for s in CURRENCY_SYMBOLS if not regex.search(r"[A-Za-z]", s)]
_LETTER_SYMBOLS: Final = [s for s in CURRENCY_SYMBOLS if regex.search(r"[A-Za-z]", s)]

#: The currency written after a number (and its multiplier): "$", "dollars", "d'euros",
#: "EUR", "$ CA", "cents".
_SUFFIX_RE: Final = LazyRegex(
    lambda: (
        rf"""
    {SPACE}
    (?:(?P<de>(?i:de{HSPACE}+|d{APOS})){SPACE})?
    (?:
        (?P<lsym>(?i:{trie_alternation(_LETTER_SYMBOLS)}))(?![\w'\u2019])
      | (?P<scaled>{trie_alternation(SCALED_SYMBOLS)})(?![\w'\u2019])
      | (?P<csym>{trie_alternation(CASED_SYMBOLS)})(?![\w'\u2019])
      | (?P<minor>(?i:{trie_alternation(MINOR_UNITS)}))(?!{_LETTER})
      | (?P<word>(?i:{trie_alternation(CURRENCY_WORDS)}))(?!{_LETTER})
      | (?P<code>{trie_alternation(CURRENCY_CODES)})(?![A-Za-z])
        # "Un USD 1": the code opens the next amount, unless cents follow ("1 USD 23 cents")
        (?!{SPACE}\d(?!\d{{0,1}}{SPACE}(?i:cents?|centimes?)(?!{_LETTER})))
      | (?P<sym>{trie_alternation(_SIGN_SYMBOLS)})(?!\d)  # "Un $1": the sign is the next one's
    )
    """
    ),
    flags=regex.VERBOSE,
)

_ASCII: Final = "".join(map(chr, range(128)))


@functools.cache
def _ascii_variants(ch: str) -> frozenset[str]:
    """Return the ASCII characters that *ch* of a lexicon entry matches, in any case."""
    pattern = regex.compile(APOS if ch == "'" else "(?i)" + regex.escape(ch))
    # The pattern matches one character: its matches in the ASCII set are its variants.
    return frozenset(pattern.findall("'`" if ch == "'" else _ASCII))


@functools.cache
def _suffix_openings() -> tuple[frozenset[str], frozenset[str]]:
    """Return the ASCII one- and two-character openings :data:`_SUFFIX_RE` can match.

    Worked out on the first number read (≈ 7 ms), not at import: a text without amounts
    never needs it.
    """
    one: set[str] = set()
    two: set[str] = set()
    tables = (_LETTER_SYMBOLS, SCALED_SYMBOLS, CASED_SYMBOLS, MINOR_UNITS, CURRENCY_WORDS,
              CURRENCY_CODES, _SIGN_SYMBOLS, ["de", "d'"])  # fmt: skip
    for table in tables:
        for entry in table:
            if len(entry) == 1:
                one.update(_ascii_variants(entry))
            else:
                firsts, seconds = _ascii_variants(entry[0]), _ascii_variants(entry[1])
                two.update(a + b for a in firsts for b in seconds)
    return frozenset(one), frozenset(two)


_SUFFIX_SPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a")


def _suffix_match(text: str, pos: int) -> AnyMatch | None:
    """Return ``_SUFFIX_RE.match(text, pos)``, skipping the match where it cannot succeed.

    A cheap necessary condition (most numbers have no currency after them): after up to
    three spaces, an ASCII opening no entry starts with cannot match.
    """
    one, two = _suffix_openings()
    n = len(text)
    for p in range(pos, min(pos + 4, n)):  # SPACE is at most three spaces
        opening = text[p : p + 2]
        if not opening.isascii() or opening in two or opening[0] in one:
            return _SUFFIX_RE.matcher(plain_text(text)).match(text, pos)
        if text[p] not in _SUFFIX_SPACES:
            break
    return None


_PREFIX_LETTERED: Final = [s for s in CURRENCY_PREFIX_SYMBOLS if regex.search(r"[A-Za-z]", s)]
_PREFIX_SIGNS: Final = [s for s in CURRENCY_PREFIX_SYMBOLS if s not in _PREFIX_LETTERED]

#: The currency written before a number: "$300", "€15", "USD 5 millions", "usd$ 15".
_PREFIX_RE: Final = LazyRegex(
    lambda: (
        rf"""
    (?: (?<![A-Za-z])(?P<lsym>{trie_alternation(_PREFIX_LETTERED)})
      | (?<![A-Za-z])(?P<csym>{trie_alternation(CASED_PREFIX_SYMBOLS)})
      | (?<![A-Za-z])(?P<dcode>(?i:{trie_alternation(CURRENCY_CODES)}))\$
      | (?<![A-Za-z])(?P<code>{trie_alternation(CURRENCY_CODES)})
      | (?P<sym>{trie_alternation(_PREFIX_SIGNS)})
    )
    {SPACE}$
    """
    ),
    flags=regex.VERBOSE,
)

#: "1 USD et 23 centimes", "15 dollars 50": cents after a currency written in letters.
_SUBUNIT_RE: Final = LazyRegex(
    rf"""
    {SPACE}(?:(?i:et){HSPACE}+)?
    (?P<sub>\d{{1,2}}(?!\d))
    (?:{SPACE}(?P<subcur>(?i:cents?|centimes?))(?!{_LETTER}))?
    """,
    flags=regex.VERBOSE,
)
_NO_CENTS_RE: Final = LazyRegex(rf"[.,]{DASH}{{1,2}}(?!\d)")
_SUBUNIT_END_RE: Final = LazyRegex(rf"{SPACE}(?:(?![.,]\d)[^\w\s]|$)|\s*$")  # not "et 1,75"

#: "par an", "/ an", "annuels", optionally after "bruts"/"nets": the period of a salary.
_PERIOD_RE: Final = LazyRegex(
    lambda: (
        rf"""
    (?:{SPACE}(?i:bruts?|nets?|HT|TTC)(?!{_LETTER}))?
    {SPACE}(?P<per>(?i:{trie_alternation(PERIODS)}))(?!{_LETTER})
    # "l'an dernier" is a date, not "per year"
    (?!{SPACE}(?i:dernier|prochain|passé|précédent|suivant|d{APOS}avant|d{APOS}après))
    """
    ),
    flags=regex.VERBOSE,
)
_PERIOD_TABLE: Final = {
    _SPACES_RE.sub("", fold_apostrophes(k.lower())): v for k, v in PERIODS.items()
}

_CURRENCY_KEY: Final = {
    _SPACES_RE.sub(" ", fold_apostrophes(k.lower())): v for k, v in CURRENCY_WORDS.items()
}
_MINOR_KEY: Final = {fold_apostrophes(k.lower()): v for k, v in MINOR_UNITS.items()}
_SYMBOL_KEY: Final = {_SPACES_RE.sub(" ", k.lower()): v for k, v in CURRENCY_SYMBOLS.items()}
_CASED_KEY: Final = {_SPACES_RE.sub(" ", k): v for k, v in CASED_SYMBOLS.items()}


@dataclass(frozen=True, slots=True)
class _Amount:
    """A number with what was read around it, before it becomes a :class:`Money`."""

    start: int  # first char of the claim (prefix currency or qualifier included)
    num_start: int  # first char of the number itself
    end: int
    coef: Decimal  # the number as written: 8.9 in "8,9 millions"
    power: int  # 6 in "8,9 millions"
    currency: str | None  # ISO code, or a marker resolved per document
    has_currency: bool
    minor: bool = False
    per: str | None = None
    qualifier: str = "exact"
    approximate_number: bool = False
    words: bool = False  # spelled out with no digit: "un", "trente-cinq"
    scale: int = 100  # minor units per major one: 1000 for Tunisian millimes

    @property
    def value(self) -> Decimal:
        value = self.coef * (Decimal(10) ** self.power)
        return value / self.scale if self.minor else value


_HALF_RE: Final = LazyRegex(
    rf"{HSPACE}{{1,3}}(?i:demi)[-\u2011\x20\u00a0](?i:(milliards?|millions?))(?!{_LETTER})"
)
_AND_HALF_RE: Final = LazyRegex(rf"{HSPACE}{{1,3}}(?i:et){HSPACE}+(?i:demi)(?!{_LETTER})")

#: A price per unit after an amount: "quatre cents le litre", "deux cents du kilo".
_PER_UNIT_RE: Final = LazyRegex(
    rf"{SPACE}(?i:le|la|l{APOS}|du|de{HSPACE}+la|par){SPACE}"
    rf"(?i:litre|kilo|kilogramme|kg|gallon|kilowattheure|kwh|mètre|unité|pièce|livre)"
    rf"(?!{_LETTER})"
)

#: The smaller part of a compound amount: "1 milliard 200 millions", "2 millions 500 000".
_COMPOUND_RE: Final = LazyRegex(
    rf"{HSPACE}{{1,3}}(?:(?i:et){HSPACE}+)?(?P<n>\d{{1,3}}(?:{HSPACE}\d{{3}})*)(?!\d|[,.]\d)"
)

#: "dirham (DH)", "dollar ($)": the abbreviation restated in brackets after the name.
_RESTATED_RE: Final = LazyRegex(
    lambda: (
        rf"{SPACE}\({SPACE}(?:{trie_alternation(_SIGN_SYMBOLS)}"
        rf"|{trie_alternation(CASED_SYMBOLS)}|{trie_alternation(CURRENCY_CODES)}|(?i:{trie_alternation(_LETTER_SYMBOLS)})){SPACE}\)"
    )
)


#: Legal style: an amount in words restated in digits in brackets, "(5.000.000)".
_RESTATED_NUMBER_RE: Final = LazyRegex(
    rf"{SPACE}\({SPACE}(?P<n>\d{{1,3}}(?:[.\x20\u00a0\u202f]\d{{3}})+|\d+){SPACE}\)"
)


#: Quebec and wire style "2,5 milliards US", "500 millions US" (never after a plain number).
_US_AFTER_MULTIPLIER_RE: Final = LazyRegex(rf"{SPACE}US(?![\w'\u2019$])")


def _bracket_at(text: str, pos: int) -> bool:
    r"""Return whether "(" follows *pos* after at most three spaces (``{SPACE}\(``).

    :data:`_RESTATED_RE` and :data:`_RESTATED_NUMBER_RE` open so: most amounts have no
    bracket after them, and need neither pattern compiled nor tried.
    """
    for p in range(pos, min(pos + 4, len(text))):  # SPACE is at most three spaces
        if text[p] == "(":
            return True
        if text[p] not in _SUFFIX_SPACES:
            return False
    return False


_PREFIX_SPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a")
_PREFIX_ENDS: Final = frozenset("".join(_PREFIX_SIGNS) + ".")


@dataclass(frozen=True, slots=True)
class _Unit:
    """A currency read next to a number."""

    end: int
    code: str | None
    minor: bool = False
    scale: int = 100
    power: int = 0  # "57 MD": the abbreviation holds "millions"


def _read_suffix(
    text: str, pos: int, after_multiplier: bool, after_words: bool = False
) -> _Unit | None:
    """Read a currency written at *pos*, or None."""
    m = _suffix_match(text, pos)
    if m is None:
        us = _US_AFTER_MULTIPLIER_RE.match(text, pos) if after_multiplier else None
        return _Unit(us.end(), "USD") if us is not None else None  # "2,5 milliards US"
    if m.group("de") is not None and not after_multiplier:
        return None  # "1 000 de dollars" is not French; "millions de dollars" is
    if m.group("minor") is not None:
        if after_words and m.group("minor").lower() in ("cent", "cents"):
            # After a spelled-out number, "cent" may be the number 100 itself: "un cent
            # euros", "cent un euros".  After digits ("34 cents") it is always the coin.
            after = _suffix_match(text, m.end())
            if ((after is not None and after.group("minor") is None and after.group("de") is None)
                    or NUMBER_WORD_RE.match(text, m.end()) is not None):  # fmt: skip
                return None
        key = fold_apostrophes(m.group("minor").lower())
        key = _HSPACES_RE.sub(" ", key)
        code = _MINOR_KEY.get(key, "MINOR")
        if key.startswith("centime") and code is None:
            code = "CENTIME"
        return _Unit(m.end(), code, True, MINOR_SCALE.get(key, 100))
    end = m.end()
    restated = _RESTATED_RE.match(text, end) if _bracket_at(text, end) else None
    if restated is not None:
        end = restated.end()
    if m.group("word") is not None:
        key = _HSPACES_RE.sub(" ", fold_apostrophes(m.group("word").lower()))
        code = _CURRENCY_KEY.get(key)
        return _Unit(end, code if code is not None else "DOLLAR")
    if m.group("code") is not None:
        return _Unit(end, m.group("code"))
    if m.group("scaled") is not None:
        power, code = SCALED_SYMBOLS[m.group("scaled")]
        if after_multiplier:
            return None  # "3 millions MD" is not written
        return _Unit(end, code if code is not None else "DOLLAR", power=power)
    if m.group("csym") is not None:
        csym = m.group("csym")
        if not csym.isupper() and _NAME_AFTER_RE.match(text, m.end()):
            return None  # "3 Da Silva": a name's particle, not "Da" (dinars)
        code = _CASED_KEY.get(_HSPACES_RE.sub(" ", csym))
        return _Unit(end, code if code is not None else "DOLLAR")
    sym = m.group("lsym") if m.group("lsym") is not None else m.group("sym")
    if sym[-2:] != "AU" and _HSPACES_RE.sub("", sym.lower()) == "$au":
        # "1 300 $ au Québec": the French word "au", not the Australian dollar ("$ AU")
        return _Unit(m.start("lsym") + 1, "DOLLAR")
    code = _SYMBOL_KEY.get(_HSPACES_RE.sub(" ", sym.lower()))
    if code is None and sym != "₿":
        code = "DOLLAR"
    return _Unit(end, code)


#: A capitalised word right after: a mixed-case abbreviation is then part of a name.
_NAME_AFTER_RE: Final = LazyRegex(r"[ \u00a0]+\p{Lu}\p{Ll}")

#: Currency codes that also name events ("la COP 21", the climate conference of the parties).
_EVENT_CODES: Final = frozenset({"COP"})
#: An article right before such a code: the code is the event's name ("la COP 21").
_ARTICLE_BEFORE_RE: Final = LazyRegex(r"(?i)(?<![\p{L}])(?:la|le|les|l['\u2019]|du|au|aux)\s*\Z")


def _read_prefix(text: str, start: int) -> tuple[int, str | None] | None:
    # Every prefix ends in a sign, a capital, "." or "Rs"/"Ar"/"Dhs"/"Frs": else skip the search.
    k = start - 1
    while k >= 0 and k >= start - 4 and text[k] in _PREFIX_SPACES:
        k -= 1
    if k < 0 or not (text[k] in _PREFIX_ENDS or text[k].isupper()
                     or text[k - 1 : k + 1] in ("Rs", "Ar", "hs")
                     or text[k - 2 : k + 1] == "Frs"):  # fmt: skip
        return None
    m = _PREFIX_RE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group("dcode") is not None:
        return m.start(), str(m.group("dcode")).upper()
    if m.group("code") is not None:
        if (
            m.group("code") in _EVENT_CODES
            and _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
        ):
            return None  # "la COP 21", "lors de la COP28": an event's name, no currency
        return m.start(), str(m.group("code"))
    if m.group("csym") is not None:
        code = CASED_PREFIX_SYMBOLS[_HSPACES_RE.sub(" ", m.group("csym"))]
        return m.start(), code
    sym = str(m.group("lsym") if m.group("lsym") is not None else m.group("sym"))
    code = _SYMBOL_KEY.get(sym.lower())
    return m.start(), ("DOLLAR" if code is None and sym != "₿" else code)


def _period_of(m: AnyMatch) -> str | None:
    return _PERIOD_TABLE.get(_SPACES_RE.sub("", fold_apostrophes(m.group("per").lower())))


def _read_amount(text: str, num: Number) -> _Amount:
    """Read the multiplier, currency, cents and period around a number (not the qualifier)."""
    pos, power = num.end, 0
    coef = num.value
    mult = multiplier_at(text, pos)
    half = _HALF_RE.match(text, pos) if mult is None and num.words and coef == 1 else None
    if half is not None:  # "un demi-milliard"
        mult = half.end(), 9 if half.group(1).lower().startswith("milliard") else 6
        coef = Decimal("0.5")
    if mult is not None:
        pos, power = mult
        and_half = _AND_HALF_RE.match(text, pos)
        if and_half is not None:  # "deux milliards et demi"
            coef += Decimal("0.5")
            pos = and_half.end()
        rest = _COMPOUND_RE.match(text, pos)
        if rest is not None:  # "1 milliard 200 millions", "2 millions 500 000 euros"
            value = parse_digits(rest.group("n"))
            more = multiplier_at(text, rest.end())
            small = Decimal(10) ** (more[1] if more is not None else 0)
            if more is None and value is not None and value < 1000 and power >= 6:
                # "27 milliards 800", "un million 200": the next group down, spoken style
                # (27 800 millions, 1 200 000), never 800 units
                small = Decimal(10) ** (power - 3)
            if value is not None and 0 < value * small < Decimal(10) ** power:
                coef += value * small / Decimal(10) ** power
                pos = more[0] if more is not None else rest.end()
    restated = _RESTATED_NUMBER_RE.match(text, pos) if _bracket_at(text, pos) else None
    if restated is not None:  # "cinq millions (5.000.000) de francs CFA": the same in digits
        again = parse_digits(restated.group("n"))
        if again is not None and again == coef * Decimal(10) ** power:
            pos = restated.end()
    start = num.start
    currency: str | None = None
    has_currency, minor, scale = False, False, 100
    prefix = _read_prefix(text, num.start)
    if prefix is not None:
        start, currency = prefix
        has_currency = True
    else:
        unit = _read_suffix(
            text, pos, mult is not None or num.approximate, num.words and mult is None
        )
        if unit is not None:
            pos, currency, has_currency = unit.end, unit.code, True
            minor, scale, power = unit.minor, unit.scale, power + unit.power
    if prefix is not None and mult is None:
        dash = _NO_CENTS_RE.match(text, pos)
        if dash is not None:
            pos = dash.end()  # "CHF 120.–": Swiss prices mark "no cents" with a dash
    if has_currency and not minor and (prefix is None or mult is None):
        sub = _SUBUNIT_RE.matcher(plain_text(text)).match(text, pos)
        if (
            sub is not None
            and power == 0
            and currency is not None
            and (text[pos - 1].isalnum() or text[pos - 1] == ".")
        ):  # "3 fr. 50"
            cents = Decimal(sub.group("sub"))
            swiss = text[pos - 1] == "." and len(sub.group("sub")) == 2  # "3 fr. 50"
            if sub.group("subcur") is not None or swiss or _SUBUNIT_END_RE.match(text, sub.end()):
                coef += cents / 100
                pos = sub.end()
    if (not has_currency and num.words and mult is None and coef % 100 == 0 and coef < 10000
            and text[num.end - 5 : num.end].lower() == "cents"
            and _PER_UNIT_RE.match(text, num.end)):  # fmt: skip
        # "une baisse d'environ quatre cents le litre": coins, not the number 400
        coef, minor, has_currency, currency = coef / 100, True, True, "MINOR"
    per = None
    if has_currency:
        p = _PERIOD_RE.matcher(plain_text(text)).match(text, pos)
        if p is not None:
            per = _period_of(p)
            pos = p.end()
    return _Amount(
        start=start,
        num_start=num.start,
        end=pos,
        coef=coef,
        power=power,
        currency=currency,
        has_currency=has_currency,
        minor=minor,
        scale=scale,
        per=per,
        qualifier="approximate" if num.approximate else "exact",
        approximate_number=num.approximate,
        words=num.words and half is None,
    )


def _with_qualifier(text: str, a: _Amount) -> _Amount:
    found = find_qualifier(text, a.start)
    if found is None:
        post = find_post_qualifier(text, a.end)
        if post is not None and not a.approximate_number:
            return replace(a, end=post[0], qualifier=post[1])
        return a
    q_start, qualifier = found
    if a.approximate_number and qualifier == "exact":
        return replace(a, start=q_start)
    return replace(a, start=q_start, qualifier=qualifier)
