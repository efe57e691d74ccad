"""Lexicon stage of :mod:`claimkit.dates`: French calendar words.

Every key is lower case and written in ASCII typography (``'`` for any apostrophe, one space
for any run of spaces); :func:`claimkit.text.alternation` turns the keys into tolerant regex
alternations, and lookups fold the matched text with :func:`normalise_word` first.

- :data:`MONTHS`: full month names, with and without accents (news copy and OCR drop them),
  to their number.
- :data:`MONTH_ABBREVIATIONS`: the abbreviations newsrooms and forms use ("janv.", "févr.",
  "sept." is September, "déc."), also without accents.  They are only read as months next to
  a day number or a year ("sept" alone is the number seven).
- :data:`AMBIGUOUS_MONTHS`: months that are also common proper names ("Mars" the planet or
  the company, "Mai" and "Avril" as first names): capitalised and alone, they are not dates.
- :data:`WEEKDAYS` / :data:`WEEKDAY_ABBREVIATIONS`: weekday to ``date.weekday()`` number.
- :data:`DAY_WORDS`: spelled-out day numbers 1 to 31 ("premier", "vingt et un").
- :data:`ORDINAL_WORDS`: ordinals used in "le troisième jour d'octobre".
- :data:`QUANTITY_WORDS`: small counts for "il y a trois jours", "dans deux semaines".
- :data:`UNIT_DAYS`: the calendar unit of a relative offset and its canonical name.
- :data:`HOLIDAYS`: fixed-date holidays (month, day); movable feasts are left out.
- :data:`SHIFT_DAYS`: one-word relative days ("hier" is -1).
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = [
    "AMBIGUOUS_MONTHS",
    "ANAPHORIC_DAYS",
    "DAY_WORDS",
    "ENGLISH_MONTHS",
    "ENGLISH_WEEKDAYS",
    "HOLIDAYS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "ORDINAL_WORDS",
    "QUANTITY_WORDS",
    "SHIFT_DAYS",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "normalise_word",
]

MONTHS: Final[dict[str, int]] = {
    "janvier": 1,
    "fevrier": 2,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "décembre": 12,
}

MONTH_ABBREVIATIONS: Final[dict[str, int]] = {
    "janv": 1,
    "jan": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}

#: English month names and abbreviations, read only in a full English date with its day and
#: year ("December 6, 2022", "Tue, 5 Apr 2022"): datelines, tweets and agency stamps.
ENGLISH_MONTHS: Final[dict[str, int]] = {
    **{
        name: i
        for i, name in enumerate(
            "january february march april may june july august september october november"
            " december".split(),
            start=1,
        )
    },
    **{
        abbr: i
        for i, abbr in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
    },
    "sept": 9,
}

#: English weekdays before such a date ("Tue, 5 Apr 2022").
ENGLISH_WEEKDAYS: Final[dict[str, int]] = {
    **{
        name: i
        for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
    },
    **{abbr: i for i, abbr in enumerate("mon tue wed thu fri sat sun".split())},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}

AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"mars", "mai", "avril"})

WEEKDAYS: Final[dict[str, int]] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

WEEKDAY_ABBREVIATIONS: Final[dict[str, int]] = {
    "lun": 0,
    "mar": 1,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,
}

_UNITS_WORDS: Final = (
    *("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"),
    *("neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"),
)

DAY_WORDS: Final[dict[str, int]] = {
    "premier": 1,
    **{w: i for i, w in enumerate(_UNITS_WORDS, start=1) if w != "un"},
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
    "vingt et un": 21,
    "vingt-et-un": 21,
    **{f"vingt-{w}": 20 + i for i, w in enumerate(_UNITS_WORDS[:9], start=1) if w != "un"},
    "trente": 30,
    "trente et un": 31,
    "trente-et-un": 31,
}

ORDINAL_WORDS: Final[dict[str, int]] = {
    "premier": 1,
    "deuxieme": 2,
    "deuxième": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "troisième": 3,
    "quatrieme": 4,
    "quatrième": 4,
    "cinquieme": 5,
    "cinquième": 5,
}

QUANTITY_WORDS: Final[dict[str, int]] = {
    "un": 1,
    "une": 1,
    **{w: i for i, w in enumerate(_UNITS_WORDS, start=1) if w != "un"},
    "vingt": 20,
    "trente": 30,
}

#: Relative offset units: surface word to canonical unit.
UNITS: Final[dict[str, str]] = {
    "jour": "day",
    "jours": "day",
    "journee": "day",
    "journée": "day",
    "journees": "day",
    "journées": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "annee": "year",
    "année": "year",
    "annees": "year",
    "années": "year",
}

HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "noel": (12, 25),
    "noël": (12, 25),
    "jour de noel": (12, 25),
    "jour de noël": (12, 25),
    "veille de noel": (12, 24),
    "veille de noël": (12, 24),
    "reveillon de noel": (12, 24),
    "réveillon de noël": (12, 24),
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "veille du nouvel an": (12, 31),
    "reveillon du nouvel an": (12, 31),
    "réveillon du nouvel an": (12, 31),
    "réveillon de nouvel an": (12, 31),
    "reveillon de nouvel an": (12, 31),
    "saint-sylvestre": (12, 31),
    "saint sylvestre": (12, 31),
    "toussaint": (11, 1),
    "fete du travail": (5, 1),
    "fête du travail": (5, 1),
    "fete internationale du travail": (5, 1),
    "fête internationale du travail": (5, 1),
    "journee internationale des travailleurs": (5, 1),
    "journée internationale des travailleurs": (5, 1),
    "saint-valentin": (2, 14),
    "saint valentin": (2, 14),
    "halloween": (10, 31),
    "assomption": (8, 15),
    "saint-patrick": (3, 17),
    "saint patrick": (3, 17),
    "jour de la terre": (4, 22),
}

SHIFT_DAYS: Final[dict[str, int]] = {
    "aujourd'hui": 0,
    "ce jour": 0,
    "dans la journee": 0,
    "dans la journée": 0,
    "hier": -1,
    "la veille": -1,
    "le jour d'avant": -1,
    "le jour precedent": -1,
    "le jour précédent": -1,
    "avant-hier": -2,
    "avant hier": -2,
    "demain": 1,
    "le lendemain": 1,
    "lendemain": 1,
    "le jour suivant": 1,
    "jour suivant": 1,
    "le jour d'apres": 1,
    "le jour d'après": 1,
    "un jour apres": 1,
    "un jour après": 1,
    "apres-demain": 2,
    "après-demain": 2,
    "apres demain": 2,
    "après demain": 2,
}

#: The one-word relative days counted from the date the text last gave, not from the
#: publication date: "Le 2 février, il a été élu. Le lendemain, il a démissionné."
ANAPHORIC_DAYS: Final[frozenset[str]] = frozenset(
    key
    for key in SHIFT_DAYS
    if any(w in key for w in ("veille", "lendemain", "jour d'", "jour prec", "jour préc",
                              "jour suivant", "jour apres", "jour après"))
)  # fmt: skip


#: Apostrophes to "'" and dashes to "-" (see :mod:`claimkit.text`), one character for one.
_FOLD: Final = str.maketrans(
    {"\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-")
)


def normalise_word(s: str) -> str:
    """Fold a matched surface form to a table key: lower case, ASCII apostrophe, one space.

    >>> normalise_word("Aujourd’hui")
    "aujourd'hui"
    >>> normalise_word("avant-\u00a0hier")
    'avant- hier'
    """
    if s.isascii():  # already NFC; only "`" to fold
        s = s.lower().replace("`", "'")
    else:
        s = unicodedata.normalize("NFC", s).lower().translate(_FOLD)
    return " ".join(s.split())
