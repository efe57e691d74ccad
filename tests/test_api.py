"""The public contract: input checking, ordering, immutability, serialisation, schema."""

from __future__ import annotations

import datetime as dt
import itertools
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


# --- edges: arguments checked at the call, exactly what the messages say ----------------


@pytest.mark.parametrize("one", ["87 %", b"87 %"])
def test_extract_many_of_one_text_raises(one: object) -> None:
    with pytest.raises(TypeError, match="iterable of texts, got one"):
        claimkit.extract_many(one)  # type: ignore[arg-type]


def test_extract_many_of_a_non_iterable_raises() -> None:
    with pytest.raises(TypeError, match="iterable of texts, got int"):
        claimkit.extract_many(87)  # type: ignore[arg-type]


@pytest.mark.parametrize("kinds", [[], "", " , "])
def test_no_kind_is_an_error(kinds: object) -> None:
    for call in (
        lambda: extract("87 %", kinds=kinds),  # type: ignore[arg-type]
        lambda: claimkit.extract_many(["87 %"], kinds=kinds),  # type: ignore[arg-type]
        lambda: claimkit.iter_claims("87 %", kinds=kinds),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError, match="no kind"):
            call()


@pytest.mark.parametrize(
    "bad",
    [
        "20230727",
        "2023-W30-4",
        " 2023-07-27",
        "2023-07-27T10:00",
        "2023-7-27",
        "2023-02-30",
        "२०२३-०७-२७",
    ],
)
def test_reference_date_accepts_only_yyyy_mm_dd(bad: str) -> None:
    with pytest.raises(ValueError, match="'YYYY-MM-DD'"):
        extract("hier", reference_date=bad)


def test_iter_claims_is_extract_for_an_article() -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        streamed = claimkit.iter_claims(text, reference_date="2023-07-27")
        assert list(streamed) == extract(text, reference_date="2023-07-27")


def test_iter_claims_in_pieces_keeps_offsets_into_the_whole_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    text = "\n\n".join(texts)
    size = max(len(t) for t in texts) + 10
    streamed = list(claimkit.iter_claims(text, kinds="percentage,money", chunk_size=size))
    assert len(text) > 2 * size
    for c in streamed:
        assert text[c.start : c.end] == c.text
    assert [c.start for c in streamed] == sorted(c.start for c in streamed)
    assert [(c.start, c.text) for c in streamed if c.kind == "percentage"] == [
        (c.start, c.text) for c in extract(text, kinds="percentage")
    ]
    quotes = list(claimkit.iter_claims(text, kinds="quote", chunk_size=size))
    for q in quotes:
        assert isinstance(q, claimkit.Quote)
        if q.speaker_start is not None and q.speaker_end is not None:
            assert q.speaker_end <= len(text)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"chunk_size": 0}, ValueError),
        ({"reference_date": "hier"}, ValueError),
        ({"kinds": ["montant"]}, ValueError),
        ({"currency_hint": 1}, TypeError),
    ],
)
def test_iter_claims_checks_arguments_at_the_call(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        claimkit.iter_claims("87 %", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects text as str"):
        claimkit.iter_claims(b"87 %")  # type: ignore[arg-type]


def test_split_text_prefers_line_breaks_and_covers_the_text() -> None:
    from claimkit._api import split_text

    text = "Un deux trois.\nQuatre cinq. Six sept huit neuf dix onze douze" + "x" * 50
    pieces = list(split_text(text, 20))
    assert pieces[0] == (0, 15)  # after the line break
    assert pieces[0][0] == 0
    assert pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(0 < end - start <= 20 for start, end in pieces)


def test_percentages_never_overlap() -> None:
    claims = extract("Soit 5 pour cent % et 3 % %, puis 7 pour cent pour cent.", kinds="percentage")
    assert [c.text for c in claims] == ["5 pour cent", "3 %", "7 pour cent"]


def test_surrogates_dump_as_fffd_and_keep_offsets() -> None:
    text = "« Il a payé\udcff 87 % de trop », a dit Jean\ud83d Dupont."
    claims = extract(text)
    assert any("\udcff" in c.text for c in claims)
    dumped = ClaimList.dump_json(claims)  # does not raise
    back = ClaimList.validate_json(dumped)
    clean = text.replace("\udcff", "\ufffd").replace("\ud83d", "\ufffd")
    assert [(c.start, c.end) for c in back] == [(c.start, c.end) for c in claims]
    for c in back:
        assert clean[c.start : c.end] == c.text
    for c in claims:
        c.model_dump_json()  # does not raise
        assert c.model_dump()["text"] == c.text  # Python keeps the input's characters


def test_claims_share_their_field_set_and_model_copy_still_works() -> None:
    a, b = extract("87 % et 5 %")
    assert a.model_fields_set is b.model_fields_set
    moved = a.model_copy(update={"start": 1, "end": 5, "text": "7 % "})
    assert moved.start == 1
    assert a.model_fields_set is b.model_fields_set
    assert pickle.loads(pickle.dumps(a)) == a
    assert pickle.loads(pickle.dumps(a)).model_fields_set is a.model_fields_set


def test_schema_declares_its_draft_and_allows_doc_id_in_records() -> None:
    assert claimkit.json_schema()["$schema"].endswith("/draft/2020-12/schema")
    record = claimkit.record_schema()
    for model in record["$defs"].values():
        assert model["additionalProperties"] is False
        assert "doc_id" in model["properties"]
        assert model["required"][0] == "doc_id"


@pytest.mark.parametrize(
    "text",
    ["l'an prochain", "l'an dernier", "hier", "demain", "le mois prochain", "l'année suivante"],
)
@pytest.mark.parametrize("ref", [dt.date.max, dt.date.min])
def test_years_stay_within_1_and_9999_at_the_edges_of_the_calendar(text: str, ref: dt.date) -> None:
    for c in extract(text, reference_date=ref):
        assert isinstance(c, claimkit.DateClaim)
        assert c.year is None or 1 <= c.year <= 9999
