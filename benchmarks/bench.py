"""Benchmark claimkit against the extractors a user would otherwise pick, on the same texts.

Systems (each runs in its own subprocess, so one system's imports never weigh on another's
memory or import time):

* ``claimkit``: the full :func:`claimkit.extract` (money, percentages, dates, quotes);
* ``duckling``: Facebook's Duckling through ``pyduckling-native-phihos`` (native Haskell,
  offline), locale FR, dimensions ``time`` and ``amount-of-money``;
* ``recognizers``: Microsoft Recognizers-Text (``recognizers-text-suite``), culture French,
  models currency (number with unit), percentage and datetime;
* ``dateparser``: ``dateparser.search.search_dates`` with ``languages=["fr"]``.

For each system the worker measures import time, start-up time (import, model set-up and a
first call), strict F1 per kind on the gold files through :func:`claimkit.evaluate.evaluate`
(each peer's output converted by a small adapter to the gold fields), throughput in
characters per second on a ~1.5 MB corpus made by repeating the fixture texts (median of
several time-boxed passes after a warm-up), and peak resident memory.  For claimkit it also
checks that time grows linearly with the input (1x and 10x the texts).

The parent writes ``docs/benchmarks.md`` and ``docs/benchmarks.png``.  A system that cannot be
imported, crashes or times out is reported as "unavailable: reason"; the run goes on.

    .venv/bin/python benchmarks/bench.py                    # everything, about 5 minutes
    .venv/bin/python benchmarks/bench.py --systems claimkit,duckling --budget 5
    .venv/bin/python benchmarks/bench.py --system duckling  # one worker, JSON on stdout
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import importlib
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS_DIR = FIXTURES / "seeds"
GOLD_FILES: dict[str, Path] = {
    "seeds": FIXTURES / "gold" / "seeds.jsonl",
    "recognizers_fr": FIXTURES / "external" / "recognizers_fr.jsonl",
    "duckling_fr": FIXTURES / "external" / "duckling_fr.jsonl",
}
DOCS = ROOT / "docs"
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
CORPUS_TARGET_CHARS = 1_500_000
WARMUP_TEXT = "Le 21 juillet 2023, Netflix offrait jusqu'à 900 000 $, soit 87 % de plus."
PLOT_LINK = "![Throughput and strict F1 per system](benchmarks.png)"
REPRODUCE = (
    "python3 -m venv .venv && .venv/bin/pip install -e . -r benchmarks/requirements.txt"
    " && .venv/bin/python benchmarks/bench.py"
)

Extractor = Callable[[str, "dt.date | None"], list[dict[str, Any]]]
Claims = list[dict[str, Any]]


# --------------------------------------------------------------------------- texts


def base_texts() -> list[str]:
    """Seed articles plus every external suite document: the texts all systems share."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    for name in ("recognizers_fr", "duckling_fr"):
        with GOLD_FILES[name].open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def large_corpus(texts: Sequence[str], target: int = CORPUS_TARGET_CHARS) -> list[str]:
    """Repeat *texts* until *target* characters, each copy in its own fixed shuffled order.

    The shuffle makes any prefix a fair mix of long articles and short test sentences, which
    matters for the systems too slow to get through the whole corpus in their time budget.
    """
    out: list[str] = []
    size, copy = 0, 0
    while size < target:
        batch = list(texts)
        random.Random(copy).shuffle(batch)
        out.extend(batch)
        size += sum(map(len, batch))
        copy += 1
    return out


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
    """claimkit as is: the typed claims, dumped to dicts."""
    import claimkit

    def run(text: str, reference_date: dt.date | None) -> Claims:
        return [
            c.model_dump(mode="json") for c in claimkit.extract(text, reference_date=reference_date)
        ]

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


# --------------------------------------------------------------------------- worker


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _versions(system: str) -> dict[str, str]:
    out = {}
    for dist in DISTRIBUTIONS[system]:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "?"
    return out


def _evaluation() -> Any:
    """claimkit's evaluator module (``claimkit.evaluate``, since renamed ``evaluation``)."""
    for name in ("claimkit.evaluate", "claimkit.evaluation"):
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    raise ImportError("claimkit has no evaluate/evaluation module")


def score(extractor: Extractor, kinds: Sequence[str]) -> dict[str, dict[str, dict[str, int]]]:
    """Counts per gold file and kind (tp, fp, fn, strict_tp), via claimkit's evaluator."""
    evaluate = _evaluation().evaluate

    out: dict[str, dict[str, dict[str, int]]] = {}
    for name, path in GOLD_FILES.items():
        report = evaluate(path, extractor, kinds=list(kinds))
        out[name] = {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "strict_tp": s.strict_tp}
            for k, s in report.kinds.items()
        }
    return out


def throughput(
    extractor: Extractor, corpus: Sequence[str], passes: int, budget: float
) -> dict[str, Any]:
    """Median chars/s over *passes* passes, each the whole corpus or *budget* seconds.

    A pass cut short by the budget stops after the document being processed; the next pass
    picks up where it stopped, so slow systems still see different parts of the corpus.
    """
    rates: list[float] = []
    cursor = processed = 0
    full = sum(map(len, corpus))
    for _ in range(passes):
        chars = docs = 0
        t0 = time.perf_counter()
        while docs < len(corpus):
            text = corpus[cursor % len(corpus)]
            extractor(text, None)
            chars += len(text)
            docs += 1
            cursor += 1
            if time.perf_counter() - t0 > budget:
                break
        elapsed = time.perf_counter() - t0
        processed += chars
        rates.append(chars / elapsed)
    return {
        "chars_per_s": statistics.median(rates),
        "passes": rates,
        "corpus_chars": full,
        "corpus_docs": len(corpus),
        "chars_processed": processed,
        "full_passes": processed >= passes * full,
    }


def linearity(extractor: Extractor, texts: Sequence[str]) -> dict[str, Any]:
    """Time on 1x and 10x the texts, as documents and as one long document.

    Each time is the best of several runs (10 at 1x, 3 at 10x): on a shared machine the
    minimum is the least disturbed measurement.
    """

    def timed(docs: Iterable[str], repeats: int) -> float:
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            for d in docs:
                extractor(d, None)
            best = min(best, time.perf_counter() - t0)
        return best

    n = sum(map(len, texts))
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))
    out: dict[str, Any] = {}
    for label, one, ten, size in (
        ("documents", list(texts), list(texts) * 10, n),
        ("one document", [seeds], ["\n\n".join([seeds] * 10)], len(seeds)),
    ):
        t1, t10 = timed(one, 10), timed(ten, 3)
        out[label] = {"chars_1x": size, "seconds_1x": t1, "seconds_10x": t10, "ratio": t10 / t1}
    return out


def worker(system: str, passes: int, budget: float) -> dict[str, Any]:
    """Measure one system in this process; returns a JSON-able dict."""
    result: dict[str, Any] = {"system": system, "rss_start_mb": _rss_mb()}
    t0 = time.perf_counter()
    for module in IMPORTS[system]:
        importlib.import_module(module)
    result["import_s"] = time.perf_counter() - t0
    extractor = FACTORIES[system]()
    extractor(WARMUP_TEXT, None)
    result["startup_s"] = time.perf_counter() - t0
    result["rss_ready_mb"] = _rss_mb()
    result["versions"] = _versions(system)

    t1 = time.perf_counter()
    result["scores"] = score(extractor, SUPPORTED[system])
    result["score_s"] = time.perf_counter() - t1  # also the warm-up for the timings

    texts = base_texts()
    corpus = large_corpus(texts)
    for text in corpus[:20]:
        extractor(text, None)
    result["throughput"] = throughput(extractor, corpus, passes, budget)
    # The same measure on each kind of text alone: whole news articles (the seeds, one call
    # each) and the one-sentence test documents of the external suites.  Per-call costs
    # weigh on sentences, length-dependent costs on articles; systems differ on both.
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    sentences = texts[len(articles) :]
    result["throughput_sets"] = {
        "articles": throughput(extractor, articles, passes, budget / 2),
        "sentences": throughput(extractor, sentences, passes, budget / 2),
    }
    if system == "claimkit":
        result["linearity"] = linearity(extractor, texts)
    result["peak_rss_mb"] = _peak_rss_mb()
    result["available"] = True
    return result


# --------------------------------------------------------------------------- parent


def run_worker(system: str, passes: int, budget: float, timeout: float) -> dict[str, Any]:
    """Run ``--system`` in a fresh interpreter; any failure becomes ``available: False``."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--system",
        system,
        "--passes",
        str(passes),
        "--budget",
        str(budget),
    ]
    print(f"[bench] {system} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"system": system, "available": False, "reason": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - t0
    lines = proc.stdout.strip().splitlines()
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"system": system, "available": False, "reason": f"worker failed: {tail}"}
    result["wall_s"] = wall
    state = "done" if result.get("available") else f"unavailable ({result.get('reason')})"
    print(f"[bench] {system} {state} in {wall:.0f} s", file=sys.stderr, flush=True)
    return result


def _f1(c: dict[str, int]) -> float | None:
    pred, gold = c["tp"] + c["fp"], c["tp"] + c["fn"]
    if not gold:
        return None
    p = c["strict_tp"] / pred if pred else 0.0
    r = c["strict_tp"] / gold
    return 2 * p * r / (p + r) if p + r else 0.0


def _span_f1(c: dict[str, int]) -> float | None:
    return _f1({**c, "strict_tp": c["tp"]})


def pooled(result: dict[str, Any], kind: str) -> dict[str, int] | None:
    """Counts for *kind* summed over the gold files, or None when not supported."""
    if kind not in SUPPORTED[result["system"]] or not result.get("available"):
        return None
    total = {"tp": 0, "fp": 0, "fn": 0, "strict_tp": 0}
    for per_file in result["scores"].values():
        for key in total:
            total[key] += per_file.get(kind, {}).get(key, 0)
    return total


def gold_counts() -> dict[str, dict[str, int]]:
    """Scored (non-optional) gold claims per file and kind."""
    load_gold = _evaluation().load_gold

    out: dict[str, dict[str, int]] = {}
    for name, path in GOLD_FILES.items():
        counts = dict.fromkeys(KINDS, 0)
        for doc in load_gold(path):
            wanted = set((doc.get("meta") or {}).get("kinds_annotated") or KINDS)
            for c in doc["claims"]:
                if c["kind"] in wanted and not c.get("optional"):
                    counts[c["kind"]] += 1
        out[name] = counts
    return out


def _fmt_f1(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _fmt_rate(value: float) -> str:
    return f"{value:,.0f}"


def machine() -> dict[str, str]:
    """nproc, CPU model, Python and OS."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count() or 0

    def git(*cmd: str) -> str:
        try:
            proc = subprocess.run(
                ["git", "-C", str(ROOT), *cmd], capture_output=True, text=True, check=False
            )
        except OSError:
            return ""
        return proc.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD")
    if commit and git("status", "--porcelain", "--", "src"):
        commit += " with uncommitted changes in src/"
    return {
        "nproc": str(nproc),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "commit": commit or "?",
        "run_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def plot(results: Sequence[dict[str, Any]], path: Path) -> str | None:
    """Throughput (log axis) and pooled strict F1 per kind; returns an error or None."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        return f"matplotlib unavailable: {exc}"
    ok = [r for r in results if r.get("available")]
    if not ok:
        return "no system available"
    from matplotlib.patches import Patch

    colors = dict(zip(SYSTEMS, ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"), strict=True))
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [1, 1.4]})
    # One bar per text set and system: the mixed corpus, articles, one-sentence documents.
    sets = [("corpus", None), ("articles", "articles"), ("sentences", "sentences")]
    height = 0.8 / len(sets)
    rates: list[float] = []
    for y, r in enumerate(ok):
        for j, (label, key) in enumerate(sets):
            t = r["throughput"] if key is None else r.get("throughput_sets", {}).get(key)
            if not t:
                continue
            v = t["chars_per_s"]
            rates.append(v)
            pos = y + (j - (len(sets) - 1) / 2) * height
            ax1.barh(pos, v, height, color=colors[r["system"]], alpha=1.0 - 0.3 * j)
            ax1.text(v, pos, f" {label} {v:,.0f}", va="center", fontsize=7)
    ax1.set_yticks(range(len(ok)), [r["system"] for r in ok])
    ax1.set_xscale("log")
    ax1.invert_yaxis()
    ax1.set_xlabel("characters per second (log scale, higher is better)")
    ax1.set_title("Throughput on one core: mixed corpus, articles, sentences")
    ax1.set_xlim(min(rates) / 4, max(rates) * 40)
    width = 0.8 / len(ok)
    for k, kind in enumerate(KINDS):
        bars = [(r["system"], pooled(r, kind)) for r in ok]
        shown = [(name, _f1(c) or 0.0) for name, c in bars if c is not None]
        for i, (name, value) in enumerate(shown):
            x = k + (i - (len(shown) - 1) / 2) * width
            ax2.bar(x, value, width, color=colors[name])
            ax2.text(x, value + 0.01, f"{value:.2f}", ha="center", va="bottom", fontsize=7)
    ax2.set_xticks(range(len(KINDS)), list(KINDS))
    ax2.set_ylim(0, 1.08)
    ax2.set_ylabel("strict F1, gold files pooled")
    ax2.set_title("Strict F1 per kind (a system without the kind has no bar)")
    handles = [Patch(color=colors[r["system"]], label=r["system"]) for r in ok]
    ax2.legend(
        handles=handles,
        fontsize=8,
        loc="upper center",
        ncol=len(ok),
        bbox_to_anchor=(0.5, -0.08),
        frameon=False,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None


def _by_text_set(results: Sequence[dict[str, Any]], by: dict[str, Any]) -> list[str]:
    """Throughput on whole articles and on one-sentence documents, with claimkit's ratio."""
    ck = by.get("claimkit", {}).get("throughput_sets")
    rows = [r for r in results if r.get("available") and r.get("throughput_sets")]
    if not ck or not rows:
        return []
    md = [
        "",
        "### Throughput by kind of text",
        "",
        "The corpus above mixes long articles with the short test sentences of the external"
        " suites, which are most of its documents. Measured apart, with the same passes"
        " (*claimkit ×* as above): *articles* are the five seed articles, one call each"
        " (2,900–14,900 characters); *sentences* are the external suites' documents, one"
        " call each (45 characters on average), where fixed per-call costs dominate.",
        "",
        "| system | articles chars/s | claimkit × | sentences chars/s | claimkit × |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        cells = []
        for key in ("articles", "sentences"):
            rate = r["throughput_sets"][key]["chars_per_s"]
            ratio = "1" if r["system"] == "claimkit" else f"{ck[key]['chars_per_s'] / rate:,.1f}"
            cells += [_fmt_rate(rate), ratio]
        md.append(f"| {LABELS[r['system']]} | " + " | ".join(cells) + " |")
    return md


#: The issue's throughput target: claimkit's full extraction against Duckling's.
TARGET_VS_DUCKLING = 40


def _against_target(by: dict[str, Any]) -> list[str]:
    """claimkit's ratio to Duckling on each text set, against the 40x target."""
    ck, du = by.get("claimkit", {}), by.get("duckling", {})
    if not (ck.get("available") and du.get("available")):
        return []
    sets = [("mixed corpus", ck["throughput"], du["throughput"])]
    for key, label in (("articles", "news articles"), ("sentences", "one-sentence documents")):
        if ck.get("throughput_sets") and du.get("throughput_sets"):
            sets.append((label, ck["throughput_sets"][key], du["throughput_sets"][key]))
    md = [
        "",
        f"### Against the {TARGET_VS_DUCKLING}× Duckling target",
        "",
        "| text | claimkit chars/s | Duckling chars/s | ratio | target met |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for label, a, b in sets:
        ratio = a["chars_per_s"] / b["chars_per_s"]
        met = "yes" if ratio >= TARGET_VS_DUCKLING else "no"
        md.append(
            f"| {label} | {_fmt_rate(a['chars_per_s'])} | {_fmt_rate(b['chars_per_s'])}"
            f" | {ratio:,.1f}× | {met} |"
        )
    return md


def report(
    results: Sequence[dict[str, Any]], info: dict[str, str], args: argparse.Namespace
) -> str:
    """The Markdown page."""
    by = {r["system"]: r for r in results}
    ck = by.get("claimkit", {})
    ck_rate = ck["throughput"]["chars_per_s"] if ck.get("available") else None
    corpus = next((r["throughput"] for r in results if r.get("available")), None)
    gold = gold_counts()
    # The time the numbers were measured (kept in --json files, so --replot shows it too).
    today = info.get("run_at") or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    md: list[str] = [
        "# Benchmarks against peers",
        "",
        "claimkit's full `extract` beside the extractors a French-text user would otherwise",
        "pick, on the same texts, in one run of `benchmarks/bench.py` (each system measured in",
        "its own subprocess). Generated by the script; do not edit by hand.",
        "",
        PLOT_LINK,
        "",
        "## How to run",
        "",
        "```sh",
        REPRODUCE,
        "```",
        "",
        "About five minutes on two cores, most of it Recognizers-Text."
        " `--systems claimkit,duckling` runs a subset, `--budget`/`--passes` set the timing"
        " passes (this run: "
        f"`--passes {args.passes} --budget {args.budget:g}`). The peers are pinned in"
        " `benchmarks/requirements.txt`, not in the package's dependencies.",
        "",
        f"Run: {today}, claimkit commit `{info['commit']}`. Machine: nproc = {info['nproc']},"
        f" CPU {info['cpu']}, {info['python']}, {info['os']}."
        " claimkit is being optimised while these numbers are taken; rerun the script for"
        " current figures.",
        "",
        "## Results",
        "",
        "Throughput is characters per second on one core, the median of time-boxed passes over"
        " the corpus after a warm-up; *claimkit ×* is claimkit's throughput divided by the"
        " system's. Strict F1 pools the three gold files (a match counts only when every value"
        " field agrees); *n/a*: the system has no such kind.",
        "",
        "| system | chars/s | claimkit × | strict F1 money | percentage | date | quote"
        " | import s | start-up s | RSS after start-up MB | peak RSS MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in [r["system"] for r in results]:
        r = by[name]
        label = LABELS[name]
        if not r.get("available"):
            md.append(f"| {label} | unavailable: {r.get('reason', '?')} |" + " |" * 9)
            continue
        rate = r["throughput"]["chars_per_s"]
        ratio = "1" if name == "claimkit" else (f"{ck_rate / rate:,.1f}" if ck_rate else "?")
        f1s = " | ".join(_fmt_f1(None if (c := pooled(r, k)) is None else _f1(c)) for k in KINDS)
        md.append(
            f"| {label} | {_fmt_rate(rate)} | {ratio} | {f1s} | {r['import_s']:.2f}"
            f" | {r['startup_s']:.2f} | {r['rss_ready_mb']:.0f} | {r['peak_rss_mb']:.0f} |"
        )
    md += _by_text_set(results, by)
    md += _against_target(by)
    md += [
        "",
        "Read the F1 with its bias in mind: these gold files are claimkit's own test fixtures"
        " (its rules were written and checked against them), while the peers meet them for the"
        " first time, except their own suites (`recognizers_fr`, `duckling_fr`), which are"
        " converted from the peers' test specs. Much of the peers' loss on money is the"
        ' qualifier ("jusqu\'à", "environ", "plus de"): Recognizers-Text never records it,'
        " Duckling only as intervals. Span F1 (detection only, values ignored) separates"
        " finding from reading:",
        "",
        "| system | span F1 money | percentage | date | quote |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if r.get("available"):
            cells = []
            for k in KINDS:
                c = pooled(r, k)
                cells.append("n/a" if c is None else _fmt_f1(_span_f1(c)))
            md.append(f"| {r['system']} | " + " | ".join(cells) + " |")
    md += ["", "### Strict F1 per gold file", ""]
    head = "| system | " + " | ".join(
        f"{f} {k} ({gold[f][k]})" for f in GOLD_FILES for k in KINDS if gold[f][k]
    )
    cols = [(f, k) for f in GOLD_FILES for k in KINDS if gold[f][k]]
    md += [head + " |", "| --- |" + " ---: |" * len(cols)]
    for r in results:
        if not r.get("available"):
            continue
        cells = []
        for f, k in cols:
            counts = r["scores"][f].get(k) if k in SUPPORTED[r["system"]] else None
            cells.append(_fmt_f1(None if counts is None else _f1(counts)))
        md.append(f"| {r['system']} | " + " | ".join(cells) + " |")
    md += [
        "",
        "Numbers in brackets: scored gold claims. Per-kind precision and recall are in the"
        " JSON the script writes with `--json`.",
        "",
        "### Throughput detail",
        "",
        "| system | passes (chars/s) | chars processed | share of one full corpus pass |",
        "| --- | --- | ---: | ---: |",
    ]
    for r in results:
        if not r.get("available"):
            continue
        t = r["throughput"]
        passes = ", ".join(_fmt_rate(v) for v in t["passes"])
        share = t["chars_processed"] / len(t["passes"]) / t["corpus_chars"]
        md.append(f"| {r['system']} | {passes} | {t['chars_processed']:,} | {share:.0%} per pass |")
    if ck.get("available") and "linearity" in ck:
        md += [
            "",
            "### Linearity (claimkit)",
            "",
            "Time for 1× and 10× the texts (best of 10 and of 3 runs); a ratio near 10 means time"
            " grows linearly with the input. *documents*: every fixture text, one `extract` call"
            " each; *one document*: the five seed articles joined into one text.",
            "",
            "| input | chars at 1× | 1× s | 10× s | ratio |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for label, v in ck["linearity"].items():
            md.append(
                f"| {label} | {v['chars_1x']:,} | {v['seconds_1x']:.3f} | {v['seconds_10x']:.3f}"
                f" | {v['ratio']:.1f} |"
            )
    md += [
        "",
        "## Method",
        "",
        "- **Texts.** The five seed articles (`tests/fixtures/seeds/*.txt`) and every document"
        " of the external suites (`tests/fixtures/external/*.jsonl`, field `text`):"
        f" {corpus['corpus_docs'] if corpus else '?'} documents in the corpus, made by repeating"
        " them in a fixed shuffled order to about 1.5 MB"
        f" ({corpus['corpus_chars'] if corpus else 0:,} characters). Each document is one call.",
        "- **Throughput.** After the scoring run (which doubles as warm-up) and 20 more"
        " documents, each pass runs through the corpus or stops once its time budget is spent;"
        " the next pass starts where the previous one stopped, so slow systems are timed on"
        " different parts of the corpus. The time includes each adapter's conversion to the"
        " gold fields (negligible next to the extraction). Without a reference date the peers"
        " resolve relative dates against today.",
        "- **F1.** `evaluate(path, extractor, kinds=...)` from `claimkit.evaluation` on"
        " `tests/fixtures/gold/seeds.jsonl`, `tests/fixtures/external/recognizers_fr.jsonl` and"
        " `tests/fixtures/external/duckling_fr.jsonl`, with each document's `reference_date`;"
        " documents are scored only on their `meta.kinds_annotated`. The external files come"
        " from the peers' own French test suites, so they favour the peers (Recognizers-Text"
        " on `recognizers_fr`, Duckling on `duckling_fr`); the seeds are real news articles.",
        "- **Memory and start-up.** Each system runs in a fresh interpreter (`--system NAME`)."
        " *import* is the import of its modules; *start-up* adds model set-up and a first call."
        " RSS is the resident set size of that process (it includes Python and the harness);"
        " peak RSS is `ru_maxrss` at the end.",
        "",
        "### Adapters",
        "",
        "Each peer's output is converted to the gold fields (`kind`, `start`, `end`; money"
        " `value`, `value_max`, `currency`, `qualifier`; percentage `value`; date"
        " `year`/`month`/`day`). The conversions give each peer its best reasonable reading:",
        "",
        "- **Duckling**: money `value` -> `exact`; an interval with both ends -> `range`, only"
        ' `from` -> `more_than`, only `to` -> `less_than` (Duckling does not tell "plus de"'
        ' from "au moins" and drops "environ"); `$` -> USD, `£` -> GBP, `cent` -> US cents.'
        " Time grains year/month/day map to the date parts; finer grains (times of day), weeks,"
        " quarters and intervals are dropped (keeping times of day as their day scores lower).",
        "- **Recognizers-Text**: called once per line (paragraph): it is built for short"
        " utterances, and on a long article one entity that fails to parse makes its datetime"
        " model return nothing for the whole call (two of the five seed articles lost every"
        " date that way). Spans end at `end + 1`; money and percentages are `exact`"
        ' (no qualifiers upstream); currency names go to ISO codes (a bare "Dollar" is USD,'
        ' "Livre" GBP, "Franc" FRF, minor units such as "Cent" are divided by 100, as the'
        " external gold does); dates come from the TIMEX of `date`, `datetime` and whole-year"
        " or whole-month `daterange` results (`XXXX` = unknown year).",
        '- **dateparser**: `search_dates(text, languages=["fr"], add_period=True)` with'
        ' `DATE_ORDER="DMY"` (French order; otherwise "1/3/2013" is 3 January); each'
        " returned substring is located in order in the text; period year/month/other gives"
        " year, year+month, year+month+day.",
        "",
        "### Versions",
        "",
    ]
    for r in results:
        if r.get("available"):
            versions = ", ".join(f"{k} {v}" for k, v in r["versions"].items())
            md.append(f"- {r['system']}: {versions}")
        else:
            md.append(f"- {r['system']}: unavailable: {r.get('reason', '?')}")
    return "\n".join(md) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments; run one worker, or all of them and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--system", choices=SYSTEMS, help="worker mode: measure one system")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated systems to run"
    )
    parser.add_argument("--passes", type=int, default=3, help="timed passes (median)")
    parser.add_argument("--budget", type=float, default=12.0, help="seconds per timed pass")
    parser.add_argument(
        "--timeout", type=float, default=300.0, help="seconds before a worker is given up"
    )
    parser.add_argument("--out", type=Path, default=DOCS, help="where to write the page")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--replot", type=Path, help="redraw the page and plot from a --json file, no measuring"
    )
    args = parser.parse_args(argv)

    if args.system:
        try:
            result = worker(args.system, args.passes, args.budget)
        except Exception as exc:  # any failure is a result, not a crash
            traceback.print_exc()
            result = {
                "system": args.system,
                "available": False,
                "reason": f"{type(exc).__name__}: {exc}".splitlines()[0][:200],
            }
        print(json.dumps(result))
        return 0

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown systems {unknown}; known: {', '.join(SYSTEMS)}")
    if args.replot:
        saved = json.loads(args.replot.read_text(encoding="utf-8"))
        results, info = saved["results"], saved["machine"]
        args.passes, args.budget = saved["passes"], saved["budget"]
    else:
        results = [run_worker(s, args.passes, args.budget, args.timeout) for s in systems]
        info = machine()
    args.out.mkdir(parents=True, exist_ok=True)
    error = plot(results, args.out / "benchmarks.png")
    page = report(results, info, args)
    if error:
        page = page.replace(PLOT_LINK, f"(plot not drawn: {error})")
    (args.out / "benchmarks.md").write_text(page, encoding="utf-8")
    if args.json:
        saved = {"machine": info, "passes": args.passes, "budget": args.budget}
        args.json.write_text(json.dumps({**saved, "results": results}, indent=1))
    print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
