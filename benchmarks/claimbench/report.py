"""The Markdown page (``docs/benchmarks.md``) and the plot (``docs/benchmarks.png``)."""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .measure import PER_KIND_BUDGET, evaluation
from .systems import KINDS, LABELS, SUPPORTED, SYSTEMS
from .texts import ARTICLE_GOLD, EXTERNAL_FILES, GOLD_FILES, TARGETS, TEXT_SETS

PLOT_LINK = "![Throughput and strict F1 per system](benchmarks.png)"
REPRODUCE = (
    "python3 -m venv .venv && .venv/bin/pip install -e . -r benchmarks/requirements.txt"
    " && .venv/bin/python benchmarks/bench.py"
)
SET_ORDER = tuple(TEXT_SETS)
#: Text sets of claimkit's per-extractor profile, with the unit each is shown in.
PROFILE_SETS = (("real", "ms", 1e3), ("seeds", "ms", 1e3), ("sentences", "µs", 1e6))


# --------------------------------------------------------------------------- numbers


def f1(c: dict[str, int]) -> float | None:
    """Strict F1 from counts (None when there is no gold claim)."""
    pred, gold = c["tp"] + c["fp"], c["tp"] + c["fn"]
    if not gold:
        return None
    p = c["strict_tp"] / pred if pred else 0.0
    r = c["strict_tp"] / gold
    return 2 * p * r / (p + r) if p + r else 0.0


def span_f1(c: dict[str, int]) -> float | None:
    """F1 on spans alone (values ignored)."""
    return f1({**c, "strict_tp": c["tp"]})


def pooled(result: dict[str, Any], kind: str, files: Iterable[str]) -> dict[str, int] | None:
    """Counts for *kind* summed over *files*, or None when the system lacks the kind."""
    if kind not in SUPPORTED[result["system"]] or not result.get("available"):
        return None
    total = {"tp": 0, "fp": 0, "fn": 0, "strict_tp": 0}
    for name in files:
        for key in total:
            total[key] += result["scores"].get(name, {}).get(kind, {}).get(key, 0)
    return total


def gold_counts() -> dict[str, dict[str, int]]:
    """Scored (non-optional) gold claims per file and kind."""
    load_gold = evaluation().load_gold

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


def _rate(value: float) -> str:
    return f"{value:,.0f}"


def _rate_of(result: dict[str, Any], key: str) -> float | None:
    t = (result.get("throughput") or {}).get(key)
    return None if not t else float(t["chars_per_s"])


def _ratio(ck: float | None, other: float | None) -> str:
    return "?" if not ck or not other else f"{ck / other:,.1f}"


def _first_calls(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The worker's own start-up and those of the extra fresh processes."""
    keys = ("import_s", "setup_s", "first_call_s", "second_call_s")
    own = {k: result[k] for k in keys + tuple("wall_" + k for k in keys) if k in result}
    own["peak_rss_ready_mb"] = result.get("peak_rss_ready_mb", 0.0)
    return [own, *result.get("first_calls", [])]


# --------------------------------------------------------------------------- plot


def plot(results: Sequence[dict[str, Any]], path: Path) -> str | None:
    """Throughput per text set (log axis) and strict F1 on real articles; error or None."""
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
    fig, (ax1, ax2) = plt.subplots(
        1, 2, figsize=(12.5, 5.2), gridspec_kw={"width_ratios": [1.1, 1.3]}
    )
    height = 0.8 / len(SET_ORDER)
    rates: list[float] = []
    for y, r in enumerate(ok):
        for j, key in enumerate(SET_ORDER):
            v = _rate_of(r, key)
            if v is None:
                continue
            rates.append(v)
            pos = y + (j - (len(SET_ORDER) - 1) / 2) * height
            ax1.barh(pos, v, height, color=colors[r["system"]], alpha=1.0 - 0.2 * j)
            ax1.text(v, pos, f" {TEXT_SETS[key][0]} {v:,.0f}", va="center", fontsize=6.5)
    ax1.set_yticks(range(len(ok)), [r["system"] for r in ok])
    ax1.set_xscale("log")
    ax1.invert_yaxis()
    ax1.set_xlabel("characters per CPU second (log scale, higher is better)")
    ax1.set_title("Throughput on one core, per text set", fontsize=10)
    ax1.set_xlim(min(rates) / 4, max(rates) * 20)
    width = 0.8 / len(ok)
    for k, kind in enumerate(KINDS):
        bars = [(r["system"], pooled(r, kind, ARTICLE_GOLD)) for r in ok]
        shown = [(name, f1(c) or 0.0) for name, c in bars if c is not None]
        for i, (name, value) in enumerate(shown):
            x = k + (i - (len(shown) - 1) / 2) * width
            ax2.bar(x, value, width, color=colors[name])
            ax2.text(x, value + 0.01, f"{value:.2f}", ha="center", va="bottom", fontsize=7)
    ax2.set_xticks(range(len(KINDS)), list(KINDS))
    ax2.set_ylim(0, 1.08)
    ax2.set_ylabel("strict F1, real articles (seeds, dev, extra)")
    ax2.set_title("Strict F1 per kind on real articles (no bar: kind not supported)", fontsize=10)
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


# --------------------------------------------------------------------------- page sections


def _headline(results: Sequence[dict[str, Any]], by: dict[str, Any]) -> list[str]:
    ck = _rate_of(by.get("claimkit", {}), "real")
    md = [
        "| system | real articles chars/s | claimkit × | ms per article | strict F1 money"
        " | percentage | date | quote | first result s | peak RSS MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        label = LABELS[r["system"]]
        if not r.get("available"):
            md.append(f"| {label} | unavailable: {r.get('reason', '?')} |" + " |" * 8)
            continue
        rate = _rate_of(r, "real")
        t = r["throughput"]["real"]
        ms = t["set_chars"] / t["set_docs"] / rate * 1e3 if rate else float("nan")
        ratio = "1" if r["system"] == "claimkit" else _ratio(ck, rate)
        f1s = " | ".join(
            _fmt_f1(None if (c := pooled(r, k, ARTICLE_GOLD)) is None else f1(c)) for k in KINDS
        )
        fc = statistics.median(
            s["import_s"] + s["setup_s"] + s["first_call_s"] for s in _first_calls(r)
        )
        md.append(
            f"| {label} | {_rate(rate or 0)} | {ratio} | {ms:.2f} | {f1s} | {fc:.2f}"
            f" | {r['peak_rss_mb']:.0f} |"
        )
    return md


def _by_text_set(results: Sequence[dict[str, Any]], by: dict[str, Any]) -> list[str]:
    ck = by.get("claimkit", {})
    head = "| system | " + " | ".join(f"{TEXT_SETS[k][0]} chars/s | ×" for k in SET_ORDER) + " |"
    md = [head, "| --- |" + " ---: | ---: |" * len(SET_ORDER)]
    for r in results:
        if not r.get("available"):
            continue
        cells = []
        for key in SET_ORDER:
            rate = _rate_of(r, key)
            ratio = "1" if r["system"] == "claimkit" else _ratio(_rate_of(ck, key), rate)
            cells += [_rate(rate or 0), ratio]
        md.append(f"| {r['system']} | " + " | ".join(cells) + " |")
    return md


def _against_targets(by: dict[str, Any]) -> list[str]:
    ck, du = by.get("claimkit", {}), by.get("duckling", {})
    if not (ck.get("available") and du.get("available")):
        return ["", "(claimkit and Duckling were not both measured in this run.)"]
    md = [
        "| text set | claimkit chars/s | Duckling chars/s | ratio | target | met |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for key in SET_ORDER:
        a, b = _rate_of(ck, key), _rate_of(du, key)
        if not a or not b:
            continue
        ratio, target = a / b, TARGETS[key]
        met = "–" if target is None else ("**yes**" if ratio >= target else "**no**")
        md.append(
            f"| {TEXT_SETS[key][0]} | {_rate(a)} | {_rate(b)} | {ratio:,.1f}×"
            f" | {'none' if target is None else f'≥ {target}×'} | {met} |"
        )
    return md


def _start_up(results: Sequence[dict[str, Any]]) -> list[str]:
    md = [
        "| system | import ms | set-up ms | first call ms, median (min–max) | to first result ms"
        " | to first result, wall ms | to first result, no byte-code cache ms, median (min–max)"
        " | warm call ms | RSS after first call MB"
        " | peak RSS, first-call process MB | peak RSS, whole worker MB |",
        "| --- | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if not r.get("available"):
            continue
        runs = _first_calls(r)

        def med(key: str, runs: list[dict[str, Any]] = runs) -> float:
            return statistics.median(s.get(key, float("nan")) for s in runs) * 1e3

        firsts = [s["first_call_s"] * 1e3 for s in runs]
        totals = [(s["import_s"] + s["setup_s"] + s["first_call_s"]) * 1e3 for s in runs]
        walls = [
            sum(s.get(f"wall_{k}", float("nan")) for k in ("import_s", "setup_s", "first_call_s"))
            * 1e3
            for s in runs
        ]
        peak_ready = statistics.median(s["peak_rss_ready_mb"] for s in runs)
        colds = [
            (s["import_s"] + s["setup_s"] + s["first_call_s"]) * 1e3
            for s in r.get("first_calls_cold", [])
        ]
        cold = (
            f"{statistics.median(colds):.0f} ({min(colds):.0f}–{max(colds):.0f})" if colds else "–"
        )
        md.append(
            f"| {r['system']} | {med('import_s'):.0f} | {med('setup_s'):.0f}"
            f" | {statistics.median(firsts):.0f} ({min(firsts):.0f}–{max(firsts):.0f})"
            f" | {statistics.median(totals):.0f} | {statistics.median(walls):.0f} | {cold}"
            f" | {med('second_call_s'):.1f}"
            f" | {r['rss_ready_mb']:.0f} | {peak_ready:.0f} | {r['peak_rss_mb']:.0f} |"
        )
    return md


def _profile(ck: dict[str, Any]) -> list[str]:
    prof = ck.get("per_kind")
    if not prof:
        return []
    head, rule = "| extractor |", "| --- |"
    for key, unit, _ in PROFILE_SETS:
        if key in prof:
            head += f" {TEXT_SETS[key][0]} {unit} per doc | share |"
            rule += " ---: | ---: |"
    md = [head, rule]
    rows: list[tuple[str, str | None]] = [(k, k) for k in KINDS]
    rows += [("sum of the four alone", None), ("all four in one `extract` call", "all")]
    for label, name in rows:
        cells = []
        for key, _, scale in PROFILE_SETS:
            if key not in prof:
                continue
            per = prof[key]["seconds_per_doc"]
            total = sum(per[k] for k in KINDS)
            value = total if name is None else per[name]
            share = "" if name == "all" else f"{value / total:.0%}"
            if name == "all":
                share = f"{value / total:.0%} of the sum"
            cells += [f"{value * scale:,.2f}" if scale == 1e3 else f"{value * scale:,.0f}", share]
        md.append(f"| {label} | " + " | ".join(cells) + " |")
    return md


def _f1_tables(results: Sequence[dict[str, Any]]) -> list[str]:
    ok = [r for r in results if r.get("available")]
    gold = gold_counts()
    md = [
        "| system | pool | money | percentage | date | quote |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    pools = (("real articles", ARTICLE_GOLD), ("peer suites", tuple(EXTERNAL_FILES)))
    for r in ok:
        for label, files in pools:
            cells = []
            for k in KINDS:
                c = pooled(r, k, files)
                cells.append(
                    "n/a"
                    if c is None
                    else f"{_fmt_f1(f1(c))} / {_fmt_f1(span_f1(c))}"
                    if f1(c) is not None
                    else "–"
                )
            md.append(f"| {r['system']} | {label} | " + " | ".join(cells) + " |")
    md += [
        "",
        "#### Strict F1 per gold file",
        "",
        "One row per gold file and kind (in brackets: scored gold claims); *n/a*: the system"
        " has no such kind.",
        "",
        "| gold file | kind | " + " | ".join(r["system"] for r in ok) + " |",
        "| --- | --- |" + " ---: |" * len(ok),
    ]
    for name in GOLD_FILES:
        for k in KINDS:
            if not gold[name][k]:
                continue
            cells = []
            for r in ok:
                counts = r["scores"][name].get(k) if k in SUPPORTED[r["system"]] else None
                cells.append(_fmt_f1(None if counts is None else f1(counts)))
            md.append(f"| {name} | {k} ({gold[name][k]}) | " + " | ".join(cells) + " |")
    return md


def _detail(results: Sequence[dict[str, Any]]) -> list[str]:
    md = [
        "| system | text set | passes, chars per CPU s | passes, chars per wall s | calls"
        " | chars processed | walks of the set |",
        "| --- | --- | --- | --- | ---: | ---: | ---: |",
    ]
    for r in results:
        if not r.get("available"):
            continue
        for key in SET_ORDER:
            t = r["throughput"].get(key)
            if not t:
                continue
            passes = ", ".join(_rate(v) for v in t["passes"])
            walls = ", ".join(_rate(v) for v in t.get("wall_passes", []))
            md.append(
                f"| {r['system']} | {key} | {passes} | {walls} | {t['calls']:,}"
                f" | {t['chars_processed']:,} | {t['walks']:,.2f} |"
            )
    return md


def _linearity(ck: dict[str, Any]) -> list[str]:
    if "linearity" not in ck:
        return []
    md = [
        "",
        "### Linearity (claimkit)",
        "",
        "CPU time for 1× and 10× the texts (best of 10 and of 3 runs); a ratio near 10 means time"
        " grows linearly with the input. *documents*: every seed and sentence text, one"
        " `extract` call each; *one document*: the five seed articles joined into one text.",
        "",
        "| input | chars at 1× | 1× s | 10× s | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, v in ck["linearity"].items():
        md.append(
            f"| {label} | {v['chars_1x']:,} | {v['seconds_1x']:.3f} | {v['seconds_10x']:.3f}"
            f" | {v['ratio']:.1f} |"
        )
    return md


def _sets_text(by: dict[str, Any]) -> list[str]:
    """The text sets, with sizes taken from this run's measurements."""
    sample = next((r["throughput"] for r in by.values() if r.get("available")), {})
    md = []
    for key, (label, desc) in TEXT_SETS.items():
        t = sample.get(key)
        size = (
            f" ({t['set_docs']:,} documents, {t['set_chars']:,} characters,"
            f" {t['min_chars']:,}–{t['max_chars']:,} each)"
            if t
            else ""
        )
        md.append(f"- **{label}** (`{key}`): {desc}{size}.")
    return md


# --------------------------------------------------------------------------- page


def report(
    results: Sequence[dict[str, Any]], info: dict[str, str], args: argparse.Namespace
) -> str:
    """The Markdown page."""
    by = {r["system"]: r for r in results}
    ck = by.get("claimkit", {})
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
        "About six minutes on two cores, half of it Recognizers-Text;"
        " `--systems claimkit,duckling` takes about two. `--budget`/`--passes` set the timing"
        " passes (this run: "
        f"`--passes {args.passes} --budget {args.budget:g}`), `--help` lists the text sets."
        " The peers are pinned in `benchmarks/requirements.txt`, not in the package's"
        " dependencies.",
        "",
        f"Run: {info['run_at']}, claimkit commit `{info['commit']}`. Machine: nproc ="
        f" {info['nproc']}, CPU {info['cpu']}, {info['python']}, {info['os']}.",
    ]
    if info.get("note"):
        md += ["", f"**Conditions of this run.** {info['note']}"]
    md += [
        "",
        "## Texts",
        "",
        "Every system is timed on the same text sets, one call per document:",
        "",
        *_sets_text(by),
        "",
        "## Results on real short articles",
        "",
        "Throughput on the real short articles (characters per CPU second on one core, the"
        " median of time-boxed passes after a warm-up; *claimkit ×* is claimkit's throughput"
        " divided by the system's), strict F1 pooled over the real articles (seeds, dev and extra"
        " gold files: a match counts only when every value field agrees; *n/a*: the system has"
        " no such kind), the time a fresh process takes to its first result on one short"
        " article (import, set-up and first call, median of the runs below) and the peak"
        " memory of the worker that ran every measurement.",
        "",
        *_headline(results, by),
        "",
        "### Throughput by text set",
        "",
        *_by_text_set(results, by),
        "",
        "### Against the Duckling targets",
        "",
        "claimkit's full extraction against Duckling in this run, per text set, with the"
        " targets of issue 14 (≥ 40× on real short articles, ≥ 60× on the seed articles,"
        " ≥ 12× on one-sentence documents; none on the mixed corpus).",
        "",
        *_against_targets(by),
        "",
        "### Start-up and memory",
        "",
        "Each row: a fresh interpreter imports the system (*import*), builds its models"
        " (*set-up*: Duckling's time-zone table and context, Recognizers-Text's models;"
        " nothing for claimkit) and makes its *first call* on one short real article"
        " (dev-m01, 1,504 characters, with its reference date); for claimkit that call loads"
        " the extractors and compiles their patterns. *Warm call*: the same article again."
        " *To first result*: import, set-up and first call. CPU times (the wall-clock"
        " total beside them includes waiting for a core and reading files). Medians over the"
        " worker and the extra `--first-call` processes (`--first-calls`); the first call"
        " also as min–max. These processes read byte-code cached by an untimed warm-up"
        " process, as an installed user's do (pip byte-compiles a wheel at install);"
        " *no byte-code cache*: `--cold-calls` processes with an empty cache and"
        " `PYTHONDONTWRITEBYTECODE=1`, compiling every module they import, the system's and"
        " its dependencies', from source. RSS is the resident set size of the process,"
        " Python and the harness included.",
        "",
        *_start_up(results),
    ]
    if ck.get("per_kind"):
        md += [
            "",
            "### Where claimkit's time goes, per extractor",
            "",
            "`claimkit.extract(text, kinds=[kind], reference_date=...)` for each kind alone,"
            " then all four in one call, over each text set; each figure is the fastest (in CPU"
            f" time) of at least five rounds taken in turn (about {PER_KIND_BUDGET:g} s per set)."
            " Each kind alone includes the fixed cost of a call and the shared anchor scan,"
            " so the four alone add up to more than one call with all four; *share* is a"
            " kind's part of that sum.",
            "",
            *_profile(ck),
        ]
    md += [
        "",
        "## Accuracy",
        "",
        "Strict F1 / span F1 (span: detection only, values ignored) pooled over the real"
        " articles (seeds, dev and extra gold files) and over the peers' own suites"
        " (`recognizers_fr`, `duckling_fr`, converted from their French tests). Read them"
        " with their bias in mind: the seeds are claimkit's first development set and the dev"
        " files its current one (it is tuned on the first 12 articles of each dev file,"
        " checked on the last 6); the extra files are newer articles; the peers meet all of"
        " these for the first time, while their own suites favour them. Much of the peers'"
        ' loss on money is the qualifier ("jusqu\'à", "environ", "plus de"):'
        " Recognizers-Text never records it, Duckling only as intervals.",
        "",
        *_f1_tables(results),
        "",
        "Per-kind precision and recall are in the JSON the script writes with `--json`.",
        "",
        "### Throughput detail",
        "",
        *_detail(results),
        *_linearity(ck),
        "",
        "## Method",
        "",
        "- **Throughput.** After the scoring run (which doubles as warm-up) and 20 more"
        " documents, each system makes time-boxed passes over each text set, one call per"
        f" document: {args.passes} passes of {args.budget:g} s on each of the real, seed and"
        " sentence sets, walking the set round and round until the time is spent; on the"
        f" mixed corpus {args.passes} passes of one walk or {args.budget:g} s, whichever ends"
        " first. A pass cut short resumes where the previous one stopped, so slow systems"
        " are timed on different parts of a set. The figure is the median pass, in"
        " characters per second of the process's CPU time (`time.process_time`; every"
        " system extracts in the calling thread), so that the time a process waits for a"
        " core on a busy machine is not counted; wall-clock rates are in the detail table,"
        " and on an idle machine the two agree. Start-up steps and claimkit's"
        " per-extractor rounds are CPU times too (start-up also in wall time). claimkit is"
        " timed on its `extract` call as a user makes it (its claims are dumped to dicts"
        " only for scoring); each peer's time includes its adapter's conversion to the gold"
        " fields (a few dictionary operations per entity, small next to the extraction)."
        " Documents without a reference date are passed none; the peers then resolve"
        " relative dates against today.",
        "- **F1.** `evaluate(path, extractor, kinds=...)` from `claimkit.evaluation` on every"
        " gold file above (`tests/fixtures/gold/*.jsonl`,"
        " `tests/fixtures/external/*.jsonl`), with each document's `reference_date`;"
        " documents are scored only on their `meta.kinds_annotated`.",
        "- **Noise.** Throughput passes and per-extractor rounds run on a machine that may be"
        " busy: ratios between systems measured in the same run are what count; the"
        " absolute figures move with the machine's load.",
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
