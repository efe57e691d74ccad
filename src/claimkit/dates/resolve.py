"""Resolution stage of :mod:`claimkit.dates`: choosing among candidates, and filling in.

What the document makes certain (other dates, the reference date, the tense of the clause)
is filled into the parts a date leaves out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Final, NamedTuple

import regex

from claimkit.dates.lexicon import normalise_word
from claimkit.dates.parsing import _year_ok
from claimkit.dates.patterns import _ELIDED_DAY_RE, _RANGE_JOIN_RE, _SP, _Lazy, _Match
from claimkit.dates.tense import Tense, Tenses
from claimkit.dates.values import (
    _Cand,
    _nearest_year,
    _valid,
    _weekday_after,
    _weekday_before,
)
from claimkit.text import APOS


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap, in text order.

    The characters taken so far are marked in a byte array over the candidates' extent, so
    each candidate costs its length: linear, where inserting into a sorted list of kept
    spans cost a shift of the list for every short date before longer ones.
    """
    if len(cands) == 1:  # a sentence's one date
        return [cands[0]] if cands[0].end > cands[0].start else []
    if not cands:
        return []
    base = min(c.start for c in cands)
    taken = bytearray(max(c.end for c in cands) - base)
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        lo, hi = c.start - base, c.end - base
        if taken.find(1, lo, hi) != -1:
            continue  # overlaps a longer (or earlier) span kept before
        taken[lo:hi] = b"\x01" * (hi - lo)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
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
        if (second.relative and second.month != first.month and second.day is not None) or not (
            # (a month: "entre février et mars de cette année" share the year)
            second.year_stated and second.year is not None and second.month is not None
        ):
            continue  # "les 3 et 4 mars derniers": the first day shares the second's year
        if _RANGE_JOIN_RE.fullmatch(text, first.end, second.start) is None:
            continue
        year = second.year
        if (first.month, first.day or 1) > (second.month, second.day or 31):
            year -= 1  # "du 30 décembre au 2 janvier 2024" starts in 2023
        if _valid(year, first.month, first.day):
            out[i - 1] = first._replace(year=year, year_stated=True)
    return out


#: How far after a full date a day with its month elided is looked for.
_ELIDED_REACH: Final = 160


def _elided_days(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Add "le 19" after "le 4 octobre": a later day of the same month, one claim.

    Each full date is followed by a window up to the next date (at most
    :data:`_ELIDED_REACH` characters), so the windows do not overlap.
    """
    out: list[_Cand] = []
    for i, c in enumerate(chosen):
        if c.day is None or c.month is None:
            continue
        hi = min(c.end + _ELIDED_REACH, chosen[i + 1].start if i + 1 < len(chosen) else len(text))
        for m in _ELIDED_DAY_RE.finditer(text, c.end, hi):
            day = int(m["day"])
            if day > c.day and _valid(c.year, c.month, day):
                out.append(c._replace(start=m.start(), end=m.end(), day=day))
                break
    return out


#: "depuis le début 2022", "depuis le début de l'année 2022": the text is written that year.
_DOC_YEAR_RE: Final = _Lazy(
    rf"(?<!\w)depuis{_SP}(?:le{_SP})?d[ée]but{_SP}(?:de{_SP}l{APOS}ann[ée]e{_SP}|d{APOS}ann[ée]e{_SP})?"
    r"(?P<year>\d{4})(?!\d)",
    regex.IGNORECASE,
)

#: How far (in days) the year nearest the reference date may put a date on the wrong side
#: of it before the tense moves it a year: "a annoncé une grève le 25 novembre" (written in
#: October) is next month's, "a été arrêté le 3 mai" (written in January) last May's.
_AGAINST_TENSE_DAYS: Final = 92


def _resolve_pending(
    text: str,
    chosen: list[_Cand],
    ref: dt.date | None,
    tenses: Callable[[], Tenses],
) -> list[_Cand]:
    """Settle what the candidates left open, from the tense and the reference date.

    Rules (the table in ``docs/dates.md``), with a reference date:

    - a bare weekday: the reference day when it is that weekday; else, in a future clause,
      the next such day, otherwise (past clause, or no tense) the last one;
    - "ce mardi": the day of the reference week, moved a week back (forward) when a past
      (future) clause puts it on the other side of the reference date; with no tense, a
      week forward when it would fall more than three days before (on a Sunday, "ce lundi"
      is tomorrow);
    - a month without a year: in a past clause the last such month (the reference month
      included), in a future one the next; with no tense, the nearest one if within three
      months, else a null year;
    - a day and month without a year: the year nearest the reference date, moved a year
      when the clause's tense says the other side and the date is more than 92 days away
      ("a annoncé une grève le 25 novembre", written in October, stays next month's);
    - "la veille", "le lendemain", "deux jours plus tard": counted from the last date given
      to the day within :data:`_ANAPHOR_REACH` characters before, else from the reference.

    Without a reference date, a day and month stated with a weekday ("mercredi 20
    septembre") take the one year near the text's stated years where that day is that
    weekday, and "depuis le début 2022" dates the text to 2022 for the day-months and months
    of its past-tense clauses.
    """
    if not any(c.pending for c in chosen):
        return chosen
    reader: list[Tenses] = []

    def tense_of(c: _Cand) -> Tense | None:
        if not reader:
            reader.append(tenses())
        return reader[0].at(c.start, c.end)

    out: list[_Cand] = []
    doc: _DocYears | None = None
    last: _Cand | None = None  # the last date given to the day
    for c in chosen:
        if c.pending == "anaphor":
            resolved_anaphor = _anaphor(c, last)
            out.append(resolved_anaphor)
            if resolved_anaphor.day is not None and resolved_anaphor.month is not None:
                last = resolved_anaphor
            continue
        if not c.pending or (c.year_stated and c.pending in ("month", "daymonth")):
            out.append(c)
            if c.day is not None and c.month is not None:
                last = c
            continue
        if ref is not None:
            try:
                resolved: _Cand | None = _with_reference(c, ref, tense_of)
            except (OverflowError, ValueError):
                continue  # "vendredi" said on 31 December 9999: no such day
        else:
            if doc is None:
                doc = _document_years(text, chosen)
            resolved = _without_reference(c, doc, tense_of)
        if resolved is not None:
            out.append(resolved)
            if resolved.day is not None and resolved.month is not None:
                last = resolved
    return _same_day_years(out) if ref is None else out


def _same_day_years(out: list[_Cand]) -> list[_Cand]:
    """Give a day-month left without a year the one year the text gives that same day.

    "ce jeudi 20 juin" (2024, from its weekday) … "l'ordonnance signée ce 20 juin".
    """
    years: dict[tuple[int, int], set[int]] = {}
    for c in out:
        if c.year is not None and c.month is not None and c.day is not None:
            years.setdefault((c.month, c.day), set()).add(c.year)
    if not years:
        return out
    for i, c in enumerate(out):
        if c.year is None and c.month is not None and c.day is not None:
            found = years.get((c.month, c.day))
            if found is not None and len(found) == 1:
                out[i] = c._replace(year=next(iter(found)))
    return out


#: How far after a date "la veille" or "deux jours plus tard" still counts from it.
_ANAPHOR_REACH: Final = 600


def _anaphor(c: _Cand, last: _Cand | None) -> _Cand:
    """Count "le lendemain" / "deux jours plus tard" from the date before it, if near.

    Without such a date the candidate keeps what the reference date gave it (or nothing).
    """
    if (
        last is None
        or c.start - last.end > _ANAPHOR_REACH
        or last.month is None
        or last.day is None
    ):
        return c._replace(pending="")
    year = last.year if last.year is not None else 2001  # a common year for the arithmetic
    try:
        d = dt.date(year, last.month, last.day) + dt.timedelta(days=c.shift)
    except (OverflowError, ValueError):
        return c._replace(pending="")
    return c._replace(
        year=d.year if last.year is not None else None, month=d.month, day=d.day, pending=""
    )


def _with_reference(
    c: _Cand, ref: dt.date, tense_of: Callable[[_Cand], Tense | None]
) -> _Cand | None:
    kind = c.pending
    if kind in ("weekday", "this-weekday"):
        wd = c.weekday if c.weekday is not None else ref.weekday()
        tense = tense_of(c)
        if kind == "weekday":
            if wd == ref.weekday():
                d = ref
            elif tense == "future":
                d = _weekday_after(ref, wd, include_today=True)
            else:
                d = _weekday_before(ref, wd)
        else:
            d = dt.date(
                c.year if c.year is not None else ref.year,
                c.month if c.month is not None else ref.month,
                c.day if c.day is not None else ref.day,
            )
            if tense == "past" and d > ref:
                d -= dt.timedelta(days=7)
            elif tense == "future" and d < ref:
                d += dt.timedelta(days=7)
            elif tense is None and c.weekday is not None and (ref - d).days > 3:
                d += dt.timedelta(days=7)  # "Ce lundi marque le début", on a Sunday: tomorrow
        return c._replace(year=d.year, month=d.month, day=d.day, pending="")
    month = c.month
    if month is None or c.weekday is not None:
        return c._replace(pending="")  # "jeudi 19 janvier": the weekday chose the year
    if kind == "month":
        # A month is placed by the tense outright: "ont chuté en novembre" is the last
        # November (this one when written in November), "aura lieu en novembre" the next;
        # with no tense, the nearest one when it is within three months, else no year.
        here = ref.year * 12 + ref.month - 1
        tense = tense_of(c)
        if tense == "past":
            new: int | None = ref.year if month <= ref.month else ref.year - 1
        elif tense == "future":
            new = ref.year if month >= ref.month else ref.year + 1
        else:
            year = min(
                (ref.year + k for k in (-1, 0, 1)), key=lambda y: abs(y * 12 + month - 1 - here)
            )
            new = year if abs(year * 12 + month - 1 - here) <= 3 else None
    else:
        if c.year is None or c.day is None:
            return c._replace(pending="")
        year = c.year
        days = (dt.date(year, month, c.day) - ref).days if _valid(year, month, c.day) else 0
        if abs(days) <= _AGAINST_TENSE_DAYS:
            new = year
        else:
            tense = tense_of(c)
            if tense == "past" and days > 0:
                new = year - 1
            elif tense == "future" and days < 0:
                new = year + 1
            else:
                new = year
    if new is not None and not (dt.MINYEAR <= new <= dt.MAXYEAR and _valid(new, month, c.day)):
        new = None
    return c._replace(year=new, pending="")


class _DocYears(NamedTuple):
    """What dates a text without a reference date: its stated years, its dateline."""

    stated: set[int]
    #: The year "depuis le début 2022" dates the text to.
    current: int | None
    #: The middle of the month of a dateline opening the text ("date 2022-10",
    #: "12 octobre 2022 –"): day-months and months without a year are read near it.
    dateline: dt.date | None


#: How far into the text a dateline may start (its first line).
_DATELINE_REACH: Final = 40


def _document_years(text: str, chosen: list[_Cand]) -> _DocYears:
    """Return the years the text states, the year it is dated to and its dateline."""
    stated = {c.year for c in chosen if c.year is not None and c.year_stated and not c.relative}
    m = _DOC_YEAR_RE.search(text)
    dateline = None
    first = chosen[0] if chosen else None
    if (
        first is not None
        and first.start <= _DATELINE_REACH
        and first.year is not None
        and first.month is not None
        and first.year_stated
        and not first.relative
        and "\n" not in text[: first.start]
        and dt.MINYEAR < first.year < dt.MAXYEAR
    ):
        dateline = dt.date(first.year, first.month, 15)
    return _DocYears(stated, int(m["year"]) if m is not None else None, dateline)


def _without_reference(
    c: _Cand,
    doc: _DocYears,
    tense_of: Callable[[_Cand], Tense | None],
) -> _Cand | None:
    stated, current, dateline = doc
    if c.pending in ("last-month", "next-month"):
        # "date 2019-07 … en avril dernier": the last (next) such month from the dateline's
        if dateline is None or c.month is None:
            return c._replace(pending="")
        if c.pending == "last-month":
            step = 0 if c.month < dateline.month else -1
        else:
            step = 0 if c.month > dateline.month else 1
        return c._replace(year=dateline.year + step, pending="")
    if c.pending == "last":  # "le 28 février dernier"
        return c._replace(year=current, pending="") if current is not None else c
    if c.pending not in ("month", "daymonth") or c.month is None:
        return c._replace(pending="")
    if dateline is not None and c.day is not None:
        # "date 2022-10 … le 7 octobre", "le 15 novembre": the year nearest the dateline
        year = _nearest_year(c.month, c.day, dateline, c.weekday)
        return c._replace(year=year, pending="")
    if dateline is not None and c.day is None:
        # "début octobre": the month within half a year of the dateline
        month = c.month
        year = min(
            (dateline.year - 1, dateline.year, dateline.year + 1),
            key=lambda y: abs((y * 12 + month) - (dateline.year * 12 + dateline.month)),
        )
        return c._replace(year=year, pending="")
    # (a "last" date without a dated text keeps its null year, below)
    if c.weekday is not None and c.day is not None:
        near = {y + k for y in stated for k in (-1, 0, 1) if dt.MINYEAR <= y + k <= dt.MAXYEAR}
        fits = {
            y
            for y in near
            if _valid(y, c.month, c.day) and dt.date(y, c.month, c.day).weekday() == c.weekday
        }
        if len(fits) == 1:
            return c._replace(year=fits.pop(), pending="")
        return c._replace(pending="")
    if current is not None and tense_of(c) == "past":
        return c._replace(year=current, pending="")
    return c._replace(pending="")
