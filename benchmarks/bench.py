"""Benchmark claimkit against the extractors a user would otherwise pick, on the same texts.

Systems: claimkit (the full ``claimkit.extract``), Duckling (``pyduckling-native-phihos``),
Microsoft Recognizers-Text (``recognizers-text-suite``) and ``dateparser.search_dates``.
Each is measured in its own fresh interpreter (``--system NAME``, JSON on stdout):

* throughput in characters per second on each text set, one call per document (median of
  time-boxed passes after a warm-up), and claimkit's ratio to Duckling per set against the
  targets of issue 14 (>= 40x on real short articles, >= 60x on the seed articles, >= 12x on
  one-sentence documents);
* first-call time: import, model set-up and the first extraction of a fresh process on one
  short real article (for claimkit: loading the extractors and compiling their patterns),
  in the worker and in ``--first-calls`` extra fresh processes; peak memory per system.
  These processes run as an installed user's do, with byte-code caches present (pip
  byte-compiles a wheel at install): every child gets ``PYTHONPYCACHEPREFIX`` set to a
  temporary folder and ``PYTHONDONTWRITEBYTECODE`` removed, and one untimed warm-up
  child fills that cache first.  ``--cold-calls`` more processes run with an empty cache
  and ``PYTHONDONTWRITEBYTECODE=1`` (every module, the system's and its dependencies',
  compiled from source in the process: a first run after an install without
  byte-compilation), reported beside;
* strict and span F1 per kind on every gold file (seeds, dev and extra real articles, the
  peers' own suites) through ``claimkit.evaluation.evaluate``, each peer's output converted
  by a small adapter to the gold fields;
* for claimkit, each extractor's share per document (``extract(text, kinds=[kind])``) on the
  real, seed and sentence sets, and linearity (1x against 10x the texts).

The parent writes ``docs/benchmarks.md`` and ``docs/benchmarks.png``.  A system that cannot be
imported, crashes or times out is reported as "unavailable: reason"; the run goes on.  The
parts live in ``benchmarks/claimbench/`` (texts, systems, measure, report).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimbench.measure import first_call, worker
from claimbench.report import PLOT_LINK, plot, report
from claimbench.systems import SYSTEMS
from claimbench.texts import DOCS, ROOT, describe_sets

EXAMPLES = """\
text sets (one call per document; every system on the same texts):
{sets}

examples:
  .venv/bin/python benchmarks/bench.py                  # all systems, about 6 minutes
  .venv/bin/python benchmarks/bench.py --systems claimkit,duckling   # about 2 minutes
  .venv/bin/python benchmarks/bench.py --systems claimkit,duckling,dateparser \\
      --note "machine shared with other jobs"
  .venv/bin/python benchmarks/bench.py --system duckling   # one worker, JSON on stdout
  .venv/bin/python benchmarks/bench.py --replot results.json   # redraw from --json output
"""


def byte_code_env(prefix: str, *, cached: bool) -> dict[str, str]:
    """The environment of a child whose byte-code cache is the folder *prefix*.

    *cached*: the child reads and writes the cache there (``PYTHONDONTWRITEBYTECODE``
    removed), as an installed package's byte-code is read; otherwise it writes nothing, so
    an empty *prefix* makes it compile every module it imports from source.
    """
    env = dict(os.environ, PYTHONPYCACHEPREFIX=prefix)
    if cached:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _child(args: list[str], timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run this script with *args* in a fresh interpreter; its last stdout line as JSON."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return {"available": False, "reason": f"timed out after {timeout:.0f} s"}
    lines = proc.stdout.strip().splitlines()
    try:
        out: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"available": False, "reason": f"worker failed: {tail}"}
    return out


def run_system(
    system: str,
    passes: int,
    budget: float,
    timeout: float,
    first_calls: int,
    cold_calls: int = 0,
) -> dict[str, Any]:
    """The worker for *system*, then fresh processes timing start-up (see the module doc).

    An untimed warm-up process fills a byte-code cache of its own; the worker and
    *first_calls* processes then read it; *cold_calls* processes start with none.
    """
    print(f"[bench] {system} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    first = ["--system", system, "--first-call"]
    with (
        tempfile.TemporaryDirectory(prefix="bench-pyc-") as cache,
        tempfile.TemporaryDirectory(prefix="bench-nopyc-") as empty,
    ):
        cached = byte_code_env(cache, cached=True)
        _child(first, timeout, cached)  # the warm-up: writes the cache
        args = ["--system", system, "--passes", str(passes), "--budget", str(budget)]
        result = {"system": system, **_child(args, timeout, cached)}
        if result.get("available"):
            runs = [_child(first, timeout, cached) for _ in range(first_calls)]
            result["first_calls"] = [r for r in runs if "first_call_s" in r]
            cold_env = byte_code_env(empty, cached=False)
            colds = [_child(first, timeout, cold_env) for _ in range(cold_calls)]
            result["first_calls_cold"] = [r for r in colds if "first_call_s" in r]
    result["wall_s"] = time.perf_counter() - t0
    state = "done" if result.get("available") else f"unavailable ({result.get('reason')})"
    print(f"[bench] {system} {state} in {result['wall_s']:.0f} s", file=sys.stderr, flush=True)
    return result


def machine(note: str | None) -> dict[str, str]:
    """nproc, CPU model, Python, OS, commit and time of the run."""
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
    info = {
        "nproc": str(nproc),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "commit": commit or "?",
        "run_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    if note:
        info["note"] = note
    return info


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments; run one worker, or all of them and write the report."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        epilog=EXAMPLES.format(sets=describe_sets()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--system", choices=SYSTEMS, help="worker mode: measure one system")
    parser.add_argument(
        "--first-call",
        action="store_true",
        help="with --system: only time import, set-up and the first call (JSON on stdout)",
    )
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated systems to run (default: all)"
    )
    parser.add_argument(
        "--passes", type=int, default=3, help="timed passes per text set, median (default 3)"
    )
    parser.add_argument(
        "--budget", type=float, default=3.0, help="seconds per timed pass (default 3)"
    )
    parser.add_argument(
        "--first-calls",
        type=int,
        default=2,
        help="extra fresh processes timing the first call, beside the worker's (default 2)",
    )
    parser.add_argument(
        "--cold-calls",
        type=int,
        default=2,
        help="fresh processes timing the first call without any byte-code cache (default 2)",
    )
    parser.add_argument(
        "--timeout", type=float, default=420.0, help="seconds before a worker is given up"
    )
    parser.add_argument(
        "--note", help="a sentence on the conditions of the run (e.g. a busy machine) for the page"
    )
    parser.add_argument("--out", type=Path, default=DOCS, help="where to write the page and plot")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--replot", type=Path, help="redraw the page and plot from a --json file, no measuring"
    )
    args = parser.parse_args(argv)

    if args.system:
        try:
            if args.first_call:
                result = first_call(args.system)
            else:
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
        results = [
            run_system(s, args.passes, args.budget, args.timeout, args.first_calls, args.cold_calls)
            for s in systems
        ]
        info = machine(args.note)
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
