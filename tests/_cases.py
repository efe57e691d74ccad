"""Load the table-driven cases in tests/cases/*.jsonl as pytest params."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list[Any]:
    params = []
    with (CASES / name).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            case = json.loads(line)
            marks = []
            if case.get("expect", "pass") == "fail":
                marks.append(pytest.mark.xfail(strict=True, reason=case.get("comment", "")))
            params.append(pytest.param(case, id=case["label"], marks=marks))
    return params


def check(found: list[Any], expected: list[dict[str, Any]], text: str) -> None:
    """Assert *found* claims are exactly *expected* (span and every listed field)."""
    got = [c.model_dump(mode="json") for c in found]
    for c in found:
        assert text[c.start : c.end] == c.text
    assert [g["text"] for g in got] == [e["text"] for e in expected], got
    for g, e in zip(got, expected, strict=True):
        for field, value in e.items():
            if field in ("value", "value_max") and value is not None:
                from decimal import Decimal

                assert Decimal(g[field]) == Decimal(value), (field, g)
            else:
                assert g[field] == value, (field, g)
