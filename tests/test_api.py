"""The public contract: input checking, ordering, immutability, serialisation, schema."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pydantic
import pytest

import claimkit
from claimkit import ClaimList, Money, extract, extract_money, extract_percentages

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("func", "bad", "given"),
    [
        (extract, b"87 %", "bytes"),
        (extract, None, "NoneType"),
        (extract, 87, "int"),
        (extract_money, bytearray(b"9 $"), "bytearray"),
        (extract_percentages, ["87 %"], "list"),
        (claimkit.parse_money, 3.5, "float"),
    ],
)
def test_non_str_raises_type_error_naming_what_was_given(func, bad, given) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match=rf"expects text as str, got {given}"):
        func(bad)


def test_empty_text_gives_empty_list() -> None:
    assert extract("") == []


@pytest.mark.parametrize("kinds", [["monnaie"], "money,temps", ["money", "%"]])
def test_unknown_kind_is_named(kinds: object) -> None:
    with pytest.raises(ValueError, match="unknown kind") as info:
        extract("87 %", kinds=kinds)  # type: ignore[arg-type]
    assert "known kinds" in str(info.value)


def test_kinds_filter() -> None:
    text = "Il gagne 900 000 $, soit 87 % de plus."
    assert {c.kind for c in extract(text, kinds=["percentage"])} == {"percentage"}
    assert {c.kind for c in extract(text, kinds="money")} == {"money"}


@pytest.mark.parametrize("bad", [20230727, 2023.7, ["2023-07-27"]])
def test_bad_reference_date_type(bad: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        extract("hier", reference_date=bad)  # type: ignore[arg-type]


def test_bad_reference_date_string() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract("hier", reference_date="27/07/2023")


def test_reference_date_accepts_date_datetime_and_iso() -> None:
    text = "Il gagne 900 000 $."
    expected = extract(text)
    assert extract(text, reference_date=dt.date(2023, 7, 27)) == expected
    assert extract(text, reference_date=dt.datetime(2023, 7, 27, 12, 0)) == expected
    assert extract(text, reference_date="2023-07-27") == expected


def test_bad_currency_hint() -> None:
    with pytest.raises(ValueError, match="currency_hint"):
        extract_money("12 $", currency_hint="DOLLARS")
    with pytest.raises(TypeError, match="currency_hint"):
        extract("12 $", currency_hint=12)  # type: ignore[arg-type]


def test_claims_are_frozen() -> None:
    (m,) = extract_money("Il gagne 900 000 $.")
    with pytest.raises(pydantic.ValidationError):
        m.value = Decimal(1)  # type: ignore[misc]


def test_model_rejects_span_that_does_not_fit_text() -> None:
    with pytest.raises(pydantic.ValidationError, match="length"):
        Money(start=0, end=3, text="900 000 $", value=Decimal(900000), currency="USD")


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_claims_round_trip(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    claims = extract(text)
    assert claims, "every seed article has amounts or percentages"
    for c in claims:
        assert text[c.start : c.end] == c.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert ClaimList.validate_json(ClaimList.dump_json(claims)) == claims
    assert pickle.loads(pickle.dumps(claims)) == claims
    # Plain JSON: values are decimal strings, never floats.
    for record in json.loads(ClaimList.dump_json(claims)):
        if record["kind"] in ("money", "percentage"):
            assert isinstance(record["value"], str)


def test_json_schema_is_a_discriminated_union() -> None:
    schema = claimkit.json_schema()
    assert schema["type"] == "array"
    assert schema["items"]["discriminator"]["propertyName"] == "kind"
    assert set(schema["$defs"]) == {"Money", "Percentage", "DateClaim", "Quote"}
    json.dumps(schema)


def test_public_api_is_exported() -> None:
    for name in claimkit.__all__:
        assert hasattr(claimkit, name), name


def test_all_matches_lazy_exports() -> None:
    from claimkit import _EXPORTS  # type: ignore[attr-defined]

    assert set(claimkit.__all__) == set(_EXPORTS) | {"__version__"}


def test_import_is_lazy() -> None:
    """`import claimkit` loads no extractor, pydantic or dateparser (measured: a few ms)."""
    import subprocess
    import sys

    code = (
        "import sys, claimkit; "
        "print(sorted(m for m in ('pydantic', 'dateparser', 'claimkit.money', "
        "'claimkit.dates', 'claimkit.quotes') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        claimkit.nope  # type: ignore[attr-defined]  # noqa: B018
