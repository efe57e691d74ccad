"""Candidate patterns of :mod:`claimkit.dates`: the regexes every pass runs.

Their sources are built at import from the tolerant pieces of :mod:`claimkit.text` and the
tables of :mod:`claimkit.dates.lexicon`; each is compiled on its first use (:class:`_Lazy`),
so a text compiles only the patterns its anchors call for and ``import claimkit.dates``
compiles none.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit.anchors import OTHER_CHAR_RE, SYMBOL_RANGES
from claimkit.dates.lexicon import (
    DAY_WORDS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_WORDS,
    QUANTITY_WORDS,
    SHIFT_DAYS,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from claimkit.text import (
    APOS,
    DASH,
    HSPACE,
    SPACE,
    alternation,
)

#: A pattern compiled on first use (shared with :mod:`claimkit.dates`' other stages).
_Lazy = LazyRegex

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
        (?<![\d,.])(?:3[01]|[12]\d|0?[1-9])(?:er|re|ère|ème|eme|e|ᵉʳ|ʳᵉ|ᵉ)?(?!\w)
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

_DMY_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    {_LEAD}?{_MOD}?
    (?:(?:le|du|au){_SP})?
    (?:(?P<weekday>{_WEEKDAY}),?{_SP}\(?            # "lundi 3 juin", "mer. 10 juin"
       (?:(?:matin|soir|après{DASH}midi|apres{DASH}midi){_SP})?)?   # "mercredi matin 16 juillet"
    (?:le{_SP})?
    {_DAY}
    (?:{_SP}(?:de{_SP}|du{_SP}mois{_SP}(?:de{_SP}|d{APOS})|d{APOS})|{_SP}|(?P<dash>{_SP}{DASH}{_SP}))
    {_MONTH}
    (?:
        (?(dash){_SP}{DASH}{_SP}|{_MONTH_YEAR_JOIN}){_YEAR}          # "11 - Juin - 2020"
      | {_SP}(?P<rel>derniers?|prochains?)(?!\w)                 # "le 1er mai dernier"
    )?
    """,
    _FLAGS,
)

#: "le 3e jour d'octobre", "le dernier jour d'octobre 2015".
_ORDINAL_DAY_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    (?:le{_SP})?
    (?P<ordinal>\d{{1,2}}(?:er|re|ère|ème|eme|e)|{alternation(list(ORDINAL_WORDS))}|dernier)
    {_SP}jour{_SP}(?:de{_SP}|d{APOS})
    {_MONTH}
    (?:{_MONTH_YEAR_JOIN}{_YEAR})?
    """,
    _FLAGS,
)

_MY_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    {_LEAD}?{_MOD}?{_MONTH_OF}?
    {_MONTH}
    (?:
        {_MONTH_YEAR_JOIN}{_YEAR}
      | {_SP}(?P<rel>derniers?|prochains?|passés?|passes?)(?!\w)   # "en février dernier"
      | {_SP}de{_SP}l{APOS}année{_SP}(?P<rel_year>prochaine|dernière|derniere|passée|passee)(?!\w)
    )?
    """,
    _FLAGS,
)

#: Bare years need a context word that makes them years; "2000 employés" has none.
_YEAR_CONTEXT_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    (?:
        (?P<lead>
            (?:depuis|dès|avant|après|apres|jusqu{APOS}en|en|courant|vers
              |d{APOS}ici(?:{_SP}(?:à|a))?                  # "d'ici à 2030"
              |(?:à|a){_SP}partir{_SP}de|(?:à|a){_SP}l{APOS}horizon
              |(?:de{_SP})?l{APOS}année(?:{_SP}calendaire)?|année(?:{_SP}calendaire)?
              |(?:en{_SP})?l{APOS}an|printemps|été|automne|hiver
              |trimestre|semestre                            # "au premier trimestre 2023"
              |exercices?(?:{_SP}(?:financier|budgétaire|budgetaire|fiscal|comptable))?
              |gestion)                                     # "la gestion 2024": a budget year
            {_SP}
        )
      | {_MOD}
      | (?P<de>(?:de|pour|entre|par{_SP}rapport{_SP}(?:à|a)){_SP})   # the year alone
      | (?P<paren>\({SPACE})
    )
    (?P<year>\d{{4}})
    (?!\d)(?![.,]\d)(?!{SPACE}[/.\-]{SPACE}\d{{1,2}}(?!\d))   # "en 2015-3" is March 2015
    """,
    _FLAGS,
)

#: What joins the two ends of an interval: "du 30 novembre au 12 décembre 2023".
_RANGE_JOIN_RE: Final = _Lazy(
    rf"""
    {SPACE}(?:,{SPACE})?
    (?:(?:au|à|a|et|ou|jusqu{APOS}au|{DASH}|,){SPACE})?
    (?:(?:le|la|fin|début|mi){SPACE}{DASH}?)?
    """,
    _FLAGS,
)

#: A second year in a list: "en 2007 et 2009", "avant 2018 ou avant 2019".
_YEAR_LIST_RE: Final = _Lazy(
    rf"(?:(?<!\w)(?:et|ou|à|a)|,){_SP}(?P<year>\d{{4}})(?!\d)(?![.,]\d)",
    _FLAGS,
)

#: Numeric dates.  Not inside a longer run of digits, separators or letters: a phone number,
#: "123-12-1234", "sales_report-2002-10-09.xlsx" or a version string is not a date.
_NUM_BEFORE: Final = r"(?<![\w/.,\-:+])"
_NUM_AFTER: Final = r"(?!\w)(?![/.\-:]\d)"

_DMY_NUM_RE: Final = _Lazy(
    rf"""
    {_NUM_BEFORE}
    (?:(?:le|du|au){_SP})?
    (?:(?P<weekday>{_WEEKDAY}),?{_SP})?
    (?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})
    {_NUM_AFTER}(?!,\d)
    """,
    _FLAGS,
)

_YMD_NUM_RE: Final = _Lazy(
    rf"""
    {_NUM_BEFORE}
    (?:(?P<weekday>{_WEEKDAY}),?{_SP})?
    (?P<y>\d{{4}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})
    {_NUM_AFTER}
    """,
    _FLAGS,
)

#: "2023-07", "2015/3", "2016.11" (year first) and "3/2015", "11 / 2016", "12-2015".
_YM_NUM_RE: Final = _Lazy(
    rf"""
    {_NUM_BEFORE}
    (?:
        (?P<y>\d{{4}}){SPACE}(?P<sep>[/.\-]){SPACE}(?P<m>\d{{1,2}})
      | (?P<m2>\d{{1,2}}){SPACE}(?P<sep2>[/\-]){SPACE}(?P<y2>\d{{4}})
    )
    {_NUM_AFTER}(?!,\d)
    """,
    _FLAGS,
)

#: "le 2/3", "17/02", "22/04": day and month without a year, and "12/08, 2015".
_DM_NUM_RE: Final = _Lazy(
    rf"""
    {_NUM_BEFORE}
    (?P<lead>(?:le|du|au|ce|prochain){_SP})?
    (?:(?P<weekday>{_WEEKDAY}),?{_SP})?
    (?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})
    (?:,{SPACE}(?P<y>\d{{4}}))?
    {_NUM_AFTER}(?!,\d)
    """,
    _FLAGS,
)

#: Space-separated numeric dates: "20 02 2014", "le 17 02", "le 20 2 14".
_SPACED_NUM_RE: Final = _Lazy(
    rf"""
    (?<![\w,.])(?<!\d{HSPACE})
    (?P<d>\d{{1,2}}){HSPACE}(?P<m>\d{{1,2}})(?:{HSPACE}(?P<y>\d{{4}}|\d{{2}}))?
    (?!\w)(?![.,:]\d)(?!{HSPACE}\d)
    """,
    _FLAGS,
)

#: Month first, as in forms and English-style copy: "Oct. 2", "mars 3", "Jan-1",
#: "novembre 23 de 1987", "janvier 21 2018".
_MONTH_FIRST_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    (?:(?P<weekday>{_WEEKDAY}),?{_SP})?
    {_MONTH}
    (?:{SPACE}[/\-]{SPACE}|\.?{_SP})
    (?P<day>(?:3[01]|[12]\d|0?[1-9]))(?:er)?(?!\w)(?![.,:/\-]?\d)(?!{HSPACE}\d{{3}}(?!\d))
    (?:(?:,?{_SP}(?:de{_SP})?|[/\-]){_YEAR})?
    """,
    _FLAGS,
)

#: Three parts joined by "/" or "-" with a month name among them: "23/Sep/2020",
#: "2019-août-1", "Sep-23-2020", "01/août/2019", and two parts: "02/oct".
_MIXED_RE: Final = _Lazy(
    rf"""
    {_NUM_BEFORE}
    (?P<a>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR})(?P<sep>[/\-])
    (?P<b>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR})
    (?:(?P=sep)(?P<c>\d{{1,4}}|{_MONTH_FULL}|{_MONTH_ABBR}))?
    \.?(?!\w)(?![/\-]\w)
    """,
    _FLAGS,
)

#: "le 18 et le 19 juin", "les 3 et 4 juin": the first day takes the month of the second;
#: "les 23, 25 et 26 janvier": so do the days listed before it.
_DAY_LIST_RE: Final = _Lazy(
    rf"""
    (?<![\w,.])
    (?:(?:le|les|du|entre){_SP})?
    (?P<more>(?:(?:3[01]|[12]\d|0?[1-9])(?:er)?,{SPACE}){{1,6}})?  # "23, "
    (?:{_WEEKDAY}{_SP})?                                 # "samedi 3 et dimanche 4 février"
    (?P<d1>3[01]|[12]\d|0?[1-9])(?:er)?
    (?:{_SP}(?:et|ou|au)|,|{SPACE}{DASH})(?:{_SP}le)?{SPACE}
    (?:{_WEEKDAY}{_SP})?
    (?P<d2>3[01]|[12]\d|0?[1-9])(?:er)?{_SP}
    {_MONTH}
    (?:{_MONTH_YEAR_JOIN}{_YEAR})?
    """,
    _FLAGS,
)

#: "le premier mercredi du mois prochain", "le dernier vendredi de juin 2024".
_NTH_WEEKDAY_RE: Final = _Lazy(
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
    _FLAGS,
)

#: An English date with its day and year: "December 6, 2022", "Tue, 5 Apr 2022",
#: "6th December 2022".
_EN_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_ENGLISH_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    (?:(?P<weekday>{alternation(list(ENGLISH_WEEKDAYS))})\.?,?{_SP})?
    (?:
        (?P<day>{_EN_DAY}){_SP}(?P<month>{alternation(list(ENGLISH_MONTHS))})\.?,?{_SP}
            (?P<year>\d{{4}})
      | (?P<month2>{alternation(list(ENGLISH_MONTHS))})\.?{_SP}(?P<day2>{_EN_DAY}),?{_SP}
            (?P<year2>\d{{4}})
    )
    (?!\d)
    """,
    _FLAGS,
)

#: A day whose month is elided, after a full date: "le 4 octobre … et le 19".
_ELIDED_DAY_RE: Final = _Lazy(
    rf"""
    (?<!\w)(?:le|au|jusqu{APOS}au){_SP}
    (?P<day>3[01]|[12]\d|0?[1-9])(?!\w)(?!{SPACE}[.,:h]{SPACE}\d)
    (?={SPACE}(?:[,.;:)!?»]|$|(?:et|à|a|puis|suivant|inclus)(?!\w)))
    """,
    _FLAGS,
)

#: "le lendemain du 13 février", "la veille de Noël": a day either side of a date.
_AROUND_RE: Final = _Lazy(
    rf"""
    (?<!\w)(?:(?:le|la){_SP})?(?P<which>veille|lendemain)
    {_SP}(?:de{_SP}la{_SP}f[êe]te{_SP}du{_SP}|du{_SP}|de{_SP}la{_SP}|de{_SP}l{APOS}|de{_SP}|d{APOS})
    """,
    _FLAGS,
)

#: "du", "de", "d'" before a date: "dans la journée du 15 septembre".
_DAY_OF_RE: Final = _Lazy(rf"{_SP}(?:du|de|des|d{APOS})(?!\w)", _FLAGS)

_SHIFT_RE: Final = _Lazy(
    rf"(?<!\w)(?P<shift>{alternation(list(SHIFT_DAYS))})(?!\w)(?!{DASH}l[àa])",
    _FLAGS,
)

_WEEK_WORDS: Final = rf"""
    (?P<week>(?:de{_SP})?(?:la|cette){_SP}semaine
        (?:{_SP}(?:prochaine|prochain|suivante|d{APOS}après|d{APOS}apres
                 |dernière|derniere|dernier|passée|passee|précédente|precedente))?)
"""

_WEEKDAY_REL_RE: Final = _Lazy(
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
    _FLAGS,
)

#: Before a weekday that names a habit, not a day: "le mardi", "chaque jeudi", "tous les".
_WEEKDAY_HABIT_RE: Final = _Lazy(
    rf"""
    (?:
        (?<!\w)(?:le|les|chaque|des|un|une|quel|certains?|journal{_SP}du)
      | (?<![\d,.])\d{{1,2}}(?:er)?                          # "le 25 Mardi"
      | (?<!\w)du{_SP}{alternation(list(WEEKDAYS))}{_SP}au     # "du lundi au vendredi"
    ){_SP}\Z
    """,
    _FLAGS,
)
#: After a weekday that names a feast or an event: "mardi gras", "vendredi saint",
#: "jeudi noir", "lundi de Pâques".
_WEEKDAY_FEAST_RE: Final = _Lazy(
    rf"(?:{_SP}|{DASH})(?:gras|saint|sainte|noir|fou|de{_SP}p[âa]ques|de{_SP}pentec[ôo]te)(?!\w)"
    rf"|{_SP}au{_SP}{alternation(list(WEEKDAYS))}(?!\w)"  # "(du) lundi au vendredi": a span
    rf"|{DASH}(?:ci|là|la)(?!\w)",
    _FLAGS,
)

#: "le mois dernier", "ce mois-ci", "l'an dernier", "l'année prochaine", "cette année".
#: Each branch names its unit and direction apart (``unit_ce``, ``dir_ce`` …): the
#: standard :mod:`re` twin needs unique names (:data:`_PERIOD_REL_GROUPS`).
_PERIOD_REL_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    {_MOD}?                                             # "fin de l'année dernière"
    (?:
        (?:(?:le|au|du){_SP})?(?P<unit>mois)
            {_SP}(?P<dir>dernier|prochain|suivant|pass[ée]|pr[ée]c[ée]dent|[àa]{_SP}venir
                         |[ée]coul[ée])
      | ce{_SP}(?P<unit_ce>mois)(?:{DASH}ci)?(?P<dir_ce>)
      | l{APOS}(?P<unit_an>an|année|annee){_SP}
            (?P<dir_an>derni[eè]re|dernier|prochaine|prochain|pass[ée]e?|suivante|pr[ée]c[ée]dente
                       |[ée]coul[ée]e?)                 # "l'année écoulée": the year before
      | cette{_SP}(?P<unit_cette>année|annee)(?P<dir_cette>)
      | l{APOS}(?P<unit_to>année|annee){_SP}
            (?P<dir_to>finissante|[àa]{_SP}venir|qui{_SP}vient|qui{_SP}s{APOS}ach[èe]ve)
      | l{APOS}(?P<unit_the>année|annee)(?P<dir_the>)(?!{_SP}\d)  # "la fin de l'année"
    )
    (?!\w)
    """,
    _FLAGS,
)

#: The unit and direction groups of :data:`_PERIOD_REL_RE`, one pair per branch.
_PERIOD_REL_GROUPS: Final = (
    ("unit", "dir"),
    ("unit_ce", "dir_ce"),
    ("unit_an", "dir_an"),
    ("unit_cette", "dir_cette"),
    ("unit_to", "dir_to"),
    ("unit_the", "dir_the"),
)

_OFFSET_RE: Final = _Lazy(
    rf"""
    (?<!\w)
    (?:
        (?P<ago>il{SPACE}y{SPACE}a)|(?P<in>dans)
    )
    (?:{_SP}(?:à|a){_SP}peu{_SP}près|{_SP}environ|{_SP}près{_SP}d{APOS}|{_SP}presque)?
    {SPACE}(?P<n>\d{{1,3}}|{alternation(list(QUANTITY_WORDS))})
    {_SP}(?P<unit>{alternation(list(UNITS))})(?!\w)
    (?!{_SP}(?:de{_SP}travail|ouvr))
    (?:{_SP}(?:(?:à|a){_SP}(?:partir|compter){_SP}(?:d{APOS}|de{_SP})|apr[èe]s{_SP}(?:le{_SP})?)
        (?P<base>aujourd{APOS}hui|demain|hier|lendemain|avant{DASH}hier|apr[èe]s{DASH}demain)
        (?!\w))?                                       # "dans deux jours après hier"
    |
    (?<!\w)(?P<n2>\d{{1,3}}|{alternation(list(QUANTITY_WORDS))})
    {_SP}(?P<unit2>{alternation(list(UNITS))})
    {_SP}(?:(?P<later>plus{_SP}tard|après|apres)|(?P<earlier>plus{_SP}tôt|plus{_SP}tot|auparavant))
    (?={SPACE}(?:[.,;:!?)]|$))
    """,
    _FLAGS,
)

#: Easter with its year ("Pâques 2018"); without a year the feast cannot be placed.
_EASTER_RE: Final = _Lazy(
    rf"""
    (?<!\w)(?:(?P<monday>lundi){_SP}de{_SP})?p[âa]ques
    (?:{_SP}le{_SP}dimanche)?{_SP}(?:en{_SP}|de{_SP})?(?P<year>\d{{4}})(?!\d)
    """,
    _FLAGS,
)

_HOLIDAY_RE: Final = _Lazy(
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
    _FLAGS,
)

#: Words after a number that show it counts something: then it is not a year
#: ("de 2000 employés", "en 2000 morceaux", "de 1500 à 2000 euros").
_COUNTED_RE: Final = _Lazy(
    rf"""
    (?:{SPACE}(?:à|a|et|ou|{DASH}){SPACE}(?P<second>\d(?:\d|{HSPACE}){{0,12}}))?
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
    _FLAGS,
)

_CAPITALISED_WORD_RE: Final = _Lazy(rf"{_SP}[A-ZÀ-Ý][a-zà-ÿ]")

#: Small patterns of the handlers below, compiled once.
_CLOSING_RE: Final = _Lazy(rf"{SPACE}\)")
_COUNTED_DE_RE: Final = _Lazy(rf"{SPACE}(?:de|des|du|d{APOS})(?!\w)", regex.IGNORECASE)
_SPACED_SLOT_RE: Final = _Lazy(rf"(?:\A|\n|(?<!\w)(?:le|du|au){_SP})\Z", _FLAGS)
_SPACED_END_RE: Final = _Lazy(rf"{SPACE}(?:[.,;:!?)\n]|\Z)")
_JOINED_RE: Final = _Lazy(rf"{SPACE}[/\-]")
_SENTENCE_END_CHARS: Final = frozenset('.!?:;\n»«"(-–—')

#: Symbol blocks and the characters outside the ranges where ``str.lower``, :mod:`re` and
#: :mod:`regex` were checked to agree (defined in :mod:`claimkit.anchors`, which money and the
#: number reader use too): texts without one take the fast paths of the scan and tense
#: stages.
_SYMBOL_RANGES: Final = SYMBOL_RANGES
_OTHER_CHAR_RE: Final = OTHER_CHAR_RE

#: A match of a pass: :mod:`regex`, or its :mod:`re` twin.
_Match = regex.Match[str] | re.Match[str]
