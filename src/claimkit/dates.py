"""French dates: absolute, partial and relative, with character offsets.

Handled: absolute dates ("le 21 juillet 2023", "lundi 3 juin 2024", "21/07/2023",
"2023-07-21", "juin 2024", "en 2023", "(2024)"), partial ones ("le 7 mai", "en juin",
"mi-juillet", "fin 2023", "début juin") and relative ones ("hier", "lundi dernier",
"il y a trois jours", "l'an dernier", "en février dernier").

Candidates are found with compiled patterns built from the tolerant pieces of
:mod:`claimkit.text` and the tables of :mod:`claimkit._dates_lexicon`, then normalised here:
there is no call to ``dateparser`` on this path (it reads "87%" or "8,9" as dates; see
``docs/dates.md``).  Each pattern is tried only where one of its matches can start: next to
a month, weekday, unit or holiday word, or digits, that every match holds (see "Where a
pass can start" below).  Overlapping candidates are resolved longest first, so "le lundi 3
juin 2024" is one claim, not three.

Relative expressions are resolved against ``reference_date`` (the article's publication
date).  Without one, they come back with the parts the text states ("en février dernier":
month 2, year unknown) and ``relative=True``; the current clock is never consulted.  A day
and month without a year ("le 7 mai") takes, given a reference date, the year that puts it
nearest the reference; without one the year is unknown.

Left alone: times of day ("15h30"), durations ("en 5 ans", "pendant deux heures"), weeks,
seasons, movable feasts without a year ("Pâques"), bare weekdays ("vendredi") and bare day
numbers ("le 16").  An interval ("du 4 au 22 janvier") gives its two ends as two dates.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, NamedTuple

import regex

from claimkit._dates_lexicon import (
    AMBIGUOUS_MONTHS,
    DAY_WORDS,
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_WORDS,
    QUANTITY_WORDS,
    SHIFT_DAYS,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    normalise_word,
)
from claimkit.context import coerce_reference_date
from claimkit.models import DateClaim, DateGranularity, DateModifier
from claimkit.text import APOS, DASH, HSPACE, SPACE, Anchors, alternation, check_text

__all__ = ["extract_dates", "parse_date"]

_FLAGS: Final = regex.IGNORECASE | regex.VERBOSE | regex.VERSION0

#: One to three horizontal spaces between words ("3 juin", "3\u00a0juin").
_SP: Final = rf"{HSPACE}{{1,3}}"

#: Plausible years for a bare four-digit number (the issue's range).
_YEAR_MIN: Final = 1000
_YEAR_MAX: Final = 2099

# ---------------------------------------------------------------------------------------------
# Pattern pieces
# ---------------------------------------------------------------------------------------------

_MONTH_FULL: Final = alternation(list(MONTHS))
_MONTH_ABBR: Final = alternation(list(MONTH_ABBREVIATIONS))
#: A month name, or an abbreviation with or without its full stop ("janv.", "sept").
_MONTH: Final = rf"(?P<month>{_MONTH_FULL}(?!\w)|{_MONTH_ABBR}(?:\.|(?!\w)))"

_WEEKDAY: Final = (
    rf"(?:{alternation(list(WEEKDAYS))}(?!\w)|{alternation(list(WEEKDAY_ABBREVIATIONS))}\.?(?!\w))"
)

#: A day number: "3", "03", "1er", "1re", "3e", or spelled out ("premier", "vingt et un").
#: Not after a digit, comma or point: in "6,107,31 août" the 31 is part of a number.
_DAY: Final = rf"""
    (?P<day>
        (?<![\d,.])(?:3[01]|[12]\d|0?[1-9])(?:er|re|ère|ème|eme|e)?(?!\w)
      | (?<!\w){alternation(list(DAY_WORDS))}(?!\w)
    )
"""

#: A year after a month: four digits, or two ("juillet 98") when nothing that could be
#: counted follows them ("3 juin 15 personnes" has no year).
_YEAR: Final = rf"""
    (?P<year>
        \d{{4}}(?!\d)(?![.,]\d)
      | \d{{2}}(?!\d)(?![.,]?\d)(?!{SPACE}(?:[^\W\d_]|[%€$£]|\d))
    )
"""

#: Prepositions kept in the span, as the gold does ("depuis 1960", "à partir du 8 mars").
_LEAD: Final = rf"""
    (?P<lead>
        (?:depuis|dès|avant|après|apres|jusqu{APOS}(?:au|à|a|en)
          |(?:à|a){_SP}partir{_SP}(?:du|de)|en|au|ce|cette|pour){_SP}
      | (?:à|a){_SP}partir{_SP}d{APOS}
    )
"""

#: Where in a period: "fin 2023", "début juin", "mi-juillet", "à la fin de 2000".
_MOD: Final = rf"""
    (?P<mod>
        (?:(?:à|a){_SP}la{_SP}|au{_SP}|la{_SP}|le{_SP}|en{_SP})?
        (?:fin|début|debut|milieu|courant)
        (?:{_SP}(?:de|du){_SP}|{_SP}d{APOS}|{_SP})
      | (?:(?:à|a){_SP}la{_SP}|la{_SP})?mi(?:{DASH}|{_SP})
    )
"""

#: "le mois de juin", "au mois de mars", "ce mois d'août".
_MONTH_OF: Final = rf"(?P<monthof>(?:(?:le|au|du|ce){_SP})?mois{_SP}(?:de{_SP}|d{APOS}))"

#: What joins a month and its year: "juin 2024", "juin de 1992", "nov., 2016",
#: "novembre de l'année 2016".
_MONTH_YEAR_JOIN: Final = rf"(?:[,.]?{_SP}(?:de{_SP}(?:l{APOS}année{_SP})?|en{_SP})?|,)"

_DMY_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    {_LEAD}?{_MOD}?
    (?:(?:le|du|au){_SP})?
    (?:(?P<weekday>{_WEEKDAY})[,.]?{_SP}\(?)?      # "lundi 3 juin", "mer. 10 juin"
    (?:le{_SP})?
    {_DAY}
    (?:{_SP}(?:de{_SP}|du{_SP}mois{_SP}(?:de{_SP}|d{APOS})|d{APOS})|{_SP})
    {_MONTH}
    (?:{_MONTH_YEAR_JOIN}{_YEAR}|{_SP}(?P<rel>dernier|prochain)(?!\w))?   # "le 1er mai dernier"
    """,
    flags=_FLAGS,
)

#: "le 3e jour d'octobre", "le dernier jour d'octobre 2015".
_ORDINAL_DAY_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:le{_SP})?
    (?P<ordinal>\d{{1,2}}(?:er|re|ère|ème|eme|e)|{alternation(list(ORDINAL_WORDS))}|dernier)
    {_SP}jour{_SP}(?:de{_SP}|d{APOS})
    {_MONTH}
    (?:{_MONTH_YEAR_JOIN}{_YEAR})?
    """,
    flags=_FLAGS,
)

_MY_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    {_LEAD}?{_MOD}?{_MONTH_OF}?
    {_MONTH}
    (?:
        {_MONTH_YEAR_JOIN}{_YEAR}
      | {_SP}(?P<rel>dernier|prochain|passé|passe)(?!\w)      # "en février dernier"
      | {_SP}de{_SP}l{APOS}année{_SP}(?P<rel>prochaine|dernière|derniere|passée|passee)(?!\w)
    )?
    """,
    flags=_FLAGS,
)

#: Bare years need a context word that makes them years; "2000 employés" has none.
_YEAR_CONTEXT_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:
        (?P<lead>
            (?:depuis|dès|avant|après|apres|jusqu{APOS}en|en|courant|vers
              |d{APOS}ici(?:{_SP}(?:à|a))?                  # "d'ici à 2030"
              |(?:à|a){_SP}partir{_SP}de|(?:à|a){_SP}l{APOS}horizon
              |(?:de{_SP})?l{APOS}année(?:{_SP}calendaire)?|année(?:{_SP}calendaire)?
              |(?:en{_SP})?l{APOS}an|printemps|été|automne|hiver
              |trimestre|semestre|exercice)                 # "au premier trimestre 2023"
            {_SP}
        )
      | {_MOD}
      | (?P<de>(?:de|pour|entre){_SP})                  # the span is the year alone
      | (?P<paren>\({SPACE})
    )
    (?P<year>\d{{4}})
    (?!\d)(?![.,]\d)(?!{SPACE}[/.\-]{SPACE}\d{{1,2}}(?!\d))   # "en 2015-3" is March 2015
    """,
    flags=_FLAGS,
)

#: What joins the two ends of an interval: "du 30 novembre au 12 décembre 2023".
_RANGE_JOIN_RE: Final = regex.compile(
    rf"""
    {SPACE}(?:,{SPACE})?
    (?:(?:au|à|a|et|ou|jusqu{APOS}au|{DASH}|,){SPACE})?
    (?:(?:le|la|fin|début|mi){SPACE}{DASH}?)?
    """,
    flags=_FLAGS,
)

#: A second year in a list: "en 2007 et 2009", "avant 2018 ou avant 2019".
_YEAR_LIST_RE: Final = regex.compile(
    rf"(?<!\w)(?:et|ou|,|à|a){_SP}(?P<year>\d{{4}})(?!\d)(?![.,]\d)",
    flags=_FLAGS,
)

#: Numeric dates.  Not inside a longer run of digits, separators or letters: a phone number,
#: "123-12-1234", "sales_report-2002-10-09.xlsx" or a version string is not a date.
_NUM_BEFORE: Final = r"(?<![\w/.,\-:+])"
_NUM_AFTER: Final = r"(?!\w)(?![/.\-:]\d)"

_DMY_NUM_RE: Final = regex.compile(
    rf"""
    {_NUM_BEFORE}
    (?:(?:le|du|au){_SP})?
    (?:(?P<weekday>{_WEEKDAY})[,.]?{_SP})?
    (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})
    {_NUM_AFTER}(?!,\d)
    """,
    flags=_FLAGS,
)

_YMD_NUM_RE: Final = regex.compile(
    rf"""
    {_NUM_BEFORE}
    (?:(?P<weekday>{_WEEKDAY})[,.]?{_SP})?
    (?P<y>\d{{4}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})
    {_NUM_AFTER}
    """,
    flags=_FLAGS,
)

#: "2023-07", "2015/3", "2016.11" (year first) and "3/2015", "11 / 2016", "12-2015".
_YM_NUM_RE: Final = regex.compile(
    rf"""
    {_NUM_BEFORE}
    (?:
        (?P<y>\d{{4}}){SPACE}(?P<sep>[/.\-]){SPACE}(?P<m>\d{{1,2}})
      | (?P<m>\d{{1,2}}){SPACE}(?P<sep>[/\-]){SPACE}(?P<y>\d{{4}})
    )
    {_NUM_AFTER}(?!,\d)
    """,
    flags=_FLAGS,
)

#: "le 2/3", "17/02", "22/04": day and month without a year, and "12/08, 2015".
_DM_NUM_RE: Final = regex.compile(
    rf"""
    {_NUM_BEFORE}
    (?P<lead>(?:le|du|au|ce|prochain){_SP})?
    (?:(?P<weekday>{_WEEKDAY})[,.]?{_SP})?
    (?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})
    (?:,{SPACE}(?P<y>\d{{4}}))?
    {_NUM_AFTER}(?!,\d)
    """,
    flags=_FLAGS,
)

#: Space-separated numeric dates: "20 02 2014", "le 17 02", "le 20 2 14".
_SPACED_NUM_RE: Final = regex.compile(
    rf"""
    (?<![\w,.])(?<!\d{HSPACE})
    (?P<d>\d{{1,2}}){HSPACE}(?P<m>\d{{1,2}})(?:{HSPACE}(?P<y>\d{{4}}|\d{{2}}))?
    (?!\w)(?![.,:]\d)(?!{HSPACE}\d)
    """,
    flags=_FLAGS,
)

#: Month first, as in forms and English-style copy: "Oct. 2", "mars 3", "Jan-1",
#: "novembre 23 de 1987", "janvier 21 2018".
_MONTH_FIRST_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:(?P<weekday>{_WEEKDAY})[,.]?{_SP})?
    {_MONTH}
    (?:{SPACE}[/\-]{SPACE}|\.?{_SP})
    (?P<day>(?:3[01]|[12]\d|0?[1-9]))(?:er)?(?!\w)(?![.,:/\-]?\d)(?!{HSPACE}\d{{3}}(?!\d))
    (?:(?:,?{_SP}(?:de{_SP})?|[/\-]){_YEAR})?
    """,
    flags=_FLAGS,
)

#: Three parts joined by "/" or "-" with a month name among them: "23/Sep/2020",
#: "2019-août-1", "Sep-23-2020", "01/août/2019", and two parts: "02/oct".
_MIXED_RE: Final = regex.compile(
    rf"""
    {_NUM_BEFORE}
    (?P<a>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR})(?P<sep>[/\-])
    (?P<b>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR})
    (?:(?P=sep)(?P<c>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR}))?
    \.?(?!\w)(?![/\-]\w)
    """,
    flags=_FLAGS,
)

#: "le 18 et le 19 juin", "les 3 et 4 juin": the first day takes the month of the second.
_DAY_LIST_RE: Final = regex.compile(
    rf"""
    (?<![\w,.])
    (?:(?:le|les|du|entre){_SP})?
    (?P<d1>3[01]|[12]\d|0?[1-9])(?:er)?
    (?:{_SP}(?:et|ou|au)|,|{SPACE}{DASH})(?:{_SP}le)?{SPACE}
    (?P<d2>3[01]|[12]\d|0?[1-9])(?:er)?{_SP}
    {_MONTH}
    (?:{_MONTH_YEAR_JOIN}{_YEAR})?
    """,
    flags=_FLAGS,
)

#: "le premier mercredi du mois prochain", "le dernier vendredi de juin 2024".
_NTH_WEEKDAY_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:le{_SP})?
    (?P<ordinal>premier|première|premiere|1er|deuxième|deuxieme|second|2e|troisième|troisieme
               |3e|quatrième|quatrieme|4e|dernier)
    {_SP}(?P<wd>{alternation(list(WEEKDAYS))}){_SP}
    (?:de|du|en)(?:{_SP}(?:mois{_SP}(?P<dir>prochain|dernier|suivant)|ce{_SP}mois(?:{DASH}ci)?)
                 |{_SP}{_MONTH}(?:{_SP}{_YEAR})?)
    (?!\w)
    """,
    flags=_FLAGS,
)

#: "le lendemain du 13 février", "la veille de Noël": a day either side of a date.
_AROUND_RE: Final = regex.compile(
    rf"""
    (?<!\w)(?:(?:le|la){_SP})?(?P<which>veille|lendemain)
    {_SP}(?:de{_SP}la{_SP}f[êe]te{_SP}du{_SP}|du{_SP}|de{_SP}la{_SP}|de{_SP}l{APOS}|de{_SP}|d{APOS})
    """,
    flags=_FLAGS,
)

_SHIFT_RE: Final = regex.compile(
    rf"(?<!\w)(?P<shift>{alternation(list(SHIFT_DAYS))})(?!\w)(?!{DASH}l[àa])",
    flags=_FLAGS,
)

_WEEK_WORDS: Final = rf"""
    (?P<week>(?:de{_SP})?(?:la|cette){_SP}semaine
        (?:{_SP}(?:prochaine|prochain|suivante|d{APOS}après|d{APOS}apres
                 |dernière|derniere|dernier|passée|passee|précédente|precedente))?)
"""

_WEEKDAY_REL_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:(?P<pre>ce|cette|dernier|prochain|le{_SP}prochain|le{_SP}dernier){_SP})?
    (?P<wd>{alternation(list(WEEKDAYS))})(?!\w)
    (?:{_SP}
        (?:
            (?P<post>dernier|derni[eè]re|prochain|prochaine|suivant|d{APOS}apr[eè]s
                    |pr[ée]c[ée]dent|pass[ée]|[àa]{_SP}venir)
          | en{_SP}(?P<plus>huit|8|quinze|15)
          | {_WEEK_WORDS}
        )(?!\w)
    )?
    """,
    flags=_FLAGS,
)

#: "le mois dernier", "ce mois-ci", "l'an dernier", "l'année prochaine", "cette année".
_PERIOD_REL_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    {_MOD}?                                             # "fin de l'année dernière"
    (?:
        (?:(?:le|au|du){_SP})?(?P<unit>mois)
            {_SP}(?P<dir>dernier|prochain|suivant|pass[ée]|pr[ée]c[ée]dent|[àa]{_SP}venir)
      | ce{_SP}(?P<unit>mois)(?:{DASH}ci)?(?P<dir>)
      | l{APOS}(?P<unit>an|année|annee){_SP}
            (?P<dir>derni[eè]re|dernier|prochaine|prochain|pass[ée]e?|suivante|pr[ée]c[ée]dente)
      | cette{_SP}(?P<unit>année|annee)(?P<dir>)
    )
    (?!\w)
    """,
    flags=_FLAGS,
)

_OFFSET_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:
        (?P<ago>il{SPACE}y{SPACE}a)|(?P<in>dans)
    )
    (?:{_SP}(?:à|a){_SP}peu{_SP}près|{_SP}environ|{_SP}près{_SP}d{APOS}|{_SP}presque)?
    {SPACE}(?P<n>\d{{1,3}}|{alternation(list(QUANTITY_WORDS))})
    {_SP}(?P<unit>{alternation(list(UNITS))})(?!\w)
    (?!{_SP}(?:de{_SP}travail|ouvr))
    (?:{_SP}(?:à|a){_SP}(?:partir|compter){_SP}(?:d{APOS}|de{_SP})(?P<base>aujourd{APOS}hui|demain|hier))?
    |
    (?<!\w)(?P<n>\d{{1,3}}|{alternation(list(QUANTITY_WORDS))})
    {_SP}(?P<unit>{alternation(list(UNITS))})
    {_SP}(?:(?P<later>plus{_SP}tard|après|apres)|(?P<earlier>plus{_SP}tôt|plus{_SP}tot|auparavant))
    (?={SPACE}(?:[.,;:!?)]|$))
    """,
    flags=_FLAGS,
)

#: Easter with its year ("Pâques 2018"); without a year the feast cannot be placed.
_EASTER_RE: Final = regex.compile(
    rf"""
    (?<!\w)(?:(?P<monday>lundi){_SP}de{_SP})?p[âa]ques
    (?:{_SP}le{_SP}dimanche)?{_SP}(?:en{_SP}|de{_SP})?(?P<year>\d{{4}})(?!\d)
    """,
    flags=_FLAGS,
)

_HOLIDAY_RE: Final = regex.compile(
    rf"""
    (?<!\w)
    (?:(?:le|la|à|a|au){_SP})?
    (?:(?:jour|journée|journee){_SP}de{_SP}(?:la{_SP})?)?
    (?P<holiday>{alternation(list(HOLIDAYS))})(?!\w)
    (?:
        {_SP}(?:de{_SP}|en{_SP})?(?P<year>\d{{4}})(?!\d)
      | {_SP}de{_SP}l{APOS}année{_SP}(?P<rel>prochaine|derni[èe]re|pass[ée]e)(?!\w)
    )?
    """,
    flags=_FLAGS,
)

#: Words after a number that show it counts something: then it is not a year
#: ("de 2000 employés", "en 2000 morceaux", "de 1500 à 2000 euros").
_COUNTED_RE: Final = regex.compile(
    rf"""
    (?:{SPACE}(?:à|a|et|ou|{DASH}){SPACE}\d(?:\d|{HSPACE}){{0,12}})?
    {SPACE}
    (?:
        [%€$£¥]
      | (?:euros?|dollars?|francs?|livres?|yens?|km|kg|m|g|t|h|min|mètres?|metres?|kilos?
          |tonnes?|heures?|minutes?|fois|ans|jours|mois|habitants|personnes|salariés
          |millions?|milliards?|mille|centaines?|dizaines?|milliers?)(?!\w)
      | (?!(?:dans|sans|sous|plus|moins|après|apres|depuis|alors|mais|puis|lors|vers|dès
            |très|tres|jamais|toujours|des|les|ses|ces|mes|tes|nos|vos|leurs|aux|pas|fois
            |jusqu|avons|avez|sommes|êtes|sont|étaient|avaient|auraient|seraient|ont)(?!\w))
        [^\W\d_]{{2,}}[sx](?!\w)
    )
    """,
    flags=_FLAGS,
)

_CAPITALISED_WORD_RE: Final = regex.compile(rf"{_SP}[A-ZÀ-Ý][a-zà-ÿ]")

#: Small patterns of the handlers below, compiled once.
_CLOSING_RE: Final = regex.compile(rf"{SPACE}\)")
_COUNTED_DE_RE: Final = regex.compile(
    rf"{SPACE}(?:de|des|du|d{APOS})(?!\w)", flags=regex.IGNORECASE
)
_SPACED_SLOT_RE: Final = regex.compile(rf"(?:\A|\n|(?<!\w)(?:le|du|au){_SP})\Z", flags=_FLAGS)
_SPACED_END_RE: Final = regex.compile(rf"{SPACE}(?:[.,;:!?)\n]|\Z)")
_JOINED_RE: Final = regex.compile(rf"{SPACE}[/\-]")
_SENTENCE_END_CHARS: Final = frozenset('.!?:;\n»«"(-–—')

# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


#: A match of a pass: :mod:`regex`, or its :mod:`re` twin (see :data:`_RE_TWINS`).
_Match = regex.Match[str] | re.Match[str]


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


def _counted_after(text: str, pos: int) -> bool:
    return _COUNTED_RE.match(text, pos) is not None


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
        return _Cand(start, end, guess, month, day, "day", False, modifier, year_stated=False)
    return _Cand(start, end, year, month, day, "day", False, modifier)


def _from_dmy(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    month, _full = _month_value(m["month"])
    day = _day_value(m["day"])
    year = _year_value(m["year"]) if m["year"] else None
    if m["rel"]:
        # "le 1er mai dernier": the latest such day before the reference (or the next one).
        year = None
        if ref is not None:
            past = normalise_word(m["rel"]) == "dernier"
            for y in (ref.year, ref.year - 1, ref.year + 1) if past else (ref.year, ref.year + 1):
                if _valid(y, month, day):
                    d = dt.date(y, month, day)
                    if (d < ref) if past else (d > ref):
                        year = y
                        break
        if _valid(year, month, day):
            yield _Cand(m.start(), m.end(), year, month, day, "day", True, _modifier(m["mod"]))
        return
    weekday = _weekday_value(m["weekday"]) if m["weekday"] else None
    c = _day_claim(m.start(), m.end(), year, month, day, ref, _modifier(m["mod"]), weekday)
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
    if m["rel"]:
        year: int | None = None
        if ref is not None:
            last = normalise_word(m["rel"]).startswith(("dernier", "pass"))
            if last:
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month > ref.month else ref.year + 1
        yield _Cand(m.start(), m.end(), year, month, None, "month", True, modifier)
        return
    if lead in ("ce", "cette"):
        yield _Cand(
            m.start(), m.end(), ref.year if ref else None, month, None, "month", True, modifier
        )
        return
    yield _Cand(m.start(), m.end(), None, month, None, "month", False, modifier, False)


def _year_ok(year: int, text: str, end: int) -> bool:
    return _YEAR_MIN <= year <= _YEAR_MAX and not _counted_after(text, end)


def _from_year_context(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    year = int(m["year"])
    if not _year_ok(year, text, m.end()):
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
    y, mo = int(m["y"]), int(m["m"])
    if not (_YEAR_MIN <= y <= _YEAR_MAX and 1 <= mo <= 12):
        return
    if len(m["m"]) == 1 and not 1900 <= y <= 2099:
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


def _from_shift(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    shift = SHIFT_DAYS[normalise_word(m["shift"])]
    if ref is None:
        yield _Cand(m.start(), m.end(), relative=True)
        return
    d = ref + dt.timedelta(days=shift)
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day", True)


def _weekday_after(ref: dt.date, weekday: int, *, include_today: bool) -> dt.date:
    delta = (weekday - ref.weekday()) % 7
    if delta == 0 and not include_today:
        delta = 7
    return ref + dt.timedelta(days=delta)


def _weekday_before(ref: dt.date, weekday: int) -> dt.date:
    delta = (ref.weekday() - weekday) % 7 or 7
    return ref - dt.timedelta(days=delta)


def _from_weekday_rel(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    pre = normalise_word(m["pre"]) if m["pre"] else ""
    post = normalise_word(m["post"]) if m["post"] else ""
    week = normalise_word(m["week"]) if m["week"] else ""
    plus = m["plus"]
    if not (pre or post or week or plus):
        return  # a bare weekday cannot be placed
    if ref is None:
        yield _Cand(m.start(), m.end(), relative=True)
        return
    wd = WEEKDAYS[normalise_word(m["wd"])]
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
        # "se réunira ce vendredi"), before or after the publication date.
        d = monday + dt.timedelta(days=wd)
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day", True)


def _from_period_rel(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    unit = "month" if normalise_word(m["unit"]) == "mois" else "year"
    direction = normalise_word(m["dir"] or "")
    if direction.startswith(("dernier", "derni", "pass", "pr\u00e9c", "prec")):
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
    raw = normalise_word(m["n"])
    n = QUANTITY_WORDS[raw] if raw in QUANTITY_WORDS else int(raw)
    unit = UNITS[normalise_word(m["unit"])]
    sign = -1 if m["ago"] or m["earlier"] else 1
    if ref is not None and m["base"]:
        ref = ref + dt.timedelta(days=SHIFT_DAYS[normalise_word(m["base"])])
    if ref is None:
        gran: DateGranularity = "month" if unit == "year" else "day"
        yield _Cand(m.start(), m.end(), None, None, None, gran, True)
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
    c = _day_claim(m.start(), m.end("d1"), year, month, int(m["d1"]), ref)
    if c is not None:
        yield c


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


def _from_easter(m: _Match, text: str, ref: dt.date | None) -> Iterator[_Cand]:
    year = int(m["year"])
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return
    d = _easter(year) + dt.timedelta(days=1 if m["monday"] else 0)
    yield _Cand(m.start(), m.end(), d.year, d.month, d.day, "day")


_Handler = Callable[[_Match, str, "dt.date | None"], Iterator[_Cand]]

#: Every pattern and what turns its matches into candidates.
_PASSES: Final[tuple[tuple[regex.Pattern[str], _Handler], ...]] = (
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
)


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


def _anchor_words(*tables: Iterable[str]) -> set[str]:
    """Collect the content words of date tables: every date holds one of them, or digits.

    Function words of multi-word entries ("le jour d'avant") are left out when the entry
    keeps another word.
    """
    stop = {"le", "la", "les", "de", "du", "des", "d", "l", "en", "ce", "un", "une", "au", "avant",
            "apres", "après", "suivant", "precedent", "précédent", "dans", "travail",
            "travailleurs", "internationale"}  # fmt: skip
    words: set[str] = set()
    for table in tables:
        for key in table:
            tokens = [t for t in regex.split(r"[\s'\-.]+", normalise_word(key)) if t]
            kept = [t for t in tokens if t not in stop]
            words.update(kept or tokens)
    return words


#: Every match of every pass holds one of these anchors, so the passes only run in windows
#: around them: most of an article holds no date.  Digits make a date on their own only as
#: a year ("en 2023", "(2024)") or joined by a separator ("21/07/2023", "2023-07",
#: "18 08 78"); "87 %" or "900 000" need a month or unit word, an anchor of another group.
_ANCHORS: Final = Anchors(
    groups={
        "digits": (
            (),
            # "\d{4} | \d[/.-]\d | (?<!\d)\d{1,2} \d{1,2}(?!\d)" with the first digit taken out
            # of the three branches, so the scan skips to digits.
            rf"\d(?:\d{{3}}|[/.{DASH[1:-1]}]\d|(?<!\d.)\d?{HSPACE}\d{{1,2}}(?!\d))",
        ),
        "month": (_anchor_words(MONTHS, MONTH_ABBREVIATIONS), ""),
        "weekday": (_anchor_words(WEEKDAYS, WEEKDAY_ABBREVIATIONS), ""),
        "unit": (_anchor_words(UNITS), ""),
        "holiday": (_anchor_words(HOLIDAYS, ["pâques", "paques"]), ""),
        "shift": (_anchor_words(SHIFT_DAYS), ""),
    },
    before=64,
    after=96,
)


def _pass_groups(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """Name the anchor groups a pattern can match: a safe superset, read from its source.

    A group counts when one of its words appears in the pattern (the patterns are built
    from the same tables) or, for digits, when the pattern reads a digit.
    """
    source = pattern.pattern.lower()
    present = set(regex.findall(r"[^\W\d_]+", source))
    groups = []
    for name, (words, _) in _GROUP_WORDS.items():
        if (name == "digits" and "\\d" in source) or any(
            set(regex.findall(r"[^\W\d_]+", w)) <= present for w in words
        ):
            groups.append(name)
    return tuple(groups)


_GROUP_WORDS: Final = {
    "digits": ((), ""),
    "month": (_anchor_words(MONTHS, MONTH_ABBREVIATIONS), ""),
    "weekday": (_anchor_words(WEEKDAYS, WEEKDAY_ABBREVIATIONS), ""),
    "unit": (_anchor_words(UNITS), ""),
    "holiday": (_anchor_words(HOLIDAYS, ["pâques", "paques"]), ""),
    "shift": (_anchor_words(SHIFT_DAYS), ""),
}


#: The anchor groups of each pass, and of the two follow-up patterns.
_PASS_GROUPS: Final = {id(p): _pass_groups(p) for p in (*(p for p, _ in _PASSES), _AROUND_RE,
                                                       _YEAR_LIST_RE)}  # fmt: skip


#: Texts up to this long are scanned whole by every pass that has an anchor in them.
_SHORT: Final = 256

# ---------------------------------------------------------------------------------------------
# Where a pass can start
# ---------------------------------------------------------------------------------------------
#
# A pass run with ``finditer`` is tried at every position of its windows, and pays for its
# optional leading parts (a preposition, "fin de", a weekday, a spelled-out day) at each one.
# But every match holds a *core* that is cheap to find: a month, weekday, unit or holiday word
# (an anchor hit, already found), or a run of digits with the right separator after it; and
# what a match holds before its core is a few known words and separators.  So a match can
# only start at its core or at the start of a word reached by walking left from the core over
# such words.  The pass is tried at those positions only, in order, resuming after each match
# as ``finditer`` does; the walk may give too many positions, never too few, so the matches
# are the same.
#
# The walk reads the lower-cased text as runs of letters and of digits.  That agrees with the
# patterns' case-insensitive matching, ``\w`` and ``\d`` only on characters where
# ``str.lower``, :mod:`re` and :mod:`regex` agree (checked one by one when this class was
# written): Latin-1 minus superscripts and fractions, "ŒœŸ", general punctuation and currency
# signs.  A text with any other character ("ſ", the Kelvin sign, "²", a combining accent,
# another script) takes the plain scan.
_OTHER_CHAR_RE: Final = re.compile(
    "[^\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\xff\u0152\u0153\u0178"
    "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf]"
)

#: Letters of a lower-cased text made of the characters above; digits are 0-9 there.
_LETTERS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyz\u00aa\u00b5\u00ba\u0153"
    + "".join(chr(c) for c in range(0xDF, 0x100) if c != 0xF7)
)
_DIGITS: Final = frozenset("0123456789")
#: What the patterns allow between two words before a core: spaces, apostrophes, dashes,
#: "," and "." (after a weekday: "mer., 10 juin"), "(" ("lundi (3 juin", "(2024)").
_GAP: Final = frozenset(
    "\x20\u00a0\u202f\u2009\u2007\u2008\u200a'\u2019\u00b4`-\u2010\u2011\u2012\u2013\u2014\u2212,.("
)


def _words_of(*phrases: Iterable[str]) -> frozenset[str]:
    """Split table keys and phrases into their lower-case runs of letters ("jusqu", "au")."""
    return frozenset(
        w for table in phrases for p in table for w in re.findall(r"[^\W\d_]+", p.lower())
    )


_LEAD_WORDS: Final = _words_of(
    ["depuis", "dès", "avant", "après", "apres", "jusqu'au à a en", "partir du de d'"],
    ["en", "au", "ce", "cette", "pour"],
)
_MOD_WORDS: Final = _words_of(["à a la au le en", "fin début debut milieu courant de du d'", "mi"])
_WEEKDAY_WORDS: Final = _words_of(WEEKDAYS, WEEKDAY_ABBREVIATIONS)
#: What follows a day or ordinal number: "1er", "1re", "3e", "3ème".
_SUFFIX_WORDS: Final = _words_of(["er re ère ème eme e"])

#: The cores found among the anchor words, by kind; each of these words is an anchor word.
_CORE_WORDS: Final[dict[str, frozenset[str]]] = {
    "month": _words_of(MONTHS, MONTH_ABBREVIATIONS),
    "weekday": _words_of(WEEKDAYS),
    "jour": frozenset({"jour"}),
    "period": frozenset({"mois", "an", "année", "annee"}),
    "unit": _words_of(UNITS),
    "shift": frozenset(_anchor_words(SHIFT_DAYS)),
    # The last anchor word of each holiday: "an" for "jour de l'an", "noël", "fête".
    "holiday": frozenset(
        [w for w in re.findall(r"[^\W\d_]+", key) if w in _anchor_words([key])][-1]
        for key in HOLIDAYS
    ),
    "easter": frozenset({"pâques", "paques"}),
    "around": frozenset({"veille", "lendemain"}),
}
#: The kinds of each core word.
_KINDS_OF_WORD: Final[dict[str, tuple[str, ...]]] = {
    w: tuple(k for k, words in _CORE_WORDS.items() if w in words)
    for w in frozenset().union(*_CORE_WORDS.values())
}
if not _KINDS_OF_WORD.keys() <= {w for words, _ in _GROUP_WORDS.values() for w in words}:
    raise AssertionError("every core word must be an anchor word: cores are read from the hits")

#: Horizontal spaces (see :data:`claimkit.text.HSPACE`).
_HSPACES: Final = frozenset("\x20\u00a0\u202f\u2009\u2007\u2008\u200a")
_H: Final = HSPACE

_SEPARATORS: Final = frozenset("/.-")

#: Cores that are runs of digits, by kind: the sizes of the runs that can start one, what
#: can follow such a run, and what a match holds from the run on.
_DIGIT_CORES: Final[tuple[tuple[str, tuple[int, ...], frozenset[str], re.Pattern[str]], ...]] = (
    # _YMD_NUM_RE: "2023-07-21"
    ("ymd", (4,), _SEPARATORS, re.compile(r"[0-9]{4}([/.\-])[0-9]{1,2}\1[0-9]")),
    # _DMY_NUM_RE: "21/07/2023", "21.07.23"
    ("dmy", (1, 2), _SEPARATORS, re.compile(r"[0-9]{1,2}([/.\-])[0-9]{1,2}\1[0-9]{2}")),
    # _YM_NUM_RE: "2023-07", "3 / 2015"
    (
        "ym",
        (1, 2, 4),
        _SEPARATORS | _HSPACES,
        re.compile(
            rf"[0-9]{{4}}{_H}{{0,3}}[/.\-]{_H}{{0,3}}[0-9]"
            rf"|[0-9]{{1,2}}{_H}{{0,3}}[/\-]{_H}{{0,3}}[0-9]{{4}}"
        ),
    ),
    # _DM_NUM_RE: "17/02"
    ("dm", (1, 2), frozenset("/"), re.compile(r"[0-9]{1,2}/[0-9]")),
    # _SPACED_NUM_RE: "20 02 2014"
    ("spaced", (1, 2), _HSPACES, re.compile(rf"[0-9]{{1,2}}{_H}[0-9]")),
    # _MIXED_RE: "23/Sep/2020", "02/oct"
    ("mixed", (1, 2, 3, 4), frozenset("/-"), re.compile(r"[0-9]{1,4}[/\-][0-9a-z]")),
)
#: What can follow a run of digits that starts such a core.
_AFTER_DIGITS: Final = _SEPARATORS | _HSPACES
_DIGIT_KINDS: Final = ("year", *(kind for kind, *_ in _DIGIT_CORES))


class _Starts(NamedTuple):
    """Where the matches of one pass can start (see above).

    Every match holds a core of kind *core*; before it, only words of *before* (and digit
    runs if *digits*, and words *glued* matches in full), joined by :data:`_GAP` characters.
    *at_core*: a match can start at the core itself; *punct*: at one of these characters
    just before the core.  *after* and *min_digits* rule out cores early.
    """

    core: str
    before: frozenset[str] = frozenset()
    digits: bool = False
    at_core: bool = True
    punct: str = ""
    glued: re.Pattern[str] | None = None
    #: What must follow a core word in a match (cores where it does not are skipped).
    after: re.Pattern[str] | None = None
    #: How many digit runs a match holds before its core at least.
    min_digits: int = 0


_DAY_WORDS_BEFORE: Final = _words_of(DAY_WORDS) | _SUFFIX_WORDS

#: What each pass holds before its core, read from its pattern.
_PASS_STARTS: Final[dict[int, _Starts]] = {
    id(_DMY_RE): _Starts(
        "month",
        _LEAD_WORDS
        | _MOD_WORDS
        | _WEEKDAY_WORDS
        | _DAY_WORDS_BEFORE
        | _words_of(["le du au", "de du mois d'"]),
        digits=True,
        at_core=False,
    ),
    id(_ORDINAL_DAY_RE): _Starts(
        "jour",
        _words_of(ORDINAL_WORDS, ["le dernier"]) | _SUFFIX_WORDS,
        digits=True,
        at_core=False,
    ),
    id(_MY_RE): _Starts("month", _LEAD_WORDS | _MOD_WORDS | _words_of(["le au du ce mois de d'"])),
    id(_YEAR_CONTEXT_RE): _Starts(
        "year",
        _MOD_WORDS
        | _words_of(
            ["depuis dès avant après apres jusqu'en en courant vers d'ici à a partir de"],
            ["l'horizon de l'année calendaire année l'an printemps été automne hiver"],
            ["trimestre semestre exercice", "de pour entre"],
        ),
        at_core=False,
        punct="(",
    ),
    id(_YMD_NUM_RE): _Starts("ymd", _WEEKDAY_WORDS),
    id(_DMY_NUM_RE): _Starts("dmy", _WEEKDAY_WORDS | _words_of(["le du au"])),
    id(_YM_NUM_RE): _Starts("ym"),
    id(_DM_NUM_RE): _Starts("dm", _WEEKDAY_WORDS | _words_of(["le du au ce prochain"])),
    id(_SPACED_NUM_RE): _Starts("spaced"),
    id(_SHIFT_RE): _Starts("shift", _words_of(SHIFT_DAYS)),
    id(_WEEKDAY_REL_RE): _Starts("weekday", _words_of(["ce cette dernier prochain le"])),
    id(_PERIOD_REL_RE): _Starts("period", _MOD_WORDS | _words_of(["le au du ce l' cette"])),
    id(_OFFSET_RE): _Starts(
        "unit",
        _words_of(["il y a dans", "à a peu près environ près d' presque"], QUANTITY_WORDS),
        digits=True,
        at_core=False,
        # The spaces of "il y a" and before the number may be missing: "ilya", "danstrois".
        glued=re.compile(
            rf"(?:il)?(?:y)?(?:a|dans|presque|environ|près)?{alternation(QUANTITY_WORDS)}?"
        ),
    ),
    id(_HOLIDAY_RE): _Starts(
        "holiday", _words_of(HOLIDAYS, ["le la à a au jour journée journee de"])
    ),
    id(_EASTER_RE): _Starts("easter", _words_of(["lundi de"])),
    id(_MONTH_FIRST_RE): _Starts(
        "month",
        _WEEKDAY_WORDS,
        # The day follows the month: "Oct. 2", "Jan-1", "janv.. 3".
        after=re.compile(rf"\.?(?:{_H}{{0,3}}[/\-]{_H}{{0,3}}|\.?{_H}{{1,3}})[0-9]"),
    ),
    id(_MIXED_RE): _Starts("mixed"),
    id(_DAY_LIST_RE): _Starts(
        "month",
        _words_of(["le les du entre er et ou au"]),
        digits=True,
        at_core=False,
        min_digits=2,
    ),
    id(_NTH_WEEKDAY_RE): _Starts(
        "weekday",
        _words_of(
            ["le premier première premiere 1er deuxième deuxieme second 2e troisième troisieme"],
            ["3e quatrième quatrieme 4e dernier"],
        ),
        digits=True,
        at_core=False,
    ),
    id(_AROUND_RE): _Starts("around", _words_of(["le la"])),
    id(_YEAR_LIST_RE): _Starts("year", _words_of(["et ou à a"]), at_core=False, punct=","),
}

#: The same patterns compiled by the standard :mod:`re`, about twice as fast to try at one
#: position; they match alike on the texts :class:`_Walk` handles (same ``\w``, ``\d``
#: and case folding there).  The passes that name two groups alike stay with :mod:`regex`.
_RE_TWINS: Final[dict[int, re.Pattern[str]]] = {
    id(p): re.compile(p.pattern, re.IGNORECASE | re.VERBOSE)
    for p in (_DMY_RE, _ORDINAL_DAY_RE, _YEAR_CONTEXT_RE, _YMD_NUM_RE, _DMY_NUM_RE, _DM_NUM_RE,
              _SPACED_NUM_RE, _SHIFT_RE, _WEEKDAY_REL_RE, _HOLIDAY_RE, _EASTER_RE,
              _MONTH_FIRST_RE, _MIXED_RE, _DAY_LIST_RE, _NTH_WEEKDAY_RE, _AROUND_RE,
              _YEAR_LIST_RE)
}  # fmt: skip


class _Walk:
    """One text's cores and the starts they allow (texts without :data:`_OTHER_CHAR_RE`).

    Built from the anchor hits of the text: the core words are anchor words, and the digit
    runs are found here.  :meth:`starts` walks left from the cores; :meth:`finditer` then
    gives what ``finditer`` would.
    """

    __slots__ = ("_ends", "_lefts", "_low", "_text", "cores")

    def __init__(self, text: str, hits: dict[str, list[tuple[int, int]]]) -> None:
        self._text = text
        self._low = low = text.lower()
        self._lefts: dict[int, tuple[int, int, str, bool]] = {}
        #: The start of each core by kind, sorted; only kinds the text has.
        self.cores: dict[str, list[int]] = {}
        cores = self.cores
        #: The end of each core word.
        self._ends: dict[int, int] = {}
        words = [span for group, spans in hits.items() if group != "digits" for span in spans]
        words.sort()
        for start, end in words:
            kinds = _KINDS_OF_WORD.get(low[start:end])
            if kinds is not None:
                self._ends[start] = end
                for kind in kinds:
                    cores.setdefault(kind, []).append(start)
                if "month" in kinds and _MONTH_JOINED_RE.match(low, end) is not None:
                    cores.setdefault("mixed", []).append(start)  # "Sep-23-2020", "août/2019"
        months_mixed = "mixed" in cores
        for m in _DIGIT_RUN_RE.finditer(low):
            start, end = m.span()
            size = end - start
            if size == 4:
                cores.setdefault("year", []).append(start)  # "en 2023", "(2024)"
            after = low[end : end + 1]
            if after in _AFTER_DIGITS:
                for kind, sizes, follow, pattern in _DIGIT_CORES:
                    if size in sizes and after in follow and pattern.match(low, start):
                        cores.setdefault(kind, []).append(start)
        if months_mixed:
            cores["mixed"].sort()

    def _left(self, i: int) -> tuple[int, int, str, bool]:
        """Return the word or digit run before *i* past :data:`_GAP` characters.

        As (start of the gap, start of the word, the word, whether it is digits); the start
        of the word is -1 when the gap follows something else, or the start of the text.
        """
        found = self._lefts.get(i)
        if found is None:
            low = self._low
            j = i
            while j > 0 and low[j - 1] in _GAP:
                j -= 1
            k = j
            if k > 0 and low[k - 1] in _DIGITS:
                while k > 0 and low[k - 1] in _DIGITS:
                    k -= 1
                found = (j, k, low[k:j], True)
            else:
                while k > 0 and low[k - 1] in _LETTERS:
                    k -= 1
                found = (j, k, low[k:j], False) if k < j else (j, -1, "", False)
            self._lefts[i] = found
        return found

    def starts(self, spec: _Starts, cores: list[int], lo: int, hi: int) -> list[int]:
        """Return, sorted, every position of [lo, hi) where a match of the pass may start.

        A word cut by *lo* is no start: no pass can start right after a letter or digit.
        """
        low, lefts = self._low, self._lefts
        _, before, digits, at_core, punct, glued, after, need = spec
        if lo > 0 or hi < len(low):
            first = bisect.bisect_left(cores, lo)
            cores = cores[first : bisect.bisect_left(cores, hi, first)]
        if not (before or digits or punct or glued or after):
            return cores if at_core and not need else []  # nothing before the core: "2023-07"
        out: list[int] = []
        # Where a walk has gone on from, with how many digit runs (up to *need*) it had
        # passed: a walk arriving there with no more has nothing new to find.  (With one
        # core, no walk arrives anywhere twice.)
        walked: dict[int, int] | None = {} if len(cores) > 1 else None
        for core in cores:
            if after is not None and after.match(low, self._ends[core]) is None:
                continue
            if at_core and not need:
                out.append(core)
            i = core
            runs = 0  # digit runs passed, up to *need*
            while True:
                if walked is not None:
                    if walked.get(i, -1) >= runs:
                        break
                    walked[i] = runs
                left = lefts.get(i)
                j, k, word, is_digits = left if left is not None else self._left(i)
                if punct and i == core:
                    out.extend(x for x in range(max(j, lo), i) if low[x] in punct)
                if k < lo:
                    break
                if is_digits:
                    if not digits:
                        break
                    runs = min(runs + 1, need)
                elif word not in before and (glued is None or glued.fullmatch(word) is None):
                    break
                if runs >= need:
                    out.append(k)
                i = k
        return sorted(set(out)) if len(out) > 1 else out

    def finditer(self, pattern: regex.Pattern[str], lo: int, hi: int) -> list[_Match]:
        """Return what ``pattern.finditer(text, lo, hi)`` finds, trying only the starts."""
        spec = _PASS_STARTS[id(pattern)]
        cores = self.cores.get(spec.core)
        if not cores:
            return []
        return self.matches(_RE_TWINS.get(id(pattern), pattern).match, spec, cores, lo, hi)

    def matches(
        self,
        match: Callable[[str, int, int], _Match | None],
        spec: _Starts,
        cores: list[int],
        lo: int,
        hi: int,
    ) -> list[_Match]:
        """Return what ``finditer`` finds in [lo, hi), given the pattern's ``match``."""
        text = self._text
        found: list[_Match] = []
        reach = lo
        for start in self.starts(spec, cores, lo, hi):
            if start >= reach:  # not inside the previous match
                m = match(text, start, hi)
                if m is not None:
                    found.append(m)
                    reach = m.end()
        return found


_DIGIT_RUN_RE: Final = regex.compile(r"[0-9]+")
_MONTH_JOINED_RE: Final = re.compile(r"[/\-][0-9a-z]")

#: The passes (indices into :data:`_PASSES`) by the kind of their cores.
_PASSES_OF_KIND: Final = {
    kind: tuple(i for i, (p, _) in enumerate(_PASSES) if _PASS_STARTS[id(p)].core == kind)
    for kind in (*_CORE_WORDS, *_DIGIT_KINDS)
}
#: For the walk: each pass's ``match`` (of the faster twin), starts, anchor groups, handler.
_WALK_PASSES: Final = tuple(
    (
        _RE_TWINS.get(id(pattern), pattern).match,
        _PASS_STARTS[id(pattern)],
        frozenset(_PASS_GROUPS[id(pattern)]),
        pattern,
        handler,
    )
    for pattern, handler in _PASSES
)


def _candidates(text: str, ref: dt.date | None) -> list[_Cand]:
    hits = _ANCHORS.hits(text)
    present = {group for group, found in hits.items() if found}
    if not present:
        return []
    walk = _Walk(text, hits) if _OTHER_CHAR_RE.search(text) is None else None
    cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    whole = [(0, len(text))]
    short = len(text) <= _SHORT  # a sentence: windows would cost more than they save

    def windows_of(pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
        groups = _PASS_GROUPS[id(pattern)]
        if short:
            return whole if not present.isdisjoint(groups) else []
        if groups not in cache:
            cache[groups] = _ANCHORS.windows(text, sorted(h for g in groups for h in hits[g]))
        return cache[groups]

    def find(pattern: regex.Pattern[str]) -> Iterator[_Match]:
        """Yield what ``finditer`` finds in the pattern's windows."""
        for lo, hi in windows_of(pattern):
            if walk is None:
                yield from pattern.finditer(text, lo, hi, overlapped=False)
            else:
                yield from walk.finditer(pattern, lo, hi)

    found: list[_Cand] = []
    if walk is None:
        for pattern, handler in _PASSES:
            for m in find(pattern):
                try:
                    found.extend(handler(m, text, ref))
                except (OverflowError, ValueError):
                    continue  # a reference date at the edge of datetime's range (year 1, 9999)
    else:
        # Only the passes whose cores are in the text, in their order.
        cores = walk.cores
        todo: list[int] = []
        for kind in cores:
            todo += _PASSES_OF_KIND[kind]
        todo.sort()
        for i in todo:
            match, spec, groups, pattern, handler = _WALK_PASSES[i]
            if not short:
                windows = windows_of(pattern)
            elif present.isdisjoint(groups):
                continue
            else:
                windows = whole
            for lo, hi in windows:
                # What finditer would find, trying only where a match can start.
                reach = lo
                for start in walk.starts(spec, cores[spec.core], lo, hi):
                    if start < reach:
                        continue  # inside the previous match
                    hit = match(text, start, hi)
                    if hit is None:
                        continue
                    reach = hit.end()
                    try:
                        found.extend(handler(hit, text, ref))
                    except (OverflowError, ValueError):
                        continue  # a reference date at the edge of datetime's range
    chosen = _select(found)
    if (walk is None or "around" in walk.cores) and any(
        c.month is not None and c.day is not None for c in chosen
    ):
        around = _around(text, chosen, ref, find(_AROUND_RE))
        if around:
            chosen = _select(around + chosen)
    if (walk is None or "year" in walk.cores) and any(
        c.granularity == "year" and c.day is None for c in chosen
    ):
        more = _year_lists(text, chosen, find(_YEAR_LIST_RE))
        if more:
            chosen = _select(chosen + more)
    return _share_years(text, chosen)


def _to_claim(text: str, c: _Cand) -> DateClaim:
    return DateClaim(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        year=c.year,
        month=c.month,
        day=c.day,
        granularity=c.granularity,
        relative=c.relative,
        modifier=c.modifier,
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
    return [_to_claim(text, c) for c in _candidates(text, ref)]


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
