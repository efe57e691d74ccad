"""The anchor scan's shortcuts (claimkit.anchors) find exactly what the plain reading finds."""

from __future__ import annotations

import re
import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.anchors import (
    Anchors,
    _find_words,
    _opening_reach,
    _trie,
    _word_sources,
)

#: Words whose case variants trap a case-sensitive reading ("ſ" of "s", "ı" of "i").
_WORDS = ["mars", "juin", "euros", "dollars", "an", "ans", "été", "ſept", "ıl", "kelvin"]
_PIECES = st.sampled_from(
    [
        *_WORDS,
        "sept",
        "il",
        "Mars",
        "JUIN",
        "Été",
        "ſ",
        "ı",
        "İ",
        "K",
        "s",
        "i",
        "k",
        "«",
        "—",
        "1",
        " ",
        "é",
        "a",
        "x",
        ",",
        "\u00a0",
    ]
)


def _reference(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """The reading before the shortcuts: the case-insensitive pattern for the first word."""
    lower_source, any_source = _word_sources(_trie(words))
    lower, any_case = re.compile(*lower_source), re.compile(*any_source)
    lowered = text.lower()
    if len(lowered) != len(text):
        return [(m.start(), m.end(), m.group().lower()) for m in any_case.finditer(text)]
    found = [(m.start("w"), m.end(), m.group("w")) for m in lower.finditer(lowered)]
    first = any_case.match(lowered)
    if first is not None:
        found.insert(0, (0, first.end(), first.group("w")))
    return found


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_PIECES, max_size=12).map("".join),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5, unique=True),
)
def test_find_words_matches_reference(text: str, words: list[str]) -> None:
    """The ASCII-opening and non-alphanumeric-opening shortcuts change no word found."""
    lower_source, any_source = _word_sources(_trie(words))
    lower = re.compile(*lower_source)
    found = _find_words(
        text, text.lower(), lower, lambda: re.compile(*any_source), _opening_reach(words)
    )
    assert found == _reference(text, words)


def test_opening_reach_refuses_case_traps() -> None:
    assert _opening_reach(["mars", "été"]) == 5
    assert _opening_reach(["ſept"]) == -1  # "ſ" is a case variant of "s"
    assert _opening_reach(["ıl"]) == -1


def test_anchors_compile_on_first_use_once_across_threads() -> None:
    """Threads hitting a fresh anchor set at once compile each pattern once, and agree."""
    anchors = Anchors(["juin", "mars"], r"\d{4}", exact="EUR", before=5, after=5)
    assert all(p is None for p in anchors._patterns)  # nothing compiled at construction
    text = "Le 3 juin 2023, 5 EUR. Mars."
    barrier = threading.Barrier(8)
    results: list[object] = []
    seen: list[list[object]] = []

    def work() -> None:
        barrier.wait()
        results.append(anchors.hits(text))
        seen.append(list(anchors._patterns))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = Anchors(["juin", "mars"], r"\d{4}", exact="EUR", before=5, after=5).hits(text)
    assert (text.index("EUR"), text.index("EUR") + 3) in expected["anchor"]
    assert (text.index("Mars"), text.index("Mars") + 4) in expected["anchor"]
    assert results == [expected] * 8
    # every thread saw the very same compiled objects: none was compiled twice
    assert all(a is b for row in seen for a, b in zip(row, anchors._patterns, strict=True) if a)


_TRIE_CHARS = st.sampled_from(["a", "b", "A", "é", "É", "s", "ſ", "k", "K", "'", " ", "-", "$"])
_TRIE_TEXT = st.sampled_from(["a", "b", "A", "é", "s", "ſ", "K", "'", "’", " ", "\u00a0", "-", "x"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_TRIE_CHARS, min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(_TRIE_TEXT, max_size=30),
    st.sampled_from(["", "(?i)"]),
    st.sampled_from(["", r"(?![^\W\d_])", r"(?=\s)", "b"]),
)
def test_trie_alternation_matches_like_the_flat_one(
    words: list[str], text: str, flags: str, after: str
) -> None:
    """At every position, the trie finds what the longest-first alternation finds."""
    import regex

    from claimkit.text import alternation, trie_alternation

    literal = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    for flat_source, trie_source in (
        (alternation(words), trie_alternation(words)),
        (literal, trie_alternation(words, tolerant=False)),
    ):
        flat = regex.compile(f"{flags}(?P<w>{flat_source}){after}")
        trie = regex.compile(f"{flags}(?P<w>{trie_source}){after}")
        for pos in range(len(text) + 1):
            a, b = flat.match(text, pos), trie.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (pos, words)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["a" * 30, "ab", " ", "\n", "\u00a0", "a"]), max_size=40).map("".join),
    st.lists(
        st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 8)), max_size=6),
        min_size=1,
        max_size=4,
    ),
    st.integers(0, 80),
    st.integers(0, 120),
)
def test_merged_windows_are_the_windows_of_all_hits(
    text: str, groups: list[list[tuple[int, int]]], before: int, after: int
) -> None:
    """Dates work out each group's windows once and merge them per pass."""
    from claimkit.anchors import Anchors, merge_windows

    n = len(text)
    parts = [sorted({(min(s, n), min(s + k, n)) for s, k in group}) for group in groups]
    anchors = Anchors(["juin"], before=before, after=after)  # a word already registered
    together = anchors.windows(text, sorted(h for part in parts for h in part))
    assert merge_windows([anchors.windows(text, part) for part in parts]) == together
