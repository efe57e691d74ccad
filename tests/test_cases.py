"""Table-driven cases: tests/cases/*.jsonl (see tests/cases/README.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from _cases import CASES, check, load
from claimkit import Money, Percentage, extract_money, extract_percentages


@pytest.mark.parametrize("case", load("money.jsonl") + load("money_negative.jsonl"))
def test_money(case: dict[str, Any]) -> None:
    found = extract_money(case["text"], currency_hint=case.get("currency_hint"))
    check(found, case["expected"], case["text"])


@pytest.mark.parametrize("case", load("percentages.jsonl") + load("percentages_negative.jsonl"))
def test_percentages(case: dict[str, Any]) -> None:
    check(extract_percentages(case["text"]), case["expected"], case["text"])


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("money.jsonl", Money),
        ("money_negative.jsonl", Money),
        ("percentages.jsonl", Percentage),
        ("percentages_negative.jsonl", Percentage),
    ],
)
def test_well_formed_cases(name: str, model: type[Money] | type[Percentage]) -> None:
    """Every case loads into the model, its spans occur in its text, and labels are unique."""
    labels = set()
    for line in (CASES / name).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        assert case["label"] not in labels
        labels.add(case["label"])
        assert case.get("expect", "pass") in ("pass", "fail")
        assert case.get("expect", "pass") == "pass" or case.get("comment")
        pos = 0
        for claim in case["expected"]:
            start = case["text"].find(claim["text"], pos)
            assert start >= 0, claim["text"]
            model(start=start, end=start + len(claim["text"]), **claim)
            pos = start + 1
