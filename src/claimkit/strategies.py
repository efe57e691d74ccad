"""Hypothesis strategies: realistic French surfaces paired with the claim they must yield.

Install with ``pip install "claimkit[testing]"``.  Each strategy draws a :class:`Rendered`:
the surface text and the values a correct extractor returns for it, so a downstream pipeline
can property-test itself::

    from hypothesis import given
    from claimkit.strategies import embedded, money_surfaces

    @given(embedded(money_surfaces()))
    def test_my_pipeline_keeps_amounts(sample):
        text, rendered, start = sample
        ...

The renderers cover grouping characters (space, U+00A0, U+202F, U+2009, dot, apostrophe),
the decimal comma, multipliers ("millions", "Md", "M€"), number words ("trente-cinq mille"),
currency forms on either side ("$", "€", "dollars", "d'euros", "USD") and qualifiers
("jusqu'à", "près de", "plus de"), with French elision ("près d'un million").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "Rendered",
    "date_surfaces",
    "embedded",
    "filler",
    "french_number_words",
    "money_surfaces",
    "percentage_surfaces",
    "quote_articles",
    "quote_passages",
    "regional_money_documents",
    "tensed_date_sentences",
]

_UNITS = """
zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
seize dix-sept dix-huit dix-neuf
""".split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in _TENS:
        if unit == 0:
            return _TENS[tens]
        if unit == 1:
            return f"{_TENS[tens]} et un"
        return f"{_TENS[tens]}-{_UNITS[unit]}"
    if tens == 7:  # soixante-dix, soixante et onze, soixante-douze...
        return "soixante et onze" if unit == 1 else f"soixante-{_UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    return f"quatre-vingt-{_UNITS[10 + unit]}"  # 90-99


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")  # "deux cents", but "deux cent un"
    return f"{head} {_below_100(rest)}"


def french_number_words(n: int) -> str:
    """Write 0 <= n < 1 000 000 in French words (traditional spelling).

    >>> french_number_words(87), french_number_words(71), french_number_words(200)
    ('quatre-vingt-sept', 'soixante et onze', 'deux cents')
    >>> french_number_words(35000)
    'trente-cinq mille'
    """
    if not 0 <= n < 1_000_000:
        raise ValueError(f"french_number_words() takes 0 <= n < 1000000, got {n}")
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = _below_1000(thousands)
    if head.endswith(("cents", "vingts")):
        head = head[:-1]  # "deux cent mille", "quatre-vingt mille": no plural before mille
    head = "mille" if thousands == 1 else f"{head} mille"
    return head if rest == 0 else f"{head} {_below_1000(rest)}"


@dataclass(frozen=True)
class Rendered:
    """A surface and what extracting it must give (``kind`` and value fields)."""

    text: str
    kind: str
    values: dict[str, Any] = field(default_factory=dict)


_GROUPING = (" ", "\u00a0", "\u202f", "\u2009", ".", "'", "")


def _group(integer: int, sep: str) -> str:
    digits = str(integer)
    if not sep or integer < 1000:
        return digits
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sep.join(reversed(groups))


def _digits(value: Decimal, sep: str) -> str:
    integer = int(value)
    frac = value - integer
    text = _group(integer, sep)
    if frac:
        text += "," + format(frac, "f").split(".")[1].rstrip("0")
    return text


#: (text before the amount, qualifier in the gold format)
_QUALIFIERS = (
    ("", "exact"),
    ("environ ", "approximate"),
    ("près de ", "approximate"),
    ("autour de ", "approximate"),
    ("jusqu'à ", "at_most"),
    ("jusqu’à ", "at_most"),
    ("au plus ", "at_most"),
    ("au moins ", "at_least"),
    ("plus de ", "more_than"),
    ("moins de ", "less_than"),
    ("supérieur à ", "more_than"),
)

#: (suffix after the number, currency, takes "de"/"d'" after a multiplier)
_SUFFIXES = (
    ("$", "USD", False),
    ("€", "EUR", False),
    ("£", "GBP", False),
    ("dollars", "USD", True),
    ("euros", "EUR", True),
    ("livres sterling", "GBP", True),
    ("francs suisses", "CHF", True),
    ("dollars canadiens", "CAD", True),
    ("yens", "JPY", True),
    ("USD", "USD", False),
    ("EUR", "EUR", False),
)
_PREFIXES = (("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("USD ", "USD"), ("EUR ", "EUR"))
_SPACES = (" ", "\u00a0", "\u202f")  # the spaces French typography puts between words


def _elide(qualifier: str, number: str) -> str:
    """French elision: "près de" + "un million" -> "près d'un million"."""
    if (
        qualifier.endswith("de ")
        and number[:1] in "aeiouéèêhy"
        and not number.startswith(
            ("huit", "onze")  # no elision before "huit", "onze"
        )
    ):
        return qualifier[:-3] + "d'" + number
    return qualifier + number


@st.composite
def money_surfaces(draw: st.DrawFn) -> Rendered:
    """Draw a French money surface and its expected value, currency and qualifier."""
    qualifier, expected_qualifier = draw(st.sampled_from(_QUALIFIERS))
    space = draw(st.sampled_from(_SPACES))
    form = draw(st.sampled_from(("digits", "multiplier", "words", "prefix")))
    suffix, currency, takes_de = draw(st.sampled_from(_SUFFIXES))
    if form == "digits":
        integer = draw(st.integers(1, 999_999_999))
        cents = draw(st.sampled_from((0, 0, 5, 50, 99)))
        value = Decimal(integer) + Decimal(cents) / 100
        number = _digits(value, draw(st.sampled_from(_GROUPING)))
        surface = f"{number}{space if suffix[0].isalpha() or draw(st.booleans()) else ''}{suffix}"
    elif form == "multiplier":
        coef = Decimal(draw(st.integers(1, 999))) + Decimal(draw(st.integers(0, 9))) / 10
        word, power = draw(st.sampled_from((("millions", 6), ("milliards", 9), ("M", 6))))
        value = coef * 10**power
        number = _digits(coef, "")
        if word == "M":
            suffix, currency = draw(st.sampled_from((("€", "EUR"), ("$", "USD"))))
            surface = f"{number}{space}M{suffix}"
        elif takes_de:
            de = "d'" if suffix[0] in "aeiouy" else "de "
            surface = f"{number}{space}{word} {de}{suffix}"
        else:
            surface = f"{number}{space}{word} {suffix}"
    elif form == "words":
        n = draw(st.integers(2, 999_999))
        value = Decimal(n)
        suffix, currency = draw(
            st.sampled_from((("euros", "EUR"), ("dollars", "USD"), ("livres sterling", "GBP")))
        )
        surface = f"{french_number_words(n)} {suffix}"
    else:
        sym, currency = draw(st.sampled_from(_PREFIXES))
        integer = draw(st.integers(1, 9_999_999))
        value = Decimal(integer)
        surface = f"{sym}{_digits(value, draw(st.sampled_from(_GROUPING)))}"
    text = _elide(qualifier, surface)
    return Rendered(
        text,
        "money",
        {"value": value, "currency": currency, "qualifier": expected_qualifier},
    )


@st.composite
def percentage_surfaces(draw: st.DrawFn) -> Rendered:
    """Draw a French percentage surface ("4,3 %", "quatre-vingt-sept pour cent")."""
    qualifier, expected_qualifier = draw(st.sampled_from(_QUALIFIERS))
    if draw(st.booleans()):
        n = draw(st.integers(1, 999))
        value = Decimal(n)
        number = french_number_words(n)
        sign = " pour cent"
    else:
        value = Decimal(draw(st.integers(0, 1000))) + Decimal(draw(st.integers(0, 99))) / 100
        number = _digits(value, "")
        sign = draw(st.sampled_from(("%", " %", "\u00a0%", "\u202f%", " pour cent")))
    text = _elide(qualifier, number + sign)
    return Rendered(text, "percentage", {"value": value, "qualifier": expected_qualifier})


#: Currency forms of the French-speaking world: (template, ISO code or the bare word a reader
#: resolves by place, power of ten the form holds).  "{n}" is the number.
REGIONAL_FORMS: tuple[tuple[str, str, int], ...] = (
    ("{n} $", "dollar", 0),
    ("{n} M$", "dollar", 6),
    ("{n} G$", "dollar", 9),
    ("{n} k$", "dollar", 3),
    ("{n} milliards $", "dollar", 9),
    ("{n} dollars", "dollar", 0),
    ("{n} $ CA", "CAD", 0),
    ("{n} $ US", "USD", 0),
    ("{n} dollars américains", "USD", 0),
    ("{n} USD", "USD", 0),
    ("{n} dollars canadiens", "CAD", 0),
    ("{n} francs", "franc", 0),
    ("{n} CHF", "CHF", 0),
    ("CHF {n}", "CHF", 0),
    ("{n} francs suisses", "CHF", 0),
    ("{n} mio de francs", "franc", 6),
    ("{n} francs CFA", "cfa", 0),
    ("{n} FCFA", "cfa", 0),
    ("{n} F CFA", "cfa", 0),
    ("{n} fcfa", "cfa", 0),
    ("{n} Cfa", "cfa", 0),
    ("{n} milliards FCFA", "cfa", 9),
    ("{n} XOF", "XOF", 0),
    ("{n} XAF", "XAF", 0),
    ("{n} francs congolais", "CDF", 0),
    ("{n} FC", "CDF", 0),
    ("{n} CDF", "CDF", 0),
    ("{n} francs guinéens", "GNF", 0),
    ("{n} GNF", "GNF", 0),
    ("{n} Frw", "RWF", 0),
    ("{n} francs rwandais", "RWF", 0),
    ("{n} FBu", "BIF", 0),
    ("{n} FDJ", "DJF", 0),
    ("{n} francs comoriens", "KMF", 0),
    ("{n} francs CFP", "XPF", 0),
    ("{n} F CFP", "XPF", 0),
    ("{n} dirhams", "MAD", 0),
    ("{n} DH", "MAD", 0),
    ("{n} Dhs", "MAD", 0),
    ("{n} dinars", "dinar", 0),
    ("{n} dinars algériens", "DZD", 0),
    ("{n} DA", "DZD", 0),
    ("{n} dinars tunisiens", "TND", 0),
    ("{n} DT", "TND", 0),
    ("{n} MD", "dinar", 6),
    ("{n} ouguiyas", "MRU", 0),
    ("{n} MRU", "MRU", 0),
    ("{n} ariary", "MGA", 0),
    ("{n} Ar", "MGA", 0),
    ("{n} gourdes", "HTG", 0),
    ("{n} livres libanaises", "LBP", 0),
    ("{n} LL", "LBP", 0),
    ("{n} livres", "livre", 0),
    ("{n} roupies", "roupie", 0),
    ("Rs {n}", "MUR", 0),
    ("{n} M€", "EUR", 6),
    ("{n} Md€", "EUR", 9),
    ("{n} Mds€", "EUR", 9),
    ("{n} mds EUR", "EUR", 9),
    ("{n} k€", "EUR", 3),
    ("{n} euros", "EUR", 0),
)

#: Places as their press names them: (city, country, what a bare word means there).
REGIONAL_PLACES: tuple[tuple[str, dict[str, str]], ...] = (
    ("Montréal", {"dollar": "CAD"}),
    ("Genève", {"franc": "CHF"}),
    ("Dakar", {"franc": "XOF", "cfa": "XOF"}),
    ("Yaoundé", {"franc": "XAF", "cfa": "XAF"}),
    ("Kinshasa", {"franc": "CDF"}),
    ("Nouméa", {"franc": "XPF", "cfa": "XPF"}),
    ("Alger", {"dinar": "DZD"}),
    ("Tunis", {"dinar": "TND"}),
    ("Beyrouth", {"livre": "LBP"}),
    ("Port-Louis", {"roupie": "MUR"}),
    ("Rabat", {}),
    ("Port-au-Prince", {}),
)
#: What a bare word means to a reader with no place cue for it.  Written here again, not
#: imported from ``claimkit.money``: the strategies are an oracle independent of the code
#: they test.
_BARE_DEFAULTS = {
    "dollar": "USD",
    "franc": "CHF",
    "cfa": "XOF",
    "dinar": "DZD",
    "livre": "GBP",
    "roupie": "INR",
}


@st.composite
def regional_money_documents(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """Draw a short document with one amount in any listed currency form and a place cue.

    Returns (text, value, ISO code).  The place is a dateline ("Montréal - ", as the press
    of the place writes it) or a sentence naming the city before or after the amount; a
    bare "$", "francs", "dinars", "livres" or "roupies" takes the place's meaning.

    """
    template, code, power = draw(st.sampled_from(REGIONAL_FORMS))
    city, meanings = draw(st.sampled_from(REGIONAL_PLACES))
    where = draw(st.sampled_from(("dateline", "before", "after")))
    if code == "dollar" and city == "Montréal":
        where = "dateline"  # a passing mention does not make a text Canadian; a dateline does
    if power:
        coef = Decimal(draw(st.integers(1, 999))) + Decimal(draw(st.integers(0, 9))) / 10
        number = _digits(coef, "")
        value = coef * 10**power
    else:
        value = Decimal(draw(st.integers(1, 999_999)))
        number = _digits(value, draw(st.sampled_from((" ", "\u00a0", "\u202f", ""))))
    surface = template.format(n=number)
    expected = meanings.get(code, _BARE_DEFAULTS.get(code, code))
    sentence = f"Le montant atteint {surface} {draw(filler(0, 6))}".rstrip() + "."
    cue = f"La réunion se tient à {city} {draw(filler(0, 6))}".rstrip() + "."
    if where == "dateline":
        text = f"{city} - {sentence}"
    elif where == "before":
        text = f"{cue} {sentence}"
    else:
        text = f"{sentence} {cue}"
    return text, value, expected


MONTH_NAMES = """
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
""".split()
_MONTH_ABBREVIATIONS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
_WEEKDAY_NAMES = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()


@st.composite
def date_surfaces(
    draw: st.DrawFn,
    min_value: dt.date = dt.date(1900, 1, 1),
    max_value: dt.date = dt.date(2099, 12, 31),
) -> Rendered:
    """Draw a date written in French and the year, month, day and granularity it states.

    Forms: "le 3 juin 2024", "1er juin 2024", "3 juin 2024", "lundi 3 juin 2024",
    "3 janv. 2024", "3/06/2024", "03.06.2024", "2024-06-03", "juin 2024"; month names in
    any case; U+0020, U+00A0 or U+202F between words.
    """
    d = draw(st.dates(min_value=min_value, max_value=max_value))
    sp = draw(st.sampled_from(_SPACES))
    month = MONTH_NAMES[d.month - 1]
    if draw(st.booleans()):
        month = month.capitalize() if draw(st.booleans()) else month.upper()
    day = "1er" if d.day == 1 and draw(st.booleans()) else str(d.day)
    weekday = _WEEKDAY_NAMES[d.weekday()]
    article = draw(st.sampled_from(["le", "Le", "LE"]))
    abbreviation = _MONTH_ABBREVIATIONS[d.month - 1]
    forms = [
        (f"{article}{sp}{day}{sp}{month}{sp}{d.year}", "day"),
        (f"{day}{sp}{abbreviation}{sp}{d.year}", "day"),
        (f"{day}{sp}{month}{sp}{d.year}", "day"),
        (f"{weekday}{sp}{day}{sp}{month}{sp}{d.year}", "day"),
        (f"{d.day}/{d.month:02d}/{d.year}", "day"),
        (f"{d.day:02d}.{d.month:02d}.{d.year}", "day"),
        (d.isoformat(), "day"),
        (f"{month}{sp}{d.year}", "month"),
    ]
    surface, granularity = draw(st.sampled_from(forms))
    return Rendered(
        surface,
        "date",
        {
            "year": d.year,
            "month": d.month,
            "day": d.day if granularity == "day" else None,
            "granularity": granularity,
        },
    )


#: Clauses with a verb in a past or a future tense, around a slot for a date expression.
_TENSED_CLAUSES: dict[str, tuple[str, ...]] = {
    "past": (
        "Le gouvernement a annoncé {} de nouvelles mesures.",
        "Le conseil des ministres s'est réuni {} à Dakar.",
        "Les députés ont adopté le texte {}.",
        "Le dollar valait 143 dinars {}.",
        "La loi avait été promulguée {}.",
        "{}, les syndicats étaient dans la rue.",
    ),
    "future": (
        "Le budget sera voté {}.",
        "La réunion se tiendra {} à Abidjan.",
        "Le ministre va présenter {} son plan.",
        "Les élections auront lieu {}.",
        "{}, les prix baisseront à la pompe.",
        "Le verdict est attendu {}.",
    ),
}


@st.composite
def tensed_date_sentences(
    draw: st.DrawFn,
    min_value: dt.date = dt.date(1901, 1, 1),
    max_value: dt.date = dt.date(2098, 12, 31),
) -> tuple[str, str, str, dt.date]:
    """Draw a past- or future-tense sentence holding a weekday or a month without a year.

    Returns (sentence, tense, the expression's kind: "weekday" or "month", reference date).
    Weekdays: "mardi", "ce mardi"; months: "en mars", "fin mars", "début mars", "au mois de
    mars".
    """
    ref = draw(st.dates(min_value=min_value, max_value=max_value))
    tense = draw(st.sampled_from(["past", "future"]))
    kind = draw(st.sampled_from(["weekday", "month"]))
    if kind == "weekday":
        word = draw(st.sampled_from(_WEEKDAY_NAMES))
        expression = draw(st.sampled_from([word, f"ce {word}"]))
    else:
        month = draw(st.sampled_from(MONTH_NAMES))
        lead = draw(st.sampled_from(["en", "fin", "début", "au mois de", "courant"]))
        expression = f"{lead} {month}"
    clause = draw(st.sampled_from(_TENSED_CLAUSES[tense]))
    sentence = clause.format(expression)
    return sentence[0].upper() + sentence[1:], tense, kind, ref


_QUOTE_WORDS = """
le projet avance lentement mais sûrement dans la ville nous avons travaillé avec les équipes
locales depuis longtemps et cela change tout pour habitants
""".split()
_FIRST_NAMES = ["Marie", "Paul", "Léa", "Hugo", "Inès", "Karim", "Sophie", "Jean"]
_LAST_NAMES = ["Durand", "Lefèvre", "Moreau", "Benali", "Garcia", "Fontaine", "Petit", "Roux"]
_QUOTE_MARKS = (("« ", " »"), ("«\u00a0", "\u00a0»"), ("«", "»"), ("“", "”"), ('"', '"'))


@st.composite
def quote_passages(draw: st.DrawFn) -> Rendered:
    """Draw a short passage holding one attributed quotation, and what it must yield.

    A named person is introduced, then quoted with one mark style (« », « » with no-break
    spaces, “ ”, straight quotes) and one attribution pattern: "…, a déclaré Nom",
    "…, a-t-il expliqué", "…, selon Prénom Nom", "Nom a ajouté : …", "Selon Nom, …",
    "…, explique Prénom Nom, qui …", "…, Prénom Nom, ingénieur du projet, a dit".  The
    values are the quoted words (``text``, without the marks) and the full ``speaker`` name.
    """
    words = draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=4, max_size=14))
    content = " ".join(words)
    content = content[0].upper() + content[1:]
    first, last = draw(st.sampled_from(_FIRST_NAMES)), draw(st.sampled_from(_LAST_NAMES))
    full = f"{first} {last}"
    opening, closing = draw(st.sampled_from(_QUOTE_MARKS))
    q = f"{opening}{content}{closing}"
    pronoun = "elle" if first in ("Marie", "Léa", "Inès", "Sophie") else "il"
    body = draw(
        st.sampled_from(
            [
                f"{q}, a déclaré {last}.",
                f"{q}, a-t-{pronoun} expliqué.",
                f"{q}, selon {full}.",
                f"{last} a ajouté : {q}",
                f"Selon {last}, {q}.",
                f"{q}, explique {full}, qui dirige le projet.",
                f"{q}, {full}, responsable du projet, a dit.",
            ]
        )
    )
    return Rendered(
        f"{full} travaille ici depuis longtemps. {body}",
        "quote",
        {"text": content, "speaker": full},
    )


#: People of news from the whole French-speaking world, by gender: (first names, titles).
_PEOPLE_FIRST = {
    "m": ["Paul", "Moussa", "Karim", "Jean-Baptiste", "Kofi", "Ousmane", "Réjean", "Walid"],
    "f": ["Awa", "Fatou", "Marie-Claude", "Leïla", "Aminata", "Sophie", "Nadia", "Mariam"],
}
_PEOPLE_LAST = [
    "Diop", "Benali", "Tremblay", "Kaboré", "Le Gall", "Haddad", "Mensah", "Rossier",
    "Dubois", "Ngoma", "Traoré", "Lefèvre",
]  # fmt: skip
#: Titles as (masculine, feminine) forms.
_PEOPLE_TITLES = [
    ("ministre", "ministre"), ("président", "présidente"), ("procureur", "procureure"),
    ("maire", "maire"), ("directeur", "directrice"), ("avocat", "avocate"),
    ("député", "députée"), ("gouverneur", "gouverneure"), ("sénateur", "sénatrice"),
]  # fmt: skip


@st.composite
def quote_articles(draw: st.DrawFn) -> Rendered:
    """Draw a short article: a person introduced with a title, others, then a quotation.

    The person is introduced with a title ("Le ministre Paul Diop a tenu une conférence.",
    "Awa Traoré, présidente du syndicat, était à la tribune."), other people with other
    titles and surnames come in between (some quoted), and the person is quoted last,
    credited by title ("a déclaré la présidente"), surname ("a dit Traoré") or pronoun
    ("a-t-elle ajouté"), or by nobody ("Détail important : « … »").  Who is referred to is
    always clear to a reader: the others never share the title or the surname, and they are
    of the other gender when the reference is a pronoun.  The values are the last
    quotation's words and the person's full name.
    """
    how = draw(st.sampled_from(["title", "surname", "pronoun", "none"]))
    gender = draw(st.sampled_from(["m", "f"]))
    first = draw(st.sampled_from(_PEOPLE_FIRST[gender]))
    last = draw(st.sampled_from(_PEOPLE_LAST))
    titles = draw(st.permutations(_PEOPLE_TITLES))
    title = titles[0][0 if gender == "m" else 1]
    full = f"{first} {last}"
    det = "le" if gender == "m" else "la"
    intro = draw(
        st.sampled_from(
            [
                f"{det.capitalize()} {title} {full} a tenu une conférence de presse.",
                f"{full}, {title} de la région, était à la tribune.",
                f"{det.capitalize()} {title} de la région, {full}, a présidé la réunion.",
            ]
        )
    )
    sentences = [intro]
    others = draw(st.integers(min_value=0, max_value=3))
    surnames = [n for n in _PEOPLE_LAST if n != last]
    for k in range(others):
        og = "f" if gender == "m" else "m"
        if how != "pronoun":
            og = draw(st.sampled_from(["m", "f"]))
        o_full = f"{draw(st.sampled_from(_PEOPLE_FIRST[og]))} {surnames[k]}"
        o_title = titles[k + 1][0 if og == "m" else 1]
        o_det = "le" if og == "m" else "la"
        words = " ".join(draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=4, max_size=8)))
        forms = [
            f"{o_det.capitalize()} {o_title} {o_full} était aussi présent.",
            f"{o_full}, {o_title}, a pris la parole ensuite.",
        ]
        if how != "none":  # after another quotation, an uncredited one goes on with it
            forms.append(f"« {words.capitalize()} », a répondu {o_det} {o_title} {o_full}.")
        sentences.append(draw(st.sampled_from(forms)))
    content = " ".join(draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=4, max_size=12)))
    content = content[0].upper() + content[1:]
    pronoun = "il" if gender == "m" else "elle"
    ref = {
        "title": f"a déclaré {det} {title}",
        "surname": f"a dit {last}",
        "pronoun": f"a-t-{pronoun} ajouté",
        "none": "",
    }[how]
    if how == "none":
        # credited by nobody: the article's one person, or nobody when others came in
        sentences.append(f"Détail important : « {content} ».")
    else:
        sentences.append(f"« {content} », {ref}.")
    return Rendered(" ".join(sentences), "quote", {"text": content, "speaker": full})


#: Neutral French filler: no numbers, currencies, qualifiers, dates, quote marks or places,
#: and no word that ends a qualifier with the next one ("dans les" means "about").
_FILLER_WORDS = """
le rapport la société les salariés un syndicat cette offre selon nous la direction
annonce a publié propose pour un poste du secteur des acteurs et scénaristes une
grève les studios ce contrat prévoit la plateforme recrute avec un salaire notamment
aussi enfin cependant toutefois
""".split()


def filler(min_words: int = 0, max_words: int = 12) -> st.SearchStrategy[str]:
    """Neutral French words, to embed a surface in."""
    return st.lists(st.sampled_from(_FILLER_WORDS), min_size=min_words, max_size=max_words).map(
        " ".join
    )


@st.composite
def embedded(
    draw: st.DrawFn, surfaces: st.SearchStrategy[Rendered], joiner: str = " "
) -> tuple[str, Rendered, int]:
    """Embed a drawn surface in filler: returns (text, rendered, start offset of surface).

    *joiner* goes between the filler before and the surface: " " puts the surface inside a
    sentence, ". " at the start of one (where a preposition of the filler cannot read as
    part of it: "pour juin 2024").
    """
    rendered = draw(surfaces)
    before = draw(filler(1))
    after = draw(filler())
    head = f"{before[0].upper()}{before[1:]}{joiner}"
    text = f"{head}{rendered.text} {after}".rstrip() + "."
    return text, rendered, len(head)
