"""One adapter per system: a function ``(text, reference_date) -> claims`` in the gold fields.

Systems:

* ``claimkit``: the full :func:`claimkit.extract` (money, percentages, dates, quotes);
* ``duckling``: Facebook's Duckling through ``pyduckling-native-phihos`` (native Haskell,
  offline), locale FR, dimensions ``time`` and ``amount-of-money``;
* ``recognizers``: Microsoft Recognizers-Text (``recognizers-text-suite``), culture French,
  models currency (number with unit), percentage and datetime;
* ``dateparser``: ``dateparser.search.search_dates`` with ``languages=["fr"]``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

KINDS = ("money", "percentage", "date", "quote")
SYSTEMS = ("claimkit", "duckling", "recognizers", "dateparser")
#: Kinds each system can produce; the others are shown as "n/a", not as a zero.
SUPPORTED: dict[str, tuple[str, ...]] = {
    "claimkit": KINDS,
    "duckling": ("money", "date"),
    "recognizers": ("money", "percentage", "date"),
    "dateparser": ("date",),
}
#: Distributions whose versions the report gives.
DISTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "claimkit": ("claimkit",),
    "duckling": ("pyduckling-native-phihos",),
    "recognizers": ("recognizers-text-suite", "recognizers-text-date-time"),
    "dateparser": ("dateparser",),
}
LABELS = {
    "claimkit": "claimkit `extract`",
    "duckling": "Duckling (pyduckling-native-phihos)",
    "recognizers": "Recognizers-Text (recognizers-text-suite)",
    "dateparser": "dateparser `search_dates`",
}

#: claimkit's adapter returns its Claim models (the evaluator dumps them); peers return dicts.
Extractor = Callable[[str, "dt.date | None"], list[Any]]
Claims = list[dict[str, Any]]


# --------------------------------------------------------------------------- value helpers


def _dec(value: Any) -> str | None:
    """A decimal string (normalised, no exponent) from an int, float or string."""
    if value is None:
        return None
    try:
        d = Decimal(str(round(value, 6)) if isinstance(value, float) else str(value))
    except InvalidOperation:
        return None
    return format(d.normalize(), "f")


def _scaled(value: str | None, factor: Decimal) -> str | None:
    return None if value is None else _dec(Decimal(value) / factor)


def _ref_datetime(reference_date: dt.date | None) -> dt.datetime:
    """Peers always resolve relative dates; without a reference date they use today."""
    day = reference_date or dt.date.today()
    return dt.datetime(day.year, day.month, day.day, 12, 0)


def _date_claim(start: int, end: int, year: Any, month: Any, day: Any) -> dict[str, Any]:
    def num(v: Any) -> int | None:
        return None if v in (None, "", "XXXX", "XX") else int(v)

    return {
        "kind": "date",
        "start": start,
        "end": end,
        "year": num(year),
        "month": num(month),
        "day": num(day),
    }


# --------------------------------------------------------------------------- adapters


def make_claimkit() -> Extractor:
    """claimkit as a user calls it: the typed claims, not dumped (the evaluator dumps them)."""
    import claimkit

    def run(text: str, reference_date: dt.date | None) -> list[Any]:
        return claimkit.extract(text, reference_date=reference_date)

    return run


#: Duckling units that are not ISO 4217 codes.  "cent" is a minor unit without a currency;
#: it is read as US cents, the convention the external gold uses for Recognizers' "Cent".
DUCKLING_DAY_GRAINS = ("day",)
_DUCKLING_UNITS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "cent": "USD"}


def _unmangle(s: str) -> str:
    """Undo the binding's mojibake: its strings are UTF-8 bytes read as Latin-1 ("Â£")."""
    try:
        return s.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return s


def make_duckling() -> Extractor:
    """Duckling, FR locale, dims time and amount-of-money, latent parses off.

    Conversion: a money ``value`` is ``exact``; an interval with both ends is a ``range``,
    with only ``from`` ``more_than`` and with only ``to`` ``less_than`` (Duckling does not
    tell "plus de" from "au moins", nor keeps "environ").  Times: grain year -> year, month
    -> year+month, day -> year+month+day.  Finer grains (times of day: "maintenant", "à 15h",
    "deux heures") are dropped, which scores better than reading them as their day; so are
    weeks, quarters and intervals, which are not single dates.
    """
    import duckling

    tzdb = duckling.load_time_zones("/usr/share/zoneinfo")
    locale = duckling.default_locale_lang(duckling.parse_lang("FR"))
    dims = duckling.parse_dimensions(["time", "amount-of-money"])
    contexts: dict[dt.date | None, Any] = {}

    def context(reference_date: dt.date | None) -> Any:
        ctx = contexts.get(reference_date)
        if ctx is None:
            stamp = calendar.timegm(_ref_datetime(reference_date).timetuple())
            ctx = duckling.Context(duckling.parse_ref_time(tzdb, "UTC", stamp), locale)
            contexts[reference_date] = ctx
        return ctx

    def money(start: int, end: int, v: dict[str, Any]) -> dict[str, Any] | None:
        def amount(part: dict[str, Any]) -> tuple[str | None, str | None]:
            unit = _unmangle(str(part.get("unit") or ""))
            cur = _DUCKLING_UNITS.get(unit, unit if len(unit) == 3 and unit.isupper() else None)
            val = _dec(part.get("value"))
            return (_scaled(val, Decimal(100)) if unit == "cent" else val), cur

        if v.get("type") == "value":
            (val, cur), val_max, qual = amount(v), None, "exact"
        else:
            lo, hi = v.get("from"), v.get("to")
            if lo and hi:
                (val, cur), (val_max, _) = amount(lo), amount(hi)
                qual = "range"
            elif lo:
                (val, cur), val_max, qual = amount(lo), None, "more_than"
            elif hi:
                (val, cur), val_max, qual = amount(hi), None, "less_than"
            else:
                return None
        if val is None:
            return None
        return {
            "kind": "money",
            "start": start,
            "end": end,
            "value": val,
            "value_max": val_max,
            "currency": cur,
            "qualifier": qual,
        }

    def run(text: str, reference_date: dt.date | None) -> Claims:
        out: Claims = []
        for ent in duckling.parse(text, context(reference_date), dims):
            start, end, v = int(ent["start"]), int(ent["end"]), ent["value"]
            if ent["dim"] == "amount-of-money":
                claim = money(start, end, v)
                if claim:
                    out.append(claim)
            elif ent["dim"] == "time" and v.get("type") == "value":
                grain, iso = v.get("grain"), str(v.get("value", ""))
                y, m, d = iso[0:4], iso[5:7], iso[8:10]
                if grain == "year":
                    out.append(_date_claim(start, end, y, None, None))
                elif grain == "month":
                    out.append(_date_claim(start, end, y, m, None))
                elif grain in DUCKLING_DAY_GRAINS:
                    out.append(_date_claim(start, end, y, m, d))
        return out

    return run


#: Recognizers-Text French currency names (its "unit") to ISO 4217, for those its own
#: English map does not cover.  Unspecified units follow the external gold's conventions.
_RECOGNIZERS_ISO = {
    "Dollar": "USD",
    "Dollar États-Unis": "USD",
    "Dollar Australien": "AUD",
    "Dollar Canadien": "CAD",
    "Dollar de Hong Kong": "HKD",
    "Dollar néo-zélandais": "NZD",
    "Dollar de Singapour": "SGD",
    "Euro": "EUR",
    "Livre": "GBP",
    "Livre britannique": "GBP",
    "Franc": "FRF",
    "Franc Suisse": "CHF",
    "Franc belge": "BEF",
    "Yen Japonais": "JPY",
    "Yuan Chinois": "CNY",
    "Roupie": "INR",
    "Roupie indienne": "INR",
    "Florins Néerlandais": "NLG",
    "Mark Finlandais": "FIM",
    "Rouble russe": "RUB",
    "Won sud-coréen": "KRW",
    "Réal brésilien": "BRL",
    "Couronne suédoise": "SEK",
    "Couronne danoise": "DKK",
    "Couronne norvégienne": "NOK",
    "Dirham marocain": "MAD",
    "Dinar algérien": "DZD",
    "Dinar tunisien": "TND",
    "Livre turque": "TRY",
    "Livre égyptienne": "EGP",
    "Rand sud-africain": "ZAR",
    "Złoty polonais": "PLN",
}
_LINE = re.compile(r"[^\n]+")
#: Minor units: (major currency, divisor).  "Cent" is read as US cents like the gold does.
_RECOGNIZERS_MINOR = {
    "Cent": ("USD", 100),
    "Centimes": ("EUR", 100),
    "Pence": ("GBP", 100),
    "Penny": ("GBP", 100),
    "Pesewa": ("GHS", 100),
}


def make_recognizers() -> Extractor:
    """Recognizers-Text, culture French: currency, percentage and datetime models.

    Recognizers-Text is built for short utterances, and its datetime model drops *every*
    result of a call when one entity fails to parse (it catches the exception), which happens
    on long articles; so it is called once per line (paragraph), offsets shifted back.

    Conversion: spans are ``start`` to ``end + 1`` (Recognizers' ``end`` is inclusive).
    Money and percentages are ``exact`` (no qualifiers upstream); currency names go to ISO
    through the table above, then Recognizers' own English name map.  Dates come from the
    TIMEX: ``date`` and ``datetime`` give year/month/day (``XXXX`` -> unknown year), a
    ``daterange`` that is a whole year (``2019``) or month (``2019-07``) gives that; times,
    durations, sets and other ranges are not dates.
    """
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_number.number import NumberRecognizer
    from recognizers_number_with_unit.number_with_unit import NumberWithUnitRecognizer
    from recognizers_number_with_unit.resources.english_numeric_with_unit import (
        EnglishNumericWithUnit,
    )
    from recognizers_text import Culture

    iso_map = {**EnglishNumericWithUnit.CurrencyNameToIsoCodeMap, **_RECOGNIZERS_ISO}
    currency_model = NumberWithUnitRecognizer(Culture.French).get_currency_model()
    percent_model = NumberRecognizer(Culture.French).get_percentage_model()
    datetime_model = DateTimeRecognizer(Culture.French).get_datetime_model()

    def money(r: Any) -> dict[str, Any] | None:
        res = r.resolution or {}
        unit = str(res.get("unit") or "")
        value = _dec(res.get("value"))
        if value is None:
            return None
        if unit in _RECOGNIZERS_MINOR:
            cur: str | None
            cur, div = _RECOGNIZERS_MINOR[unit]
            value = _scaled(value, Decimal(div))
        else:
            cur = res.get("isoCurrency") or iso_map.get(unit)
        return {
            "kind": "money",
            "start": r.start,
            "end": r.end + 1,
            "value": value,
            "value_max": None,
            "currency": cur or None,
            "qualifier": "exact",
        }

    def percentage(r: Any) -> dict[str, Any] | None:
        raw = str((r.resolution or {}).get("value") or "").replace("%", "").replace(",", ".")
        value = _dec(raw.strip())
        if value is None:
            return None
        return {
            "kind": "percentage",
            "start": r.start,
            "end": r.end + 1,
            "value": value,
            "value_max": None,
            "qualifier": "exact",
        }

    def date(r: Any) -> dict[str, Any] | None:
        values = (r.resolution or {}).get("values") or []
        if not values:
            return None
        kind, timex = r.type_name.rsplit(".", 1)[-1], str(values[0].get("timex", ""))
        if kind in ("date", "datetime"):
            parts = timex.split("T")[0].split("-")
            if len(parts) == 3 and len(parts[0]) == 4:
                return _date_claim(r.start, r.end + 1, *parts)
        elif kind == "daterange":
            parts = timex.split("-")
            if len(parts) == 1 and len(timex) == 4:
                return _date_claim(r.start, r.end + 1, timex, None, None)
            if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
                return _date_claim(r.start, r.end + 1, parts[0], parts[1], None)
        return None

    def run_line(line: str, reference: dt.datetime) -> Claims:
        out: Claims = []
        for r in currency_model.parse(line):
            claim = money(r)
            if claim:
                out.append(claim)
        for r in percent_model.parse(line):
            claim = percentage(r)
            if claim:
                out.append(claim)
        for r in datetime_model.parse(line, reference):
            try:
                claim = date(r)
            except ValueError:  # malformed TIMEX
                claim = None
            if claim:
                out.append(claim)
        return out

    def run(text: str, reference_date: dt.date | None) -> Claims:
        reference = _ref_datetime(reference_date)
        out: Claims = []
        for m in _LINE.finditer(text):
            for claim in run_line(m.group(), reference):
                claim["start"] += m.start()
                claim["end"] += m.start()
                out.append(claim)
        return out

    return run


def make_dateparser() -> Extractor:
    """``dateparser.search.search_dates(text, languages=["fr"])``.

    Conversion: it returns (substring, datetime) pairs without offsets; each substring is
    located in order in the text.  With ``add_period=True`` (dateparser >= 1.5) the period
    says which parts the text gave: year -> year, month -> year+month, otherwise (day, week,
    time) year+month+day.  Without it every date is read at day precision.  ``DATE_ORDER`` is
    set to DMY: search_dates translates to English first and would read "1/3/2013" as 3 January.
    """
    import inspect

    from dateparser.search import search_dates as _search

    search_dates: Callable[..., Any] = _search  # the stubs predate add_period

    with_period = "add_period" in inspect.signature(search_dates).parameters

    def run(text: str, reference_date: dt.date | None) -> Claims:
        settings = {"RELATIVE_BASE": _ref_datetime(reference_date), "DATE_ORDER": "DMY"}
        if with_period:
            found = search_dates(text, languages=["fr"], settings=settings, add_period=True)
        else:
            found = search_dates(text, languages=["fr"], settings=settings)
        out: Claims = []
        cursor = 0
        for item in found or []:
            sub, when = item[0], item[1]
            period = item[2] if with_period and len(item) > 2 else "day"
            pos = text.find(sub, cursor)
            if pos < 0:
                pos = text.find(sub)
            if pos < 0:
                continue
            cursor = pos + len(sub)
            if period == "year":
                out.append(_date_claim(pos, cursor, when.year, None, None))
            elif period == "month":
                out.append(_date_claim(pos, cursor, when.year, when.month, None))
            else:
                out.append(_date_claim(pos, cursor, when.year, when.month, when.day))
        return out

    return run


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "claimkit": make_claimkit,
    "duckling": make_duckling,
    "recognizers": make_recognizers,
    "dateparser": make_dateparser,
}
#: Modules whose import time is reported (the rest of start-up is model set-up).
IMPORTS: dict[str, tuple[str, ...]] = {
    "claimkit": ("claimkit",),
    "duckling": ("duckling",),
    "recognizers": (
        "recognizers_text",
        "recognizers_number",
        "recognizers_number_with_unit",
        "recognizers_date_time",
    ),
    "dateparser": ("dateparser", "dateparser.search"),
}
