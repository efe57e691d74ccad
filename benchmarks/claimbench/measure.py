"""Measurements of one system, run in its own fresh interpreter (``bench.py --system NAME``).

Everything here runs inside the worker process, so a system's imports never weigh on another
system's memory or start-up, and the first call is really the first of the process.
"""

from __future__ import annotations

import importlib
import resource
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from .systems import DISTRIBUTIONS, FACTORIES, IMPORTS, KINDS, SUPPORTED, Extractor
from .texts import GOLD_FILES, SEEDS_DIR, Doc, first_call_article, text_sets

#: Seconds spent timing each text set per kind for claimkit's per-extractor profile.
PER_KIND_BUDGET = 2.5


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


def evaluation() -> Any:
    """claimkit's evaluator module (``claimkit.evaluate``, since renamed ``evaluation``)."""
    for name in ("claimkit.evaluation", "claimkit.evaluate"):
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    raise ImportError("claimkit has no evaluate/evaluation module")


def start_up(system: str) -> tuple[Extractor, dict[str, Any]]:
    """Import, set up and make the first call of a fresh process on one short article.

    *first call* is the first extraction alone (for claimkit: loading the extractors and
    compiling their patterns on first use); *second call* is the same article again, warm.
    Whether modules load from cached byte-code is the caller's choice (``bench.py`` runs
    this with a warmed cache, as installed from a wheel, and with none).
    Each step is timed in CPU time (``*_s``) and wall-clock time (``wall_*_s``).
    """
    text, ref = first_call_article()
    out: dict[str, Any] = {"rss_start_mb": _rss_mb()}
    marks = [(time.perf_counter(), time.process_time())]
    for module in IMPORTS[system]:
        importlib.import_module(module)
    marks.append((time.perf_counter(), time.process_time()))
    extractor = FACTORIES[system]()
    marks.append((time.perf_counter(), time.process_time()))
    extractor(text, ref)
    marks.append((time.perf_counter(), time.process_time()))
    extractor(text, ref)
    marks.append((time.perf_counter(), time.process_time()))
    steps = ("import_s", "setup_s", "first_call_s", "second_call_s")
    for i, step in enumerate(steps):
        out[step] = marks[i + 1][1] - marks[i][1]  # CPU time
        out["wall_" + step] = marks[i + 1][0] - marks[i][0]
    out.update(
        startup_s=marks[3][1] - marks[0][1],
        wall_startup_s=marks[3][0] - marks[0][0],
        first_call_chars=len(text),
        rss_ready_mb=_rss_mb(),
        peak_rss_ready_mb=_peak_rss_mb(),
    )
    return extractor, out


def first_call(system: str) -> dict[str, Any]:
    """Start-up only (``bench.py --system NAME --first-call``): a JSON-able dict."""
    _, out = start_up(system)
    return {"system": system, **out}


def score(extractor: Extractor, kinds: Sequence[str]) -> dict[str, dict[str, dict[str, int]]]:
    """Counts per gold file and kind (tp, fp, fn, strict_tp), via claimkit's evaluator."""
    evaluate = evaluation().evaluate

    out: dict[str, dict[str, dict[str, int]]] = {}
    for name, path in GOLD_FILES.items():
        report = evaluate(path, extractor, kinds=list(kinds))
        out[name] = {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "strict_tp": s.strict_tp}
            for k, s in report.kinds.items()
        }
    return out


def throughput(
    extractor: Extractor, docs: Sequence[Doc], passes: int, budget: float, *, cycle: bool
) -> dict[str, Any]:
    """Median chars per CPU second over *passes* time-boxed passes, one call per document.

    Rates are taken on the process's CPU time (``time.process_time``: every system here
    runs its extraction in the calling thread), so that time the process spends waiting
    for a core on a busy machine is not counted; wall-clock rates are kept beside them.

    With *cycle*, each pass walks the set round and round until *budget* seconds are spent
    (small sets, where one walk is too short to time); without, a pass ends after one walk
    of the corpus or at the budget, whichever comes first.  A pass cut short stops after the
    document being processed and the next pass picks up there, so slow systems still see
    different parts of the set.
    """
    rates: list[float] = []
    wall_rates: list[float] = []
    cursor = processed = calls = 0
    full = sum(len(t) for t, _ in docs)
    for _ in range(passes):
        chars = n = 0
        c0, t0 = time.process_time(), time.perf_counter()
        while cycle or n < len(docs):
            text, ref = docs[cursor % len(docs)]
            extractor(text, ref)
            chars += len(text)
            n += 1
            cursor += 1
            if time.perf_counter() - t0 > budget:
                break
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        processed += chars
        calls += n
        rates.append(chars / cpu)
        wall_rates.append(chars / wall)
    lengths = [len(t) for t, _ in docs]
    return {
        "chars_per_s": statistics.median(rates),
        "passes": rates,
        "wall_chars_per_s": statistics.median(wall_rates),
        "wall_passes": wall_rates,
        "set_chars": full,
        "set_docs": len(docs),
        "min_chars": min(lengths),
        "max_chars": max(lengths),
        "chars_processed": processed,
        "calls": calls,
        "walks": processed / full,
    }


def per_kind(docs: Sequence[Doc], budget: float = PER_KIND_BUDGET) -> dict[str, Any]:
    """claimkit's time per document for each kind alone and for all four, on *docs*.

    ``claimkit.extract(text, kinds=[kind], reference_date=...)`` over the whole set, the
    kinds taken in turn within each round so that a disturbance of the machine spreads over
    all of them; each figure is the fastest round in CPU time (the least disturbed), at
    least 5 rounds.
    """
    import claimkit

    variants: list[tuple[str, list[str]]] = [(k, [k]) for k in KINDS] + [("all", list(KINDS))]
    best = dict.fromkeys((name for name, _ in variants), float("inf"))
    rounds = 0
    t_start = time.perf_counter()
    while rounds < 5 or time.perf_counter() - t_start < budget:
        for name, kinds in variants:
            t0 = time.process_time()
            for text, ref in docs:
                claimkit.extract(text, kinds=kinds, reference_date=ref)
            best[name] = min(best[name], time.process_time() - t0)
        rounds += 1
    return {
        "docs": len(docs),
        "chars": sum(len(t) for t, _ in docs),
        "rounds": rounds,
        "seconds_per_doc": {name: best[name] / len(docs) for name in best},
    }


def linearity(extractor: Extractor, texts: Sequence[str]) -> dict[str, Any]:
    """Time on 1x and 10x the texts, as documents and as one long document.

    Each time is the best of several runs in CPU time (10 at 1x, 3 at 10x): on a shared
    machine the minimum is the least disturbed measurement.
    """

    def timed(docs: Iterable[str], repeats: int) -> float:
        best = float("inf")
        for _ in range(repeats):
            t0 = time.process_time()
            for d in docs:
                extractor(d, None)
            best = min(best, time.process_time() - t0)
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
    extractor, result = start_up(system)
    result["system"] = system
    result["versions"] = _versions(system)

    t1 = time.perf_counter()
    result["scores"] = score(extractor, SUPPORTED[system])
    result["score_s"] = time.perf_counter() - t1  # also the warm-up for the timings

    sets = text_sets()
    for text, ref in sets["mixed"][:20]:
        extractor(text, ref)
    result["throughput"] = {
        key: throughput(extractor, docs, passes, budget, cycle=key != "mixed")
        for key, docs in sets.items()
    }
    if system == "claimkit":
        result["per_kind"] = {key: per_kind(sets[key]) for key in ("real", "seeds", "sentences")}
        fixture_texts = [t for key in ("seeds", "sentences") for t, _ in sets[key]]
        result["linearity"] = linearity(extractor, fixture_texts)
    result["peak_rss_mb"] = _peak_rss_mb()
    result["available"] = True
    return result
