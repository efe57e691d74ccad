"""Hypothesis properties of the money and percentage parsers (renderers: claimkit.strategies)."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from text_to_num import text2num

import claimkit
from claimkit.models import ClaimList
from claimkit.strategies import (
    Rendered,
    date_surfaces,
    embedded,
    filler,
    french_number_words,
    money_surfaces,
    percentage_surfaces,
    quote_passages,
    regional_money_documents,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _only(text: str, rendered: Rendered, start: int) -> claimkit.Money | claimkit.Percentage:
    claims = [c for c in claimkit.extract(text) if c.kind == rendered.kind]
    assert len(claims) == 1, (text, claims)
    claim = claims[0]
    assert isinstance(claim, claimkit.Money | claimkit.Percentage)
    assert (claim.start, claim.end) == (start, start + len(rendered.text)), (text, claim)
    assert text[claim.start : claim.end] == rendered.text
    return claim


@SETTINGS
@given(embedded(money_surfaces()))
def test_money_round_trip(sample: tuple[str, Rendered, int]) -> None:
    text, rendered, start = sample
    claim = _only(text, rendered, start)
    assert isinstance(claim, claimkit.Money)
    assert claim.value == rendered.values["value"], (text, claim)
    assert claim.currency == rendered.values["currency"], (text, claim)
    assert claim.qualifier == rendered.values["qualifier"], (text, claim)


@SETTINGS
@given(regional_money_documents())
def test_regional_money_round_trip(sample: tuple[str, Decimal, str]) -> None:
    """Any listed currency form, with a place cue anywhere: the same value and ISO code."""
    text, value, currency = sample
    found = claimkit.extract_money(text)
    assert len(found) == 1, (text, found)
    assert (found[0].value, found[0].currency) == (value, currency), (text, found[0])


@SETTINGS
@given(embedded(percentage_surfaces()))
def test_percentage_round_trip(sample: tuple[str, Rendered, int]) -> None:
    text, rendered, start = sample
    claim = _only(text, rendered, start)
    assert claim.value == rendered.values["value"], (text, claim)
    assert claim.qualifier == rendered.values["qualifier"], (text, claim)


@SETTINGS
@given(st.integers(0, 999_999))
def test_number_words_renderer_agrees_with_text2num(n: int) -> None:
    """The renderer's French is what text2num (an independent reader) reads back."""
    assert text2num(french_number_words(n), "fr") == n


@SETTINGS
@given(embedded(money_surfaces()), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_space_kind_does_not_change_values(sample: tuple[str, Rendered, int], space: str) -> None:
    text, _, _ = sample
    swapped = text.replace("\u00a0", space).replace("\u202f", space).replace("\u2009", space)
    assert len(swapped) == len(text)
    before = [(c.kind, c.start, c.end, getattr(c, "value", None)) for c in claimkit.extract(text)]
    after = [(c.kind, c.start, c.end, getattr(c, "value", None)) for c in claimkit.extract(swapped)]
    assert before == after


@SETTINGS
@given(embedded(st.one_of(money_surfaces(), percentage_surfaces())), filler(1))
def test_prefix_shifts_offsets(sample: tuple[str, Rendered, int], words: str) -> None:
    text, _, _ = sample
    prefix = words + ".\n\n"
    plain = claimkit.extract(text)
    shifted = claimkit.extract(prefix + text)
    assert [(c.start + len(prefix), c.end + len(prefix)) for c in plain] == [
        (c.start, c.end) for c in shifted
    ]
    assert [c.model_dump(exclude={"start", "end"}) for c in plain] == [
        c.model_dump(exclude={"start", "end"}) for c in shifted
    ]


@settings(max_examples=500, deadline=None)
@given(st.text())
@example("\ud800 87 % \x00 $ 1 000 « »")
@example("1 " * 2000)
@example("de 1 à 2 $ " * 100)
def test_extract_never_raises_and_spans_hold(text: str) -> None:
    claims = claimkit.extract(text)
    for c in claims:
        assert text[c.start : c.end] == c.text
    assert claims == sorted(claims, key=lambda c: (c.start, -c.end, c.kind))
    assert ClaimList.validate_json(ClaimList.dump_json(claims)) == claims
    assert pickle.loads(pickle.dumps(claims)) == claims


@settings(max_examples=50, deadline=None)
@given(
    st.lists(embedded(st.one_of(money_surfaces(), percentage_surfaces())), min_size=4, max_size=8)
)
def test_deterministic_across_threads(samples: list[tuple[str, Rendered, int]]) -> None:
    texts = [s[0] for s in samples] * 3
    sequential = [claimkit.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(claimkit.extract, texts))
    assert parallel == sequential


def test_decimal_values_are_exact() -> None:
    (m,) = claimkit.extract_money("Une dotation de 0,1 million d'euros.")
    assert m.value == Decimal("100000")
    assert isinstance(m.value, Decimal)


@SETTINGS
@given(embedded(date_surfaces(), joiner=". "))
def test_date_round_trip(sample: tuple[str, Rendered, int]) -> None:
    """Any date rendered in a supported French form comes back with its parts."""
    text, rendered, start = sample
    dates = [c for c in claimkit.extract(text) if isinstance(c, claimkit.DateClaim)]
    assert len(dates) == 1, (text, dates)
    (d,) = dates
    assert (d.start, d.text) == (start, rendered.text)
    v = rendered.values
    assert (d.year, d.month, d.day, d.granularity) == (
        v["year"],
        v["month"],
        v["day"],
        v["granularity"],
    )


@SETTINGS
@given(embedded(quote_passages(), joiner=". "))
def test_quote_round_trip(sample: tuple[str, Rendered, int]) -> None:
    """Any attributed quotation comes back with its words and its speaker's full name."""
    text, rendered, _ = sample
    quotes = [c for c in claimkit.extract(text) if isinstance(c, claimkit.Quote)]
    assert [(q.text, q.speaker) for q in quotes] == [
        (rendered.values["text"], rendered.values["speaker"])
    ], text


# ------------------------------------------------------------------ fast scans = reference scans

_SCAN_PIECES = st.sampled_from(
    [" ", "\u00a0", "\u202f", "-", ",", ".", "'", "’", "'", "0", "1", "12", "900", "000", "4,3",
     "USD", "EUR", "eur", "A", "PS", "x", "é", "İ", "un", "une", "Une", "la", "dizaine",
     "vingt", "Vingt", "et", "cinq", "cents", "quatre-vingt", "mille", "deuxième", "trentaine",
     "dollars", "euros", "€", "$", "%", "pour cent", "pourcentage", "an", "ans", "juin",
     "Juin", "lundi", "2023", "21/07", "« ", " »", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join), st.data())
def test_number_scan_matches_reference_search(text: str, data: st.DataObject) -> None:
    """The split digit/word number scan finds exactly what repeated NUMBER_RE.search finds."""
    from claimkit._quantity import (
        _numbers_by_search,
        _numbers_in,
    )

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert list(_numbers_in(text, start, end)) == list(_numbers_by_search(text, start, end))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join))
def test_shared_anchor_scan_matches_own_scan(text: str) -> None:
    """The word scan merged with the extras, alone or shared by the extractors, finds the anchors
    one combined scan finds."""
    from claimkit import dates, money, percentages
    from claimkit.anchors import shared_scan

    anchors = [money._ANCHORS, percentages._ANCHORS, dates.scan._ANCHORS]
    # Every anchor set is letter-only words, so extract() scans the text once for all.
    assert all(a._registered >= 0 for a in anchors)
    reference = []
    for a in anchors:  # the same anchors read by one scan of extras and words together
        one_scan = copy.copy(a)
        one_scan._registered = -1
        reference.append(one_scan.hits(text))
    assert [a.hits(text) for a in anchors] == reference
    with shared_scan(text):
        assert [a.hits(text) for a in anchors] == reference


@SETTINGS
@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from([("millions", 6), ("milliards", 9), ("million", 6), ("milliard", 9)]),
    st.sampled_from(["- ", "-\n", "-", "-  "]),
    st.sampled_from(["F CFA", "d'euros", "de dollars", "de dirhams"]),
)
def test_print_hyphen_in_multiplier(
    number: int, multiplier: tuple[str, int], cut: str, currency: str
) -> None:
    """A multiplier cut by a print hyphen at a line end reads like the whole word."""
    word, power = multiplier
    broken = word[:3] + cut + word[3:]
    whole = claimkit.extract_money(f"Le total atteint {number} {word} {currency} cette année.")
    cut_text = f"Le total atteint {number} {broken} {currency} cette année."
    found = claimkit.extract_money(cut_text)
    assert len(found) == 1 == len(whole), (cut_text, found)
    assert found[0].value == whole[0].value == Decimal(number) * 10**power, (cut_text, found)
    assert found[0].currency == whole[0].currency, (cut_text, found)
    assert found[0].text == f"{number} {broken} {currency}", (cut_text, found)


@SETTINGS
@given(
    st.sampled_from(["T", "S", "Q", "H"]),
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=1990, max_value=2035),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
)
def test_period_label_never_an_amount(letter: str, k: int, year: int, low: int, high: int) -> None:
    """A quarter or half label between two amounts of a change is never read as one."""
    text = (
        f"Les ventes sont passées de {low} milliards de dirhams au {letter}{k}-{year} "
        f"à {high} milliards de dirhams au {letter}{k}-{year + 1}."
    )
    found = claimkit.extract_money(text)
    assert [m.value for m in found] == [Decimal(low) * 10**9, Decimal(high) * 10**9], (
        text,
        found,
    )
    assert all(m.value_max is None and m.qualifier == "exact" for m in found), (text, found)
