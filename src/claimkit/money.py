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
    CFA,
    CURRENCY_CODES,
    CURRENCY_PREFIX_SYMBOLS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_VARIANTS,
    FRANC,
    MINOR_UNITS,
    PERIODS,
)
from claimkit._quantity import (
    NUMBER_WORD_RE,
    Number,
    canonical,
    connector,
    find_qualifier,
    is_range_start,
    iter_numbers,
    multiplier_at,
    range_start,
)
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

# Document context for bare dollars and francs.
_CFA_CENTRAL_RE: Final = regex.compile(
    r"(?i)\b(?:Cameroun\w*|Gabon\w*|Tchad\w*|centrafric\w*|Congo-Brazzaville|Brazzaville"
    r"|Guinée équatoriale|CEMAC|BEAC)\b"
)
_CFA_RE: Final = regex.compile(r"(?i)\b(?:F?CFA|XOF|XAF|UEMOA|BCEAO)\b")
_SWISS_RE: Final = regex.compile(
    r"(?i)\b(?:Suisse|suisses?|helvétique\w*|Genève|Zurich|Berne|Lausanne|Bâle|Lugano"
    r"|Neuchâtel|Fribourg|Valais|Vaud|Tessin|BNS|CHF)\b"
)
_CONGO_RE: Final = regex.compile(r"(?i)francs?\s+congolais")
_CFA_WEST_RE: Final = regex.compile(
    r"(?i)\b(?:Sénégal\w*|Dakar|Côte d.Ivoire|ivoirien\w*|Abidjan|Mali\b|malien\w*|Bamako"
    r"|Burkina|burkinab\w*|Ouagadougou|Niger\b|nigérien\w*|Niamey|Bénin|béninois\w*|Cotonou"
    r"|Togo\w*|Lomé|Guinée-Bissau|UEMOA|BCEAO)"
)

#: Places and words that tell which franc a paragraph speaks of; the nearest one wins.
_FRANC_CUES: Final = {"CFA": _CFA_RE, "CDF": _CONGO_RE, "CHF": _SWISS_RE}
_CFA_CUES: Final = {"XAF": _CFA_CENTRAL_RE, "XOF": _CFA_WEST_RE}
_PARAGRAPH_BEFORE: Final = 1500
_PARAGRAPH_AFTER: Final = 600
_YEAR_RE: Final = regex.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_EURO_RE: Final = regex.compile(r"(?i)€|\beuros?\b|\bEUR\b")
_DOLLAR_WORD_RE: Final = regex.compile(r"(?i)\$|\bdollars?\b|\bUSD\b")

#: Locales accepted by ``currency_hint`` besides ISO codes: what their "$" and "francs" mean.
_LOCALES: Final[dict[str, tuple[str, str]]] = {
    "fr_ca": ("CAD", "CHF"), "fr_ch": ("USD", "CHF"), "fr_fr": ("USD", "CHF"),
    "fr_be": ("USD", "CHF"), "fr_lu": ("USD", "CHF"), "fr_sn": ("USD", "XOF"),
    "fr_ci": ("USD", "XOF"), "fr_ml": ("USD", "XOF"), "fr_bf": ("USD", "XOF"),
    "fr_cm": ("USD", "XAF"), "fr_ga": ("USD", "XAF"), "fr_td": ("USD", "XAF"),
    "fr_cd": ("USD", "CDF"),
}
_FRANCS: Final = frozenset({"CHF", "XOF", "XAF", "CDF", "FRF", "BEF", "XPF", "GNF"})


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

    @property
    def value(self) -> Decimal:
        value = self.coef * (Decimal(10) ** self.power)
        return value / 100 if self.minor else value


class _Defaults:
    """What a bare "$", "francs", "CFA" or "cents" means in one document, as a reader infers it.

    Each answer reads the whole document, so it is worked out only when an amount needs it
    (most documents have no bare franc or cent) and then kept.
    """

    def __init__(self, text: str, amounts: Iterable[_Amount], hint: str | None) -> None:
        self._text = text
        self._hint_dollar, self._hint_franc = _resolve_hint(hint)
        self._dollar_amounts = [
            (a.start, a.currency) for a in amounts if a.currency in DOLLAR_VARIANTS
        ]
        self._explicit = {code for _, code in self._dollar_amounts}

    def _paragraph(self, pos: int) -> tuple[int, int]:
        """Bounds of the paragraph (line) holding *pos*, at most a few sentences either side."""
        text = self._text
        lo = max(0, pos - _PARAGRAPH_BEFORE)
        start = text.rfind("\n", lo, pos) + 1 or lo
        stop = text.find("\n", pos, pos + _PARAGRAPH_AFTER)
        return start, (stop if stop >= 0 else min(len(text), pos + _PARAGRAPH_AFTER))

    def dollar_at(self, pos: int) -> str:
        """Resolve a bare dollar at *pos*: hint, the one dollar its paragraph names, document.

        A place name is not enough ("une filiale au Québec" in a US wire is still USD):
        for Quebec press, pass ``currency_hint="CAD"`` (or ``"fr_CA"``).
        """
        if self._hint_dollar:
            return self._hint_dollar
        start, stop = self._paragraph(pos)
        local = {code for at, code in self._dollar_amounts if start <= at < stop}
        if len(local) == 1:
            return next(iter(local))
        return self.dollar

    def _nearest(self, pos: int, cues: dict[str, regex.Pattern[str]]) -> str | None:
        """Return the cue of *cues* nearest to *pos* in its paragraph, if any.

        "À Genève, … 2 500 francs. Au Sénégal, … FCFA": each amount takes its own place.
        """
        start, stop = self._paragraph(pos)
        best: tuple[int, str] | None = None
        for name, cue in cues.items():
            for m in cue.finditer(self._text, start, stop):
                distance = pos - m.end() if m.end() <= pos else m.start() - pos
                if best is None or distance < best[0]:
                    best = (distance, name)
        return best[1] if best is not None else None

    def franc_at(self, pos: int) -> str:
        """Resolve a bare franc at *pos*: its paragraph's nearest cue, then the document's."""
        if self._hint_franc:
            return self._hint_franc
        cue = self._nearest(pos, _FRANC_CUES)
        if cue == "CFA":
            return self.cfa_at(pos)
        return cue if cue is not None else self.franc

    def cfa_at(self, pos: int) -> str:
        """Resolve a CFA franc at *pos*: XAF or XOF by the nearest place, else the document's.

        Central African (XAF) for a CEMAC country, West African (XOF) for a UEMOA one.
        """
        if self._hint_franc in ("XOF", "XAF"):
            return self._hint_franc
        cue = self._nearest(pos, _CFA_CUES)
        return cue if cue is not None else self.cfa

    @functools.cached_property
    def dollar(self) -> str:
        if self._hint_dollar:
            return self._hint_dollar
        if len(self._explicit) == 1:
            return next(iter(self._explicit))  # the document names its dollar: "dollars canadiens"
        return "USD"

    @functools.cached_property
    def cfa(self) -> str:
        if self._hint_franc in ("XOF", "XAF"):
            return self._hint_franc
        return "XAF" if _CFA_CENTRAL_RE.search(self._text) else "XOF"

    @functools.cached_property
    def franc(self) -> str:
        text = self._text
        if self._hint_franc:
            return self._hint_franc
        if _CFA_RE.search(text):
            return self.cfa
        if _CONGO_RE.search(text):
            return "CDF"
        if _SWISS_RE.search(text):
            return "CHF"
        years = [int(y) for y in _YEAR_RE.findall(text)]
        # Before the euro (2002), French francs; in today's news, Swiss francs.
        return "FRF" if years and max(years) < 2002 else "CHF"

    @functools.cached_property
    def cent(self) -> str:
        if _EURO_RE.search(self._text) and not _DOLLAR_WORD_RE.search(self._text):
            return "EUR"
        return self.dollar


def _resolve_hint(hint: str | None) -> tuple[str | None, str | None]:
    """Split a ``currency_hint`` into (dollar default, franc default)."""
    if hint is None:
        return None, None
    key = hint.strip().replace("-", "_").lower()
    if key in _LOCALES:
        return _LOCALES[key]
    code = hint.strip().upper()
    if code in DOLLAR_VARIANTS:
        return code, None
    if code in _FRANCS:
        return None, code
    known = CURRENCY_CODES | {c for c in CURRENCY_WORDS.values() if c}
    if code in known:
        return None, None
    raise ValueError(
        f"currency_hint {hint!r} is neither an ISO 4217 code claimkit knows "
        f"(e.g. 'USD', 'CAD', 'CHF', 'XOF') nor a locale ({', '.join(sorted(_LOCALES))})"
    )


def _read_suffix(
    text: str, pos: int, after_multiplier: bool, after_words: bool = False
) -> tuple[int, str | None, bool]:
    """Read a currency at *pos*: (end, code or marker, is_minor_unit); end == pos if none."""
    m = _SUFFIX_RE.match(text, pos)
    if m is None:
        return pos, None, False
    if m.group("de") is not None and not after_multiplier:
        return pos, None, False  # "1 000 de dollars" is not French; "millions de dollars" is
    if m.group("minor") is not None:
        if after_words and m.group("minor").lower() in ("cent", "cents"):
            # After a spelled-out number, "cent" may be the number 100 itself: "un cent
            # euros", "cent un euros".  After digits ("34 cents") it is always the coin.
            after = _SUFFIX_RE.match(text, m.end())
            if ((after is not None and after.group("minor") is None and after.group("de") is None)
                    or NUMBER_WORD_RE.match(text, m.end()) is not None):  # fmt: skip
                return pos, None, False
        key = fold_apostrophes(m.group("minor").lower())
        key = _HSPACES_RE.sub(" ", key)
        return m.end(), _MINOR_KEY.get(key, "MINOR"), True
    if m.group("word") is not None:
        key = _HSPACES_RE.sub(" ", fold_apostrophes(m.group("word").lower()))
        code = _CURRENCY_KEY.get(key)
        return m.end(), code if code is not None else "DOLLAR", False
    if m.group("code") is not None:
        return m.end(), m.group("code"), False
    sym = m.group("lsym") if m.group("lsym") is not None else m.group("sym")
    code = _SYMBOL_KEY.get(_HSPACES_RE.sub(" ", sym.lower()))
    if code is None and sym != "₿":
        code = "DOLLAR"
    return m.end(), code, False


def _read_prefix(text: str, start: int) -> tuple[int, str | None] | None:
    m = _PREFIX_RE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group("dcode") is not None:
        return m.start(), str(m.group("dcode")).upper()
    if m.group("code") is not None:
        return m.start(), str(m.group("code"))
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
    has_currency, minor = False, False
    prefix = _read_prefix(text, num.start)
    if prefix is not None:
        start, currency = prefix
        has_currency = True
    else:
        end, code, minor = _read_suffix(
            text, pos, mult is not None or num.approximate, num.words and mult is None
        )
        if end > pos:
            pos, currency, has_currency = end, code, True
    coef = num.value
    if prefix is not None and mult is None:
        dash = _NO_CENTS_RE.match(text, pos)
        if dash is not None:
            pos = dash.end()  # "CHF 120.–": Swiss prices mark "no cents" with a dash
    if has_currency and not minor and (prefix is None or mult is None):
        sub = _SUBUNIT_RE.match(text, pos)
        if sub is not None and power == 0 and currency is not None and text[pos - 1].isalnum():
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
        per=per,
        qualifier="approximate" if num.approximate else "exact",
        approximate_number=num.approximate,
        words=num.words,
    )


def _with_qualifier(text: str, a: _Amount) -> _Amount:
    found = find_qualifier(text, a.start)
    if found is None:
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


def _combine(text: str, amounts: list[_Amount]) -> list[tuple[_Amount, _Amount | None]]:
    """Join neighbours into ranges, cents and coordinated qualifiers.

    Returns (amount, high end or None) pairs; bare numbers still without a currency are
    dropped.
    """
    _join_bare(text, amounts)
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


def _finish(a: _Amount, high: _Amount | None, text: str, defaults: _Defaults) -> Money:
    def resolve(code: str | None, minor: bool) -> str | None:
        if code == "DOLLAR":
            return defaults.dollar_at(a.start)
        if code == FRANC:
            return defaults.franc_at(a.start)
        if code == CFA:
            return defaults.cfa_at(a.start)
        if code == "MINOR" or (minor and code is None):
            return defaults.cent
        return code

    currency = resolve(high.currency if high is not None else a.currency, a.minor)
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
    for symbol in CURRENCY_SYMBOLS:  # "FCFA", "F CFA"
        if regex.fullmatch(r"[A-Za-z ]+", symbol):
            words.update(symbol.lower().split())
    return words


#: Every amount holds a currency sign, name, ISO code or minor unit: the number scan only
#: runs in windows around them.  Wide before (a list "10, 20 ou 30 millions d'euros" or a
#: range opens well before its currency), narrow after (a prefix sign: "$ 75 millions").
_ANCHORS: Final = Anchors(
    _anchor_words(),
    f"[{regex.escape(''.join(_SIGN_SYMBOLS))}]",
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
    pairs = _combine(text, amounts)
    if not pairs:
        return []
    defaults = _Defaults(text, [a for a, _ in pairs], currency_hint)
    claims = [_finish(a, high, text, defaults) for a, high in pairs]
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
