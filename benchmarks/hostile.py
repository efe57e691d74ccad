"""Hostile inputs against prose: time per character (or per claim) and peak memory.

Each input is text a real corpus carries (scraped pages with base64 blobs and URL-encoded
junk, figures without white space, claim-dense tables) or a shape that once made claimkit
quadratic.  Each runs in its own subprocess (peak resident memory is per process), at two
sizes, through the streaming API :func:`claimkit.iter_claims`; the report sets each beside
prose of the same size:

* ``x prose``: time per character over prose's (per claim over prose's for the inputs that
  are nothing but claims); the target is at most 5;
* ``growth``: how much more time per character the large size costs than the small one
  (1.0 is linear; quadratic would be the size ratio, 8 for 1 MB -> 8 MB);
* peak RSS of the process, and bytes per character and per claim above the start-up
  level; per claim held at once, that is per claim of one piece when the text is longer
  than ``claimkit.iter_claims``'s piece size (500,000 characters).

Times are CPU seconds of the worker process (``time.process_time``), which other work on a
shared machine disturbs less than wall-clock time.

    .venv/bin/python benchmarks/hostile.py                # 1 MB and 8 MB, a few minutes
    .venv/bin/python benchmarks/hostile.py --quick        # 50 kB and 200 kB, ~30 s (CI)
    .venv/bin/python benchmarks/hostile.py --cli-mb 20    # also `claimkit extract` on
                                                          # 20 MB of "1%": peak RSS
    .venv/bin/python benchmarks/hostile.py --only base64,prose --json out.json

``--check`` exits 1 when one of the inputs in :data:`CHECKED` breaks a target (x prose at
most ``--max-ratio``, growth at most ``--max-growth``); ``tests/test_hostile_bench.py`` runs
``--quick --check`` in the test suite.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHUNK_SIZE = 500_000  # claimkit._api.CHUNK_SIZE, read here without importing claimkit
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def _prose() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _base64(n: int) -> str:
    rng = random.Random(13)
    return base64.b64encode(rng.randbytes(n * 3 // 4 + 3)).decode("ascii")[:n]


def _names(count: int) -> list[str]:
    rng = random.Random(7)
    syllables = ["ma", "ri", "lo", "ne", "ka", "so", "phi", "de", "lu", "ta", "no", "è", "zi"]
    seen: dict[str, None] = {}
    while len(seen) < count:
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        seen.setdefault(name, None)
    return list(seen)


def _same_surname_quotes(n: int) -> str:
    """Many people sharing a surname, each followed by a pronoun attribution."""
    out: list[str] = []
    size = 0
    for first in _names(max(10, n // 60)):
        line = f"« Nous avons tenu », a dit {first} Diallo. « Et nous tiendrons », a-t-elle dit.\n"
        out.append(line)
        size += len(line)
        if size >= n:
            break
    return _repeat("".join(out), n)


def _dates_long_then_short(n: int) -> str:
    """Longer dates followed by shorter ones, over and over (date selection order)."""
    rng = random.Random(5)
    parts = []
    size = 0
    while size < n:
        d, m, y = rng.randint(1, 28), rng.choice(["mars", "juin", "mai"]), rng.randint(1990, 2030)
        part = f"du {d} {m} {y} au {d + 1} {m} {y}, puis en {y}, le {d}, "
        parts.append(part)
        size += len(part)
    return "".join(parts)[:n]


#: name -> (builder of a text of n characters, claim-only?)
INPUTS: dict[str, tuple[Callable[[int], str], bool]] = {
    "prose": (lambda n: _repeat(_prose() + "\n\n", n), False),
    "base64": (_base64, False),
    "url-encoded prose": (lambda n: _repeat(urllib.parse.quote(_prose()), n), False),
    "date in junk": (lambda n: _repeat("12/05/2023" + "x" * 200, n), False),
    "digits without space": (lambda n: _repeat("1234567890", n), False),
    "one uncommon char": (lambda n: "ğ " + _repeat(_prose() + "\n\n", n - 2), False),
    "shared surname quotes": (_same_surname_quotes, False),
    "dates long then short": (_dates_long_then_short, False),
    "1%": (lambda n: _repeat("1%", n), True),
    "1er juin": (lambda n: _repeat("1er juin ", n), True),
    "1 000 000 $": (lambda n: _repeat("1 000 000 $ ", n), True),
}

#: Inputs that ``--check`` holds to the targets (the others are reported).
CHECKED = (
    "base64", "url-encoded prose", "date in junk", "digits without space",
    "1%", "1er juin", "1 000 000 $",
)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _worker(name: str, sizes: list[int]) -> dict[str, Any]:
    """Run in a subprocess: time and memory of one input at each size."""
    import claimkit

    builder, _ = INPUTS[name]
    sum(1 for _ in claimkit.iter_claims(_prose()[:20_000]))  # compile every pattern
    start_rss = _rss_mb()
    runs = []
    for n in sizes:
        text = builder(n)
        t0 = time.process_time()  # CPU time: less disturbed by other work on the machine
        claims = sum(1 for _ in claimkit.iter_claims(text, reference_date="2023-07-27"))
        seconds = time.process_time() - t0
        runs.append({"chars": len(text), "claims": claims, "seconds": seconds})
        del text
    return {"name": name, "runs": runs, "start_rss_mb": start_rss, "peak_rss_mb": _rss_mb()}


def _measure(name: str, sizes: list[int], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", name, "--sizes", ",".join(map(str, sizes))]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"name": name, "error": f"timeout after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"name": name, "error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _cli_memory(megabytes: int) -> dict[str, Any]:
    """Peak RSS of `claimkit extract` on a claim-dense file of *megabytes* MB."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dense.txt"
        path.write_text(_repeat("1%", megabytes * 1_000_000), encoding="utf-8")
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "claimkit", "extract", str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
        )
        seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"megabytes": megabytes, "exit": done.returncode, "seconds": seconds,
            "peak_rss_mb": peak}


def _summarise(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    prose = next((r for r in results if r["name"] == "prose" and "runs" in r), None)
    rows = []
    for r in results:
        row: dict[str, Any] = {"name": r["name"]}
        if "runs" not in r:
            row["error"] = r["error"]
            rows.append(row)
            continue
        claim_only = INPUTS[r["name"]][1]
        small, big = r["runs"][0], r["runs"][-1]
        per_char = big["seconds"] / big["chars"]
        per_claim = big["seconds"] / big["claims"] if big["claims"] else None
        row.update(
            chars=big["chars"], claims=big["claims"], seconds=big["seconds"],
            us_per_char=per_char * 1e6,
            us_per_claim=per_claim * 1e6 if per_claim is not None else None,
            growth=per_char / (small["seconds"] / small["chars"]) if small["seconds"] else None,
            peak_rss_mb=r["peak_rss_mb"],
            bytes_per_char=max(0.0, r["peak_rss_mb"] - r["start_rss_mb"]) * 2**20 / big["chars"],
        )
        if big["claims"]:
            # claims held at once: those of one piece (iter_claims reads long texts in pieces)
            held = big["claims"] * min(1.0, CHUNK_SIZE / big["chars"])
            row["bytes_per_claim"] = max(0.0, r["peak_rss_mb"] - r["start_rss_mb"]) * 2**20 / held
        if prose is not None:
            p = prose["runs"][-1]
            if claim_only and per_claim is not None and p["claims"]:
                row["x_prose"] = per_claim / (p["seconds"] / p["claims"])
                row["per"] = "claim"
            else:
                row["x_prose"] = per_char / (p["seconds"] / p["chars"])
                row["per"] = "char"
        rows.append(row)
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    head = ("| input | chars | claims | s | µs/char | µs/claim | x prose | growth "
            "| peak RSS MB | B/char | B/claim |")
    lines = [head, "|" + " --- |" * 11]
    for row in rows:
        if "error" in row:
            lines.append(f"| {row['name']} | {row['error']} |" + " |" * 9)
            continue

        def f(key: str, fmt: str, row: dict[str, Any] = row) -> str:
            value = row.get(key)
            return "" if value is None else format(value, fmt)

        ratio = f"{row['x_prose']:.1f} per {row['per']}" if "x_prose" in row else ""
        lines.append(
            f"| {row['name']} | {row['chars']:,} | {row['claims']:,} | {row['seconds']:.2f} "
            f"| {f('us_per_char', '.2f')} | {f('us_per_claim', '.1f')} | {ratio} "
            f"| {f('growth', '.2f')} | {row['peak_rss_mb']:.0f} | {f('bytes_per_char', '.0f')} "
            f"| {f('bytes_per_claim', '.0f')} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 kB and 200 kB (for CI)")
    parser.add_argument("--sizes", default=None, help="comma-separated sizes in characters")
    parser.add_argument("--only", default=None, help="comma-separated input names")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per input")
    parser.add_argument("--cli-mb", type=int, default=0, help="also `claimkit extract` on N MB")
    parser.add_argument("--json", default=None, help="write the raw numbers to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a checked input fails")
    parser.add_argument("--max-ratio", type=float, default=5.0)
    parser.add_argument("--max-growth", type=float, default=1.5)
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    else:
        sizes = [50_000, 200_000] if args.quick else [1_000_000, 8_000_000]
    if args.worker:
        print(json.dumps(_worker(args.worker, sizes)))
        return 0
    names = list(INPUTS) if not args.only else ["prose", *args.only.split(",")]
    names = list(dict.fromkeys(names))
    results = []
    for name in names:
        results.append(_measure(name, sizes, args.timeout))
        print(f"measured {name}", file=sys.stderr)
    rows = _summarise(results)
    print(_table(rows))
    report: dict[str, Any] = {"sizes": sizes, "rows": rows}
    if args.cli_mb:
        report["cli"] = _cli_memory(args.cli_mb)
        cli = report["cli"]
        print(f"\n`claimkit extract` on {cli['megabytes']} MB of '1%': exit {cli['exit']}, "
              f"{cli['seconds']:.0f} s, peak RSS {cli['peak_rss_mb']:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    if not args.check:
        return 0
    failed = []
    for row in rows:
        if row["name"] not in CHECKED:
            continue
        if "error" in row:
            failed.append(f"{row['name']}: {row['error']}")
            continue
        if row.get("x_prose", 0) > args.max_ratio:
            failed.append(f"{row['name']}: {row['x_prose']:.1f}x prose per {row['per']}")
        if row.get("growth") is not None and row["growth"] > args.max_growth:
            failed.append(f"{row['name']}: growth {row['growth']:.2f}")
    for line in failed:
        print(f"FAIL {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
