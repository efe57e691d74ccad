"""Start-up shortcuts (issue 14) read exactly what the code they spare would have read."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from claimkit._lazy import LazyRe, LazyRegex
from claimkit.money import _read
from claimkit.text import (
    APOS,
    SPACE,
    alternation,
    trie_alternation,
)

_SPACES = " \u00a0\u202f\u2009\u2007\u2008\u200a"


def test_twin_and_lazy_re_keep_their_flags_as_plain_ints() -> None:
    source = r"(?P<d>\d+) \s juin  # a day"
    lazy = LazyRegex(source, regex.IGNORECASE | regex.VERBOSE | regex.MULTILINE)
    twin = lazy.twin()
    assert twin.flags == re.compile(source, re.IGNORECASE | re.VERBOSE).flags
    assert twin.match("3 JUIN") is not None
    mixed = LazyRe(source, regex.IGNORECASE | regex.VERBOSE)
    assert mixed.compiled().flags == re.compile(source, re.IGNORECASE | re.VERBOSE).flags


@given(st.text(alphabet=_SPACES + "(a1$)", max_size=8), st.integers(0, 8))
def test_bracket_check_is_the_restated_patterns_opening(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    opening = regex.compile(rf"{SPACE}\(")
    assert _read._bracket_at(text, pos) == (opening.match(text, pos) is not None)


@given(st.text(alphabet=_SPACES + "'’(aAdD$ U", min_size=0, max_size=6))
def test_suffix_shortcut_never_skips_a_match(tail: str) -> None:
    text = "12" + tail
    if _read._SUFFIX_RE.match(text, 2) is not None:
        assert _read._suffix_match(text, 2) is not None


def test_ascii_variants_are_the_case_insensitive_matches() -> None:
    for ch in "'aAéÉſıİKk$€ß-":
        pattern = regex.compile(APOS if ch == "'" else "(?i)" + regex.escape(ch))
        ascii_set = "'`" if ch == "'" else "".join(map(chr, range(128)))
        expected = {a for a in ascii_set if pattern.fullmatch(a)}
        assert _read._ascii_variants(ch) == expected


def test_trie_alternation_pieces_match_the_flat_alternation() -> None:
    words = ["d'euros", "euro", "euros", "dollar", "dollars us", "livre", "livres sterling"]
    trie = regex.compile(trie_alternation(words) + r"\Z", regex.IGNORECASE)
    flat = regex.compile(alternation(words) + r"\Z", regex.IGNORECASE)
    for text in ["d’euros", "EUROS", "dollars\u00a0us", "livres  sterling", "livre", "eur"]:
        assert (trie.match(text) is None) == (flat.match(text) is None)
    assert trie_alternation(["ab", "abc", "b"]) == "(?:ab(?:c|)|b)"
    assert trie_alternation(["abc"]) == "(?:abc)"
    assert trie_alternation(["a b", "a  b"]) == alternation(["a b", "a  b"])
    assert trie_alternation(["x.y", "x+"], tolerant=False) == r"(?:x(?:\+|\.y))"
