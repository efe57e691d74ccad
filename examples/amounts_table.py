"""A table of every amount in the seed articles, with its qualifier and period, as CSV.

    python examples/amounts_table.py > amounts.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import claimkit

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def main() -> int:
    writer = csv.writer(sys.stdout)
    writer.writerow(
        ["article", "start", "text", "value", "value_max", "currency", "qualifier", "per"]
    )
    for path in sorted(SEEDS.glob("*.txt")):
        for m in claimkit.extract_money(path.read_text(encoding="utf-8")):
            writer.writerow([path.stem, m.start, m.text, m.value, m.value_max or "", m.currency,
                             m.qualifier, m.per or ""])
    return 0


if __name__ == "__main__":
    sys.exit(main())
