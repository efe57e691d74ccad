"""Values of :mod:`claimkit.dates`: the candidate record and calendar arithmetic.

Shared by the parsing stage (which fills candidates from pattern matches) and the
resolution stage (which completes them from the reference date and the tense).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final, NamedTuple

from claimkit.dates.lexicon import (
    DAY_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    normalise_word,
)
from claimkit.models import DateGranularity, DateModifier


class _Cand(NamedTuple):
    """One candidate span and its (possibly partial) value."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    granularity: DateGranularity = "day"
    relative: bool = False
    modifier: DateModifier | None = None
    #: False when the year was not in the text but taken from the reference date.
    year_stated: bool = True
    #: What the resolution stage still has to settle from the tense and the document:
    #: "weekday" (a bare weekday), "this-weekday" ("ce mardi"), "month" (a month without a
    #: year), "daymonth" (a day and month without a year), "last" ("le 28 février dernier"),
    #: "last-month"/"next-month" ("avril dernier", "septembre prochain": from a dateline,
    #: without a reference date), or "" (nothing).
    pending: str = ""
    #: The weekday stated with a pending date (Monday = 0).
    weekday: int | None = None
    #: For "anaphor" ("la veille", "deux jours plus tard"): days from the date before it.
    shift: int = 0


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return 1 <= day <= 31
    if day <= 28:  # every month has 28 days: no calendar needed
        return day >= 1
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


def _two_digit_year(yy: int) -> int:
    # Newsroom habit: "juillet 98" is 1998, "le 20/02/14" is 2014.
    return 2000 + yy if yy < 50 else 1900 + yy


def _year_value(s: str) -> int:
    return int(s) if len(s) == 4 else _two_digit_year(int(s))


def _day_value(s: str) -> int:
    w = normalise_word(s)
    if w in DAY_WORDS:
        return DAY_WORDS[w]
    return int("".join(ch for ch in w if ch.isdigit()))


#: The month number and whether it is a full name, for the plain spellings.
_MONTH_VALUES: Final[dict[str, tuple[int, bool]]] = {
    **{w + end: (n, False) for w, n in MONTH_ABBREVIATIONS.items() for end in ("", ".")},
    **{w + end: (n, True) for w, n in MONTHS.items() for end in ("", ".")},
}


def _month_value(s: str) -> tuple[int, bool]:
    """Return the month number and whether the surface was a full month name."""
    found = _MONTH_VALUES.get(s.lower())  # "Juin", "janv.": nothing to normalise
    if found is not None:
        return found
    w = normalise_word(s).rstrip(".")
    if w in MONTHS:
        return MONTHS[w], True
    return MONTH_ABBREVIATIONS[w], False


def _nearest_year(month: int, day: int, ref: dt.date, weekday: int | None = None) -> int | None:
    """Return the year that puts day/month nearest *ref*.

    With a stated weekday ("jeudi 19 janvier"), the nearest year where that day falls on
    that weekday, if one is within two years.
    """
    best: tuple[int, int] | None = None
    years = range(ref.year - 2, ref.year + 3) if weekday is not None else (
        ref.year - 1, ref.year, ref.year + 1)  # fmt: skip
    for y in years:
        if dt.MINYEAR <= y <= dt.MAXYEAR and _valid(y, month, day):
            d = dt.date(y, month, day)
            if weekday is not None and d.weekday() != weekday:
                continue
            gap = abs((d - ref).days)
            if best is None or gap < best[0]:
                best = (gap, y)
    if best is None and weekday is not None:
        return _nearest_year(month, day, ref)
    return None if best is None else best[1]


def _weekday_value(s: str) -> int | None:
    """Monday = 0 for "lundi", "Lun.", "mer"; None for anything else."""
    word = normalise_word(s).rstrip(".")
    found = WEEKDAYS.get(word)
    return found if found is not None else WEEKDAY_ABBREVIATIONS.get(word)


def _add_months(d: dt.date, n: int) -> dt.date:
    total = d.year * 12 + d.month - 1 + n
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _weekday_after(ref: dt.date, weekday: int, *, include_today: bool) -> dt.date:
    delta = (weekday - ref.weekday()) % 7
    if delta == 0 and not include_today:
        delta = 7
    return ref + dt.timedelta(days=delta)


def _weekday_before(ref: dt.date, weekday: int) -> dt.date:
    delta = (ref.weekday() - weekday) % 7 or 7
    return ref - dt.timedelta(days=delta)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
