"""Hold the library to its scores on the development gold sets (real articles, many countries).

``dev-money.jsonl`` and ``dev-quotes.jsonl`` (tests/fixtures/gold, see their READMEs) are
scored in two parts: the first two thirds, which rules are tuned on, and the last third, kept
for checking that a rule generalises; ``extra-*.jsonl`` (fresh articles from eight countries
each) are scored whole ("all").  Each floor is the strict F1 measured when it was set,
rounded down: a change that lowers a score fails here, a change that raises one should raise
its floor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimkit import evaluate

GOLD = Path(__file__).parent / "fixtures" / "gold"

#: (file, part, kind) -> strict F1 floor.
FLOORS: dict[tuple[str, str, str], float] = {
    ("dev-money", "tune", "money"): 0.98,  # measured 0.983
    ("dev-money", "check", "money"): 0.97,  # measured 0.977
    ("dev-money", "tune", "percentage"): 1.0,
    ("dev-money", "check", "percentage"): 1.0,
    ("dev-quotes", "tune", "money"): 1.0,
    ("dev-money", "tune", "date"): 1.00,
    ("dev-money", "check", "date"): 0.98,
    ("dev-quotes", "tune", "date"): 1.00,
    ("dev-quotes", "check", "date"): 1.00,
    ("dev-quotes", "tune", "quote"): 0.93,
    ("dev-quotes", "check", "quote"): 0.96,
    ("dev-money", "tune", "quote"): 1.0,
    ("dev-money", "check", "quote"): 0.75,
    ("dev-quotes", "check", "percentage"): 1.0,
    # Fresh articles annotated by hand (extra-*.jsonl, see their READMEs), scored whole.
    ("extra-money", "all", "money"): 1.0,  # measured 1.000 (0.71 before the general rules)
    ("extra-money", "all", "percentage"): 1.0,  # measured 1.000 (0.80 before)
    ("extra-money", "all", "quote"): 1.0,
    ("extra-quotes", "all", "quote"): 0.95,
    ("extra-money", "all", "date"): 0.94,
    ("extra-quotes", "all", "date"): 0.96,
    # Blind batches: annotated after the rules were written, never tuned on (extra2-quotes was
    # read once by the quotes work after its blind score of 0.475; extra3-quotes never).
    ("extra2-money", "all", "money"): 0.96,  # measured 0.969
    ("extra2-money", "all", "percentage"): 1.0,
    ("extra2-money", "all", "date"): 0.96,
    ("extra2-quotes", "all", "date"): 0.95,
    ("extra2-quotes", "all", "quote"): 0.60,
    ("extra3-quotes", "all", "date"): 1.0,
    ("extra3-quotes", "all", "quote"): 0.55,  # measured 0.553: speakers on unseen news
}


def _part(name: str, part: str) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in (GOLD / f"{name}.jsonl").read_text("utf-8").splitlines()]
    if part == "all":
        return docs
    cut = len(docs) - len(docs) // 3
    return docs[:cut] if part == "tune" else docs[cut:]


@pytest.mark.parametrize(
    ("name", "part", "kind"), sorted(FLOORS), ids=["-".join(k) for k in sorted(FLOORS)]
)
def test_dev_floor(name: str, part: str, kind: str) -> None:
    report = evaluate(_part(name, part), kinds=[kind])
    score = report.kinds[kind].strict_f1
    assert score >= FLOORS[(name, part, kind)], [str(e) for e in report.errors][:30]
