"""Property-test your own pipeline with claimkit's Hypothesis strategies.

    python examples/downstream_property_test.py      # runs the tests below, prints a summary
    pytest examples/downstream_property_test.py      # or let pytest collect them

`claimkit.strategies` draws realistic French surfaces ("près d'un million de dollars",
"4,3 %", "quatre-vingt-sept pour cent", U+202F grouping...) together with the values a
correct extractor must return. Here the pipeline under test is a small "amounts table"
step a newsroom tool might have: it turns an article into rows (amount, currency, snippet).
Install with: pip install "claimkit[testing]".
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.strategies import Rendered, embedded, filler, money_surfaces, percentage_surfaces


@dataclass(frozen=True)
class Row:
    """One line of the amounts table."""

    amount: Decimal
    currency: str | None
    qualifier: str
    snippet: str
    start: int


def amounts_table(article: str) -> list[Row]:
    """The downstream step under test: every amount of an article as a table row."""
    return [
        Row(m.value, m.currency, m.qualifier, article[m.start : m.end], m.start)
        for m in claimkit.extract_money(article)
    ]


@settings(max_examples=60, deadline=None)
@given(embedded(money_surfaces()))
def test_every_amount_becomes_one_exact_row(sample: tuple[str, Rendered, int]) -> None:
    article, rendered, start = sample
    rows = amounts_table(article)
    assert len(rows) == 1, (article, rows)
    row = rows[0]
    assert row.amount == rendered.values["value"]
    assert row.currency == rendered.values["currency"]
    assert row.qualifier == rendered.values["qualifier"]
    assert (row.snippet, row.start) == (rendered.text, start)


@settings(max_examples=40, deadline=None)
@given(embedded(percentage_surfaces()), filler(1, 6))
def test_percentages_never_leak_into_the_amounts_table(
    sample: tuple[str, Rendered, int], prefix: str
) -> None:
    article, _, _ = sample
    assert amounts_table(f"{prefix}. {article}") == []


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_on_any_text(article: str) -> None:
    for row in amounts_table(article):
        assert article[row.start : row.start + len(row.snippet)] == row.snippet


def main() -> int:
    tests = [
        test_every_amount_becomes_one_exact_row,
        test_percentages_never_leak_into_the_amounts_table,
        test_never_crashes_on_any_text,
    ]
    for test in tests:
        test()  # a @given test runs all its examples when called; a failure raises
        print(f"ok  {test.__name__}")
    print(f"{len(tests)} property tests passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
