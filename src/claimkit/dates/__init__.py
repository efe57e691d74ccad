"""French dates: absolute, partial and relative, with character offsets.

Handled: absolute dates ("le 21 juillet 2023", "lundi 3 juin 2024", "21/07/2023",
"2023-07-21", "juin 2024", "en 2023", "(2024)", "Tue, 5 Apr 2022"), partial ones ("le 7
mai", "en juin", "mi-juillet", "fin 2023", "début juin") and relative ones ("hier", "mardi",
"lundi dernier", "il y a trois jours", "l'an dernier", "en février dernier").

The package is split by stage, each module importing only the ones before it:
:mod:`~claimkit.dates.lexicon` (calendar words) → :mod:`~claimkit.dates.values` (the
candidate record, calendar arithmetic) → :mod:`~claimkit.dates.patterns`
(compiled regexes) → :mod:`~claimkit.dates.parsing` (match → candidate) →
:mod:`~claimkit.dates.tense` (the tense of a clause) → :mod:`~claimkit.dates.resolve`
(choosing among candidates; what the reference date, the tense and the rest of the text
make certain) → :mod:`~claimkit.dates.starts` (where each pass can start) →
:mod:`~claimkit.dates.scan` (where each pattern runs).  There is no call to
``dateparser`` on this path (it reads "87%" or "8,9" as dates; see ``docs/dates.md``).

Relative expressions are resolved against ``reference_date`` (the article's publication
date) and the tense of their clause: a past-tense report's "mardi" is the last Tuesday, a
future one's the next.  Without a reference date they come back with the parts the text
states ("en février dernier": month 2, year unknown) and ``relative=True``; the current
clock is never consulted.  The rules are tabulated in ``docs/dates.md``.

Left alone: times of day ("15h30"), durations ("en 5 ans", "pendant deux heures"), weeks,
seasons, movable feasts without a year ("Pâques"), weekday habits ("le mardi") and day
numbers with no date before them ("le 16").  An interval ("du 4 au 22 janvier") gives its
two ends as two dates.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any, Final

import regex

from claimkit.context import coerce_reference_date, context_for
from claimkit.dates.scan import _candidates
from claimkit.dates.values import _Cand
from claimkit.models import DateClaim, DateGranularity, date_claim
from claimkit.text import check_text

__all__ = ["extract_dates", "parse_date"]


def _to_claim(text: str, c: _Cand) -> DateClaim:
    return date_claim(
        c.start,
        c.end,
        text[c.start : c.end],
        c.year,
        c.month,
        c.day,
        c.granularity,
        c.relative,
        c.modifier,
    )


def extract_dates(text: str, *, reference_date: dt.date | str | None = None) -> list[DateClaim]:
    """Find the dates in French *text*, sorted by position.

    ``reference_date`` (the publication date) resolves relative expressions and gives a year
    to a day and month stated without one; without it those parts stay ``None``.

    >>> [(c.text, c.year, c.month, c.day) for c in extract_dates("Depuis le 21 juillet 2023.")]
    [('Depuis le 21 juillet 2023', 2023, 7, 21)]
    >>> [(c.text, c.year, c.granularity) for c in extract_dates("La première depuis 1960.")]
    [('depuis 1960', 1960, 'year')]
    >>> c = extract_dates("Il est parti hier.", reference_date="2023-07-27")[0]
    >>> (c.text, c.date, c.relative)
    ('hier', datetime.date(2023, 7, 26), True)
    >>> [(c.text, c.year, c.month) for c in extract_dates("En février dernier, Netflix...")]
    [('En février dernier', None, 2)]
    >>> extract_dates("87 % des 2000 employés notent 4.3 / 5.")
    []
    """
    check_text(text, "extract_dates")
    ref = coerce_reference_date(reference_date, "extract_dates")
    if not text:
        return []
    ctx = context_for(text, reference_date=ref)
    return [
        _to_claim(text, c)
        for c in _candidates(text, ref, lambda: ctx.tenses)
        if c.year is None or dt.MINYEAR <= c.year <= dt.MAXYEAR
    ]


_PARSER_LOCK: Final = threading.Lock()
#: One ``DateDataParser`` per reference date (its RELATIVE_BASE is fixed at construction);
#: a handful is enough, parse_date calls are rarely spread over many dates.
_PARSERS: dict[dt.date, Any] = {}
_PARSERS_MAX: Final = 16


def _dateparser_for(ref: dt.date) -> Any:
    """Return the cached French ``DateDataParser`` relative to *ref*, building it once."""
    with _PARSER_LOCK:
        parser = _PARSERS.get(ref)
        if parser is None:
            from dateparser.date import DateDataParser

            if len(_PARSERS) >= _PARSERS_MAX:
                _PARSERS.pop(next(iter(_PARSERS)))
            parser = DateDataParser(
                languages=["fr"],
                settings={
                    "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day, 12, 0),
                    "PREFER_DATES_FROM": "current_period",
                    "PREFER_DAY_OF_MONTH": "first",
                    "RETURN_AS_TIMEZONE_AWARE": False,
                },
            )
            _PARSERS[ref] = parser
        return parser


def _parse_with_dateparser(text: str, ref: dt.date) -> DateClaim | None:
    """Fallback for forms the patterns do not cover ("dans 3 jours à partir d'aujourd'hui")."""
    try:
        data = _dateparser_for(ref).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; none is ours to show
        return None
    found = data.date_obj
    if found is None:
        return None
    stripped = text.strip()
    start = text.index(stripped)
    period = data.period or "day"
    granularity: DateGranularity = (
        "year" if period == "year" else ("month" if period == "month" else "day")
    )
    return DateClaim(
        start=start,
        end=start + len(stripped),
        text=stripped,
        year=found.year,
        month=None if granularity == "year" else found.month,
        day=found.day if granularity == "day" else None,
        granularity=granularity,
        relative=True,
    )


def parse_date(text: str, *, reference_date: dt.date | str | None = None) -> DateClaim | None:
    """Parse *text* as one French date expression; None when it is not one.

    The expression may carry a little context ("le", punctuation); the longest date found is
    returned.  Given a ``reference_date``, forms the patterns do not know are handed to
    ``dateparser`` (French only, relative to that date); without one, never.

    >>> c = parse_date("1er mai 2024")
    >>> (c.year, c.month, c.day, c.granularity)
    (2024, 5, 1, 'day')
    >>> parse_date("mi-juillet").modifier
    'mid'
    >>> parse_date("l'an dernier", reference_date="2023-07-27").year
    2022
    >>> parse_date("87 %") is None
    True
    """
    check_text(text, "parse_date")
    ref = coerce_reference_date(reference_date, "parse_date")
    claims = extract_dates(text, reference_date=ref)
    if claims:
        return max(claims, key=lambda c: (c.end - c.start, -c.start))
    if ref is not None and text.strip() and regex.search(r"[^\W\d_]", text):
        return _parse_with_dateparser(text, ref)
    return None


def _score_adapter(text: str, reference_date: dt.date | None) -> list[DateClaim]:
    """Entry point for ``score.py --extractor claimkit.dates:_score_adapter``."""
    return extract_dates(text, reference_date=reference_date)
