"""Robustness: hostile inputs cost about what prose costs, any str is safe, results are stable.

Timings use CPU time and generous bounds: they are there to catch catastrophic backtracking
(quadratic or worse), not to measure speed (see benchmarks/ for that).
"""

from __future__ import annotations

import itertools
import json
import pickle
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import ClaimList

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))
PROSE = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
SIZE = 100_000

#: Inputs that stress one part of a parser each, repeated to SIZE characters.
HOSTILE = {
    "digits-spaced": "1 ",
    "one-line-of-digits": "1",
    "open-guillemets": "« ",
    "close-guillemets": "»",
    "straight-quotes": '"',
    "straight-quote-words": '" a ',
    "dollar-signs": "$ ",
    "percent-signs": "% ",
    "elisions": "d'",
    "capitalised-names": "Jean Dupont ",
    "months": "juin ",
    "number-words": "un ",
    "ranges": "de 1 à ",
    "grouped-thousands": "1 000 ",
    "years": "2023 ",
    "numeric-dates": "1/2/",
    "attributions": "« x », a dit Jean. ",
    # A pronoun that does not match the last speaker's unknown gender: each one used to
    # re-read every mention of that speaker (quadratic: 175 s for 500 kB).
    "pronoun-attributions": "« Non à cela », a dit Kim Lee. « Oui à ceci », a-t-elle ajouté.\n",
    "hyphenated-words": "vingt-deux ",
    # Speaker rules of the fourth round: list items read back to their heading, fragments
    # credited forward, institutions spelled out, titles given to the one person quoted.
    "list-items-one-line": "• « Nous irons jusqu'au bout » ",
    "heading-and-list-items": "Les déclarations de Paul Durand :\n• « Nous irons jusqu'au bout »\n",
    "fragments-before-verb": "Il n'a « jamais été question » de « faire un buste ». ",
    "institution-anaphors": "Le parquet de Lyon enquête. « Nous enquêtons », a dit le parquet. ",
    "titles-and-one-speaker": "« Nous enquêtons », a dit la ministre. « Oui », a dit Awa Diop. ",
    # Session 6: a source closing a long sentence of quotations, names with initials.
    "quotes-then-selon": "« non » et « oui » puis ",
    "initials-after-names": "Karim M. et Paul B. ont dit « oui ». ",
    "qualifiers": "plus de ",
    "no-break-spaces": "\u00a0",
    # Place cues and bare currency words: each amount looks for its nearest cue.
    "places-and-francs": "Genève 12 francs, Dakar 5 FCFA, Tunis 3 dinars, 4 milliards. ",
    "place-cues": "Québec Montréal Dakar Genève ",
    "local-abbreviations": "DH DA LL F MD Fr. Rs ",
    # No white space: each anchor's window used to run to the end of the text (quadratic).
    "base64": "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjAyMyUyMCQ=+/9",
    "url-encoded": "%C3%A9t%C3%A9%202023%20%E2%82%AC%3D12%25",
    "date-in-junk": "12/05/2023" + "x" * 200,
}


def _cpu(text: str, kinds: list[str] | None = None) -> float:
    start = time.process_time()
    claimkit.extract(text, kinds=kinds)
    return time.process_time() - start


@pytest.fixture(scope="module")
def prose_seconds() -> float:
    text = (PROSE * (SIZE // len(PROSE) + 1))[:SIZE]
    claimkit.extract(text)  # warm up: compile patterns
    return min(_cpu(text) for _ in range(2))


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_costs_about_what_prose_costs(unit: str, prose_seconds: float) -> None:
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    claims = claimkit.extract(text)
    for c in claims:
        assert text[c.start : c.end] == c.text
    assert _cpu(text) <= 10 * prose_seconds + 0.5


def test_cost_grows_linearly() -> None:
    small = (PROSE * 2)[:50_000]
    big = (PROSE * 20)[:500_000]
    claimkit.extract(small)
    t_small = min(_cpu(small) for _ in range(2))
    t_big = _cpu(big)
    assert t_big <= 20 * t_small + 0.5  # 10x the text; quadratic would be 100x


def _distinct_acronyms(n: int) -> str:
    """*n* quotations, each credited to another acronym no parenthesis spells out."""
    letters = "BCDFGHJKLMNPRSTV"
    words = ("".join(w) for w in itertools.product(letters, repeat=3))
    parts = []
    for w in itertools.islice(words, n):
        key = w[0] + w[1:].lower()  # "Bcd", spelled out as "Bal cal dal"
        full = " ".join(c + "al" for c in w.lower()).capitalize()
        parts.append(f"{full} s'insurge. « Nous refusons », a dit l'{key}. ")
    return "".join(parts)


def test_distinct_acronyms_cost_grows_linearly() -> None:
    """Bodies named by their initials are looked up per acronym; thousands stay linear."""
    small, big = _distinct_acronyms(400), _distinct_acronyms(3200)
    claimkit.extract(small, kinds=["quote"])
    t_small = min(_cpu(small, ["quote"]) for _ in range(2))
    t_big = _cpu(big, ["quote"])
    assert t_big <= 20 * t_small + 0.5  # 8x the text; quadratic would be 64x


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(exclude_categories=()),  # lone surrogates, controls, bidi marks
        max_size=400,
    )
)
def test_any_unicode_is_safe(text: str) -> None:
    claims = claimkit.extract(text, reference_date="2023-07-27")
    for c in claims:
        assert text[c.start : c.end] == c.text
    assert claims == claimkit.extract(text, reference_date="2023-07-27")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "« ",
                "»",
                '"',
                "“",
                "”",
                " a déclaré ",
                "Jean Dupont",
                " 87 % ",
                " 900 000 $ ",
                " le 3 juin 2023 ",
                " hier ",
                "\n",
                ". ",
                ", ",
                "selon ",
                " : ",
                "\u202f",
                "\u200f",
                "🙂",
                "\x00",
                "İ",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_claim_dense_soup_is_safe(text: str) -> None:
    for c in claimkit.extract(text, reference_date="2023-07-27"):
        assert text[c.start : c.end] == c.text


def test_results_identical_across_threads_and_processes() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    expected = [claimkit.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(claimkit.extract, texts)) == expected
    assert list(claimkit.extract_many(texts, jobs=2)) == expected


def test_every_kind_pickles_and_round_trips_json() -> None:
    claims = claimkit.extract(PROSE, reference_date="2023-07-27")
    assert {c.kind for c in claims} == {"money", "percentage", "date", "quote"}
    assert pickle.loads(pickle.dumps(claims)) == claims
    assert ClaimList.validate_json(ClaimList.dump_json(claims)) == claims
    assert ClaimList.validate_python(json.loads(ClaimList.dump_json(claims))) == claims


def test_extract_many_streams_without_reading_ahead() -> None:
    seen: list[int] = []

    def corpus():  # type: ignore[no-untyped-def]
        for i in range(1_000_000):
            seen.append(i)
            yield "87 %"

    stream = claimkit.extract_many(corpus(), window=3)
    for _ in range(5):
        next(stream)
    assert len(seen) <= 8


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"jobs": 0}, ValueError, "jobs"),
        ({"jobs": "2"}, ValueError, "jobs"),
        ({"window": 0}, ValueError, "window"),
        ({"kinds": ["montant"]}, ValueError, "unknown kind"),
        ({"reference_date": 2023}, TypeError, "reference_date"),
        ({"kinds": []}, ValueError, "no kind"),
        ({"currency_hint": 840}, TypeError, "currency_hint"),
    ],
)
def test_extract_many_bad_arguments(kwargs: dict[str, object], error: type, match: str) -> None:
    with pytest.raises(error, match=match):  # at the call, before the first next()
        claimkit.extract_many(["87 %"], **kwargs)  # type: ignore[arg-type]


def test_extract_many_bad_item() -> None:
    with pytest.raises(TypeError, match="pair"):
        next(claimkit.extract_many([("87 %", None, "CAD", "extra")]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="currency_hint"):
        next(claimkit.extract_many([("12 $", None, "extra")]))


def test_extract_many_item_hint_wins() -> None:
    items = [("12 $", None, "CAD"), ("12 $", None), "12 $"]
    got = [[m.currency for m in claims] for claims in claimkit.extract_many(items, kinds="money")]
    assert got == [["CAD"], ["USD"], ["USD"]]


def test_text_whose_lower_case_is_longer_keeps_offsets() -> None:
    """ "İ".lower() is two characters: the anchor scan falls back to the original text."""
    text = (
        "À İstanbul, le 3 juin 2023, « nous paierons 900 000 $ », a déclaré Ayşe Yılmaz, soit 87 %."
    )
    assert len(text.lower()) != len(text)
    claims = claimkit.extract(text)
    assert {c.kind for c in claims} == {"date", "quote", "money", "percentage"}
    for c in claims:
        assert text[c.start : c.end] == c.text
    money = next(c for c in claims if isinstance(c, claimkit.Money))
    assert (money.text, money.value, money.currency) == ("900 000 $", 900000, "USD")


def test_windows_end_within_a_bounded_reach_without_white_space() -> None:
    from claimkit.anchors import WINDOW_REACH, Anchors

    anchors = Anchors(["juin"], r"\d", before=5, after=5)
    text = ("7" + "x" * 300) * 50
    windows = anchors.windows(text)
    assert len(windows) == 50
    assert all(end - start <= 5 + 1 + 5 + WINDOW_REACH for start, end in windows)
    # with white space in reach a window still ends on it, as before
    assert anchors.windows("ab 7 juin cd efgh ijkl") == [(0, 17)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=200))
def test_every_output_format_writes_valid_utf8(text: str) -> None:
    """Any str, lone surrogates included: every format is valid UTF-8, claims survive JSON."""
    import contextlib
    import io
    import tempfile

    from claimkit.cli import main
    from claimkit.models import scrub_surrogates

    claims = claimkit.extract(text, reference_date="2023-07-27")
    for c in claims:
        back = type(c).model_validate_json(c.model_dump_json())
        expected = c.model_dump()
        expected.update({k: scrub_surrogates(v) for k, v in expected.items() if isinstance(v, str)})
        assert back == type(c).model_validate(expected)
    assert ClaimList.validate_json(ClaimList.dump_json(claims)) == [
        type(c).model_validate_json(c.model_dump_json()) for c in claims
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.jsonl"
        # ensure_ascii escapes lone surrogates, which json.loads reads back as they were
        path.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="ascii")
        for argv in (
            *(["extract", "--format", fmt, str(path)] for fmt in ("jsonl", "csv", "table", "html")),
            ["show", str(path)],
        ):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main([*argv, "--reference-date", "2023-07-27"])
            assert (code, err.getvalue()) == (0, "")
            out.getvalue().encode("utf-8")  # strict: raises on a lone surrogate
        lines = []
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main(["extract", str(path), "--reference-date", "2023-07-27"])
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == len(claims)
    for line, c in zip(lines, claims, strict=True):
        assert (line["start"], line["end"], line["text"]) == (
            c.start,
            c.end,
            scrub_surrogates(c.text),
        )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "5",
                " ",
                "pour cent",
                "%",
                "cent",
                "3,5",
                "de",
                "à",
                "et",
                "-",
                "points de pourcentage",
                "quatre-vingts",
                "p. 100",
                "\u202f",
                ",",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_percentages_never_overlap_each_other(text: str) -> None:
    found = claimkit.extract_percentages(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, (a, b)
