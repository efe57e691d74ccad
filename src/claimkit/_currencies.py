"""Data: the currencies of the French-speaking world, one row each.

Each :class:`Currency` row gives the ISO 4217 code (or a placeholder that the document's place
resolves: a bare "dinars" is DZD in Algiers and TND in Tunis), the names ("dinar",
"dinars"), the adjectives that name it ("algérien"), the abbreviations its press writes after
the number, case as written ("DA"), the abbreviations that hold a multiplier ("MDA" =
millions de dinars) and where it is used.  :mod:`claimkit._lexicon` turns the rows into the
lookup tables the money extractor reads; ``docs/money.md`` lists them for readers.

Sources: ISO 4217; central banks' and newsrooms' usage (BCEAO/BEAC "FCFA", Bank Al-Maghrib
"DH", Banque d'Algérie "DA", BCT "DT", "MD" in the Tunisian press, "LL" in the Lebanese press,
"Rs" in the Mauritian press, "Frw" in Rwanda, "FBu" in Burundi, "Fr." and "fr." in Swiss
prices).
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "CFA",
    "DINAR",
    "DOLLAR",
    "FRANC",
    "FRANCOPHONE_CURRENCIES",
    "F_SIGN",
    "LIVRE",
    "PESO",
    "ROUPIE",
    "Currency",
    "abbreviations",
    "name_forms",
    "scaled_abbreviations",
]

#: Placeholders for a bare word whose currency the document's place decides.
DOLLAR: Final = None  # "$", "dollars": USD, CAD in a Canadian text
FRANC: Final = "FRANC"  # "francs": CHF, XOF, XAF, CDF, XPF, FRF... by place and era
CFA: Final = "CFA"  # "francs CFA", "FCFA": XOF (UEMOA) or XAF (CEMAC)
DINAR: Final = "DINAR"  # DZD, TND
LIVRE: Final = "LIVRE"  # GBP, LBP, EGP
ROUPIE: Final = "ROUPIE"  # INR, MUR, SCR
PESO: Final = "PESO"  # MXN, DOP, COP, ARS...
F_SIGN: Final = "F"  # "100 F": the French franc's sign, the CFA franc's in the CFA zone


class Currency(NamedTuple):
    """One currency: how its press writes it and where it is used."""

    code: str | None
    names: tuple[str, ...]  # singular and plural: ("dinar", "dinars")
    adjectives: tuple[str, ...] = ()  # "dinars algériens": every form that may follow a name
    abbreviations: tuple[str, ...] = ()  # after the number, case as written: "DA"
    scaled: tuple[tuple[str, int], ...] = ()  # ("MDA", 6): millions de dinars
    bare: bool = False  # the names alone mean this currency ("gourdes"), not only with adjectives
    where: str = ""


def _masc(adj: str) -> tuple[str, ...]:
    """Inflect a masculine adjective in both numbers: "algérien", "algériens".

    >>> _masc("guinéen")
    ('guinéen', 'guinéens', 'guineen', 'guineens')
    """
    plain = adj.translate(str.maketrans("éèêëïî", "eeeeii"))
    plural = adj if adj.endswith(("s", "x")) else adj + "s"
    plain_pl = plain if plain.endswith(("s", "x")) else plain + "s"
    return tuple(dict.fromkeys((adj, plural, plain, plain_pl)))


def _fem(adj: str) -> tuple[str, ...]:
    """Inflect a feminine adjective in both numbers, with and without accents: "libanaise(s)".

    >>> _fem("égyptienne")
    ('égyptienne', 'égyptiennes', 'egyptienne', 'egyptiennes')
    """
    plain = adj.translate(str.maketrans("éèêëïî", "eeeeii"))
    return tuple(dict.fromkeys((adj, adj + "s", plain, plain + "s")))


_FRANCS: Final = ("franc", "francs")
_DINARS: Final = ("dinar", "dinars")
_DIRHAMS: Final = ("dirham", "dirhams")
_LIVRES: Final = ("livre", "livres")
_ROUPIES: Final = ("roupie", "roupies")
_PESOS: Final = ("peso", "pesos")

#: The currencies of the French-speaking world and its neighbours.  Order does not matter:
#: the longest written form wins when the text is read.
FRANCOPHONE_CURRENCIES: Final[tuple[Currency, ...]] = (
    # Francs
    Currency(
        FRANC,
        _FRANCS,
        abbreviations=("fr.", "Fr.", "frs", "Frs", "frs.", "Frs.", "fr"),
        bare=True,
        where="by place: CHF, XOF, XAF, CDF, GNF, XPF…; FRF before 2002",
    ),
    Currency(F_SIGN, (), abbreviations=("F",), where="FRF; XOF/XAF in the CFA zone"),
    Currency("CHF", _FRANCS, _masc("suisse"), ("SFr.", "SFr", "sFr.", "sFr"), where="Suisse"),
    Currency(
        CFA,
        _FRANCS,
        ("cfa", "f cfa", "fcfa"),
        ("fcfa", "Fcfa", "Cfa", "FCfa", "F cfa"),
        (("MFCFA", 6), ("MdFCFA", 9), ("MMFCFA", 9), ("MdsFCFA", 9)),
        where="XOF in the UEMOA, XAF in the CEMAC, by place",
    ),
    Currency(
        "XOF",
        _FRANCS,
        ("cfa bceao", "cfa de l'uemoa", "cfa ouest-africain", "cfa ouest-africains"),
        where="Sénégal, Côte d'Ivoire, Mali, Burkina Faso, Niger, Togo, Bénin, Guinée-Bissau",
    ),
    Currency(
        "XAF",
        _FRANCS,
        ("cfa beac", "cfa de la cemac", "cfa d'afrique centrale"),
        where="Cameroun, Gabon, Congo, Tchad, Centrafrique, Guinée équatoriale",
    ),
    Currency("CDF", _FRANCS, _masc("congolais"), ("FC", "cdf"), where="RD Congo"),
    Currency("GNF", _FRANCS, _masc("guinéen"), ("FG", "FGN", "gnf", "Gnf"), where="Guinée"),
    Currency("RWF", _FRANCS, _masc("rwandais"), ("Frw", "FRW", "Rwf"), where="Rwanda"),
    Currency("BIF", _FRANCS, _masc("burundais"), ("FBu", "FBU", "Fbu"), where="Burundi"),
    Currency("DJF", _FRANCS, _masc("djiboutien"), ("FD", "FDJ", "Fdj"), where="Djibouti"),
    Currency("KMF", _FRANCS, _masc("comorien"), where="Comores"),
    Currency(
        "XPF",
        _FRANCS,
        ("cfp", "pacifique", "du pacifique"),
        ("FC CFP", "XFP"),
        where="Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna",
    ),
    Currency(
        "MGF",
        _FRANCS,
        _masc("malgache"),
        ("Fmg", "FMG", "fmg"),
        where="Madagascar before the ariary (2005)",
    ),
    Currency("LUF", _FRANCS, _masc("luxembourgeois"), where="Luxembourg before 2002"),
    Currency("BEF", _FRANCS, _masc("belge"), ("FB",), where="Belgique before 2002"),
    Currency("FRF", _FRANCS, _masc("français"), ("FF",), where="France before 2002"),
    # The Maghreb and the Middle East
    Currency(
        "MAD",
        _DIRHAMS,
        _masc("marocain"),
        ("DH", "Dh", "Dhs", "DHS", "dh", "dhs"),
        (("MDH", 6), ("MDHS", 6), ("MMDH", 9), ("MMDHS", 9), ("Mdh", 6), ("MMdh", 9)),
        bare=True,
        where="Maroc",
    ),
    Currency("AED", _DIRHAMS, ("émirati", "émiratis", "des émirats"), where="Émirats arabes unis"),
    Currency(DINAR, _DINARS, scaled=(("MD", 6),), bare=True, where="by place: DZD, TND"),
    Currency(
        "DZD",
        _DINARS,
        _masc("algérien"),
        ("DA", "Da"),  # "300 Da le kilo" (never before a capitalised word: "3 Da Silva")
        (("MDA", 6), ("MMDA", 9)),
        where="Algérie",
    ),
    Currency(
        "TND",
        _DINARS,
        _masc("tunisien"),
        ("DT", "Dt"),
        (("MDT", 6), ("mdt", 6), ("MDt", 6)),
        where="Tunisie (1 dinar = 1 000 millimes)",
    ),
    Currency("LYD", _DINARS, _masc("libyen"), where="Libye"),
    Currency("JOD", _DINARS, _masc("jordanien"), where="Jordanie"),
    Currency("KWD", _DINARS, _masc("koweïtien"), where="Koweït"),
    Currency("IQD", _DINARS, _masc("irakien"), where="Irak"),
    Currency(
        "MRU",
        ("ouguiya", "ouguiyas"),
        ("nouvelle", "nouvelles", "mru"),
        ("UM",),
        bare=True,
        where="Mauritanie",
    ),
    Currency(LIVRE, _LIVRES, bare=True, where="by place: GBP, LBP, EGP"),
    Currency("LBP", _LIVRES, _fem("libanaise"), ("LL", "L.L.", "L.L"), where="Liban"),
    Currency("EGP", _LIVRES, _fem("égyptienne"), where="Égypte"),
    Currency("SYP", _LIVRES, _fem("syrienne"), where="Syrie"),
    Currency("SDG", _LIVRES, _fem("soudanaise"), where="Soudan"),
    Currency(
        "SAR", ("riyal", "riyals"), ("saoudien", "saoudiens"), bare=True, where="Arabie saoudite"
    ),
    Currency("QAR", ("riyal", "riyals", "rial"), ("qatari", "qataris"), where="Qatar"),
    Currency("IRR", ("rial", "rials"), ("iranien", "iraniens"), bare=True, where="Iran"),
    # The Indian Ocean, Haiti, Africa beyond the franc zone
    Currency("MGA", ("ariary", "ariarys"), abbreviations=("Ar",), bare=True, where="Madagascar"),
    Currency(ROUPIE, _ROUPIES, bare=True, where="by place: INR, MUR, SCR"),
    Currency("MUR", _ROUPIES, _fem("mauricienne"), ("Rs", "Rs."), where="Maurice"),
    Currency("SCR", _ROUPIES, _fem("seychelloise"), where="Seychelles"),
    Currency("INR", _ROUPIES, _fem("indienne"), where="Inde"),
    Currency("PKR", _ROUPIES, _fem("pakistanaise"), where="Pakistan"),
    Currency(
        "HTG",
        ("gourde", "gourdes"),
        abbreviations=("Gdes", "gdes", "Gds"),
        bare=True,
        where="Haïti",
    ),
    Currency("LRD", ("dollar", "dollars"), ("libérien", "libériens"), where="Liberia"),
    Currency("GHS", ("cedi", "cedis"), bare=True, where="Ghana"),
    Currency("SLE", ("leone", "leones"), bare=True, where="Sierra Leone"),
    Currency("GMD", ("dalasi", "dalasis"), bare=True, where="Gambie"),
    Currency("ETB", ("birr", "birrs"), bare=True, where="Éthiopie"),
    Currency("ZMW", ("kwacha", "kwachas"), bare=True, where="Zambie"),
    Currency(
        "KES", ("shilling", "shillings"), ("kényan", "kényans", "kenyan", "kenyans"), where="Kenya"
    ),
    Currency("CVE", ("escudo", "escudos"), bare=True, where="Cap-Vert"),
    Currency("AOA", ("kwanza", "kwanzas"), bare=True, where="Angola"),
    Currency("MZN", ("metical", "meticais"), bare=True, where="Mozambique"),
    # Latin America, for comparisons in Haitian and Quebec texts
    Currency(PESO, _PESOS, bare=True, where="by place: DOP, COP, MXN, ARS…"),
    Currency("DOP", _PESOS, _masc("dominicain"), where="République dominicaine"),
    Currency("COP", _PESOS, _masc("colombien"), where="Colombie"),
    Currency("MXN", _PESOS, _masc("mexicain"), where="Mexique"),
    Currency("ARS", _PESOS, _masc("argentin"), where="Argentine"),
    Currency("CLP", _PESOS, _masc("chilien"), where="Chili"),
    Currency("PHP", _PESOS, _masc("philippin"), where="Philippines"),
)


def name_forms(rows: tuple[Currency, ...] = FRANCOPHONE_CURRENCIES) -> dict[str, str | None]:
    """Every written name of *rows* (lower case) -> its code or placeholder.

    >>> name_forms()["dinars algériens"], name_forms()["gourdes"]
    ('DZD', 'HTG')
    """
    out: dict[str, str | None] = {}
    for row in rows:
        if row.bare:
            out.update(dict.fromkeys(row.names, row.code))
        out.update({f"{n} {a}": row.code for n in row.names for a in row.adjectives})
    return out


def abbreviations(rows: tuple[Currency, ...] = FRANCOPHONE_CURRENCIES) -> dict[str, str | None]:
    """Every case-sensitive abbreviation of *rows* -> its code or placeholder.

    >>> abbreviations()["DA"], abbreviations()["LL"]
    ('DZD', 'LBP')
    """
    return {abbr: row.code for row in rows for abbr in row.abbreviations}


def scaled_abbreviations(
    rows: tuple[Currency, ...] = FRANCOPHONE_CURRENCIES,
) -> dict[str, tuple[int, str | None]]:
    """Every abbreviation holding a multiplier -> (power of ten, code or placeholder).

    >>> scaled_abbreviations()["MD"]
    (6, 'DINAR')
    """
    return {abbr: (power, row.code) for row in rows for abbr, power in row.scaled}
