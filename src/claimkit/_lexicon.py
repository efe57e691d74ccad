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

from claimkit._currencies import (
    CFA,
    DINAR,
    DOLLAR,
    F_SIGN,
    FRANC,
    LIVRE,
    PESO,
    ROUPIE,
    abbreviations,
    name_forms,
    scaled_abbreviations,
)

__all__ = [
    "APPROX_NOUNS",
    "CASED_PREFIX_SYMBOLS",
    "CASED_SYMBOLS",
    "CFA",
    "CHANGE_NOUNS",
    "CHANGE_VERB_STEMS",
    "CHANGE_VERB_WIDE_FORMS",
    "CHANGE_VERB_WIDE_STEMS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIX_SYMBOLS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DINAR",
    "DOLLAR",
    "DOLLAR_VARIANTS",
    "FRANC",
    "F_SIGN",
    "GLUED_QUALIFIERS",
    "LIVRE",
    "MINOR_SCALE",
    "MINOR_UNITS",
    "MONEY_CONTEXT_WORDS",
    "MONEY_HEAD_NOUNS",
    "MONEY_NOUNS",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "PERIODS",
    "PESO",
    "POST_QUALIFIERS",
    "QUALIFIERS",
    "QUALIFIER_ARTICLES",
    "QUALIFIER_VERB_STEMS",
    "ROUPIE",
    "SCALED_SYMBOLS",
]


#: ISO 4217 codes accepted as written codes ("1000 EUR", "USD 5 millions", "CHF 120.–").
#: Upper case only in running text, so "les ans" or "cad" in prose are never currencies.
CURRENCY_CODES: Final = frozenset(
    {
        "BIF", "COP", "DJF", "DOP", "ETB", "GNF", "HTG", "JOD", "KMF", "KWD", "LUF", "LYD",
        "MGF", "MRO", "MRU", "MUR", "RWF", "SCR", "XPF", "CUP", "SLE", "GMD", "ZMW", "CVE",
        "AOA", "MZN", "IQD", "SYP", "SDG", "LRD",
        "AED", "ARS", "AUD", "BEF", "BGN", "BRL", "CAD", "CDF", "CHF", "CLP", "CNY", "CZK",
        "DEM", "DKK", "DZD", "EGP", "ESP", "EUR", "FIM", "FRF", "GBP", "GHS", "HKD", "HUF", "IDR",
        "ILS", "INR", "IRR", "ISK", "ITL", "JPY", "KES", "KRW", "LBP", "MAD", "MGA", "MXN", "MYR",
        "NGN", "NLG", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN", "QAR", "RON", "RUB", "SAR", "SEK",
        "SGD", "THB", "TND", "TRY", "TWD", "UAH", "USD", "VND", "XAF", "XOF", "ZAR",
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
    "$CAN": "CAD",
    "CAN$": "CAD",
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
    "FCFA": CFA,  # franc CFA: XOF in West Africa, XAF in Central Africa (by the place)
    "F CFA": CFA,
    "F.CFA": CFA,
    "F. CFA": CFA,
    "CFA": CFA,
    "F CFP": "XPF",
    "FCFP": "XPF",
    "F.CFP": "XPF",
    "CFP": "XPF",
}

#: Abbreviations written after the number whose case matters ("DA" dinars, never "da"):
#: matched case-sensitively, as each country's press writes them (rows of
#: :data:`claimkit._currencies.FRANCOPHONE_CURRENCIES`).
CASED_SYMBOLS: Final[dict[str, str | None]] = abbreviations()

#: Abbreviations holding a multiplier and a currency: "57 MD" (millions de dinars),
#: "3 MDH", "1,2 MMDH" (milliards de dirhams), "12 MDT".  Value: (power of ten, currency).
SCALED_SYMBOLS: Final[dict[str, tuple[int, str | None]]] = scaled_abbreviations()

#: Symbols that may stand before the number: "$300", "€15", "£ 8,10 millions", "US$ 5".
CURRENCY_PREFIX_SYMBOLS: Final = (
    "$", "€", "£", "¥", "₹", "₽", "₩", "₪", "₺", "₿", "US$", "C$", "CA$", "CAN$", "A$", "AU$",
    "HK$", "NZ$", "S$", "MX$", "R$",
)

#: Abbreviations that may stand before the number, case-sensitive: "Rs 67,40" (Mauritius),
#: "Fr. 7.80", "Frs 12.-" (Switzerland).
CASED_PREFIX_SYMBOLS: Final[dict[str, str | None]] = {
    "Rs": "MUR", "Rs.": "MUR", "Fr.": FRANC, "Frs": FRANC, "Frs.": FRANC,
    # West and Central African, Moroccan and Malagasy price tags: "FCFA 500 000", "DH 300"
    "FCFA": CFA, "F CFA": CFA, "F.CFA": CFA, "CFA": CFA, "DH": "MAD", "Dhs": "MAD", "Ar": "MGA",
    "SFr.": "CHF", "SFr": "CHF",
}

#: Dollar variants named in words or signs; a document that names only one of them makes
#: its bare "$" that one ("dollars canadiens" ... "12 $").
DOLLAR_VARIANTS: Final = frozenset({"USD", "CAD", "AUD", "HKD", "NZD", "SGD", "MXN"})

#: Currencies of the French-speaking world and its neighbours: every "name adjective" form
#: of :data:`claimkit._currencies.FRANCOPHONE_CURRENCIES`, singular and plural mixed.
REGIONAL_WORDS: Final[dict[str, str | None]] = name_forms()

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
    "livre sterling": "GBP", "livres sterling": "GBP",
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
CURRENCY_WORDS.update(REGIONAL_WORDS)

#: Minor units: the amount is divided by 100 and the currency is that of the major unit.
MINOR_UNITS: Final[dict[str, str | None]] = {
    "cent": DOLLAR, "cents": DOLLAR,  # "50 cents": a cent of a dollar unless euros are near
    "centime": None, "centimes": None,  # of the document's currency (euro, franc, dirham)
    "centime d'euro": "EUR", "centimes d'euro": "EUR",
    "millime": "TND", "millimes": "TND",  # a thousandth of a Tunisian dinar
    "cent américain": "USD", "cents américains": "USD", "cent us": "USD", "cents us": "USD",
    "cent canadien": "CAD", "cents canadiens": "CAD",
    "¢": DOLLAR,
    "penny": "GBP", "pennies": "GBP", "pence": "GBP",
    "pesewa": "GHS", "pesewas": "GHS",
}

#: Minor units that are not a hundredth: value = number / scale.
MINOR_SCALE: Final[dict[str, int]] = {"millime": 1000, "millimes": 1000}

#: Qualifiers written after an amount: "30 M€ environ", "20 000 $ et moins", "8 % maximum".
POST_QUALIFIERS: Final[dict[str, str]] = {
    "environ": "approximate", "à peu près": "approximate", "tout au plus": "at_most",
    "au plus": "at_most", "au maximum": "at_most", "maximum": "at_most", "max": "at_most",
    "et moins": "at_most", "ou moins": "at_most",
    "au moins": "at_least", "au minimum": "at_least", "minimum": "at_least",
    "et plus": "at_least", "ou plus": "at_least",
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
    "G": 9, "Gd": 9, "MM": 9, "mia": 9, "Mia": 9,
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
    "pratiquement": "approximate",
    "plus ou moins": "approximate", "grosso modo": "approximate",
    "de l'ordre de": "approximate", "de l'ordre d'": "approximate",
    "pas loin de": "approximate", "pas loin d'": "approximate",
    "dans les": "approximate",
    # at_most
    "jusqu'à": "at_most", "jusqu'au": "at_most", "au plus": "at_most",
    "au maximum": "at_most", "maximum": "at_most", "pas plus de": "at_most",
    "pas plus d'": "at_most", "tout au plus": "at_most",
    "dans la limite de": "at_most", "n'excédant pas": "at_most",
    "ne dépassant pas": "at_most",
    # at_least
    "au moins": "at_least", "au minimum": "at_least", "minimum": "at_least",
    "dès": "at_least", "sous les": "less_than", "sous la barre du": "less_than",
    "à partir de": "at_least", "a partir de": "at_least",
    "pas moins de": "at_least", "pas moins d'": "at_least", "un minimum de": "at_least",
    "à partir d'": "at_least",
    # less_than
    "moins de": "less_than", "moins d'": "less_than", "moins que": "less_than",
    "inférieur à": "less_than", "inférieure à": "less_than", "inférieurs à": "less_than",
    "inférieures à": "less_than", "en dessous de": "less_than", "en-dessous de": "less_than",
    "au-dessous de": "less_than",
    "en deçà de": "less_than", "en deçà des": "less_than", "au dessous de": "less_than",
    "sous la barre de": "less_than",
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

#: Verbs of change found anywhere earlier in the clause, conjugated ("passera ainsi en mai de
#: 40 à 45"): first-group stems (the endings are added by the pattern), and whole forms of
#: the verbs that do not conjugate that way.  Narrower than :data:`CHANGE_VERB_STEMS`: no
#: stem that a common noun shares.
CHANGE_VERB_WIDE_STEMS: Final = (
    "pass", "grimp", "augment", "baiss", "diminu", "relev", "recul", "progress", "chut",
    "tomb", "bond", "gonfl", "plong", "dégringol", "abaiss", "rehauss", "revalor",
    "évolu", "envol",
)
CHANGE_VERB_WIDE_FORMS: Final = (
    "réduit", "réduite", "réduits", "réduites", "réduira", "réduiront", "réduisent",
    "croît", "croîtra", "accru", "accrue", "accrus", "accrues", "s'accroît",
)

#: Nouns of change: "une hausse qui se confirmera en 2023, de 15,55 DH à 16,29 DH".
CHANGE_NOUNS: Final = (
    "hausse", "baisse", "augmentation", "diminution", "revalorisation", "relèvement",
    "progression", "recul", "chute", "passage",
)

#: Nouns of money after a bare multiplier: "11 millions de recettes" is an amount in the
#: currency of its sentence, "11 millions d'habitants" is not.
MONEY_NOUNS: Final = (
    "recettes", "recette", "dépenses", "dépense", "ressources", "crédits", "crédit",
    "financement", "financements", "financer", "investissement", "investissements",
    "subvention", "subventions", "dette", "dettes", "déficit", "excédent", "bénéfice",
    "bénéfices", "perte", "pertes", "chiffre d'affaires", "revenus", "revenu", "économies",
    "prêt", "prêts", "dons", "aide", "aides", "fonds", "impôts", "taxes", "salaires",
    "plus-value", "plus-values", "moins-value", "budget", "capital", "capitaux", "dividendes",
    "arriérés", "emprunts", "emprunt", "charges", "frais", "primes", "allocations",
    "redevances", "amendes", "indemnités", "transferts", "exportations", "importations",
    "paiements", "versements", "dotations", "appui", "engagements", "liquidités",
    "réserves", "avoirs", "cotisations", "dédommagements", "pénalités", "surcoûts",
    "coûts", "manque à gagner", "provisions", "achats", "ventes", "commandes", "contrats",
)

#: Nouns whose "de" complement is a sum: "une tranche de 10 milliards a été versée" is money
#: whatever follows it.
MONEY_HEAD_NOUNS: Final = (
    "tranche", "tranches", "somme", "sommes", "enveloppe", "montant", "budget", "coût",
    "prêt", "crédit", "déficit", "excédent", "facture", "amende", "subvention", "dotation",
    "rallonge", "investissement", "financement", "levée de fonds", "perte", "bénéfice",
    "chiffre d'affaires", "indemnité", "prime", "salaire", "loyer", "cagnotte",
    "manque à gagner", "emprunt", "dette", "avance", "recettes", "dépenses", "économies",
)

#: Words that make a sentence speak of money: a bare "255,2 milliards" there, in a document
#: whose place has its own currency, is in that currency ("Nouméa … un budget de 255,2
#: milliards" is XPF).
MONEY_CONTEXT_WORDS: Final = (
    "budget", "budgets", "budgétaire", "budgétaires", "recettes", "dépenses", "fiscal",
    "fiscale", "fiscales", "fiscaux", "financement", "financements", "investissement",
    "investissements", "montant", "montants", "coût", "coûts", "coûte", "coûtera", "prix",
    "dette", "déficit", "excédent", "crédits", "emprunt", "emprunts", "subvention",
    "subventions", "salaire", "salaires", "chiffre d'affaires", "bénéfice", "trésor",
    "loi de finances", "enveloppe", "facture", "payé", "payer", "versé", "verser",
    "total", "milliards de francs", "millions de francs",
    # spending and saving, in the forms a budget story uses
    "économie", "économies", "économiser", "épargner", "épargne", "dépense", "dépenser",
    "dépensera", "dépensé", "dépensés", "débourser", "débourse", "déboursé", "financer",
    "finances", "indemnisation", "versement", "versements", "contribution", "contributions",
    "impôt", "impôts", "taxe", "taxes", "revenus", "recette", "coûté", "coûtent",
    "crédit", "prêt", "prêts", "dotation", "dotations", "allocation", "allocations", "loyer",
    "loyers", "valorisation", "capitalisation", "actifs", "encours", "trésorerie", "amende",
    "perte", "pertes", "bénéfices", "profit", "profits", "rémunération", "patrimoine",
    "endettement", "créances", "masse salariale", "exportations", "importations", "levée",
    "rapporter", "rapportera", "rapporte", "coûter", "coûtait", "mobilisé", "mobilisés",
    "décaissé", "décaissés", "financé", "financés", "financée", "investi", "investir",
    "injecté", "alloué", "allouée", "alloués", "débloqué", "débloqués", "débloquée",
)
