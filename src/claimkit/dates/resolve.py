"""Resolution stage of :mod:`claimkit.dates`: choosing among candidates, and filling in.

What the document makes certain (other dates, the reference date, the tense of the clause)
is filled into the parts a date leaves out.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

from claimkit.dates.lexicon import normalise_word
from claimkit.dates.parsing import _Cand, _valid, _year_ok
from claimkit.dates.patterns import _RANGE_JOIN_RE, _Match


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap, in text order."""
    if len(cands) == 1:  # a sentence's one date
        return [cands[0]] if cands[0].end > cands[0].start else []
    starts: list[int] = []  # the kept spans, sorted and disjoint
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue  # the span before overlaps
        if i < len(kept) and kept[i].start < c.end:
            continue  # the span after overlaps
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


#: The matches of a pattern in a text (what :func:`_candidates` finds in its windows).
_Matches = Iterable[_Match]


def _year_lists(text: str, chosen: list[_Cand], matches: _Matches) -> list[_Cand]:
    """Add the second year of "en 2007 et 2009", "avant 2018 ou avant 2019"."""
    ends = {c.end for c in chosen if c.granularity == "year" and c.day is None}
    extra: list[_Cand] = []
    for m in matches:
        if m.start() not in ends and (m.start() - 1) not in ends:
            continue
        year = int(m["year"])
        if _year_ok(year, text, m.end()):
            extra.append(_Cand(m.start("year"), m.end(), year, None, None, "year"))
            ends.add(m.end())
    return extra


def _around(text: str, chosen: list[_Cand], ref: dt.date | None, matches: _Matches) -> list[_Cand]:
    """Merge "le lendemain du 13 février" into one claim for 14 February."""
    starts = {c.start: c for c in chosen if c.month is not None and c.day is not None}
    out: list[_Cand] = []
    for m in matches:
        # The date may have taken the preposition itself ("du 13 février").
        c = next((starts[i] for i in range(m.end("which"), m.end() + 1) if i in starts), None)
        if c is None or c.end <= m.end():
            continue
        shift = 1 if normalise_word(m["which"]) == "lendemain" else -1
        base = dt.date(c.year if c.year is not None else 2001, c.month or 1, c.day or 1)
        if c.month == 3 and c.day == 1 and shift < 0 and c.year is None:
            continue  # the eve of 1 March depends on the year
        try:
            d = base + dt.timedelta(days=shift)
        except OverflowError:
            continue
        year = None if c.year is None else d.year
        out.append(_Cand(m.start(), c.end, year, d.month, d.day, "day", c.relative))
    return out


def _share_years(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Give "du 30 novembre au 12 décembre 2023" its year at both ends."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        if first.year_stated or first.relative or first.month is None:
            continue
        if second.relative or not (
            second.year_stated and second.year is not None and second.month is not None
        ):
            continue
        if _RANGE_JOIN_RE.fullmatch(text, first.end, second.start) is None:
            continue
        year = second.year
        if (first.month, first.day or 1) > (second.month, second.day or 31):
            year -= 1  # "du 30 décembre au 2 janvier 2024" starts in 2023
        if _valid(year, first.month, first.day):
            out[i - 1] = first._replace(year=year, year_stated=True)
    return out
