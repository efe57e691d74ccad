"""Data tables for amounts: currencies, multipliers, qualifiers, periods, number words.

Sources: ISO 4217 (codes), French newsroom usage (the currency names and abbreviations of
AFP/Le Monde style guides: "M€", "Md€", "k€", "$ CA", "FCFA"), and the qualifier words of
the project's gold format.  Everything is written in plain typography (ASCII apostrophe,
single spaces): :func:`claimkit.text.alternation` turns each entry into a pattern tolerant of
’, no-break spaces and case.

Field meanings:

* ``CURRENCY_WORDS``: lower-case surface -> ISO code.  ``None`` means "resolve from the
  document" (a bare dollar or franc).  Minor units map to ``(code, Decimal("0.01"))``.
* ``QUALIFIERS``: surface -> gold-format qualifier.  Matched immediately before an amount.
* ``MULTIPLIERS``: surface -> power of ten (French "billion" is 10^12).
* ``PERIODS``: surface -> period name.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "APPROX_NOUNS",
    "CFA",
    "CHANGE_VERB_STEMS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIX_SYMBOLS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DOLLAR_VARIANTS",
    "GLUED_QUALIFIERS",
    "MINOR_UNITS",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "PERIODS",
    "QUALIFIERS",
    "QUALIFIER_ARTICLES",
    "QUALIFIER_VERB_STEMS",
]

#: Dollar-like currencies: a bare "$" or "dollar" resolves to one of these.
DOLLAR = None
FRANC = "FRANC"  # placeholder resolved per document (CHF, XOF, XAF, FRF...)
CFA = "CFA"  # placeholder resolved per document (XOF or XAF)

#: ISO 4217 codes accepted as written codes ("1000 EUR", "USD 5 millions", "CHF 120.–").
#: Upper case only in running text, so "les ans" or "cad" in prose are never currencies.
CURRENCY_CODES: Final = frozenset(
    {
        "AED", "ARS", "AUD", "BEF", "BGN", "BRL", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CZK",
        "DEM", "DKK", "DZD", "EGP", "ESP", "EUR", "FIM", "FRF", "GBP", "GHS", "HKD", "HUF", "IDR",
        "ILS", "INR", "IRR", "ISK", "ITL", "JPY", "KES", "KRW", "LBP", "MAD", "MGA", "MXN", "MYR",
        "NGN", "NLG", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RUB", "SAR", "SEK",
        "SGD", "THB", "TND", "TRY", "TWD", "UAH", "USD", "VND", "XAF", "XOF", "XPF", "ZAR",
    }
)

#: Symbols written after (or before) the number: "900 000 $", "€15", "20 ₣".
CURRENCY_SYMBOLS: Final[dict[str, str | None]] = {
    "$": DOLLAR,  # bare dollar: USD unless the document says otherwise
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",  # yen and yuan share the sign; Japanese use dominates French news
    "₣": FRANC,
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₿": None,  # no ISO code for bitcoin: amount kept, currency None
    # Qualified dollar signs, before or after: "US$", "$ US", "$ CA", "C$", "$ HK".
    "US$": "USD",
    "$US": "USD",
    "$ US": "USD",
    "$ USD": "USD",
    "$USD": "USD",
    "$ CA": "CAD",
    "$CA": "CAD",
    "$ CAD": "CAD",
    "$CAD": "CAD",
    "$ can": "CAD",
    "$ C": "CAD",  # Canadian newspapers: "1,34 $ c"
    "C$": "CAD",
    "CA$": "CAD",
    "$ AU": "AUD",
    "$ AUD": "AUD",
    "A$": "AUD",
    "AU$": "AUD",
    "$ HK": "HKD",
    "HK$": "HKD",
    "$ NZ": "NZD",
    "NZ$": "NZD",
    "$ SG": "SGD",
    "S$": "SGD",
    "MX$": "MXN",
    "R$": "BRL",
    "FCFA": "XOF",  # franc CFA; XAF in Central Africa (resolved from the document)
    "F CFA": "XOF",
    "CFA": "XOF",
}

#: Symbols that may stand before the number: "$300", "€15", "£ 8,10 millions", "US$ 5".
CURRENCY_PREFIX_SYMBOLS: Final = (
    "$", "€", "£", "¥", "₹", "₽", "₩", "₪", "₺", "₿", "US$", "C$", "CA$", "A$", "AU$", "HK$",
    "NZ$", "S$", "MX$", "R$",
)

#: Dollar variants named in words or signs; a document that names only one of them makes
#: its bare "$" that one ("dollars canadiens" ... "12 $").
DOLLAR_VARIANTS: Final = frozenset({"USD", "CAD", "AUD", "HKD", "NZD", "SGD", "MXN"})

#: Currency names (singular and plural listed: French plural -s/-x).  Longest match wins,
#: so "dollars canadiens" beats "dollars".
CURRENCY_WORDS: Final[dict[str, str | None]] = {
    "dollar": DOLLAR, "dollars": DOLLAR,
    "dollar americain": "USD", "dollars americains": "USD",
    "dollar américain": "USD", "dollars américains": "USD",
    "dollar us": "USD", "dollars us": "USD", "dollars des etats-unis": "USD",
    "dollars des états-unis": "USD",
    "dollar canadien": "CAD", "dollars canadiens": "CAD",
    "dollar australien": "AUD", "dollars australiens": "AUD",
    "dollar neo-zelandais": "NZD", "dollars neo-zelandais": "NZD",
    "dollar néo-zélandais": "NZD", "dollars néo-zélandais": "NZD",
    "dollar de hong kong": "HKD", "dollars de hong kong": "HKD",
    "dollars hongkongais": "HKD", "dollar hongkongais": "HKD",
    "dollar de singapour": "SGD", "dollars de singapour": "SGD",
    "dollars singapouriens": "SGD",
    "euro": "EUR", "euros": "EUR",
    "livre": "GBP", "livres": "GBP", "livre sterling": "GBP", "livres sterling": "GBP",
    "livre britannique": "GBP", "livres britanniques": "GBP",
    "pound": "GBP", "pounds": "GBP",
    "livre libanaise": "LBP", "livres libanaises": "LBP",
    "livre egyptienne": "EGP", "livres egyptiennes": "EGP",
    "livre égyptienne": "EGP", "livres égyptiennes": "EGP",
    "livre turque": "TRY", "livres turques": "TRY", "livres turcs": "TRY",
    "franc": FRANC, "francs": FRANC,
    "franc suisse": "CHF", "francs suisses": "CHF",
    "franc cfa": CFA, "francs cfa": CFA,
    "franc congolais": "CDF", "francs congolais": "CDF",
    "franc francais": "FRF", "francs francais": "FRF",
    "franc français": "FRF", "francs français": "FRF",
    "anciens francs": "FRF", "nouveaux francs": "FRF",
    "franc belge": "BEF", "francs belges": "BEF",
    "franc pacifique": "XPF", "francs pacifique": "XPF", "franc cfp": "XPF", "francs cfp": "XPF",
    "franc guineen": "GNF", "francs guineens": "GNF",
    "franc guinéen": "GNF", "francs guinéens": "GNF",
    "yen": "JPY", "yens": "JPY",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "renminbis": "CNY",
    "roupie": "INR", "roupies": "INR", "roupie indienne": "INR", "roupies indiennes": "INR",
    "rouble": "RUB", "roubles": "RUB",
    "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqels": "ILS",
    "peso mexicain": "MXN", "pesos mexicains": "MXN",
    "peso argentin": "ARS", "pesos argentins": "ARS",
    "real": "BRL", "reais": "BRL", "réal": "BRL", "réaux": "BRL", "reals": "BRL",
    "won": "KRW", "wons": "KRW",
    "couronne suedoise": "SEK", "couronnes suedoises": "SEK",
    "couronne suédoise": "SEK", "couronnes suédoises": "SEK",
    "couronne norvegienne": "NOK", "couronnes norvegiennes": "NOK",
    "couronne norvégienne": "NOK", "couronnes norvégiennes": "NOK",
    "couronne danoise": "DKK", "couronnes danoises": "DKK",
    "couronne tcheque": "CZK", "couronnes tcheques": "CZK",
    "couronne tchèque": "CZK", "couronnes tchèques": "CZK",
    "zloty": "PLN", "zlotys": "PLN", "zlotys polonais": "PLN",
    "forint": "HUF", "forints": "HUF",
    "dirham": "MAD", "dirhams": "MAD", "dirham marocain": "MAD", "dirhams marocains": "MAD",
    "dinar algerien": "DZD", "dinars algeriens": "DZD",
    "dinar algérien": "DZD", "dinars algériens": "DZD",
    "dinar tunisien": "TND", "dinars tunisiens": "TND",
    "rand": "ZAR", "rands": "ZAR",
    "naira": "NGN", "nairas": "NGN",
    "hryvnia": "UAH", "hryvnias": "UAH",
    "livre sterling britannique": "GBP",
    # Withdrawn currencies still met in archives and translated wires.
    "mark finlandais": "FIM", "marks finlandais": "FIM",
    "mark allemand": "DEM", "marks allemands": "DEM", "deutsche mark": "DEM",
    "deutsche marks": "DEM", "deutschemark": "DEM", "deutschemarks": "DEM",
    "florin hollandais": "NLG", "florins hollandais": "NLG",
    "florin neerlandais": "NLG", "florins neerlandais": "NLG",
    "florin néerlandais": "NLG", "florins néerlandais": "NLG",
    "peseta": "ESP", "pesetas": "ESP", "lire": "ITL", "lires": "ITL",
}

#: Minor units: the amount is divided by 100 and the currency is that of the major unit.
MINOR_UNITS: Final[dict[str, str | None]] = {
    "cent": DOLLAR, "cents": DOLLAR,  # "50 cents": a cent of a dollar unless euros are near
    "centime": "EUR", "centimes": "EUR",
    "centime d'euro": "EUR", "centimes d'euro": "EUR",
    "penny": "GBP", "pennies": "GBP", "pence": "GBP",
    "pesewa": "GHS", "pesewas": "GHS",
}

#: Words of quantity written after a number: "8,9 millions", "3 Md€", "450 k€".
#: French "billion" is 10^12 (long scale); "milliard" is 10^9.
MULTIPLIERS: Final[dict[str, int]] = {
    "mille": 3,
    "millier": 3, "milliers": 3,
    "million": 6, "millions": 6,
    "milliard": 9, "milliards": 9,
    "billion": 12, "billions": 12,
    "k": 3, "K": 3,
    "M": 6, "Mio": 6, "mio": 6,
    "Md": 9, "Mds": 9, "Mrd": 9, "Mrds": 9, "md": 9, "mds": 9, "mrd": 9, "mrds": 9,
    "G": 9, "Gd": 9,
}

#: Approximate collective numerals: "une dizaine de millions d'euros" (about 10 million).
APPROX_NOUNS: Final[dict[str, int]] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}

#: Qualifiers written before an amount, mapped to GOLD_FORMAT's qualifier values.
QUALIFIERS: Final[dict[str, str]] = {
    # approximate
    "environ": "approximate",
    "près de": "approximate", "près d'": "approximate", "pres de": "approximate",
    "tout près de": "approximate", "à peu près": "approximate", "a peu pres": "approximate",
    "autour de": "approximate", "autour d'": "approximate", "autour des": "approximate",
    "aux alentours de": "approximate", "aux alentours d'": "approximate",
    "aux alentours des": "approximate",
    "quelque": "approximate", "presque": "approximate", "quasi": "approximate",
    "quasiment": "approximate", "approximativement": "approximate",
    "plus ou moins": "approximate", "grosso modo": "approximate",
    "de l'ordre de": "approximate", "de l'ordre d'": "approximate",
    "pas loin de": "approximate", "pas loin d'": "approximate",
    "dans les": "approximate",
    # at_most
    "jusqu'à": "at_most", "jusqu'au": "at_most", "au plus": "at_most",
    "au maximum": "at_most", "maximum": "at_most", "pas plus de": "at_most",
    "pas plus d'": "at_most", "tout au plus": "at_most", "plafonné à": "at_most",
    "plafonnée à": "at_most", "plafonnés à": "at_most", "plafonnées à": "at_most",
    "dans la limite de": "at_most", "n'excédant pas": "at_most",
    "ne dépassant pas": "at_most",
    # at_least
    "au moins": "at_least", "au minimum": "at_least", "minimum": "at_least",
    "dès": "at_least", "à partir de": "at_least", "a partir de": "at_least",
    "pas moins de": "at_least", "pas moins d'": "at_least", "un minimum de": "at_least",
    "à partir d'": "at_least",
    # less_than
    "moins de": "less_than", "moins d'": "less_than", "moins que": "less_than",
    "inférieur à": "less_than", "inférieure à": "less_than", "inférieurs à": "less_than",
    "inférieures à": "less_than", "en dessous de": "less_than", "en-dessous de": "less_than",
    "au-dessous de": "less_than", "au dessous de": "less_than", "sous la barre de": "less_than",
    "sous la barre des": "less_than", "sous le seuil de": "less_than",
    "un peu moins de": "less_than", "bien moins de": "less_than",
    # more_than
    "plus de": "more_than", "plus d'": "more_than", "plus que": "more_than",
    "supérieur à": "more_than", "supérieure à": "more_than", "supérieurs à": "more_than",
    "supérieures à": "more_than", "au-delà de": "more_than", "au-delà des": "more_than",
    "au-dessus de": "more_than", "au dessus de": "more_than",
    "un peu plus de": "more_than", "bien plus de": "more_than",
    # exact, stated
    "exactement": "exact", "précisément": "exact",
}

#: Verbs that qualify the amount they govern, in any common form: "dépassant les 200 000 $",
#: "avoisine les 4 000 euros", "frôlant 10 %".  Stem -> qualifier; the endings are added by
#: the pattern (e, es, ent, ait, aient, ant, é, ée, és, ées, er, era, eront, erait).
QUALIFIER_VERB_STEMS: Final[dict[str, str]] = {
    "dépass": "more_than", "excéd": "more_than", "surpass": "more_than",
    "avoisin": "approximate", "frôl": "approximate", "approch": "approximate",
}

#: Words between a qualifier and its amount that do not change it: "dépassant les",
#: "plus de la moitié" is not one of these (it has no number).
QUALIFIER_ARTICLES: Final = ("les", "la barre des", "la barre de", "le cap des", "le cap de",
                             "le seuil des", "le seuil de", "la barre symbolique des")

#: Qualifiers that cannot end another word, so they are found even glued to the word
#: before in scraped text ("estoffrejusqu'à 900 000 $").
GLUED_QUALIFIERS: Final[dict[str, str]] = {
    "jusqu'à": "at_most", "jusqu'au": "at_most",
}

#: Periods after an amount: "200 dollars par jour", "900 000 $ / an", "annuels".
PERIODS: Final[dict[str, str]] = {
    "par an": "year", "par année": "year", "l'an": "year", "/an": "year", "/ an": "year",
    "annuel": "year", "annuels": "year", "annuelle": "year", "annuelles": "year",
    "par mois": "month", "/mois": "month", "/ mois": "month", "mensuel": "month",
    "mensuels": "month", "mensuelle": "month", "mensuelles": "month",
    "par semaine": "week", "/semaine": "week", "hebdomadaire": "week",
    "hebdomadaires": "week",
    "par jour": "day", "/jour": "day", "/ jour": "day", "quotidien": "day",
    "quotidiens": "day", "par journée": "day",
    "par heure": "hour", "de l'heure": "hour", "l'heure": "hour", "/h": "hour",
    "/heure": "hour", "/ heure": "hour", "horaire": "hour",
    "par trimestre": "quarter", "trimestriel": "quarter", "trimestriels": "quarter",
}

#: Number words that text2num reads ("quatre-vingt-sept", "trente-cinq mille").  Million,
#: milliard and billion are multipliers (MULTIPLIERS), read separately.
NUMBER_WORDS: Final = frozenset(
    {
        "zéro", "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
        "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante",
        "cent", "cents", "mille",
    }
)

#: Verbs of change: "passer de 40 à 45 millions d'euros" names two amounts, not a range.
CHANGE_VERB_STEMS: Final = (
    "pass", "grimp", "bond", "chut", "tomb", "recul", "progress", "augment", "baiss",
    "diminu", "mont", "gonfl", "plong", "envol", "évolu", "glis", "fond", "dégringol",
    "rédui", "redui", "relev", "port", "ramen", "abaiss",
)
