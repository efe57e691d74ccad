"""The cheap tests of the number and qualifier readers agree with the patterns they skip."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import _quantity
from claimkit._lexicon import GLUED_QUALIFIERS, QUALIFIER_ARTICLES, QUALIFIERS
from claimkit._qualifier_words import SAFE_LETTERS, SAFE_NONLETTERS

_LETTER = regex.compile(r"[^\W\d_]")


def test_safe_characters_are_letters_or_not_to_regex() -> None:
    assert all(_LETTER.fullmatch(c) for c in SAFE_LETTERS)
    assert not any(_LETTER.fullmatch(c) for c in SAFE_NONLETTERS)
    assert not SAFE_LETTERS & SAFE_NONLETTERS


def test_safe_letters_match_case_insensitively_as_lower_says() -> None:
    letters = sorted(SAFE_LETTERS)
    for a in letters:
        pattern = regex.compile("(?i)" + regex.escape(a))
        for b in letters:
            assert bool(pattern.fullmatch(b)) == (a.lower() == b.lower()), (a, b)


def test_qualifier_runs_are_built() -> None:
    """Every entry is made of checked letters and separators: the test is in use."""
    assert _quantity._qualifier_runs() is not None


def _reference(text: str, start: int) -> tuple[int, str] | None:
    """find_qualifier with the search always run."""
    saved = _quantity._may_end_qualifier
    _quantity._may_end_qualifier = lambda text, start: True  # type: ignore[assignment]
    try:
        return _quantity.find_qualifier(text, start)
    finally:
        _quantity._may_end_qualifier = saved


_WORDS = [*QUALIFIERS, *GLUED_QUALIFIERS, *QUALIFIER_ARTICLES]
_OTHERS = [" ", "  ", "\u00a0", "\u202f", "’", "ʼ", "?", "-", "'", "x", "est", "Plus",
           "DÉPASSE", "dépassé", "frôlant", "ne", "n'a", "pas", "jamais", "la", "barre", "de",
           "des", "à", "jusqu", "ſ", "K", "İ", "ÿ", "Ÿ", "ß", "\n", ",", "(", "«", "é", "É",
           "ª", "²", "12", "900", "$", "USD"]  # fmt: skip
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_OTHERS),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from(["", " ", "  ", "\u00a0"]))
def test_find_qualifier_matches_the_plain_search(before: str, spaces: str) -> None:
    text = before + spaces + "900 euros"
    start = len(before) + len(spaces)
    assert _quantity.find_qualifier(text, start) == _reference(text, start), text
