"""French monetary amounts: "900 000 $", "8,9 millions de dollars", "jusqu'à 650 000 $".

What this handles: digits with any French grouping or words ("près d'un million"),
multipliers ("millions", "Md€", "k€"), currency symbols, ISO codes and names on either side
("$300", "USD 5 millions", "1,2 M€", "dollars canadiens"), minor units ("50 cents",
"15 dollars et 15 cents"), qualifiers written before the amount ("jusqu'à", "environ",
"plus de", "dépassant les"), ranges ("de 300 000 à 900 000 dollars", "entre 2 et 3 millions
d'euros", "300 000-900 000 $"), the currency and multiplier shared by a list or a change
("passe de 40 à 45 millions d'euros" gives two amounts) and periods ("par an", "/mois",
"annuels").  The currencies of the whole French-speaking world with their local forms
("FCFA", "DH", "DA", "DT", "MD", "LL", "Rs", "M$", "Fr. 7.80"); a bare "$", "francs",
"dinars", "livres" takes the meaning of the document's place (see :func:`extract_money`).

The stages: :mod:`._read` reads one amount, :mod:`._join` reads amounts together (ranges,
changes, lists, bare amounts), :mod:`._currency` resolves bare currency words by place.

What it leaves alone: numbers with no currency (years, counts, phone numbers, "29/09/1992",
"4.3 / 5"), and vague amounts with no number ("des centaines de millions de dollars").
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Final

import regex

from claimkit._lazy import LazyRe
from claimkit._lexicon import (
    CASED_PREFIX_SYMBOLS,
    CASED_SYMBOLS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_VARIANTS,
    MINOR_UNITS,
    SCALED_SYMBOLS,
)
from claimkit._quantity import (
    canonical,
    iter_numbers,
)
from claimkit.anchors import _SCAN, Anchors, shared_scan
from claimkit.context import context_for
from claimkit.models import Money, Period, Qualifier, money_claim
from claimkit.money._currency import (
    _PLACEHOLDER_KEY,
    _Defaults,
    _local_currency,
    _resolve_hint,
)
from claimkit.money._join import _combine, _share_bracketed
from claimkit.money._read import _SIGN_SYMBOLS, _Amount, _read_amount, _with_qualifier
from claimkit.text import check_text

__all__ = ["extract_money", "parse_money"]


def _finish(
    a: _Amount, high: _Amount | None, text: str, defaults: _Defaults, previous: str | None
) -> Money:
    """Build the claim; *previous* is the currency of the amount before (for "centimes")."""
    code = high.currency if high is not None else a.currency
    currency: str | None
    if code is not None and code in _PLACEHOLDER_KEY:
        currency = defaults.resolve(_PLACEHOLDER_KEY[code], a.start)
    elif code == "CENTIME":
        # a centime is a hundredth of a euro, franc, dirham or gourde, never of a dollar
        # ("545 $/tonne … une hausse de 21 centimes" in a euro-zone text)
        usable = previous is not None and previous not in DOLLAR_VARIANTS
        currency = previous if usable else defaults.document_centime
    elif code == "MINOR" or (a.minor and code is None):
        currency = defaults.cent
    else:
        currency = code
    qualifier: Qualifier = "range" if high is not None else a.qualifier  # type: ignore[assignment]
    per: Period | None = a.per  # type: ignore[assignment]
    start, value = a.start, a.value
    minus = _minus_before(text, a) if start == a.num_start else None
    if minus is not None:  # "Vaud (-303 millions)": a deficit written with its sign
        start, value = minus, -value
    high_value = high.value if high is not None else None
    if high is not None and high.start == high.num_start and _minus_before(text, high):
        high_value = -high.value
    return money_claim(
        start,
        a.end,
        text[start : a.end],
        canonical(value),
        canonical(high_value) if high_value is not None else None,
        currency,
        qualifier,
        per,
    )


#: Minus signs written before an amount: hyphen, minus (an en dash touching an amount opens
#: an incise as often: "la moitié –6,3 milliards FCFP– sont consacrés").
_MINUS_SIGNS: Final = frozenset("-\u2212")
#: What may come right before a signed amount's minus: an opening bracket, a colon, a space.
_BEFORE_MINUS: Final = frozenset("(:[ \u00a0\u202f\t")


def _minus_before(text: str, a: _Amount) -> int | None:
    """Return where the minus sign of a signed amount starts, or None.

    The minus touches the number ("(-303 millions)", "soit -5,3 millions") or, inside a
    bracket, is one space away ("(- 11 centimes)"), as percentages read "-5 %". Not a dash
    opening a line (a list's bullet), joining two numbers ("10 000 -15 000 FCFA", "2,5-3
    millions"), closing after the amount too (an incise) or inside a word; never for
    amounts in words.
    """
    pos = a.num_start
    if a.words or pos < 2:
        return None
    if text[pos - 1] in _MINUS_SIGNS:
        sign = pos - 1
    elif text[pos - 1] == " " and pos >= 3 and text[pos - 2] in _MINUS_SIGNS:
        sign = pos - 2
        if text[sign - 1] != "(":
            return None
    else:
        return None
    if sign < 1 or text[sign - 1] not in _BEFORE_MINUS:
        return None
    k = sign - 1
    while k >= 0 and text[k] in " \u00a0\u202f\t":
        k -= 1
    if k < 0 or text[k] == "\n" or text[k].isdigit() or text[k] in CURRENCY_SYMBOLS:
        return None  # a bullet, a range "10 -15", "€ -5"
    if text[a.end : a.end + 1] == text[sign]:
        return None  # "-6,3 milliards-": a dash on each side brackets an incise
    return sign


def _anchor_words() -> set[str]:
    """Collect the head noun of every currency name: "dollars de Hong Kong" -> "dollars"."""
    words: set[str] = set()
    for table in (CURRENCY_WORDS, MINOR_UNITS):
        for key in table:
            head = key.lower().split()[0]
            words.add(key.lower().split()[-1] if head in ("anciens", "nouveaux") else head)
    # "255,2 milliards", Swiss "3,4 mio", "1,2 mia", "2 mrd"
    words.update(("million", "millions", "milliard", "milliards", "mio", "mia", "mrd", "mrds"))
    for symbols in (CURRENCY_SYMBOLS, CASED_SYMBOLS, SCALED_SYMBOLS, CASED_PREFIX_SYMBOLS):
        for symbol in symbols:  # "FCFA", "F CFA", "MDH", "Fr."; "A$" has the sign "$"
            if regex.fullmatch(r"[A-Za-z. ]+", symbol):
                words.update(regex.findall(r"[a-z]{2,}", symbol.lower()))
    words.add("f")  # "100 F": the one single-letter currency
    # Letter-only words, so the scan can be shared with the other extractors; signs such as
    # "¢" are in the extra pattern.
    return {w for w in words if regex.fullmatch(r"[^\W\d_]+", w)}


#: Every amount holds a currency sign, name, ISO code or minor unit: the number scan only
#: runs in windows around them.  Wide before (a list "10, 20 ou 30 millions d'euros" or a
#: range opens well before its currency), narrow after (a prefix sign: "$ 75 millions").
_ANCHORS: Final = Anchors(
    _anchor_words(),
    # "[signs]|l\.l\.?" as one class the scan skips to: the standard re uses a class
    # prefix only when the pattern opens on a class, not an alternation (≈ 30 → 5 µs an
    # article).  After "l", only "l.l" and "l.l." match, as in the alternation.
    rf"[{regex.escape(''.join(_SIGN_SYMBOLS))}¢l](?:(?<=l)\.l\.?|(?<!l))",
    # Opens on the capital itself (the look-behind after it), so the scan skips to capitals.
    exact=r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{2}(?![A-Za-z])",
    exact_in=CURRENCY_CODES,
    before=200,
    after=60,
)


def extract_money(text: str, *, currency_hint: str | None = None) -> list[Money]:
    """Find every monetary amount in French *text*.

    ``currency_hint`` says what an unqualified "$" or "francs" means in this document: an
    ISO code ("CAD", "XOF") or a locale ("fr_CA", "fr_SN", "fr_TN").  Without it, the
    document's place cues decide, as a reader's would (``DocumentContext.places``): "$" is
    CAD in a Quebec text, "francs" CHF in a Swiss paragraph and XOF in a Senegalese one,
    "dinars" TND in Tunis; with no cue, USD for "$" (or the one dollar the document names),
    CHF for "francs" (FRF in a text dated before the euro).

    >>> [(m.text, m.currency) for m in extract_money("Montréal - Le litre coûte 1,89 $.")]
    [('1,89 $', 'CAD')]
    >>> [(m.text, m.value, m.currency) for m in extract_money(
    ...     "Tunis - La compensation a coûté 57 MD, contre 45 millions en 2023.")]
    [('57 MD', Decimal('57000000'), 'TND'), ('45 millions', Decimal('45000000'), 'TND')]

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
    # Called alone, one shared scan finds the currency anchors and the place cues together.
    scan = _SCAN.get()
    with nullcontext() if scan is not None and scan.text is text else shared_scan(text):
        return _extract(text, currency_hint)


def _extract(text: str, currency_hint: str | None) -> list[Money]:
    amounts: list[_Amount] = []
    for number in iter_numbers(text, _ANCHORS.windows(text)):
        if amounts and number.start < amounts[-1].end:
            continue  # already read as part of the amount before: "15 dollars et 15 cents"
        amount = _read_amount(text, number)
        amounts.append(_with_qualifier(text, amount) if amount.has_currency else amount)
    if not amounts:
        return []
    ctx = context_for(text, currency_hint=currency_hint)  # places found only when needed
    pairs = _combine(text, amounts, lambda: _local_currency(ctx.places, currency_hint))
    if not pairs:
        return []
    _share_bracketed(text, pairs)
    defaults = _Defaults(text, [a for a, _ in pairs], currency_hint, lambda: ctx.places)
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
        if _NOT_ONE_RE.fullmatch(c.text):
            if _NEGATION_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
                continue  # "ils n'ont pas détourné un franc": a way of saying nothing
            if kept and _RATE_UNIT_RE.fullmatch(text, kept[-1].end, c.start):
                continue  # "un taux fixé à 89 700 LL pour un dollar": the rate's unit
        kept.append(c)
    return kept


#: "un franc", "un sou", "un euro": the word "un" and a currency word, alone.
_NOT_ONE_RE: Final = LazyRe(r"(?i)une?[ \u00a0]+\w+")
#: Between an amount and "un dollar" that is its exchange rate's unit: "89 700 LL pour un".
_RATE_UNIT_RE: Final = LazyRe(r"(?i)[ \u00a0]+(?:pour|par|contre)[ \u00a0]+")
#: A negation right before it: "pas un franc", "sans un sou", "jamais un euro".
_NEGATION_BEFORE_RE: Final = LazyRe(
    r"(?i)(?<!\w)(?:pas|plus|jamais|sans|ni|rien|aucun)(?:[ \u00a0]+\w+){0,2}[ \u00a0]+\Z"
)


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
