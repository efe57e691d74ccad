"""Parsing stage of :mod:`claimkit.dates`: each pattern match becomes candidate values.

One handler per pass of :mod:`claimkit.dates.patterns` reads the groups of a match into a
:class:`_Cand` (span, year, month, day, granularity); parts the text leaves out are filled in
by :mod:`claimkit.dates.resolve` from the reference date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Final

from claimkit._lazy import LazyRe
from claimkit.dates.lexicon import (
    AMBIGUOUS_MONTHS,
    ANAPHORIC_DAYS,
    ENGLISH_MONTHS,
    HOLIDAYS,
    ORDINAL_WORDS,
    QUANTITY_WORDS,
    SHIFT_DAYS,
    UNITS,
    WEEKDAYS,
    normalise_word,
)
from claimkit.dates.patterns import (
    _CAPITALISED_WORD_RE,
    _CLOSING_RE,
    _COUNTED_DE_RE,
    _COUNTED_RE,
    _DAY_LIST_RE,
    _DAY_OF_RE,
    _DM_NUM_RE,
    _DMY_NUM_RE,
    _DMY_RE,
    _EASTER_RE,
    _ENGLISH_RE,
    _HOLIDAY_RE,
    _JOINED_RE,
    _MIXED_RE,
    _MONTH_FIRST_RE,
    _MY_RE,
    _NTH_WEEKDAY_RE,
    _OFFSET_RE,
    _ORDINAL_DAY_RE,
    _PERIOD_REL_GROUPS,
    _PERIOD_REL_RE,
    _SENTENCE_END_CHARS,
    _SHIFT_RE,
    _SPACED_END_RE,
    _SPACED_NUM_RE,
    _SPACED_SLOT_RE,
    _WEEKDAY_FEAST_RE,
    _WEEKDAY_HABIT_RE,
    _WEEKDAY_REL_RE,
    _YEAR_CONTEXT_RE,
    _YEAR_MAX,
    _YEAR_MIN,
    _YM_NUM_RE,
    _YMD_NUM_RE,
    _Lazy,
    _Match,
)
from claimkit.dates.values import (
    _add_months,
    _Cand,
    _day_value,
    _easter,
    _month_value,
    _nearest_year,
    _valid,
    _weekday_after,
    _weekday_before,
    _weekday_value,
    _year_value,
)
from claimkit.models import DateGranularity, DateModifier


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether only spaces or quotes separate *pos* from the start of a sentence."""
    i = pos
    while i > 0 and pos - i < 4 and (text[i - 1].isspace() or text[i - 1] in "'\u2019\u00ab"):
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END_CHARS or text[i - 1].isdigit()


def _modifier(word: str | None) -> DateModifier | None:
    if not word:
        return None
    w = normalise_word(word)
    if "fin" in w:
        return "end"
    if "but" in w:  # début, debut
        return "start"
    if "courant" in w:
        return "current"
    return "mid"  # mi-, milieu


def _counted_after(text: str, pos: int, year: int | None = None, *, dated: bool = False) -> bool:
    """Tell whether the number ending at *pos* counts something ("2000 euros", "2000 à 3000 $").

    A second number smaller than the *year* before it makes no range of counts ("passées de
    140 milliards en 2021 à 193 milliards"), nor does one after a year a preposition of time
    dates (*dated*: "de 8 237 dirhams en 2021 à 10 100 dirhams").
    """
    m = _COUNTED_RE.match(text, pos)
    if m is None:
        return False
    second = m.group("second")
    if year is not None and second is not None:
        if dated:
            return False
        digits = "".join(ch for ch in second if ch.isdigit())
        if len(digits) < 5 and int(digits) < year:
            return False
    return True


def _day_claim(
    start: int,
    end: int,
    year: int | None,
    month: int,
    day: int,
    ref: dt.date | None,
    modifier: DateModifier | None = None,
    weekday: int | None = None,
) -> _Cand | None:
    if not _valid(year, month, day):
        return None
    if year is None:
        guess = _nearest_year(month, day, ref, weekday) if ref is not None else None
        return _Cand(
            start, end, guess, month, day, "day", False, modifier, False, "daymonth", weekday
        )
    return _Cand(start, end, year, month, day, "day", False, modifier)


#: The year named after a day and month: "de cette année", "de l'année prochaine".
_OF_THIS_YEAR_RE: Final = LazyRe(
    r"(?i)[ \u00a0]+de[ \u00a0]+(?:cette[ \u00a0]+année|l['\u2019](?:année|an)[ \u00a0]+"
    r"(?:(?P<next>prochaine?)|(?P<last>dernière|dernier|passée?)|en[ \u00a0]+cours))(?!\w)"
)


def _from_dmy(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    if m["dash"] and not m["year"]:
        return  # "11 - Juin - 2020" is a dateline; "page 11 - juin" is not a date
    month, _full = _month_value(m["month"])
    day = _day_value(m["day"])
    year = _year_value(m["year"]) if m["year"] else None
    if m["rel"]:
        # "le 1er mai dernier": the latest such day before the reference (or the next one).
        year = None
        if ref is not None:
            past = normalise_word(m["rel"]).startswith("dernier")
            for y in (ref.year, ref.year - 1, ref.year + 1) if past else (ref.year, ref.year + 1):
                if _valid(y, month, day):
                    d = dt.date(y, month, day)
                    if (d < ref) if past else (d > ref):
                        year = y
                        break
        if _valid(year, month, day):
            last = ref is None and normalise_word(m["rel"]).startswith("dernier")
            yield _Cand(
                m.start(), m.end(), year, month, day, "day", True, _modifier(m["mod"]),
                True, "last" if last else "",
            )  # fmt: skip
        return
    weekday = _weekday_value(m["weekday"]) if m["weekday"] else None
    end = m.end()
    if year is None and (this := _OF_THIS_YEAR_RE.match(text, end)) is not None:
        # "le 23 décembre de cette année", "le 4 mars de l'année prochaine"
        end = this.end()
        if ref is not None:
            year = ref.year + (1 if this["next"] else -1 if this["last"] else 0)
    c = _day_claim(m.start(), end, year, month, day, ref, _modifier(m["mod"]), weekday)
    if c is not None:
        yield c


def _from_ordinal_day(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month, _full = _month_value(m["month"])
    year = _year_value(m["year"]) if m["year"] else None
    word = normalise_word(m["ordinal"])
    if word == "dernier":
        day = calendar.monthrange(year if year is not None else 2001, month)[1]
    elif word in ORDINAL_WORDS:
        day = ORDINAL_WORDS[word]
    else:
        day = _day_value(word)
    c = _day_claim(m.start(), m.end(), year, month, day, ref)
    if c is not None:
        yield c


def _from_my(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month, full = _month_value(m["month"])
    modifier = _modifier(m["mod"])
    lead = normalise_word(m["lead"]) if m["lead"] else ""
    if m["year"]:
        yield _Cand(
            m.start(), m.end(), _year_value(m["year"]), month, None, "month", False, modifier
        )
        return
    if not full:
        return  # "sept" alone is seven, "oct" a fragment
    surface = m["month"]
    context = bool(m["lead"] or m["mod"] or m["monthof"])
    if normalise_word(surface) in AMBIGUOUS_MONTHS and surface[0].isupper() and not context:
        # "la planète Mars", "Mai Nguyen", "Avril Lavigne", "Mars a annoncé": capitalised
        # and alone, even at the start of a sentence, these are names.
        return
    year: int | None = None
    this = None if m["rel_year"] else _OF_THIS_YEAR_RE.match(text, m.end())
    if m["rel_year"] or this is not None:
        # "novembre de l'année dernière" is last year's November (not "novembre dernier",
        # the last one); "mars de cette année", "mai de l'an prochain"
        end = m.end()
        if this is None:
            step = -1 if normalise_word(m["rel_year"]).startswith(_PAST_DIRECTIONS) else 1
        else:
            end = this.end()
            step = 1 if this["next"] else -1 if this["last"] else 0
        year = ref.year + step if ref is not None else None
        yield _Cand(m.start(), end, year, month, None, "month", True, modifier)
        return
    rel = m["rel"]  # "février dernier": the last February
    if rel:
        last = normalise_word(rel).startswith(("dernier", "pass"))
        if ref is not None:
            if last:
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month > ref.month else ref.year + 1
        # without a reference, a dateline opening the text may settle it ("date 2019-07 En
        # avril dernier"): see ``resolve._without_reference``
        pending = "" if ref is not None else "last-month" if last else "next-month"
        yield _Cand(m.start(), m.end(), year, month, None, "month", True, modifier, pending=pending)
        return
    if lead in ("ce", "cette"):
        yield _Cand(
            m.start(), m.end(), ref.year if ref else None, month, None, "month", True, modifier
        )
        return
    yield _Cand(m.start(), m.end(), None, month, None, "month", False, modifier, False, "month")


#: How a past period's direction word starts: "dernière", "passée", "précédente", "écoulée".
_PAST_DIRECTIONS: Final = ("dernier", "derni", "pass", "pr\u00e9c", "prec", "\u00e9coul", "ecoul")


def _year_ok(year: int, text: str, end: int, *, dated: bool = False) -> bool:
    return _YEAR_MIN <= year <= _YEAR_MAX and not _counted_after(text, end, year, dated=dated)


#: Prepositions that make the number after them a year whatever follows: "en 2021 à …".
_TIME_LEADS: Final = frozenset({"en", "depuis", "dès", "avant", "après", "apres", "courant"})


def _from_year_context(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    year = int(m["year"])
    lead = m["lead"].split()[0].lower() if m["lead"] else ""
    if not _year_ok(year, text, m.end(), dated=lead in _TIME_LEADS):
        return
    if m["paren"]:
        # "(2024)": only a year standing alone in its brackets.
        if not _CLOSING_RE.match(text[m.end() : m.end() + 5]):
            return
        yield _Cand(m.start("year"), m.end(), year, None, None, "year")
        return
    if m["de"]:
        # "la version de 1937": the preposition is not part of the date.
        yield _Cand(m.start("year"), m.end(), year, None, None, "year")
        return
    yield _Cand(m.start(), m.end(), year, None, None, "year", False, _modifier(m["mod"]))


def _numeric(
    m: _Match, text: str, ref: dt.date | None, *, day_first: bool = True
) -> Iterator[_Cand]:
    d, mo = int(m["d"]), int(m["m"])
    y = _year_value(m["y"]) if m["y"] else None
    if mo > 12 and d <= 12 and day_first:
        d, mo = mo, d  # "02/22/2016": month first, the only valid reading
    c = _day_claim(m.start(), m.end(), y, mo, d, ref)
    if c is not None:
        yield c


def _from_ymd(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    if not _YEAR_MIN <= int(m["y"]) <= _YEAR_MAX:
        return
    yield from _numeric(m, text, ref, day_first=False)


def _from_dmy_num(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    if m["sep"] == "." and len(m["y"]) == 2 and (len(m["d"]) < 2 or len(m["m"]) < 2):
        return  # "version 1.2.10" is not 1 February 2010; "15.05.99" is a date
    yield from _numeric(m, text, ref)


def _from_ym(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month = m["m"] or m["m2"]  # "2023-07" or "07-2023"
    y, mo = int(m["y"] or m["y2"]), int(month)
    if not (_YEAR_MIN <= y <= _YEAR_MAX and 1 <= mo <= 12):
        return
    if len(month) == 1 and not 1900 <= y <= 2099:
        return  # "article L. 1234-5" is a reference, not May 1234
    yield _Cand(m.start(), m.end(), y, mo, None, "month")


def _from_dm(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    d, mo = m["d"], m["m"]
    if f"{d}/{mo}" == "24/7":  # "ouvert 24/7": round the clock, not 24 July
        return
    if not m["y"]:
        # A fraction ("2/3 des Français") or a grade ("9/10", "10/10") unless the form is a
        # date's: "le" before it, or a day above the month ("17/02", "22/4"), which no proper
        # fraction or grade has; and no "des" after it.
        if not (m["lead"] or m["weekday"]) and int(d) <= int(mo):
            return
        if _COUNTED_DE_RE.match(text[m.end() : m.end() + 8]):
            return
    yield from _numeric(m, text, ref)


def _from_spaced(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    # Digits separated by spaces are dates only in a date's slot: with a four-digit year
    # ("20 02 2014"), or after "le" / at the start of a line and before punctuation.
    if not (m["y"] and len(m["y"]) == 4):
        before = text[max(0, m.start() - 12) : m.start()]
        slot = _SPACED_SLOT_RE.search(before)
        after = _SPACED_END_RE.match(text[m.end() : m.end() + 5])
        if slot is None or after is None or (m.start() > 12 and not before.strip()):
            return
    d, mo = int(m["d"]), int(m["m"])
    y = _year_value(m["y"]) if m["y"] else None
    c = _day_claim(m.start(), m.end(), y, mo, d, ref)
    if c is not None:
        yield c


#: "à" right before "ce jour": "à ce jour" means so far, not today.
_TO_DATE_RE: Final = LazyRe(r"(?i)(?<!\w)(?:à|a|jusqu['\u2019]à)[ \u00a0]+\Z")


def _from_shift(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    if _DAY_OF_RE.match(text, m.end()) is not None and "journ" in m["shift"].lower():
        return  # "dans la journée du 15 septembre": the date that follows is the claim
    word = normalise_word(m["shift"])
    if word == "ce jour" and _TO_DATE_RE.search(text, max(0, m.start() - 10), m.start()):
        return  # "à ce jour", "jusqu'à ce jour": so far, no date
    shift = SHIFT_DAYS[word]
    anaphor = word in ANAPHORIC_DAYS
    if anaphor and _DAY_OF_RE.match(text, m.end()) is not None:
        return  # "la veille du scrutin": an event's eve ("la veille du 3 mars": _around)
    pending = "anaphor" if anaphor else ""
    if ref is None:
        yield _Cand(m.start(), m.end(), relative=True, pending=pending, shift=shift)
        return
    d = ref + dt.timedelta(days=shift)
    yield _Cand(
        m.start(), m.end(), d.year, d.month, d.day, "day", True, pending=pending, shift=shift
    )


def _from_weekday_rel(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    pre = normalise_word(m["pre"]) if m["pre"] else ""
    post = normalise_word(m["post"]) if m["post"] else ""
    week = normalise_word(m["week"]) if m["week"] else ""
    plus = m["plus"]
    wd = WEEKDAYS[normalise_word(m["wd"])]
    if not (pre or post or week or plus):
        # A bare weekday is placed by the tense of its clause (resolution stage), given a
        # reference date; habits ("le mardi", "chaque mardi"), feasts ("mardi gras",
        # "vendredi saint") and names ("Vendredi" inside a sentence) are not dates.
        if ref is None or not _bare_weekday_ok(m, text):
            return
        yield _Cand(m.start(), m.end(), None, None, None, "day", True, None, True, "weekday", wd)
        return
    if ref is None:
        yield _Cand(m.start(), m.end(), relative=True)
        return
    monday = ref - dt.timedelta(days=ref.weekday())
    if week:
        if any(w in week for w in ("prochain", "suivant", "apr")):
            d = monday + dt.timedelta(days=7 + wd)
        elif any(w in week for w in ("dernier", "derni", "pass", "pr")):
            d = monday + dt.timedelta(days=wd - 7)
        else:  # "cette semaine"
            d = monday + dt.timedelta(days=wd)
    elif plus:
        extra = 14 if plus.lower() in ("quinze", "15") else 7
        d = _weekday_after(ref, wd, include_today=True) + dt.timedelta(days=extra)
    elif post.startswith(("suivant", "d'apr")):
        d = monday + dt.timedelta(days=7 + wd)  # "mercredi suivant": next week's
    elif post.startswith("prochain") or "prochain" in pre:
        # Duckling's reading: the next such day ("mercredi prochain" said on a Tuesday is
        # the next day); Recognizers-Text takes next week's (see docs/dates.md).
        d = _weekday_after(ref, wd, include_today=False)
    elif post.startswith(("dernier", "derni", "pr", "pass")) or "dernier" in pre:
        d = _weekday_before(ref, wd)
    elif post:  # "vendredi à venir"
        d = _weekday_after(ref, wd, include_today=True)
    else:
        # "ce lundi": in news copy, the day of the current week ("a annoncé ce lundi",
        # "se réunira ce vendredi"), before or after the publication date; the resolution
        # stage moves it to the side of the reference date that the tense gives.
        d = monday + dt.timedelta(days=wd)
        yield _Cand(
            m.start(), m.end(), d.year, d.month, d.day, "day", True, None, True, "this-weekday", wd
        )
        return
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day", True)


def _bare_weekday_ok(m: _Match, text: str) -> bool:
    """Whether a weekday standing alone names one day (see :func:`_from_weekday_rel`)."""
    if _WEEKDAY_HABIT_RE.search(text, max(0, m.start() - 24), m.start()) is not None:
        return False
    if _WEEKDAY_FEAST_RE.match(text, m.end()) is not None:
        return False
    word = m["wd"]
    return not (word[0].isupper() and not _at_sentence_start(text, m.start()))


def _from_period_rel(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    # The one branch that matched names the unit and the direction.
    unit_word, dir_word = next((m[u], m[d]) for u, d in _PERIOD_REL_GROUPS if m[u] is not None)
    unit = "month" if normalise_word(unit_word) == "mois" else "year"
    direction = normalise_word(dir_word or "")
    if (
        unit == "year"
        and not direction
        and not m["mod"]
        and not m.group(0).lower().startswith("cette")
    ):
        return  # "l'année" alone; "la fin de l'année" is this year
    if direction.startswith(("finissante", "qui s'ach")):
        # "l'année finissante": the year now ending, or just ended when written in spring.
        step = 0 if ref is None or ref.month >= 7 else -1
    elif direction.startswith(("a venir", "à venir", "qui vient")):
        # "l'année à venir": next year when written in the second half, else this one.
        step = 1 if ref is None or ref.month >= 7 else 0
    elif direction.startswith(_PAST_DIRECTIONS):
        step = -1
    elif direction:
        step = 1
    else:
        step = 0
    gran: DateGranularity = "month" if unit == "month" else "year"
    mod = _modifier(m["mod"])
    if ref is None:
        yield _Cand(m.start(), m.end(), None, None, None, gran, True, mod)
        return
    if unit == "month":
        d = _add_months(ref.replace(day=1), step)
        yield _Cand(m.start(), m.end(), d.year, d.month, None, "month", True, mod)
    else:
        yield _Cand(m.start(), m.end(), ref.year + step, None, None, "year", True, mod)


def _from_offset(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    raw = normalise_word(m["n"] or m["n2"])  # "il y a trois jours" or "trois jours plus tard"
    n = QUANTITY_WORDS[raw] if raw in QUANTITY_WORDS else int(raw)
    unit = UNITS[normalise_word(m["unit"] or m["unit2"])]
    sign = -1 if m["ago"] or m["earlier"] else 1
    if ref is not None and m["base"]:
        ref = ref + dt.timedelta(days=SHIFT_DAYS[normalise_word(m["base"])])
    # "deux jours plus tard" counts from the date before it (resolution stage), or else
    # from the reference date.
    anaphor = bool(m["later"] or m["earlier"]) and unit in ("day", "week")
    days = sign * n * (7 if unit == "week" else 1)
    pending, shift = ("anaphor", days) if anaphor else ("", 0)
    if ref is None:
        gran: DateGranularity = "month" if unit == "year" else "day"
        yield _Cand(m.start(), m.end(), None, None, None, gran, True, pending=pending, shift=shift)
        return
    if anaphor:
        d = ref + dt.timedelta(days=days)
        yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day", True, None, True,
                    pending, None, shift)  # fmt: skip
        return
    try:
        if unit == "day":
            d = ref + dt.timedelta(days=sign * n)
        elif unit == "week":
            d = ref + dt.timedelta(days=7 * sign * n)
        elif unit == "month":
            d = _add_months(ref, sign * n)
        else:
            # "il y a deux ans": Duckling's month grain (the year and the reference month).
            d = _add_months(ref, 12 * sign * n)
            yield _Cand(m.start(), m.end(), d.year, d.month, None, "month", True)
            return
    except (OverflowError, ValueError):
        return
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day", True)


def _from_holiday(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    surface = m["holiday"]
    if surface[:1].isupper() and _CAPITALISED_WORD_RE.match(text, m.end("holiday")):
        return  # "Noël Le Graët": a first name
    month, day = HOLIDAYS[normalise_word(surface)]
    year = int(m["year"]) if m["year"] else None
    if m["rel"]:
        step = 1 if normalise_word(m["rel"]).startswith("prochaine") else -1
        year = ref.year + step if ref is not None else None
        yield _Cand(m.start(), m.end(), year, month, day, "day", True, year_stated=False)
        return
    c = _day_claim(m.start(), m.end(), year, month, day, ref)
    if c is not None:
        yield c


def _from_month_first(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month, full = _month_value(m["month"])
    if not m["year"] and _counted_after(text, m.end()):
        return  # "juin 15 personnes"
    if (
        normalise_word(m["month"]) in AMBIGUOUS_MONTHS
        and m["month"][0].isupper()
        and not m["year"]
        and not _at_sentence_start(text, m.start())
    ):
        return
    joined = _JOINED_RE.match(text[m.end("month") : m.end("month") + 4]) is not None
    if not full and not (m["year"] or m["month"].endswith(".") or joined):
        return
    year = _year_value(m["year"]) if m["year"] else None
    c = _day_claim(m.start(), m.end(), year, month, int(m["day"]), ref)
    if c is not None:
        yield c


def _from_mixed(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    parts = [p for p in (m["a"], m["b"], m["c"]) if p]
    names = [p for p in parts if not p.isdigit()]
    if len(names) != 1:
        return
    month, _full = _month_value(names[0])
    numbers = [p for p in parts if p.isdigit()]
    years = [p for p in numbers if len(p) == 4]
    days = [p for p in numbers if len(p) <= 2]
    if len(years) > 1 or len(days) != 1 or len(numbers) != len(parts) - 1:
        if not (len(parts) == 3 and len(days) == 2 and not years and parts[1] == names[0]):
            return
        years, days = [days[1]], [days[0]]  # "01/août/19"
    year = _year_value(years[0]) if years else None
    if year is not None and not _YEAR_MIN <= year <= _YEAR_MAX:
        return
    c = _day_claim(m.start(), m.end(), year, month, int(days[0]), ref)
    if c is not None:
        yield c


def _from_day_list(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month, _full = _month_value(m["month"])
    year = _year_value(m["year"]) if m["year"] else None
    if m["more"]:
        # "les 23, 25 et 26 janvier": each day listed before, a claim of its own
        start = m.start()
        for d in _LISTED_DAY_RE.finditer(text, m.start("more"), m.end("more")):
            c = _day_claim(start, d.end(), year, month, int(d["day"]), ref)
            if c is not None:
                yield c
            start = d.end() + 1
            while start < m.end("more") and text[start].isspace():
                start += 1
        c = _day_claim(m.start("d1"), _day_end(m, text), year, month, int(m["d1"]), ref)
        if c is not None:
            yield c
        return
    end = _day_end(m, text)
    c = _day_claim(m.start(), end, year, month, int(m["d1"]), ref)
    if c is not None:
        yield c


def _day_end(m: _Match, text: str) -> int:
    """Return where the list's day *d1* ends, its "er" included ("du 1er au 15 juin")."""
    end = m.end("d1")
    return end + 2 if text[end : end + 2].lower() == "er" else end


#: A day of a list before the last two: "23" and "25" of "23, 25 et 26 janvier".
_LISTED_DAY_RE: Final = LazyRe(r"(?P<day>3[01]|[12]\d|0?[1-9])(?:er)?")


_ORDINALS: Final[dict[str, int]] = {
    "premier": 1, "première": 1, "premiere": 1, "1er": 1,
    "deuxième": 2, "deuxieme": 2, "second": 2, "2e": 2,
    "troisième": 3, "troisieme": 3, "3e": 3,
    "quatrième": 4, "quatrieme": 4, "4e": 4,
    "dernier": -1,
}  # fmt: skip


def _from_nth_weekday(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    n = _ORDINALS[normalise_word(m["ordinal"])]
    wd = WEEKDAYS[normalise_word(m["wd"])]
    relative = not m["month"]
    if m["month"]:
        month, _full = _month_value(m["month"])
        year = _year_value(m["year"]) if m["year"] else None
    elif ref is not None:
        direction = normalise_word(m["dir"] or "")
        step = -1 if direction == "dernier" else (1 if direction else 0)
        first = _add_months(ref.replace(day=1), step)
        year, month = first.year, first.month
    else:
        year = month = None
    if year is None or month is None:
        yield _Cand(m.start(), m.end(), None, month, None, "month" if month else "day", relative)
        return
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == wd
    ]
    day = days[n - 1] if n > 0 else days[-1]
    yield _Cand(m.start(), m.end(), year, month, day, "day", relative)


def _from_easter(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    year = int(m["year"])
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return
    d = _easter(year) + dt.timedelta(days=1 if m["monday"] else 0)
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day")


def _from_english(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month = ENGLISH_MONTHS[(m["month"] or m["month2"]).lower()]
    day = int((m["day"] or m["day2"]).rstrip("stndrhSTNDRH"))
    year = int(m["year"] or m["year2"])
    if _YEAR_MIN <= year <= _YEAR_MAX and _valid(year, month, day):
        yield _Cand(m.start(), m.end(), year, month, day, "day")


_Handler = Callable[[_Match, str, "dt.date | None"], Iterator[_Cand]]

#: Every pattern and what turns its matches into candidates.
_PASSES: Final[tuple[tuple[_Lazy, _Handler], ...]] = (
    (_DMY_RE, _from_dmy),
    (_ORDINAL_DAY_RE, _from_ordinal_day),
    (_MY_RE, _from_my),
    (_YEAR_CONTEXT_RE, _from_year_context),
    (_YMD_NUM_RE, _from_ymd),
    (_DMY_NUM_RE, _from_dmy_num),
    (_YM_NUM_RE, _from_ym),
    (_DM_NUM_RE, _from_dm),
    (_SPACED_NUM_RE, _from_spaced),
    (_SHIFT_RE, _from_shift),
    (_WEEKDAY_REL_RE, _from_weekday_rel),
    (_PERIOD_REL_RE, _from_period_rel),
    (_OFFSET_RE, _from_offset),
    (_HOLIDAY_RE, _from_holiday),
    (_EASTER_RE, _from_easter),
    (_MONTH_FIRST_RE, _from_month_first),
    (_MIXED_RE, _from_mixed),
    (_DAY_LIST_RE, _from_day_list),
    (_NTH_WEEKDAY_RE, _from_nth_weekday),
    (_ENGLISH_RE, _from_english),
)
