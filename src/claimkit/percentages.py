"""French percentages: "87%", "4,3 %", "87 pour cent", "quatre-vingt-sept pour cent".

What this handles: the sign "%" (with or without a space, any space kind), "pour cent",
"pour-cent", "pourcent(s)", "p. cent", "p. 100"; numbers in digits or words; a leading
minus ("-5 %"); qualifiers before ("près de 40 %", "plus de 87 %"); ranges ("entre 3 et 5 %",
"de 3 à 5 %", "3-5 %", "3 % à 5 %"); percentage points ("3 points de pourcentage"), which
are told apart with ``unit="point"``.

What it leaves alone: "%" inside URLs ("?q=30%25"), the noun "pourcentage" used as a unit
("100 pourcentage", not idiomatic French), and fractions ("un tiers").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

import regex

from claimkit._connectors import (
    connector,
    range_start,
)
from claimkit._lazy import AnyMatch, LazyRegex
from claimkit._quantity import (
    Number,
    canonical,
    find_post_qualifier,
    find_qualifier,
    is_year_label,
    iter_numbers,
)
from claimkit.anchors import Anchors, lowered, plain_text
from claimkit.models import Percentage, Qualifier, percentage_claim
from claimkit.text import HSPACE, SPACE, check_text

__all__ = ["extract_percentages", "parse_percentage"]

_LETTER: Final = r"[^\W\d_]"

_PERCENT_RE: Final = LazyRegex(
    rf"""
    {SPACE}
    (?:
        (?P<point>(?i:points?|pts?\.?){HSPACE}+(?i:de){HSPACE}+(?:(?i:pourcentage)|%))
      | (?P<sign>[%\uFF05\u066A])(?![0-9A-Fa-f]{{2}}(?![^\W_]))   # not a URL escape "%25"
      | (?P<words>(?i:pour(?:{HSPACE}{{1,2}}|[-\u2011])?cents?|p\.{SPACE}(?:cent|100))
                 |p\.c\.|pc)  # Belgian press: "3,2 p.c.", "12 pc"
        (?!{_LETTER})
    )
    """,
    flags=regex.VERBOSE,
)

#: A minus written right before the number: "-5 %", "−0,3 %" (not a range dash "3-5 %").
_MINUS_RE: Final = LazyRegex(r"(?<![\w%.,])[-\u2212\u2013]$")

#: A minus, one space after an opening bracket: "Bordeaux (- 7,5 %)".
_SPACED_MINUS_RE: Final = LazyRegex(r"(?<=\()[-\u2212\u2013] \Z")

#: URLs and e-mail-like tokens: percent signs there are escapes, not percentages.
_URL_RE: Final = LazyRegex(r"(?i)(?:https?://|www\.)[^\s<>\"«»]{1,2000}")


def _escaped(text: str, pos: int) -> bool:
    """Tell whether the number at *pos* is the two hex digits of a URL escape ("%C3%80").

    >>> _escaped("%C3%80%20", 4), _escaped("1%1%", 2), _escaped("50 %", 0)
    (True, False, False)
    """
    return (
        pos > 0
        and text[pos - 1] == "%"
        and text[pos : pos + 2].isdigit()
        and not text[pos + 2 : pos + 3].isdigit()
        and text[pos + 2 : pos + 3] != ","
    )


@dataclass(frozen=True, slots=True)
class _Pct:
    start: int
    num_start: int
    end: int
    value: Decimal
    has_unit: bool
    unit: str = "percent"
    qualifier: str = "exact"
    article: bool = False  # "un"/"une" spelled out: as likely an article as a number


_HSPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a")
#: The ASCII characters a match of :data:`_PERCENT_RE` opens on after its spaces.
_PERCENT_OPENINGS: Final = frozenset("pP%")
_MINUS_SIGNS: Final = frozenset("-\u2212\u2013")


def _percent_at(text: str, pos: int) -> AnyMatch | None:
    """Return ``_PERCENT_RE.match(text, pos)``, skipped where no sign or word can open."""
    for p in range(pos, min(pos + 4, len(text))):  # SPACE is at most three spaces
        c = text[p]
        if c in _PERCENT_OPENINGS or not c.isascii():
            return _PERCENT_RE.matcher(plain_text(text)).match(text, pos)
        if c not in _HSPACES:
            return None
    return None


def _read(text: str, num: Number) -> _Pct:
    m = _percent_at(text, num.end)
    value, start = num.value, num.start
    # _MINUS_RE reads one character: search only when it is a minus sign.
    minus = (
        _MINUS_RE.search(text, num.start - 1, num.start)
        if num.start > 0 and text[num.start - 1] in _MINUS_SIGNS
        else None
    )
    if minus is None and num.start > 2 and text[num.start - 1] == " ":
        # "Paris (- 6,7 %)": a minus and a space right after an opening bracket
        minus = _SPACED_MINUS_RE.search(text, max(0, num.start - 4), num.start)
    if minus is not None and not num.words:
        value, start = -value, minus.start()
    if m is None:
        article = num.words and num.value == 1
        return _Pct(start, num.start, num.end, value, has_unit=False, article=article)
    unit = "point" if m.group("point") is not None else "percent"
    qualifier = "approximate" if num.approximate else "exact"
    return _Pct(start, num.start, m.end(), value, True, unit, qualifier)


def _with_qualifier(text: str, p: _Pct) -> _Pct:
    found = find_qualifier(text, p.start)
    if found is None:
        post = find_post_qualifier(text, p.end)  # "8 % maximum"
        if post is not None and p.qualifier == "exact":
            return replace(p, end=post[0], qualifier=post[1])
        return p
    q_start, qualifier = found
    if p.qualifier == "approximate" and qualifier == "exact":
        return replace(p, start=q_start)
    return replace(p, start=q_start, qualifier=qualifier)


_RATIO_BEFORE_RE: Final = LazyRegex(rf"(?<![^\W\d_])(?i:sur){HSPACE}+$")

#: Every percentage holds a sign or the words "pour cent", "p. 100", "pourcentage".
_ANCHORS: Final = Anchors(
    ["pourcent", "pourcents", "pourcentage", "pc"],
    # Each branch opens on a literal, so the scan skips to "%" or "p" at C speed.
    rf"%|\uFF05|\u066A|pour(?:{HSPACE}{{1,2}}|[-\u2011])cents?|p\.{SPACE}(?:cent|100)|p\.c\.",
    before=120,
    after=40,
)


def extract_percentages(text: str) -> list[Percentage]:
    """Find every percentage (and percentage-point figure) in French *text*.

    >>> [(p.text, p.value) for p in extract_percentages("dont 87%gagner et 4,3 % de plus")]
    [('87%', Decimal('87')), ('4,3 %', Decimal('4.3'))]
    >>> p = extract_percentages("Quatre-vingt-sept pour cent des acteurs.")[0]
    >>> p.value, p.text
    (Decimal('87'), 'Quatre-vingt-sept pour cent')
    >>> p = extract_percentages("une hausse de 3 à 5 %")[0]
    >>> p.value, p.value_max, p.qualifier
    (Decimal('3'), Decimal('5'), 'range')
    >>> extract_percentages("https://www.test.com/search?q=30%25%2020%")
    []
    >>> extract_percentages("/emploi/%C3%80%20salaire%20%C3%A9gal")
    []
    """
    check_text(text, "extract_percentages")
    items = [_read(text, n) for n in iter_numbers(text, _ANCHORS.windows(text))]
    if not any(p.has_unit for p in items):
        return []
    # A URL holds "http" or "www." in any case (no other character folds to these letters).
    low = lowered(text)
    urls = (
        [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
        if "http" in low or "www." in low
        else []
    )
    items = [_with_qualifier(text, p) if p.has_unit else p for p in items]
    # A bare number joined to a percentage shares its sign: "entre 3 et 5 %", "3, 4 ou 5 %".
    for i in range(len(items) - 2, -1, -1):
        a, b = items[i], items[i + 1]
        if (
            not a.has_unit
            and not a.article  # "un et 5 %": "un" is an article
            and not is_year_label(text, a.num_start, a.end)  # "6,6 % en 2022 et 6,1 %"
            # "8 Québécois sur 10 et 45 % des Français": a ratio's denominator
            and not _RATIO_BEFORE_RE.search(text, max(0, a.num_start - 6), a.num_start)
            and b.has_unit
            and connector(text, a.end, b.start) is not None
            # "une hausse de Rs 23,10, soit 31,5 %": "soit" restates in another unit
            and "soit" not in text[a.end : b.start].lower()
        ):
            items[i] = replace(a, has_unit=True, unit=b.unit)
    out: list[Percentage] = []
    i = 0
    while i < len(items):
        a = items[i]
        i += 1
        if not a.has_unit or any(s <= a.num_start < e for s, e in urls):
            continue
        if _escaped(text, a.num_start):  # the hex digits of a URL escape: "%C3%80%20salaire"
            continue
        if out and a.start < out[-1].end:  # never overlap the previous one
            if a.num_start < out[-1].end:  # "5 pour cent %": "cent %" is inside it
                continue
            a = replace(a, start=a.num_start, qualifier="exact")
        nxt = items[i] if i < len(items) else None
        high: _Pct | None = None
        if nxt is not None and nxt.has_unit and nxt.unit == a.unit:
            b = nxt
            # "entre +4,3 % et +12,6 %": a plus sign belongs to the range's ends
            link = connector(text, a.end, _plus_before(text, b.start))
            low_start = _plus_before(text, a.start)
            start = range_start(text, low_start, link, b.end) if link is not None else None
            if start is not None and b.value >= a.value:
                high = b
                a = replace(a, start=start)
                i += 1
        end = high.end if high is not None else a.end
        qualifier: Qualifier = "range" if high is not None else a.qualifier  # type: ignore[assignment]
        out.append(
            percentage_claim(
                a.start,
                end,
                text[a.start : end],
                canonical(a.value),
                canonical(high.value) if high is not None else None,
                qualifier,
                "point" if a.unit == "point" else "percent",
            )
        )
    return out


def _plus_before(text: str, start: int) -> int:
    """Return *start*, or the position of a plus sign right before it ("+4,3 %")."""
    return start - 1 if start > 0 and text[start - 1] == "+" else start


def parse_percentage(text: str) -> Percentage | None:
    """Parse one percentage written alone, or return None.

    >>> parse_percentage("87 %").value
    Decimal('87')
    >>> parse_percentage("trois points de pourcentage").unit
    'point'
    >>> parse_percentage("la moitié") is None
    True
    """
    check_text(text, "parse_percentage")
    found = extract_percentages(text)
    if not found:
        return None
    return max(found, key=lambda p: p.end - p.start)
