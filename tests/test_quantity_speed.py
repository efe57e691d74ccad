"""The cheap tests of the number and qualifier readers agree with the patterns they skip."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import _qualifier_words, _quantity
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
    assert _qualifier_words.lexicon_runs() is not None


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


_MULT_PIECES = [" ", "  ", "\u00a0", "\u202f", "de ", "d'", "d’", "De ", "millions", "Millions",
                "MILLIARDS", "M", "Md", "md", "k", "K", "G", "Gd", "mil- liards", "Bil-lions",
                "billion", "x", "ſ", "K", "İ", "€", "$", "5", "mille", "Mio", "mia", "mrds",
                "\n"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MULT_PIECES), max_size=6).map("".join), st.data())
def test_multiplier_at_matches_the_pattern(text: str, data: st.DataObject) -> None:
    """The test of the opening character skips the pattern only where it cannot match."""
    pos = data.draw(st.integers(0, len(text)))
    m = _quantity.MULTIPLIER_RE.match(text, pos)
    found = _quantity.multiplier_at(text, pos)
    if m is None:
        assert found is None
    else:
        word = regex.sub(r"-\s*", "", m.group("mult"))
        table = _quantity._MULT_TABLE
        power = table.get(word, table.get(word.lower()))
        assert found == (None if power is None else (m.end(), power)), text


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["l", "L", ".", "l.l", "ll", "$", "€", "¢", "₿", "x", " ", "ſ"]),
                max_size=10).map("".join))  # fmt: skip
def test_money_sign_anchors_match_the_alternation(text: str) -> None:
    """Money's extra anchors, written to open on one class, match "[signs]|l\\.l\\.?"."""
    import re

    from claimkit import money
    from claimkit.anchors import _EXTRAS_ANY_CASE, _EXTRAS_LOWER
    from claimkit.money._read import _SIGN_SYMBOLS

    signs = re.escape("".join(_SIGN_SYMBOLS))
    for index, flags in ((_EXTRAS_LOWER, 0), (_EXTRAS_ANY_CASE, re.IGNORECASE)):
        alternation = re.compile(rf"(?P<anchor>[{signs}¢]|l\.l\.?)", flags)
        found = money._ANCHORS._pattern(index).finditer(text)
        assert [m.span() for m in found] == [m.span() for m in alternation.finditer(text)]


def test_only_ascii_letters_fold_to_the_url_letters() -> None:
    """Percentages look for URLs only in texts holding "http" or "www." once lower-cased."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert sorted(set(regex.findall(r"(?i)[htpw.]", every))) == sorted("HTPWhtpw.")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\u00a0", "%", "％", "٪", "p", "P", "pour cent",
                                 "points de %", "p.c.", "pc", "x", "5", "ſ", "é"]),
                max_size=6).map("".join), st.data())  # fmt: skip
def test_percent_opening_test_matches_the_pattern(text: str, data: st.DataObject) -> None:
    from claimkit import percentages

    pos = data.draw(st.integers(0, len(text)))
    found = percentages._percent_at(text, pos)
    reference = percentages._PERCENT_RE.match(text, pos)
    assert (found and found.span()) == (reference and reference.span()), text


def _twin_pieces() -> list[str]:
    from claimkit._lexicon import CURRENCY_WORDS, MINOR_UNITS, MULTIPLIERS, PERIODS
    from claimkit.money._read import _LETTER_SYMBOLS, _SIGN_SYMBOLS

    words = [*CURRENCY_WORDS, *MINOR_UNITS, *MULTIPLIERS, *PERIODS, *QUALIFIERS]
    words += [*_LETTER_SYMBOLS, *_SIGN_SYMBOLS, *QUALIFIER_ARTICLES, "dépassé", "frôlant"]
    return sorted({w for w in words if _plain(w)})


def _plain(text: str) -> bool:
    from claimkit.anchors import OTHER_CHAR_RE

    return OTHER_CHAR_RE.search(text) is None


_TWIN_PIECES = _twin_pieces()
_TWIN_OTHERS = [" ", "  ", "\u00a0", "\u202f", "’", "'", "-", ",", ".", "(", ")", "\n", "de ",
                "d'", "à ", "et ", "ou ", "soit ", "12", "900 000", "3,5", "ÿ", "Ÿ", "ß", "œ",
                "É", "ª", "µ", "«", "»", "€", "—", "x", "USD", "US", "par an"]  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TWIN_PIECES),
            st.sampled_from(_TWIN_PIECES).map(str.upper),
            st.sampled_from(_TWIN_OTHERS),
        ),
        max_size=8,
    ).map("".join)
)
def test_re_twins_match_alike_on_plain_text(text: str) -> None:
    """Money and the number reader use the re twins of these patterns on plain texts."""
    from claimkit import _connectors, percentages
    from claimkit.money import _read

    if not _plain(text):
        return
    patterns = [_read._SUFFIX_RE, _read._PERIOD_RE, _quantity.MULTIPLIER_RE,
                _connectors._CONNECTOR_RE, _quantity._WORDS_RE, _quantity._POST_QUALIFIER_RE,
                _quantity._QUALIFIER_RE, _connectors._RANGE_START_RE,
                percentages._PERCENT_RE, _read._SUBUNIT_RE]  # fmt: skip
    for pattern in patterns:
        fast, slow = pattern.twin(), pattern.compiled()
        names = list(slow.groupindex)
        for pos in range(len(text) + 1):
            for end in (len(text), pos + (len(text) - pos) // 2):
                for method in ("match", "search", "fullmatch"):
                    a = getattr(fast, method)(text, pos, end)
                    b = getattr(slow, method)(text, pos, end)
                    assert (a is None) == (b is None), (pattern.pattern[:40], text, pos, method)
                    if a is not None and b is not None:
                        assert a.span() == b.span(), (text, pos, method)
                        assert [a.span(n) for n in names] == [b.span(n) for n in names], text


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", ";", "\n", " ", "a", "\t", "\x1c", "..",
                                 "\u00a0", "\u2028"]), max_size=14).map("".join))  # fmt: skip
def test_sentence_ends_of_the_tense_reader_match_the_alternation(text: str) -> None:
    import re

    from claimkit.dates.tense import _SENTENCE_END

    alternation = re.compile(r"[.!?;\n]+(?=\s|$)|\n")
    found = [m.span() for m in _SENTENCE_END.finditer(text)]
    assert found == [m.span() for m in alternation.finditer(text)]
