"""Extract every claim from one bundled seed article and print them as a table.

    python examples/extract_article.py [PATH]

Without PATH it reads the longest seed article (tests/fixtures/seeds/).
"""

from __future__ import annotations

import sys
from pathlib import Path

import claimkit

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def describe(claim: claimkit.Claim) -> str:
    if isinstance(claim, claimkit.Money):
        high = f"–{claim.value_max}" if claim.value_max is not None else ""
        per = f" per {claim.per}" if claim.per else ""
        return f"{claim.value}{high} {claim.currency} ({claim.qualifier}){per}"
    if isinstance(claim, claimkit.Percentage):
        high = f"–{claim.value_max}" if claim.value_max is not None else ""
        unit = "%" if claim.unit == "percent" else "pts"
        return f"{claim.value}{high} {unit} ({claim.qualifier})"
    if isinstance(claim, claimkit.DateClaim):
        parts = (claim.year, claim.month, claim.day)
        return "-".join("??" if v is None else f"{v:02d}" for v in parts)
    return f"speaker: {claim.speaker}"


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        path = Path(argv[1])
    else:  # the longest seed article
        path = max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    text = path.read_text(encoding="utf-8")
    claims = claimkit.extract(text)
    print(f"{path.name}: {len(text)} characters, {len(claims)} claims")
    for c in claims:
        surface = c.text if len(c.text) <= 48 else c.text[:45] + "..."
        print(f"{c.start:>6}  {c.kind:<10}  {surface!r:<52}  {describe(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
