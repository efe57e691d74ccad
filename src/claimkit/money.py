"""French monetary amounts: "900 000 $", "8,9 millions de dollars", "jusqu'à 650 000 $".

What this handles: digits with any French grouping or words ("près d'un million"),
multipliers ("millions", "Md€", "k€"), currency symbols, ISO codes and names on either side
("$300", "USD 5 millions", "1,2 M€", "dollars canadiens"), minor units ("50 cents",
"15 dollars et 15 cents"), qualifiers written before the amount ("jusqu'à", "environ",
"plus de", "dépassant les"), ranges ("de 300 000 à 900 000 dollars", "entre 2 et 3 millions
d'euros", "300 000-900 000 $"), the currency and multiplier shared by a list or a change
("passe de 40 à 45 millions d'euros" gives two amounts) and periods ("par an", "/mois",
"annuels").  Bare "$" is USD and "francs" is CHF unless the document says otherwise
(see :func:`extract_money`).

What it leaves alone: numbers with no currency (years, counts, phone numbers, "29/09/1992",
"4.3 / 5"), and vague amounts with no number ("des centaines de millions de dollars").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

import regex

from claimkit._lexicon import (
    CASED_PREFIX_SYMBOLS,
    CASED_SYMBOLS,
    CFA,
    CURRENCY_CODES,
    CURRENCY_PREFIX_SYMBOLS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DINAR,
    DOLLAR_VARIANTS,
    FRANC,
    LIVRE,
    MINOR_SCALE,
    MINOR_UNITS,
    MONEY_CONTEXT_WORDS,
    MONEY_NOUNS,
    PERIODS,
    PESO,
    POST_QUALIFIERS,
    ROUPIE,
    SCALED_SYMBOLS,
)
from claimkit._places import LOCAL_CURRENCY, LOCALES, PlaceCues
from claimkit._quantity import (
    NUMBER_WORD_RE,
    Number,
    canonical,
    connector,
    find_post_qualifier,
    find_qualifier,
    is_range_start,
    iter_numbers,
    multiplier_at,
    range_start,
)
from claimkit.context import context_for
from claimkit.models import Money, Period, Qualifier
from claimkit.text import (
    APOS,
    DASH,
    HSPACE,
    SPACE,
    Anchors,
    alternation,
    check_text,
    fold_apostrophes,
)

__all__ = ["extract_money", "parse_money"]

_LETTER: Final = r"[^\W\d_]"

# Symbols made only of signs ("$", "€") need no boundary: "87$gagner" is scraped text.
# Symbols with letters ("$ CA", "US$") must end a word: "300 $ c'est" is not Canadian.
#: Runs of spaces, folded to one (or none) before a table lookup.
_HSPACES_RE: Final = regex.compile(rf"{HSPACE}+")
_SPACES_RE: Final = regex.compile(r"\s+")
_SIGN_SYMBOLS: Final = [s for s in CURRENCY_SYMBOLS if not regex.search(r"[A-Za-z]", s)]
_LETTER_SYMBOLS: Final = [s for s in CURRENCY_SYMBOLS if regex.search(r"[A-Za-z]", s)]

#: The currency written after a number (and its multiplier): "$", "dollars", "d'euros",
#: "EUR", "$ CA", "cents".
_SUFFIX_RE: Final = regex.compile(
    rf"""
    {SPACE}
    (?:(?P<de>(?i:de{HSPACE}+|d{APOS})){SPACE})?
    (?:
        (?P<lsym>(?i:{alternation(_LETTER_SYMBOLS)}))(?![\w'\u2019])
      | (?P<scaled>{alternation(SCALED_SYMBOLS)})(?![\w'\u2019])
      | (?P<csym>{alternation(CASED_SYMBOLS)})(?![\w'\u2019])
      | (?P<minor>(?i:{alternation(MINOR_UNITS)}))(?!{_LETTER})
      | (?P<word>(?i:{alternation(CURRENCY_WORDS)}))(?!{_LETTER})
      | (?P<code>{alternation(CURRENCY_CODES)})(?![A-Za-z])
        # "Un USD 1": the code opens the next amount, unless cents follow ("1 USD 23 cents")
        (?!{SPACE}\d(?!\d{{0,1}}{SPACE}(?i:cents?|centimes?)(?!{_LETTER})))
      | (?P<sym>{alternation(_SIGN_SYMBOLS)})(?!\d)  # "Un $1": the sign is the next one's
    )
    """,
    flags=regex.VERBOSE,
)

_PREFIX_LETTERED: Final = [s for s in CURRENCY_PREFIX_SYMBOLS if regex.search(r"[A-Za-z]", s)]
_PREFIX_SIGNS: Final = [s for s in CURRENCY_PREFIX_SYMBOLS if s not in _PREFIX_LETTERED]

#: The currency written before a number: "$300", "€15", "USD 5 millions", "usd$ 15".
_PREFIX_RE: Final = regex.compile(
    rf"""
    (?: (?<![A-Za-z])(?P<lsym>{alternation(_PREFIX_LETTERED)})
      | (?<![A-Za-z])(?P<csym>{alternation(CASED_PREFIX_SYMBOLS)})
      | (?<![A-Za-z])(?P<dcode>(?i:{alternation(CURRENCY_CODES)}))\$
      | (?<![A-Za-z])(?P<code>{alternation(CURRENCY_CODES)})
      | (?P<sym>{alternation(_PREFIX_SIGNS)})
    )
    {SPACE}$
    """,
    flags=regex.VERBOSE,
)

#: "1 USD et 23 centimes", "15 dollars 50": cents after a currency written in letters.
_SUBUNIT_RE: Final = regex.compile(
    rf"""
    {SPACE}(?:(?i:et){HSPACE}+)?
    (?P<sub>\d{{1,2}}(?!\d))
    (?:{SPACE}(?P<subcur>(?i:cents?|centimes?))(?!{_LETTER}))?
    """,
    flags=regex.VERBOSE,
)
_NO_CENTS_RE: Final = regex.compile(rf"[.,]{DASH}{{1,2}}(?!\d)")
_SUBUNIT_END_RE: Final = regex.compile(rf"{SPACE}(?:[^\w\s]|$)|\s*$")

#: "par an", "/ an", "annuels", optionally after "bruts"/"nets": the period of a salary.
_PERIOD_RE: Final = regex.compile(
    rf"""
    (?:{SPACE}(?i:bruts?|nets?|HT|TTC)(?!{_LETTER}))?
    {SPACE}(?P<per>(?i:{alternation(PERIODS)}))(?!{_LETTER})
    # "l'an dernier" is a date, not "per year"
    (?!{SPACE}(?i:dernier|prochain|passé|précédent|suivant|d{APOS}avant|d{APOS}après))
    """,
    flags=regex.VERBOSE,
)
_PERIOD_TABLE: Final = {
    regex.sub(r"\s+", "", fold_apostrophes(k.lower())): v for k, v in PERIODS.items()
}

_CURRENCY_KEY: Final = {
    regex.sub(r"\s+", " ", fold_apostrophes(k.lower())): v for k, v in CURRENCY_WORDS.items()
}
_MINOR_KEY: Final = {fold_apostrophes(k.lower()): v for k, v in MINOR_UNITS.items()}
_SYMBOL_KEY: Final = {regex.sub(r"\s+", " ", k.lower()): v for k, v in CURRENCY_SYMBOLS.items()}
_CASED_KEY: Final = {regex.sub(r"\s+", " ", k): v for k, v in CASED_SYMBOLS.items()}

_YEAR_RE: Final = regex.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_EURO_RE: Final = regex.compile(r"(?i)€|\beuros?\b|\bEUR\b")
_DOLLAR_WORD_RE: Final = regex.compile(r"(?i)\$|\bdollars?\b|\bUSD\b")
_PARAGRAPH_BEFORE: Final = 1500
_PARAGRAPH_AFTER: Final = 600

#: Which bare word a currency code can be the meaning of: a hint "CAD" sets "$", a hint
#: "XOF" sets "francs" and "francs CFA", a hint "TND" sets "dinars".
_FAMILIES: Final[dict[str, frozenset[str]]] = {
    "dollar": DOLLAR_VARIANTS,
    "franc": frozenset({"CHF", "XOF", "XAF", "CDF", "FRF", "BEF", "LUF", "XPF", "GNF", "RWF",
                        "BIF", "DJF", "KMF", "MGF"}),
    "cfa": frozenset({"XOF", "XAF"}),
    "dinar": frozenset({"DZD", "TND", "LYD", "JOD", "KWD", "IQD"}),
    "livre": frozenset({"GBP", "LBP", "EGP", "SYP", "SDG"}),
    "roupie": frozenset({"INR", "MUR", "SCR", "PKR"}),
    "peso": frozenset({"MXN", "DOP", "COP", "ARS", "CLP", "CUP", "PHP"}),
}
#: Placeholder of the lexicon -> the bare word it stands for.
_PLACEHOLDER_KEY: Final[dict[str, str]] = {
    "DOLLAR": "dollar", FRANC: "franc", CFA: "cfa", DINAR: "dinar", LIVRE: "livre",
    ROUPIE: "roupie", PESO: "peso",
}
#: What each bare word means with no hint and no place cue.
_READER_DEFAULT: Final[dict[str, str]] = {
    "dollar": "USD", "franc": "CHF", "cfa": "XOF", "dinar": "DZD", "livre": "GBP",
    "roupie": "INR", "peso": "MXN",
}


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


class _Defaults:
    """What a bare "$", "francs", "dinars", "livres" or "cents" means in one document.

    The answer comes from the caller's hint, then the document's place cues (computed once
    per document in :class:`~claimkit.context.DocumentContext`): for "$" the place the
    document is from (a Quebec text's "$" is CAD), for the other words the nearest cue in the
    amount's paragraph (a Genève paragraph's "francs" are CHF, a Dakar one's XOF), then
    the document's place, then a reader's default.
    """

    def __init__(
        self, text: str, amounts: Iterable[_Amount], hint: str | None, places: PlaceCues
    ) -> None:
        self._text = text
        self._places = places
        self._hint_code, self._hint_place = _resolve_hint(hint)
        self._dollar_amounts = [
            (a.start, a.currency) for a in amounts if a.currency in DOLLAR_VARIANTS
        ]
        self._explicit = {code for _, code in self._dollar_amounts}
        self._document: dict[str, str] = {}

    def _paragraph(self, pos: int) -> tuple[int, int]:
        """Bounds of the paragraph (line) holding *pos*, at most a few sentences either side."""
        text = self._text
        lo = max(0, pos - _PARAGRAPH_BEFORE)
        start = text.rfind("\n", lo, pos) + 1 or lo
        stop = text.find("\n", pos, pos + _PARAGRAPH_AFTER)
        return start, (stop if stop >= 0 else min(len(text), pos + _PARAGRAPH_AFTER))

    def _hinted(self, key: str) -> str | None:
        if self._hint_code is not None and self._hint_code in _FAMILIES[key]:
            return self._hint_code
        if self._hint_place is not None:
            return LOCAL_CURRENCY.get(self._hint_place, {}).get(key)
        return None

    def resolve(self, key: str, pos: int) -> str:
        """What the bare word *key* ("dollar", "franc", "cfa"…) means at *pos*."""
        hinted = self._hinted(key)
        if hinted is not None:
            return hinted
        if key == "dollar":
            return self.dollar_at(pos)
        start, stop = self._paragraph(pos)
        local = self._places.nearest(pos, key, start, stop)
        if local is not None:
            return local
        return self.document(key)

    def dollar_at(self, pos: int) -> str:
        """A bare dollar: the one dollar its paragraph names, else the document's."""
        start, stop = self._paragraph(pos)
        local = {code for at, code in self._dollar_amounts if start <= at < stop}
        if len(local) == 1:
            return next(iter(local))
        return self.document("dollar")

    def document(self, key: str) -> str:
        """What *key* means in the whole document: its place, then a reader's default."""
        found = self._document.get(key)
        if found is None:
            found = self._document[key] = self._document_meaning(key)
        return found

    def _document_meaning(self, key: str) -> str:
        hinted = self._hinted(key)
        if hinted is not None:
            return hinted
        if key == "dollar":
            if len(self._explicit) == 1:
                return next(iter(self._explicit))  # "dollars canadiens" … "12 $"
            main = self._places.main
            return LOCAL_CURRENCY.get(main, {}).get("dollar", "USD") if main else "USD"
        found = self._places.document(key)
        if found is not None:
            if key == "franc" and found == "FRF" and not self._before_euro:
                return "CHF" if self._places.main != "FR" else "FRF"
            return found
        if key == "franc" and self._before_euro:
            return "FRF"  # before the euro (2002), French francs
        return _READER_DEFAULT[key]

    @functools.cached_property
    def _before_euro(self) -> bool:
        years = [int(y) for y in _YEAR_RE.findall(self._text)]
        return bool(years) and max(years) < 2002

    @functools.cached_property
    def document_centime(self) -> str:
        """A centime with no amount before it: of the euro, unless the place has francs."""
        if _EURO_RE.search(self._text):
            return "EUR"
        local = LOCAL_CURRENCY.get(self._places.main or "", {}).get("local")
        return local if local is not None else "EUR"

    @functools.cached_property
    def cent(self) -> str:
        hinted = self._hinted("dollar")
        if hinted is not None:
            return hinted
        if _EURO_RE.search(self._text) and not _DOLLAR_WORD_RE.search(self._text):
            return "EUR"
        return self.document("dollar")


def _local_currency(places: PlaceCues, hint: str | None) -> str | None:
    """The currency a bare "255 milliards" is in: the hint's, else the document's place's."""
    code, place = _resolve_hint(hint)
    if code is not None:
        return code
    where = place if place is not None else places.main
    return LOCAL_CURRENCY.get(where, {}).get("local") if where is not None else None


def _resolve_hint(hint: str | None) -> tuple[str | None, str | None]:
    """Split a ``currency_hint`` into (ISO code, place): "CAD" -> code, "fr_CA" -> place."""
    if hint is None:
        return None, None
    key = hint.strip().replace("-", "_").lower()
    if key in LOCALES:
        return None, LOCALES[key]
    code = hint.strip().upper()
    known = CURRENCY_CODES | {c for c in CURRENCY_WORDS.values() if c}
    if code in known:
        return code, None
    raise ValueError(
        f"currency_hint {hint!r} is neither an ISO 4217 code claimkit knows "
        f"(e.g. 'USD', 'CAD', 'CHF', 'XOF') nor a locale ('fr_CA', 'fr_CH', 'fr_SN'…)"
    )


#: "dirham (DH)", "dollar ($)": the abbreviation restated in brackets after the name.
_RESTATED_RE: Final = regex.compile(
    rf"{SPACE}\({SPACE}(?:{alternation(_SIGN_SYMBOLS)}|{alternation(CASED_SYMBOLS)}"
    rf"|{alternation(CURRENCY_CODES)}|(?i:{alternation(_LETTER_SYMBOLS)})){SPACE}\)"
)


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
    m = _SUFFIX_RE.match(text, pos)
    if m is None:
        return None
    if m.group("de") is not None and not after_multiplier:
        return None  # "1 000 de dollars" is not French; "millions de dollars" is
    if m.group("minor") is not None:
        if after_words and m.group("minor").lower() in ("cent", "cents"):
            # After a spelled-out number, "cent" may be the number 100 itself: "un cent
            # euros", "cent un euros".  After digits ("34 cents") it is always the coin.
            after = _SUFFIX_RE.match(text, m.end())
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
    restated = _RESTATED_RE.match(text, end)
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
        code = _CASED_KEY.get(_HSPACES_RE.sub(" ", m.group("csym")))
        return _Unit(end, code if code is not None else "DOLLAR")
    sym = m.group("lsym") if m.group("lsym") is not None else m.group("sym")
    code = _SYMBOL_KEY.get(_HSPACES_RE.sub(" ", sym.lower()))
    if code is None and sym != "₿":
        code = "DOLLAR"
    return _Unit(end, code)


def _read_prefix(text: str, start: int) -> tuple[int, str | None] | None:
    m = _PREFIX_RE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group("dcode") is not None:
        return m.start(), str(m.group("dcode")).upper()
    if m.group("code") is not None:
        return m.start(), str(m.group("code"))
    if m.group("csym") is not None:
        code = CASED_PREFIX_SYMBOLS[m.group("csym")]
        return m.start(), code
    sym = str(m.group("lsym") if m.group("lsym") is not None else m.group("sym"))
    code = _SYMBOL_KEY.get(sym.lower())
    return m.start(), ("DOLLAR" if code is None and sym != "₿" else code)


def _period_of(m: regex.Match[str]) -> str | None:
    return _PERIOD_TABLE.get(_SPACES_RE.sub("", fold_apostrophes(m.group("per").lower())))


def _read_amount(text: str, num: Number) -> _Amount:
    """Read the multiplier, currency, cents and period around a number (not the qualifier)."""
    pos, power = num.end, 0
    mult = multiplier_at(text, pos)
    if mult is not None:
        pos, power = mult
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
    coef = num.value
    if prefix is not None and mult is None:
        dash = _NO_CENTS_RE.match(text, pos)
        if dash is not None:
            pos = dash.end()  # "CHF 120.–": Swiss prices mark "no cents" with a dash
    if has_currency and not minor and (prefix is None or mult is None):
        sub = _SUBUNIT_RE.match(text, pos)
        if (sub is not None and power == 0 and currency is not None
                and (text[pos - 1].isalnum() or text[pos - 1] == ".")):  # "3 fr. 50"
            cents = Decimal(sub.group("sub"))
            if sub.group("subcur") is not None or _SUBUNIT_END_RE.match(text, sub.end()):
                coef += cents / 100
                pos = sub.end()
    per = None
    if has_currency:
        p = _PERIOD_RE.match(text, pos)
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
        words=num.words,
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


def _share(bare: _Amount, full: _Amount) -> _Amount:
    """Give a bare number the currency (and multiplier) of the amount it is joined to."""
    power = bare.power
    if power == 0 and full.power and bare.coef < 1000 and bare.coef <= full.coef * 10:
        power = full.power  # "entre 2 et 3 millions": both are millions
    return replace(
        bare, currency=full.currency, has_currency=True, power=power, minor=full.minor
    )


_MINOR_JOIN_RE: Final = regex.compile(rf"{SPACE}(?:(?i:et){HSPACE}+)?")

#: What may follow a bare number that takes the currency of the amount before it: the end
#: of a clause or a period ("…, soit 36 000 par an."), not a noun ("…, 20 personnes").
_AMOUNT_TAIL_RE: Final = regex.compile(
    rf"{SPACE}(?:[.,;:!?)\]»”\"]|$|(?i:{alternation(PERIODS)})(?!{_LETTER}))"
)
_YEAR_LIKE_RE: Final = regex.compile(r"(?:1[89]|20)\d\d")


def _join_bare(text: str, amounts: list[_Amount]) -> None:
    """Give bare numbers the currency of the amount they are coordinated with, in place.

    Right to left, so a list "10, 20 ou 30 euros" passes the currency along.  A bare number
    joins only where the pair reads as a range, a change or a list: "de 7,7 à 8,2 milliards
    d'euros", "passe de 40 millions d'euros à 45 millions", "45 contre 40 millions".
    """
    for i in range(len(amounts) - 2, -1, -1):
        a, b = amounts[i], amounts[i + 1]
        if a.has_currency == b.has_currency:
            continue
        # "3,5 millions d'euros par mois, soit près de 42 millions": a qualifier may open b.
        found = find_qualifier(text, b.start) if a.has_currency else None
        b_start = found[0] if found is not None else b.start
        link = connector(text, a.end, b_start)
        if link is None:
            continue
        opened = is_range_start(text, a.start)
        change = opened is not None and opened[1]
        bounded = link.type in ("to", "dash", "and") and not change
        if not a.has_currency:
            if a.words and a.power == 0 and a.coef == 1:
                continue  # "un et 1 dollars": "un" is an article
            if not bounded and a.power == 0 and _YEAR_LIKE_RE.fullmatch(text, a.num_start, a.end):
                continue  # "en 2022 contre 40 euros": a year, not an amount
            cand = _share(a, b)
            if bounded and cand.value > b.value:
                continue  # "le 1er janvier 1990 à 1015 francs": not a range
            amounts[i] = cand
        else:
            if b.words and b.power == 0:
                continue  # "1,34 $ c à une part": "une" is an article
            if link.type == "to" and opened is None:
                continue
            if b.power == 0 and not _AMOUNT_TAIL_RE.match(text, b.end):
                continue  # "300 euros, 20 personnes": a count, not an amount
            cand = _share(b, a)
            if bounded and cand.value < a.value:
                continue
            if found is not None:
                cand = replace(cand, start=found[0], qualifier=found[1])
            period = _PERIOD_RE.match(text, cand.end)
            if period is not None:  # "soit 36 000 par an"
                cand = replace(cand, end=period.end(), per=_period_of(period))
            amounts[i + 1] = cand


#: After a bare "11 millions": a noun that makes it a count, not money ("de personnes").
#: Money nouns keep it an amount: "11 millions de recettes", "20 milliards de dépenses".
_COUNT_NOUN_RE: Final = regex.compile(
    rf"{SPACE}(?i:de{HSPACE}+|d{APOS}){SPACE}(?!(?i:{alternation(MONEY_NOUNS)})(?!{_LETTER}))"
    rf"{_LETTER}"
)
_MONEY_NOUN_AFTER_RE: Final = regex.compile(
    rf"{SPACE}(?i:de{HSPACE}+|d{APOS}){SPACE}(?i:{alternation(MONEY_NOUNS)})(?!{_LETTER})"
)
_SENTENCE_END_RE: Final = regex.compile(r"[.!?…](?:[\s»\"”)]|$)|\n")
#: How far back an antecedent is looked for (the sentence or the one before it).
_ANTECEDENT_SPAN: Final = 400


_MONEY_CONTEXT_RE: Final = regex.compile(
    rf"(?<!{_LETTER})(?i:{alternation(MONEY_CONTEXT_WORDS)})(?!{_LETTER})"
)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The previous sentence's start and this sentence's end around *pos* (bounded)."""
    lo = max(0, pos - _ANTECEDENT_SPAN)
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, pos)]
    start = starts[-2] if len(starts) >= 2 else lo
    end_m = _SENTENCE_END_RE.search(text, pos, min(len(text), pos + 300))
    return start, (end_m.start() if end_m is not None else min(len(text), pos + 300))


def _inherit(text: str, amounts: list[_Amount], local: str | None) -> None:
    """Give a bare amount with a multiplier the currency of its sentence's amounts, in place.

    "des recettes de 23,7 milliards de CDF, contre des prévisions de 22,4 milliards": the
    second takes CDF from an amount in its sentence or the one before; with no antecedent
    there it stays bare (and is dropped).  Only amounts with a multiplier inherit: a bare
    "400" is a count unless a list or change joins it to an amount (:func:`_join_bare`).
    """
    last: _Amount | None = None
    for i, a in enumerate(amounts):
        if a.has_currency:
            if not a.minor:
                last = a
            continue
        if a.power == 0 or a.words or not a.coef or _COUNT_NOUN_RE.match(text, a.end):
            continue
        currency: str | None = None
        if last is not None and a.num_start - last.end <= _ANTECEDENT_SPAN:
            ends = 0
            for _ in _SENTENCE_END_RE.finditer(text, last.end, a.num_start):
                ends += 1
                if ends > 1:
                    break
            if ends <= 1:
                currency = last.currency
        if currency is None and local is not None:
            # No antecedent: the place's own currency, where the sentence speaks of money.
            lo, hi = _sentence_bounds(text, a.num_start)
            if _MONEY_CONTEXT_RE.search(text, lo, hi) or _MONEY_NOUN_AFTER_RE.match(text, a.end):
                currency = local
        if currency is not None:
            amounts[i] = _with_qualifier(
                text, replace(a, currency=currency, has_currency=True, minor=False)
            )


#: "près de 1000 milliards ariary [500 millions USD]": a conversion in brackets.
_BRACKET_OPEN_RE: Final = regex.compile(rf"{SPACE}[\[(]{SPACE}(?:(?i:soit|environ){HSPACE}+)?")
_BRACKET_CLOSE_RE: Final = regex.compile(rf"{SPACE}[\])]")


def _share_bracketed(text: str, pairs: list[tuple[_Amount, _Amount | None]]) -> None:
    """Give a bracketed conversion the qualifier of the amount it restates, in place.

    "près de 1000 milliards ariary [500 millions USD]" is approximate on both sides;
    "200.000 LL (133 dollars) maximum": a qualifier after the brackets is both amounts'.
    A conversion with a qualifier of its own keeps it.
    """
    for k in range(len(pairs) - 1):
        (a, a_high), (b, b_high) = pairs[k], pairs[k + 1]
        if a_high is not None or b_high is not None:
            continue
        if _BRACKET_OPEN_RE.fullmatch(text, a.end, b.start) is None:
            continue
        if b.qualifier == "exact" and a.qualifier not in ("exact", "range"):
            pairs[k + 1] = (replace(b, qualifier=a.qualifier), None)
        elif a.qualifier == "exact" and b.qualifier == "exact":
            close = _BRACKET_CLOSE_RE.match(text, b.end)
            post = find_post_qualifier(text, close.end()) if close is not None else None
            if post is not None:
                pairs[k] = (replace(a, qualifier=post[1]), None)
                pairs[k + 1] = (replace(b, qualifier=post[1]), None)


def _combine(
    text: str, amounts: list[_Amount], local: str | None = None
) -> list[tuple[_Amount, _Amount | None]]:
    """Join neighbours into ranges, cents and coordinated qualifiers.

    Returns (amount, high end or None) pairs; bare numbers still without a currency are
    dropped.
    """
    _join_bare(text, amounts)
    _inherit(text, amounts, local)
    out: list[tuple[_Amount, _Amount | None]] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        i += 1
        if not a.has_currency:
            continue
        if b is None or not b.has_currency:
            out.append((a, None))
            continue
        if b.minor and not a.minor and a.power == 0 and _MINOR_JOIN_RE.fullmatch(
            text, a.end, b.start
        ):
            # "15 dollars et 15 cents", "1 USD 23 cents": one amount in two units.
            out.append((replace(a, end=b.end, coef=a.coef + b.coef / 100), None))
            i += 1
            continue
        link = connector(text, a.end, b.start)
        if link is not None:
            start = range_start(text, a.start, link)
            if start is not None and b.value >= a.value:
                low = replace(a, start=start, end=b.end, per=b.per or a.per, qualifier="range")
                out.append((low, b))
                i += 1
                continue
            if link.type == "even" and a.qualifier not in ("exact", "range"):
                # "dépassant les 200 000 $, voire les 300 000 $": the qualifier is shared.
                start = link.article_start if link.article_start is not None else b.start
                amounts[i] = replace(b, start=start, qualifier=a.qualifier)
        out.append((a, None))
    return out


def _finish(
    a: _Amount, high: _Amount | None, text: str, defaults: _Defaults, previous: str | None
) -> Money:
    """Build the claim; *previous* is the currency of the amount before (for "centimes")."""
    code = high.currency if high is not None else a.currency
    currency: str | None
    if code is not None and code in _PLACEHOLDER_KEY:
        currency = defaults.resolve(_PLACEHOLDER_KEY[code], a.start)
    elif code == "CENTIME":
        currency = previous if previous is not None else defaults.document_centime
    elif code == "MINOR" or (a.minor and code is None):
        currency = defaults.cent
    else:
        currency = code
    qualifier: Qualifier = "range" if high is not None else a.qualifier  # type: ignore[assignment]
    per: Period | None = a.per  # type: ignore[assignment]
    return Money(
        start=a.start,
        end=a.end,
        text=text[a.start : a.end],
        value=canonical(a.value),
        value_max=canonical(high.value) if high is not None else None,
        currency=currency,
        qualifier=qualifier,
        per=per,
    )


def _anchor_words() -> set[str]:
    """Collect the head noun of every currency name: "dollars de Hong Kong" -> "dollars"."""
    words: set[str] = set()
    for table in (CURRENCY_WORDS, MINOR_UNITS):
        for key in table:
            head = key.lower().split()[0]
            words.add(key.lower().split()[-1] if head in ("anciens", "nouveaux") else head)
    words.update(("million", "millions", "milliard", "milliards"))  # "255,2 milliards"
    for symbols in (CURRENCY_SYMBOLS, CASED_SYMBOLS, SCALED_SYMBOLS, CASED_PREFIX_SYMBOLS):
        for symbol in symbols:  # "FCFA", "F CFA", "L.L.", "MDH"
            words.update(regex.findall(r"[^\W\d_]+", symbol.lower()))
    return {w for w in words if regex.fullmatch(r"[^\W\d_]+", w)}


#: Every amount holds a currency sign, name, ISO code or minor unit: the number scan only
#: runs in windows around them.  Wide before (a list "10, 20 ou 30 millions d'euros" or a
#: range opens well before its currency), narrow after (a prefix sign: "$ 75 millions").
_ANCHORS: Final = Anchors(
    _anchor_words(),
    f"[{regex.escape(''.join(_SIGN_SYMBOLS))}¢]",
    # Opens on the capital itself (the look-behind after it), so the scan skips to capitals.
    exact=r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{2}(?![A-Za-z])",
    exact_in=CURRENCY_CODES,
    before=200,
    after=60,
)


def extract_money(text: str, *, currency_hint: str | None = None) -> list[Money]:
    """Find every monetary amount in French *text*.

    ``currency_hint`` says what an unqualified "$" or "francs" means in this document: an
    ISO code ("CAD", "XOF") or a locale ("fr_CA", "fr_SN").  Without it, a reader's
    default is used: USD for "$" (or the one dollar the document names, "dollars
    canadiens"), CHF for "francs" (XOF/XAF where the text speaks of CFA francs, FRF in a
    text dated before the euro).

    >>> [(m.text, m.value, m.currency, m.qualifier) for m in extract_money(
    ...     "Un poste payé jusqu'à 900 000 $ par an.")]
    [("jusqu'à 900 000 $ par an", Decimal('900000'), 'USD', 'at_most')]
    >>> m = extract_money("Le budget atteint 8,9 millions de dollars.")[0]
    >>> m.value, m.currency
    (Decimal('8900000'), 'USD')
    >>> m = extract_money("Un salaire de 300 000 à 900 000 dollars.")[0]
    >>> m.value, m.value_max, m.qualifier
    (Decimal('300000'), Decimal('900000'), 'range')
    >>> [m.currency for m in extract_money("Il touche 120 000 $.", currency_hint="CAD")]
    ['CAD']
    >>> extract_money("En 2023, 7000 employés ont signé le 29/09/1992.")
    []
    """
    check_text(text, "extract_money")
    if currency_hint is not None and not isinstance(currency_hint, str):
        raise TypeError(
            f"extract_money() expects currency_hint as str, got {type(currency_hint).__name__}"
        )
    _resolve_hint(currency_hint)  # validate early, even when the text has no amount
    amounts: list[_Amount] = []
    for number in iter_numbers(text, _ANCHORS.windows(text)):
        if amounts and number.start < amounts[-1].end:
            continue  # already read as part of the amount before: "15 dollars et 15 cents"
        amount = _read_amount(text, number)
        amounts.append(_with_qualifier(text, amount) if amount.has_currency else amount)
    if not amounts:
        return []
    places = context_for(text, currency_hint=currency_hint).places
    pairs = _combine(text, amounts, _local_currency(places, currency_hint))
    if not pairs:
        return []
    _share_bracketed(text, pairs)
    defaults = _Defaults(text, [a for a, _ in pairs], currency_hint, places)
    claims: list[Money] = []
    previous: str | None = None
    for a, high in pairs:
        claim = _finish(a, high, text, defaults, previous)
        if not a.minor:
            previous = claim.currency
        claims.append(claim)
    # A number word run may overlap a digit amount in damaged text; keep the first.
    kept: list[Money] = []
    for c in claims:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def parse_money(text: str, *, currency_hint: str | None = None) -> Money | None:
    """Parse one amount written alone: the longest amount found in *text*, or None.

    >>> m = parse_money("près d'un million de dollars")
    >>> m.value, m.currency, m.qualifier
    (Decimal('1000000'), 'USD', 'approximate')
    >>> parse_money("1,2 M€").value
    Decimal('1200000')
    >>> parse_money("trois pommes") is None
    True
    """
    check_text(text, "parse_money")
    found = extract_money(text, currency_hint=currency_hint)
    if not found:
        return None
    return max(found, key=lambda m: m.end - m.start)
