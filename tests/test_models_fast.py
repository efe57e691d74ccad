"""The extractors' claim constructors build what validation builds, or validate."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimkit.models import (
    ClaimList,
    DateClaim,
    Money,
    Percentage,
    date_claim,
    money_claim,
    percentage_claim,
)


def _same(fast: Any, slow: Any) -> None:
    assert type(fast) is type(slow)
    assert fast == slow
    assert fast.__dict__ == slow.__dict__
    assert list(fast.__dict__) == list(slow.__dict__)
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_dump(exclude_unset=True) == slow.model_dump(exclude_unset=True)
    assert fast.model_fields_set == slow.model_fields_set
    assert repr(fast) == repr(slow)
    assert hash(fast) == hash(slow)
    assert pickle.dumps(fast) == pickle.dumps(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert copy.deepcopy(fast) == slow
    assert ClaimList.validate_json(ClaimList.dump_json([fast])) == [slow]
    with pytest.raises(ValidationError):
        fast.start = 3  # frozen


_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=3, max_value=10**9)
_TEXTS = st.text(min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 50),
    _TEXTS,
    _DECIMALS,
    st.none() | _DECIMALS,
    st.none() | st.sampled_from(["USD", "EUR", "XOF"]),
    st.sampled_from(["exact", "approximate", "range", "at_most"]),
    st.none() | st.sampled_from(["year", "month"]),
)
def test_money_claim_is_the_validated_model(
    start: int,
    text: str,
    value: Decimal,
    value_max: Decimal | None,
    currency: str | None,
    qualifier: str,
    per: str | None,
) -> None:
    end = start + len(text)
    slow = Money(start=start, end=end, text=text, value=value, value_max=value_max,
                 currency=currency, qualifier=qualifier, per=per)  # type: ignore[arg-type]  # fmt: skip
    _same(money_claim(start, end, text, value, value_max, currency, qualifier, per), slow)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 50),
    _TEXTS,
    _DECIMALS,
    st.none() | _DECIMALS,
    st.sampled_from(["exact", "range", "more_than"]),
    st.sampled_from(["percent", "point"]),
)
def test_percentage_claim_is_the_validated_model(
    start: int, text: str, value: Decimal, value_max: Decimal | None, qualifier: str, unit: str
) -> None:
    end = start + len(text)
    slow = Percentage(start=start, end=end, text=text, value=value, value_max=value_max,
                      qualifier=qualifier, unit=unit)  # type: ignore[arg-type]  # fmt: skip
    _same(percentage_claim(start, end, text, value, value_max, qualifier, unit), slow)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 50),
    _TEXTS,
    st.none() | st.integers(-5000, 5000),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 31),
    st.sampled_from(["day", "month", "year"]),
    st.booleans(),
    st.none() | st.sampled_from(["start", "mid", "end", "current"]),
)
def test_date_claim_is_the_validated_model(
    start: int,
    text: str,
    year: int | None,
    month: int | None,
    day: int | None,
    granularity: str,
    relative: bool,
    modifier: str | None,
) -> None:
    end = start + len(text)
    slow = DateClaim(start=start, end=end, text=text, year=year, month=month, day=day,
                     granularity=granularity, relative=relative,  # type: ignore[arg-type]
                     modifier=modifier)  # type: ignore[arg-type]  # fmt: skip
    fast = date_claim(start, end, text, year, month, day, granularity, relative, modifier)
    _same(fast, slow)


def test_other_values_are_validated_as_before() -> None:
    d = Decimal(1)
    with pytest.raises(ValidationError):
        money_claim(3, 2, "", d, None, None, "exact", None)  # end before start
    with pytest.raises(ValidationError):
        money_claim(0, 2, "x", d, None, None, "exact", None)  # span and text differ
    with pytest.raises(ValidationError):
        money_claim(0, 1, "x", Decimal("NaN"), None, None, "exact", None)
    with pytest.raises(ValidationError):
        money_claim(0, 1, "x", d, None, None, "sometimes", None)
    with pytest.raises(ValidationError):
        percentage_claim(0, 1, "x", d, None, "exact", "permille")
    with pytest.raises(ValidationError):
        date_claim(0, 1, "x", 2024, 13, None, "month", False, None)
    with pytest.raises(ValidationError):
        date_claim(-1, 0, "x", 2024, None, None, "year", False, None)
    # Values of another type are converted by validation, as before: 1 -> Decimal("1").
    converted = money_claim(0, 1, "x", 1, None, None, "exact", None)  # type: ignore[arg-type]
    assert converted == Money(start=0, end=1, text="x", value=Decimal(1), currency=None,
                              value_max=None, qualifier="exact", per=None)  # fmt: skip
    assert type(converted.value) is Decimal
