"""The hostile-input benchmark runs in the suite, briefly: it works, and nothing is quadratic.

``benchmarks/hostile.py --quick`` measures each input at 50 kB and 200 kB in a subprocess of
its own.  The bounds here are looser than the benchmark's targets (5x prose, growth 1.5 on
1 MB -> 8 MB, see docs/performance.md) because two small sizes on a shared CI machine are
noisy; a quadratic input would still fail them (its growth would be about 4).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "hostile.py"


def test_hostile_benchmark_quick_check(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        import hostile
    finally:
        sys.path.remove(str(BENCH.parent))
    from claimkit import _api

    assert hostile.CHUNK_SIZE == _api.CHUNK_SIZE  # its per-claim memory assumes the same pieces
    out = tmp_path / "hostile.json"
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--quick",
            "--check",
            "--max-ratio",
            "8",
            "--max-growth",
            "2.2",
            "--only",
            ",".join(hostile.CHECKED),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["name"]: row for row in report["rows"]}
    assert set(rows) == {"prose", *hostile.CHECKED}
    for name in hostile.CHECKED:
        row = rows[name]
        assert "error" not in row, row
        assert row["chars"] == 200_000
        assert row["peak_rss_mb"] > 0
    # claim-only inputs are measured per claim, and their memory per claim is bounded
    for name in ("1%", "1er juin", "1 000 000 $"):
        assert rows[name]["per"] == "claim"
        assert rows[name]["bytes_per_claim"] < 4000
    assert "| base64 |" in result.stdout
