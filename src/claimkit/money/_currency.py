"""What a bare currency word means where the document is written.

"$" in a Quebec text is CAD, "francs" in a Genève paragraph CHF and in a Dakar one XOF,
"dinars" in Tunis TND. Reads the document's place cues (:mod:`claimkit._places`, computed
once per document in :class:`~claimkit.context.DocumentContext`) and the caller's
``currency_hint``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit._lexicon import (
    CFA,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DINAR,
    DOLLAR_VARIANTS,
    F_SIGN,
    FRANC,
    LIVRE,
    PESO,
    ROUPIE,
)
from claimkit._places import LOCAL_CURRENCY, LOCALES, PlaceCues
from claimkit.money._read import _Amount
from claimkit.text import HSPACE, SPACE

_YEAR_RE: Final = LazyRegex(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_EURO_RE: Final = LazyRegex(r"(?i)€|\beuros?\b|\bEUR\b")
_DOLLAR_WORD_RE: Final = LazyRegex(r"(?i)\$|\bdollars?\b|\bUSD\b")
#: Quebec press typography: "2,2 G$" (milliards de dollars) is written almost only there;
#: "563 M$", "45 k$" with a space before the multiplier are typical of it too.  ("12,5
#: millions $" is not: translated wires write it for US dollars.)
_G_DOLLAR_RE: Final = LazyRegex(rf"\d{SPACE}G{SPACE}\$")
_M_DOLLAR_RE: Final = LazyRegex(rf"\d{HSPACE}[Mk]{SPACE}\$")
_PARAGRAPH_BEFORE: Final = 1500
_PARAGRAPH_AFTER: Final = 600

#: Which bare word a currency code can be the meaning of: a hint "CAD" sets "$", a hint
#: "XOF" sets "francs" and "francs CFA", a hint "TND" sets "dinars".
_FAMILIES: Final[dict[str, frozenset[str]]] = {
    "dollar": DOLLAR_VARIANTS,
    "franc": frozenset(
        {
            "CHF",
            "XOF",
            "XAF",
            "CDF",
            "FRF",
            "BEF",
            "LUF",
            "XPF",
            "GNF",
            "RWF",
            "BIF",
            "DJF",
            "KMF",
            "MGF",
        }
    ),
    "cfa": frozenset({"XOF", "XAF"}),
    "dinar": frozenset({"DZD", "TND", "LYD", "JOD", "KWD", "IQD"}),
    "livre": frozenset({"GBP", "LBP", "EGP", "SYP", "SDG"}),
    "roupie": frozenset({"INR", "MUR", "SCR", "PKR"}),
    "peso": frozenset({"MXN", "DOP", "COP", "ARS", "CLP", "CUP", "PHP"}),
    "f": frozenset({"FRF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"}),
}
#: Placeholder of the lexicon -> the bare word it stands for.
_PLACEHOLDER_KEY: Final[dict[str, str]] = {
    "DOLLAR": "dollar",
    FRANC: "franc",
    CFA: "cfa",
    DINAR: "dinar",
    LIVRE: "livre",
    ROUPIE: "roupie",
    PESO: "peso",
    F_SIGN: "f",
}
#: What each bare word means with no hint and no place cue.
_READER_DEFAULT: Final[dict[str, str]] = {
    "dollar": "USD",
    "franc": "CHF",
    "cfa": "XOF",
    "dinar": "DZD",
    "livre": "GBP",
    "roupie": "INR",
    "peso": "MXN",
    "f": "FRF",
}


class _Defaults:
    """What a bare "$", "francs", "dinars", "livres" or "cents" means in one document.

    The answer comes from the caller's hint, then the document's place cues (computed once
    per document in :class:`~claimkit.context.DocumentContext`): for "$" the place the
    document is from (a Quebec text's "$" is CAD), for the other words the nearest cue in the
    amount's paragraph (a Genève paragraph's "francs" are CHF, a Dakar one's XOF), then
    the document's place, then a reader's default.
    """

    def __init__(
        self,
        text: str,
        amounts: Iterable[_Amount],
        hint: str | None,
        places: Callable[[], PlaceCues],
    ) -> None:
        self._text = text
        self._find_places = places
        self._hint_code, self._hint_place = _resolve_hint(hint)
        amounts = list(amounts)
        self._spans = [(a.num_start, a.end) for a in amounts]
        self._dollar_amounts = [
            (a.start, a.currency) for a in amounts if a.currency in DOLLAR_VARIANTS
        ]
        self._explicit = {code for _, code in self._dollar_amounts}
        # Codes the document states outright ("DT", "millimes" -> TND): a bare word of the
        # same family means that currency ("3520 millions de dinars" beside millimes)
        self._stated = {
            a.currency for a in amounts if a.currency and a.currency not in _PLACEHOLDER_KEY
        }
        # Read from each bare dollar amount's own span, never the whole text.
        bare = [text[a.num_start : a.end] for a in amounts if a.currency == "DOLLAR"]
        self._quebec_typography = any(_G_DOLLAR_RE.search(w) for w in bare) or (
            sum(1 for w in bare if _M_DOLLAR_RE.search(w)) >= 2 and not _EURO_RE.search(text)
        )
        self._document: dict[str, str] = {}

    @functools.cached_property
    def _places(self) -> PlaceCues:
        return self._find_places()

    @functools.cached_property
    def _place_dollar(self) -> str | None:
        """Return the dollar of the document's place ("$" in a Quebec text), if it has one."""
        return self._places.dollar()

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
        """Return what the bare word *key* ("dollar", "franc", "cfa"…) means at *pos*."""
        hinted = self._hinted(key)
        if hinted is not None:
            return hinted
        if key == "dollar":
            return self.dollar_at(pos)
        if key == "f":
            # "13,7 millions FF … inférieure à 100 F" in a Djibouti story: the sign is the
            # franc the document names outright, when it names one
            stated = self._stated & _FAMILIES["f"]
            if len(stated) == 1:
                return next(iter(stated))
        start, stop = self._paragraph(pos)
        local = self._places.nearest(pos, key, start, stop)
        if local is not None:
            return local
        return self.document(key)

    def dollar_at(self, pos: int) -> str:
        """Resolve a bare dollar: the place's, the paragraph's one named dollar, the document's.

        A Quebec text's "$" is CAD even in a paragraph that also gives a price in "$ US".
        """
        if self._place_dollar is not None:
            return self._place_dollar
        start, stop = self._paragraph(pos)
        local = {code for at, code in self._dollar_amounts if start <= at < stop}
        if len(local) == 1:
            return next(iter(local))
        return self.document("dollar")

    def document(self, key: str) -> str:
        """Return what *key* means in the whole document: its place, then a reader's default."""
        found = self._document.get(key)
        if found is None:
            found = self._document[key] = self._document_meaning(key)
        return found

    def _document_meaning(self, key: str) -> str:
        hinted = self._hinted(key)
        if hinted is not None:
            return hinted
        if key == "dollar":
            if self._place_dollar is not None:
                return self._place_dollar
            if len(self._explicit) == 1:
                return next(iter(self._explicit))  # "dollars canadiens" … "12 $"
            if self._quebec_typography and all(c == "CA" or w < 2 for c, w in self._places.weights):
                return "CAD"  # "un déficit de 11 G$": Quebec press, no other place of note
            return "USD"
        stated = self._stated & _FAMILIES[key]
        if len(stated) == 1 and key not in ("franc", "f", "cfa"):
            return next(iter(stated))
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
        """Tell whether the document's latest year is before 2002 ("1996 francs" is no year)."""
        starts = [start for start, _ in self._spans]
        years = []
        for m in _YEAR_RE.finditer(self._text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < self._spans[k][1]:
                continue
            years.append(int(m.group()))
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
    """Return the currency a bare "255 milliards" is in: the hint's, else the document's place's."""
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
