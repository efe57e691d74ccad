"""Place cues: where in the French-speaking world a document is written or speaks of.

A reader of "Les recettes atteignent 255 milliards" knows from "Nouméa" two lines up that
these are CFP francs, and from "Montréal" that "12 $" is Canadian.  This module holds the
gazetteer (countries, cities, institutions, demonyms, datelines) as data, and one scan that
finds every cue of a document in a single pass over its lower-cased text.

What this handles: cue words and multi-word names ("Côte d'Ivoire", "Conseil fédéral",
"République démocratique du Congo"), demonyms in every gender and number ("québécoises",
"maliens"), and what each place's readers mean by a bare "$", "dollars", "francs",
"livres", "dinars", "roupies" or "francs CFA" (:data:`LOCAL_CURRENCY`).

What it leaves alone: ambiguous words that are more often something else in French prose
("Maurice" the first name, "Laval", "Niger" the river is kept: it names the country far
more often in news), and places outside the French-speaking world with no currency of
their own to tell apart (they count as "elsewhere" only through the larger countries).

:class:`PlaceCues` is computed once per document (``DocumentContext.places``) and read by
any extractor: the money extractor asks it what a bare currency word means at a position.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from claimkit._lazy import LazyRe
from claimkit.anchors import Anchors

__all__ = [
    "COUNTRY_NAMES",
    "LOCAL_CURRENCY",
    "PLACE_CUES",
    "PlaceCues",
    "find_places",
]


def _demonym(stem: str) -> list[str]:
    """Inflect a masculine singular demonym: "malien" -> malien, maliens, malienne(s)."""
    if stem.endswith("ien") or stem.endswith("éen"):
        return [stem, stem + "s", stem + "ne", stem + "nes"]
    if stem.endswith("ais") or stem.endswith("ois"):
        return [stem, stem + "e", stem + "es"]
    if stem.endswith("e"):
        return [stem, stem + "s"]
    if stem.endswith("al"):  # "sénégal" is a country, demonyms in -al are rare: "wallon"
        return [stem, stem + "s", stem + "e", stem + "es"]
    return [stem, stem + "s", stem + "e", stem + "es"]


def _cues(names: Iterable[str], demonyms: Iterable[str] = ()) -> tuple[str, ...]:
    out = list(names)
    for stem in demonyms:
        out.extend(_demonym(stem))
    return tuple(out)


#: Country (ISO 3166 alpha-2, plus a few regions) -> its cue words, lower case.
PLACE_CUES: Final[dict[str, tuple[str, ...]]] = {
    # North America
    "CA": _cues(
        [
            "longueuil",
            "terrebonne",
            "drummondville",
            "saint-jérôme",
            "granby",
            "saint-hyacinthe",
            "chicoutimi",
            "rouyn-noranda",
            "val-d'or",
            "sept-îles",
            "baie-comeau",
            "joliette",
            "victoriaville",
            "shawinigan",
            "gaspé",
            "thetford mines",
            "winnipeg",
            "calgary",
            "edmonton",
            "halifax",
            "moncton",
            "saq",
            "schl",
            "loto-québec",
            "statistique canada",
            "caisse de dépôt et placement du québec",
            "québec",
            "montréal",
            "ottawa",
            "toronto",
            "ontario",
            "canada",
            "gatineau",
            "sherbrooke",
            "trois-rivières",
            "saguenay",
            "lévis",
            "rimouski",
            "vancouver",
            "alberta",
            "manitoba",
            "saskatchewan",
            "nouveau-brunswick",
            "nouvelle-écosse",
            "hydro-québec",
            "desjardins",
            "presse canadienne",
            "radio-canada",
            "banque du canada",
            "revenu québec",
            "assemblée nationale du québec",
            "abitibi",
            "outaouais",
            "mauricie",
            "estrie",
            "laurentides",
            # Quebec public bodies and networks named by their Quebec acronyms
            "cégep",
            "cégeps",
            "chsld",
            "clsc",
            "saaq",
            "cnesst",
            "ramq",
            "cdpq",
            "sépaq",
            "investissement québec",
            "caisse de dépôt",
            "bourse de toronto",
            "tsx",
            "caquiste",
            "caquistes",
        ],
        ["québécois", "montréalais", "canadien", "ontarien", "gaspésien"],
    ),
    "US": _cues(
        [
            "états-unis",
            "etats-unis",
            "washington",
            "new york",
            "wall street",
            "californie",
            "texas",
            "floride",
            "maison-blanche",
            "maison blanche",
            "réserve fédérale",
            "chicago",
            "los angeles",
        ],
        ["américain", "new-yorkais", "californien"],
    ),
    "HT": _cues(
        [
            "gonaïves",
            "jacmel",
            "jérémie",
            "cayes",
            "haïti",
            "haiti",
            "port-au-prince",
            "cap-haïtien",
            "pétion-ville",
            "banque de la république d'haïti",
            "brh",
        ],
        ["haïtien", "haitien"],
    ),
    # Europe
    "FR": _cues(
        [
            "france",
            "paris",
            "marseille",
            "lyon",
            "toulouse",
            "bordeaux",
            "lille",
            "nantes",
            "strasbourg",
            "rennes",
            "élysée",
            "matignon",
            "bercy",
            "insee",
            "hexagone",
        ],
        ["parisien", "marseillais", "lyonnais", "toulousain"],
    ),
    "BE": _cues(
        [
            "louvain",
            "tournai",
            "verviers",
            "arlon",
            "ostende",
            "bruges",
            "sncb",
            "stib",
            "belgique",
            "bruxelles",
            "wallonie",
            "flandre",
            "liège",
            "namur",
            "charleroi",
            "anvers",
            "gand",
            "mons",
        ],
        ["belge", "bruxellois", "wallon", "flamand", "liégeois", "namurois"],
    ),
    "LU": _cues(["grand-duché", "luxembourg"], ["luxembourgeois"]),
    "CH": _cues(
        [
            "lucerne",
            "saint-gall",
            "winterthour",
            "bienne",
            "thurgovie",
            "argovie",
            "grisons",
            "schaffhouse",
            "soleure",
            "zoug",
            "appenzell",
            "delémont",
            "yverdon",
            "montreux",
            "vevey",
            "nyon",
            "martigny",
            "sierre",
            "monthey",
            "bellinzone",
            "locarno",
            "finma",
            "seco",
            "avs",
            "lamal",
            "swisscom",
            "suisse",
            "suisses",
            "genève",
            "zurich",
            "berne",
            "lausanne",
            "bâle",
            "lugano",
            "neuchâtel",
            "fribourg",
            "valais",
            "vaud",
            "tessin",
            "sion",
            "conseil fédéral",
            "bns",
            "cff",
            "keystone-ats",
            "swissinfo",
            "conseil des états",
            "jura bernois",
        ],
        [
            "helvétique",
            "genevois",
            "zurichois",
            "bernois",
            "lausannois",
            "bâlois",
            "valaisan",
            "vaudois",
            "fribourgeois",
            "neuchâtelois",
            "tessinois",
        ],
    ),
    "GB": _cues(
        [
            "royaume-uni",
            "londres",
            "angleterre",
            "écosse",
            "banque d'angleterre",
            "grande-bretagne",
        ],
        ["britannique", "anglais", "londonien", "écossais"],
    ),
    # West Africa (UEMOA: the West African CFA franc, XOF)
    "SN": _cues(
        ["touba", "saint-louis du sénégal", "sénégal", "dakar", "thiès", "ziguinchor", "kaolack"],
        ["sénégalais"],
    ),
    "CI": _cues(
        ["san-pédro", "korhogo", "daloa", "côte d'ivoire", "abidjan", "yamoussoukro", "bouaké"],
        ["ivoirien"],
    ),
    "ML": _cues(
        ["kayes", "sikasso", "ségou", "mali", "bamako", "tombouctou", "gao", "mopti"], ["malien"]
    ),
    "BF": _cues(
        ["koudougou", "burkina faso", "burkina", "ouagadougou", "bobo-dioulasso"],
        ["burkinabè", "burkinabé", "burkinabe"],
    ),
    "NE": _cues(["maradi", "tahoua", "niger", "niamey", "agadez", "zinder"], ["nigérien"]),
    "TG": _cues(["togo", "lomé"], ["togolais"]),
    "BJ": _cues(["parakou", "abomey", "bénin", "cotonou", "porto-novo"], ["béninois"]),
    "GW": _cues(["guinée-bissau", "bissau"], ["bissau-guinéen"]),
    "UEMOA": _cues(["uemoa", "bceao", "brvm", "umoa"]),
    # Central Africa (CEMAC: the Central African CFA franc, XAF)
    "CM": _cues(
        [
            "bamenda",
            "ngaoundéré",
            "bertoua",
            "kribi",
            "maroua",
            "cameroun",
            "yaoundé",
            "douala",
            "garoua",
            "bafoussam",
        ],
        ["camerounais"],
    ),
    "GA": _cues(["gabon", "libreville", "port-gentil", "franceville"], ["gabonais"]),
    "CG": _cues(["congo-brazzaville", "brazzaville", "pointe-noire", "république du congo"]),
    "TD": _cues(["moundou", "abéché", "tchad", "ndjamena", "djamena"], ["tchadien"]),
    "CF": _cues(["centrafrique", "république centrafricaine", "bangui"], ["centrafricain"]),
    "GQ": _cues(["guinée équatoriale", "malabo"], ["équato-guinéen"]),
    "CEMAC": _cues(["cemac", "beac", "cobac", "bvmac"]),
    # Other francs of Africa and the Indian Ocean
    "CD": _cues(
        [
            "matadi",
            "mbuji-mayi",
            "kananga",
            "kolwezi",
            "rdc",
            "république démocratique du congo",
            "kinshasa",
            "lubumbashi",
            "goma",
            "kisangani",
            "bukavu",
            "banque centrale du congo",
        ]
    ),
    "GN": _cues(
        ["labé", "nzérékoré", "kindia", "guinée", "conakry", "kankan", "bcrg"], ["guinéen"]
    ),
    "RW": _cues(["rwanda", "kigali"], ["rwandais"]),
    "BI": _cues(["burundi", "bujumbura", "gitega"], ["burundais"]),
    "DJ": _cues(["djibouti"], ["djiboutien"]),
    "KM": _cues(["comores", "moroni", "anjouan", "mohéli"], ["comorien"]),
    "MG": _cues(
        [
            "toliara",
            "mahajanga",
            "fianarantsoa",
            "antsirabe",
            "jirama",
            "madagascar",
            "antananarivo",
            "tananarive",
            "toamasina",
        ],
        ["malgache"],
    ),
    "MU": _cues(["île maurice", "ile maurice", "port-louis", "curepipe"], ["mauricien"]),
    "SC": _cues(["seychelles"], ["seychellois"]),
    # The Pacific (CFP franc, XPF)
    "NC": _cues(
        [
            "lifou",
            "koné",
            "province des îles",
            "nouvelle-calédonie",
            "nouméa",
            "kanaky",
            "province sud",
            "province nord",
        ],
        ["calédonien", "néo-calédonien"],
    ),
    "PF": _cues(
        [
            "moorea",
            "bora-bora",
            "raiatea",
            "polynésie",
            "tahiti",
            "papeete",
            "wallis-et-futuna",
            "wallis",
            # communes, islands and words of the Polynesian press ("le fenua", "le tavana")
            "faa'a",
            "faa\u2019a",
            "punaauia",
            "pirae",
            "arue",
            "mahina",
            "paea",
            "papara",
            "taravao",
            "huahine",
            "rangiroa",
            "marquises",
            "tuamotu",
            "fenua",
            "tavana",
            "tavini",
            "tahoeraa",
            "mā'ohi",
            "mao'hi",
            "mao\u2019hi",
            "maohi",
        ],
        ["polynésien", "tahitien"],
    ),
    # The Maghreb and the Levant
    "MA": _cues(
        [
            "oujda",
            "meknès",
            "kénitra",
            "tétouan",
            "laâyoune",
            "dakhla",
            "hcp",
            "maroc",
            "rabat",
            "casablanca",
            "tanger",
            "marrakech",
            "fès",
            "agadir",
            "bank al-maghrib",
        ],
        ["marocain"],
    ),
    "DZ": _cues(
        [
            "béjaïa",
            "sétif",
            "tlemcen",
            "blida",
            "batna",
            "biskra",
            "ouargla",
            "algérie",
            "alger",
            "oran",
            "constantine",
            "annaba",
            "sonatrach",
        ],
        ["algérien", "algérois"],
    ),
    "TN": _cues(
        [
            "kairouan",
            "gabès",
            "monastir",
            "nabeul",
            "gafsa",
            "tunisie",
            "tunis",
            "sfax",
            "sousse",
            "bizerte",
        ],
        ["tunisien"],
    ),
    "MR": _cues(["mauritanie", "nouakchott", "nouadhibou"], ["mauritanien"]),
    "LB": _cues(
        [
            "saïda",
            "tyr",
            "baalbek",
            "jounieh",
            "liban",
            "beyrouth",
            "tripoli du liban",
            "banque du liban",
            "bdl",
        ],
        ["libanais"],
    ),
    "EG": _cues(["égypte", "caire"], ["égyptien"]),
    # Latin America (pesos), for comparisons in Haitian and Quebec texts
    "DO": _cues(["république dominicaine", "saint-domingue"], ["dominicain"]),
    "CO": _cues(["colombie", "bogota", "bogotá"], ["colombien"]),
    "MX": _cues(["mexique"], ["mexicain"]),
    "AR": _cues(["argentine", "buenos aires"], ["argentin"]),
    "CL": _cues(["chili"], ["chilien"]),
    "CU": _cues(["cuba", "havane"], ["cubain"]),
    "PH": _cues(["philippines", "manille"], ["philippin"]),
}

#: Country -> its name in French, for messages and docs.
COUNTRY_NAMES: Final[dict[str, str]] = {
    "CA": "Canada (Québec)",
    "US": "États-Unis",
    "HT": "Haïti",
    "FR": "France",
    "BE": "Belgique",
    "LU": "Luxembourg",
    "CH": "Suisse",
    "GB": "Royaume-Uni",
    "SN": "Sénégal",
    "CI": "Côte d'Ivoire",
    "ML": "Mali",
    "BF": "Burkina Faso",
    "NE": "Niger",
    "TG": "Togo",
    "BJ": "Bénin",
    "GW": "Guinée-Bissau",
    "UEMOA": "UEMOA",
    "CM": "Cameroun",
    "GA": "Gabon",
    "CG": "Congo",
    "TD": "Tchad",
    "CF": "Centrafrique",
    "GQ": "Guinée équatoriale",
    "CEMAC": "CEMAC",
    "CD": "RD Congo",
    "GN": "Guinée",
    "RW": "Rwanda",
    "BI": "Burundi",
    "DJ": "Djibouti",
    "KM": "Comores",
    "MG": "Madagascar",
    "MU": "Maurice",
    "SC": "Seychelles",
    "NC": "Nouvelle-Calédonie",
    "PF": "Polynésie française",
    "MA": "Maroc",
    "DZ": "Algérie",
    "TN": "Tunisie",
    "MR": "Mauritanie",
    "LB": "Liban",
    "EG": "Égypte",
    "DO": "République dominicaine",
    "CO": "Colombie",
    "MX": "Mexique",
    "AR": "Argentine",
    "CL": "Chili",
    "CU": "Cuba",
    "PH": "Philippines",
}

_XOF: Final = {"franc": "XOF", "cfa": "XOF", "f": "XOF"}
_XAF: Final = {"franc": "XAF", "cfa": "XAF", "f": "XAF"}
_XPF: Final = {"franc": "XPF", "cfa": "XPF"}

#: What a bare currency word means to the readers of a place.  Keys: "dollar" ($, dollars,
#: cents), "franc", "cfa" (a "franc CFA" that does not say which), "f" (the sign "100 F":
#: the French franc's, except where a franc is the local currency: the CFA zone, the two
#: Congos, Guinea, Rwanda, Burundi, Djibouti, the Comoros), "livre", "dinar", "roupie",
#: "peso", and "local" (the currency a bare "255 milliards" in a budget story is in: the one
#: the place's press counts in).  A place leaves out what it does not change.
LOCAL_CURRENCY: Final[dict[str, dict[str, str]]] = {
    "CA": {"dollar": "CAD", "local": "CAD"},
    "US": {"dollar": "USD", "local": "USD"},
    "HT": {"local": "HTG"},
    "FR": {"franc": "FRF", "local": "EUR"},
    "BE": {"franc": "BEF", "local": "EUR"},
    "LU": {"franc": "LUF", "local": "EUR"},
    "CH": {"franc": "CHF", "local": "CHF"},
    "GB": {"livre": "GBP", "local": "GBP"},
    **{
        c: {**_XOF, "local": "XOF"}
        for c in ("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW", "UEMOA")
    },
    **{c: {**_XAF, "local": "XAF"} for c in ("CM", "GA", "CG", "TD", "CF", "GQ", "CEMAC")},
    "CD": {"franc": "CDF", "f": "CDF", "local": "CDF"},
    "GN": {"franc": "GNF", "f": "GNF", "local": "GNF"},
    "RW": {"franc": "RWF", "f": "RWF", "local": "RWF"},
    "BI": {"franc": "BIF", "f": "BIF", "local": "BIF"},
    "DJ": {"franc": "DJF", "f": "DJF", "local": "DJF"},
    "KM": {"franc": "KMF", "f": "KMF", "local": "KMF"},
    "MG": {"local": "MGA"},
    "MU": {"roupie": "MUR", "local": "MUR"},
    "SC": {"roupie": "SCR", "local": "SCR"},
    "NC": {**_XPF, "local": "XPF"},
    "PF": {**_XPF, "local": "XPF"},
    "MA": {"local": "MAD"},
    "DZ": {"dinar": "DZD", "local": "DZD"},
    "TN": {"dinar": "TND", "local": "TND"},
    "MR": {"local": "MRU"},
    "LB": {"livre": "LBP", "local": "LBP"},
    "EG": {"livre": "EGP", "local": "EGP"},
    "DO": {"peso": "DOP", "local": "DOP"},
    "CO": {"peso": "COP", "local": "COP"},
    "MX": {"peso": "MXN", "local": "MXN"},
    "AR": {"peso": "ARS", "local": "ARS"},
    "CL": {"peso": "CLP", "local": "CLP"},
    "CU": {"peso": "CUP", "local": "CUP"},
    "PH": {"peso": "PHP", "local": "PHP"},
}

#: Locales accepted as ``currency_hint`` ("fr_CA", "fr-SN") -> place.
LOCALES: Final[dict[str, str]] = {f"fr_{c.lower()}": c for c in PLACE_CUES if len(c) == 2}

_CUE_TABLE: Final[dict[str, str]] = {
    cue.replace("\u2019", "'"): country for country, cues in PLACE_CUES.items() for cue in cues
}


def _trie(words: Iterable[str]) -> str:
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        keys = sorted(k for k in node if k)
        branches = [re.escape(k) + emit(node[k]) for k in keys]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


#: A cue at a position of the lower-cased text (apostrophes folded), as a whole word.
_CUE_AT_RE: Final = LazyRe(lambda: rf"(?P<w>{_trie(_CUE_TABLE)})(?![^\W\d_])")
#: The first word of every cue ("côte" of "côte d'ivoire"): found by the anchor scan that
#: :func:`claimkit.extract` shares between extractors, then each hit is read whole.
_HEADS: Final = Anchors(
    sorted({m.group() for cue in _CUE_TABLE if (m := re.match(r"[^\W\d_]{2,}", cue))}),
    before=0,
    after=0,
)

#: Cues in the opening of a document (headline, lead) count more; a dateline ("Berne -",
#: "DAKAR, 3 mars (AFP) -") most.  A place becomes the document's when its weight is at
#: least :data:`_MAIN_WEIGHT` and above every other's: one passing mention ("sa filiale au
#: Québec") does not make a US wire Canadian.
_LEAD: Final = 300
_LEAD_WEIGHT: Final = 2
_DATELINE_WEIGHT: Final = 3
_MAIN_WEIGHT: Final = 3
#: Names that are a place only after a preposition: "à Maurice" is the island, "Maurice"
#: alone as often a first name.
_AFTER_PREPOSITION: Final = {"maurice": "MU"}
_PREPOSITION_BEFORE_RE: Final = LazyRe(r"(?:^|[^\w'])(?:à|de|d'|en|l'île|île)[ \u00a0]+$")
_CURRENCY_BEFORE_RE: Final = LazyRe(
    r"(?:dollars?|francs?|euros?|livres?|dinars?|roupies?|pesos?|dirhams?)[ \u00a0]+$"
)
_DATELINE_RE: Final = LazyRe(
    r"[ \t\u00a0]*(?:,[^\n]{0,40}?)?(?:\([^)\n]{0,30}\))?[ \t\u00a0]*[-\u2013\u2014:|]"
)


@dataclass(frozen=True, slots=True)
class PlaceCues:
    """The place cues of one document, in order: ``(start, end, country)``.

    >>> cues = find_places("Montréal - Le prix de l'essence a bondi au Québec.")
    >>> [c for _, _, c in cues.hits], cues.main
    (['CA', 'CA'], 'CA')
    """

    hits: tuple[tuple[int, int, str], ...]
    main: str | None  # the document's place: the country its cues weigh most for
    weights: tuple[tuple[str, int], ...] = ()  # (country, weight of its cues), heaviest first

    def weight(self, country: str) -> int:
        """Return how much the document's cues weigh for *country* (0 if never named).

        >>> find_places("Montréal - Un loyer au Québec.").weight("CA")
        5
        """
        return next((w for c, w in self.weights if c == country), 0)

    def dollar(self) -> str | None:
        """Return what a bare "$" means here: CAD where Canada weighs as a document's place.

        A Quebec text about Washington still writes its own dollars "$" (and the others
        "$ US"), so Canada need not be the heaviest place, only a place of the document.

        >>> find_places("Québec - Le Québec et Washington négocient.").dollar()
        'CAD'
        >>> find_places("Sa filiale au Québec a été vendue.").dollar() is None
        True
        """
        if self.weight("CA") >= _MAIN_WEIGHT:
            return "CAD"
        if self.main is not None:
            return LOCAL_CURRENCY.get(self.main, {}).get("dollar")
        return None

    def nearest(self, pos: int, key: str, lo: int = 0, hi: int | None = None) -> str | None:
        """Return the meaning of *key* ("franc", "dinar"…) at the nearest cue to *pos* in [lo, hi).

        Only places that give *key* a meaning count; a cue before *pos* wins a tie.

        >>> cues = find_places("À Genève, 2 500 francs. À Dakar, 3 000 francs.")
        >>> cues.nearest(12, "franc"), cues.nearest(35, "franc")
        ('CHF', 'XOF')
        """
        hi = hi if hi is not None else 1 << 62
        best: tuple[int, str] | None = None
        hits = self.hits
        for k in range(bisect.bisect_left(hits, (lo, -1, "")), len(hits)):
            start, end, country = hits[k]
            if start >= hi:
                break
            meaning = LOCAL_CURRENCY.get(country, {}).get(key)
            if meaning is None:
                continue
            distance = pos - end if end <= pos else start - pos + 1
            if best is None or distance < best[0]:
                best = (distance, meaning)
        return best[1] if best is not None else None

    def document(self, key: str) -> str | None:
        """Return what *key* means in the document's place, or in the place that gives it one most.

        >>> find_places("Dakar - Le Sénégal et le Mali.").document("cfa")
        'XOF'
        """
        if self.main is not None:
            meaning = LOCAL_CURRENCY.get(self.main, {}).get(key)
            if meaning is not None:
                return meaning
        scores: dict[str, int] = {}
        for start, _, country in self.hits:
            meaning = LOCAL_CURRENCY.get(country, {}).get(key)
            if meaning is not None:
                weight = 2 if start < _LEAD else 1
                scores[meaning] = scores.get(meaning, 0) + weight
        if not scores:
            return None
        return max(scores.items(), key=lambda kv: (kv[1], kv[0]))[0]


def find_places(text: str, lowered: str | None = None) -> PlaceCues:
    """Find the place cues of *text* in one pass and weigh them into the document's place.

    *lowered* is the text lower-cased (same length), when the caller has it already.

    >>> find_places("Berne - Les usagers des CFF paieront plus.").main
    'CH'
    >>> find_places("Il pleut.").main is None
    True
    """
    low = lowered if lowered is not None else text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if "\u2019" in low:
        low = low.replace("\u2019", "'")
    hits: list[tuple[int, int, str]] = []
    scores: dict[str, int] = {}
    reach = 0
    for head, _ in _HEADS.hits(text)["anchor"]:
        if head < reach:
            continue
        m = _CUE_AT_RE.match(low, head)
        if m is None:
            continue
        reach = m.end()
        country = _CUE_TABLE[m.group("w")]
        start, end = m.start("w"), m.end("w")
        if _CURRENCY_BEFORE_RE.search(low, max(0, start - 12), start):
            continue  # "dollar américain", "francs suisses": a currency's name, not a place
        hits.append((start, end, country))
        weight = 1
        if start < _LEAD:
            weight = _LEAD_WEIGHT
            line_start = text.rfind("\n", 0, start) + 1
            if start - line_start < 3 and _DATELINE_RE.match(text, end):
                weight = _DATELINE_WEIGHT
        scores[country] = scores.get(country, 0) + weight
    ends = {end for _, end, _ in hits}  # "l'île Maurice" is already a cue
    for word, country in _AFTER_PREPOSITION.items():  # "à Maurice", not "Maurice Druon"
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (end not in ends and _PREPOSITION_BEFORE_RE.search(low, max(0, at - 8), at)
                    and not (end < len(low) and low[end].isalpha())):  # fmt: skip
                hits.append((at, end, country))
                scores[country] = scores.get(country, 0) + (_LEAD_WEIGHT if at < _LEAD else 1)
            at = low.find(word, end)
    hits.sort()
    main = None
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked:
        top = ranked[0][1]
        if top >= _MAIN_WEIGHT and (len(ranked) == 1 or top > ranked[1][1]):
            main = ranked[0][0]
    return PlaceCues(tuple(hits), main, tuple(ranked))
