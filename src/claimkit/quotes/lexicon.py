"""Word tables for :mod:`claimkit.quotes`: reporting verbs, mentions and source nouns.

The tables are plain data, built once at import:

- ``REPORTING_VERBS``: every finite form of the French verbs of saying a newsroom uses
  ("déclare", "a déclaré", "déclarait", "déclara", "déclarent", "ont déclaré", "avait
  déclaré", "déclarera"), plus the participle with agreement ("qu'il a jugées").  Regular
  ``-er`` verbs are generated from their lemma and the conjugation endings; irregular verbs
  list their present forms and past participle, and the same generator adds the compound
  tenses.
- ``INVERTED_VERBS``: the same verbs with a clitic subject after them, as in an incise
  ("explique-t-il", "a-t-elle ajouté", "dit-il", "ont-ils déclaré").
- ``GERUND_VERBS``: present participles ("soulignant que", "notant que") that carry a
  quotation in a subordinate clause.
- ``PRONOUNS``: subject pronouns resolved to the last speaker.
- ``JOB_NOUNS``: titles and job nouns that describe a speaker ("l'acteur Rob Delaney",
  "la ministre", "le PDG de Disney").
- ``SOURCE_NOUNS``: written sources whose words are quoted ("l'offre d'emploi", "le
  dossier", "la fiche de poste"); they speak for the organisation that published them.
- ``ORG_ANAPHORS``: nouns that refer back to an organisation already named ("la
  plateforme", "l'entreprise", "le géant du streaming").
- ``INSTITUTIONS``: common nouns that name an institution by themselves ("le
  gouvernement", "le parquet", "les syndicats"); they stand for that institution, not for
  the last company named.
- ``PUBLISH_VERBS``: verbs showing an organisation put a source out ("a publié", "recrute"),
  which makes it the antecedent of a later "l'annonce".
- ``ACCORDING_TO``: prepositions that credit a source ("selon", "d'après", "à en croire").
- ``TITLE_CUES``: nouns and participles before a title of a work ("la série", "intitulée").
- ``NOT_NAMES``: capitalised words that start sentences but never name a speaker.
- ``PARTICIPIAL_OPENERS``: participles that open a sentence before its subject
  ("Interrogé par franceinfo, le ministre a assuré…", "Réagissant à l'annonce, X a dit"):
  the phrase they open is circumstance, never the speaker.
- ``FEMININE_FIRST_NAMES`` / ``MASCULINE_FIRST_NAMES``: common given names (French, and
  others frequent in French news), to tell "a-t-elle déclaré" from "a-t-il déclaré" when no
  title or determiner gives a person's gender.  Epicene names ("Claude", "Dominique",
  "Camille") are in neither.

The tables leave out verbs whose main sense is not speech ("trouver", "voir") even when a
journalist sometimes uses them for it: a false attribution costs more than a missed one.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCORDING_TO",
    "BODY_KINDS",
    "CONTINUING_VERBS",
    "FEMININE_FIRST_NAMES",
    "GERUND_VERBS",
    "INSTITUTIONS",
    "INVERTED_VERBS",
    "JOB_NOUNS",
    "MASCULINE_FIRST_NAMES",
    "MEDIA_WORDS",
    "NOT_NAMES",
    "ORG_ANAPHORS",
    "PARTICIPIAL_OPENERS",
    "PRONOUNS",
    "PUBLISH_VERBS",
    "REPORTING_VERBS",
    "SOURCE_NOUNS",
    "TITLE_CUES",
]

#: Regular first-group verbs of saying, by lemma.  "lancer" and "annoncer" take a cedilla
#: before "a" ("lança"), "juger" keeps its "e" ("jugeait"): handled by the generator.
_ER_VERBS: Final = (
    "déclarer", "affirmer", "expliquer", "ajouter", "estimer", "souligner", "indiquer",
    "préciser", "assurer", "confier", "rappeler", "lancer", "insister", "juger", "regretter",
    "dénoncer", "annoncer", "commenter", "noter", "observer", "raconter", "témoigner",
    "tweeter", "résumer", "constater", "déplorer", "marteler", "avouer",
    "confirmer", "détailler", "signaler", "ironiser", "plaisanter", "s'exclamer", "s'inquiéter",
    "s'interroger", "s'emporter", "relever", "mentionner", "proclamer", "réclamer",
    "argumenter", "analyser", "nuancer", "renchérir", "tempérer", "alerter", "lâcher",
    "glisser", "trancher", "clamer", "protester", "justifier", "qualifier",
    "stipuler", "exposer", "citer", "répéter", "avancer", "souffler", "plaider", "fustiger",
    "critiquer", "accuser", "saluer", "exiger", "jurer", "espérer", "souhaiter", "rétorquer",
    "répliquer", "objecter", "s'étonner", "s'indigner", "nier", "demander", "tonner",
    "railler", "pester", "asséner", "suggérer", "insinuer", "s'alarmer", "s'agacer",
    "rassurer", "féliciter", "remarquer", "signifier", "déclamer", "scander", "rajouter",
    "enchaîner", "interpeller", "tacler", "s'insurger", "s'offusquer", "confesser",
    "réitérer", "revendiquer", "invectiver", "s'enthousiasmer", "s'amuser", "se féliciter",
    "se désoler", "rager", "soupirer", "maugréer", "grogner", "grommeler", "ricaner",
    "persifler", "s'esclaffer", "s'énerver", "se justifier", "twitter",
    "se défendre", "se demander", "recadrer",
    "marmonner", "murmurer", "s'expliquer", "fulminer", "illustrer", "relater", "certifier",
    "concéder", "relativiser", "riposter", "menacer", "exhorter", "considérer", "rectifier",
    "questionner", "interroger", "ironiser", "s'agacer", "s'emporter", "s'étonner", "titrer",
    "rapporter", "claironner", "s'alarmer",
    # quoted words whose speaker is the subject: "a réaffirmé son attachement à « … »",
    # "a évoqué « la douce nostalgie »", "a reproché à Marine sa « vulgarité »"
    "appeler", "réaffirmer", "révéler", "appuyer", "tempêter", "hurler", "crier",
    "informer", "préconiser", "recommander", "reprocher", "condamner", "évoquer", "parler",
    "décrier", "pointer", "fanfaronner", "vanter", "se vanter", "s'exprimer", "se plaindre",
    "se confier", "se lamenter", "s'épancher", "balayer", "soupirer", "grimacer",
    "blaguer", "s'esclaffer", "conseiller", "implorer", "supplier", "prier", "inviter",
    "sommer", "adjurer", "se marrer", "rigoler",
)  # fmt: skip

#: Irregular verbs: (3sg present, 3pl present, past participle, imperfect stem, simple past).
_IRREGULAR: Final = (
    ("dit", "disent", "dit", "dis", "dit"),  # « … », dit Delaney
    ("écrit", "écrivent", "écrit", "écriv", "écrivit"),
    ("reconnaît", "reconnaissent", "reconnu", "reconnaiss", "reconnut"),
    ("reconnait", "reconnaissent", "reconnu", "reconnaiss", "reconnut"),  # 1990 spelling
    ("admet", "admettent", "admis", "admett", "admit"),
    ("promet", "promettent", "promis", "promett", "promit"),
    ("prévient", "préviennent", "prévenu", "préven", "prévint"),
    ("répond", "répondent", "répondu", "répond", "répondit"),
    ("conclut", "concluent", "conclu", "conclu", "conclut"),
    ("poursuit", "poursuivent", "poursuivi", "poursuiv", "poursuivit"),
    ("avertit", "avertissent", "averti", "avertiss", "avertit"),
    ("soutient", "soutiennent", "soutenu", "souten", "soutint"),
    ("reprend", "reprennent", "repris", "repren", "reprit"),
    ("décrit", "décrivent", "décrit", "décriv", "décrivit"),
    ("interrompt", "interrompent", "interrompu", "interromp", "interrompit"),
    ("réagit", "réagissent", "réagi", "réagiss", "réagit"),
    ("dément", "démentent", "démenti", "dément", "démentit"),
    ("défend", "défendent", "défendu", "défend", "défendit"),
    ("garantit", "garantissent", "garanti", "garantiss", "garantit"),
    ("prédit", "prédisent", "prédit", "prédis", "prédit"),
    ("s'écrie", "s'écrient", "écrié", "s'écri", "s'écria"),
    ("renchérit", "renchérissent", "renchéri", "renchériss", "renchérit"),
    ("rebondit", "rebondissent", "rebondi", "rebondiss", "rebondit"),
    ("se réjouit", "se réjouissent", "réjoui", "se réjouiss", "se réjouit"),
    ("discourt", "discourent", "discouru", "discour", "discourut"),
)

#: Futures of the irregular verbs, the narrative future of a portrait ("dira-t-il plus tard",
#: "« … », répondra le ministre").
_IRREGULAR_FUTURES: Final = (
    "dira", "écrira", "reconnaîtra", "reconnaitra", "admettra", "promettra", "préviendra",
    "répondra", "conclura", "poursuivra", "avertira", "soutiendra", "reprendra", "décrira",
    "interrompra", "réagira", "démentira", "défendra", "garantira", "prédira", "renchérira",
    "rebondira",
)  # fmt: skip

#: Auxiliaries, with the adverbs a journalist slips in: "a même jugé", "a d'ailleurs dit".
_AUXILIARIES: Final = (
    "a", "ont", "avait", "avaient", "aura", "a même", "a encore", "a aussi", "a également",
    "a ainsi", "a alors", "a d'ailleurs", "a enfin", "a-t-il", "a-t-elle", "a notamment",
    "a surtout", "a toutefois", "a cependant", "a pourtant", "a néanmoins", "a aussitôt",
    "a immédiatement", "a simplement", "a longuement", "a clairement", "a vivement",
    "a fermement", "a ensuite", "a déjà", "a également", "ont également", "ont aussi",
    "ont notamment", "avait déjà", "avait notamment", "a pour sa part",
)  # fmt: skip

#: Present participles are built from the imperfect stem ("soulign" + "ant").
_AGREEMENT: Final = ("", "e", "s", "es")


#: -er verbs that double their consonant before a mute e: "rappelle", "jette".
_DOUBLING: Final = frozenset({"appeler", "rappeler", "interpeller", "jeter"})
_CONSONANTS: Final = "bcdfghjklmnpqrstvwxz"


def _present_stem(lemma: str, stem: str) -> str:
    """Stem before a mute e: "rappell-e", "martèl-e", "répèt-e", "déclar-e"."""
    if lemma in _DOUBLING:
        return stem + stem[-1]
    if len(stem) >= 2 and stem[-2] in "eé" and stem[-1] in _CONSONANTS:
        return stem[:-2] + "è" + stem[-1]  # "relève", "martèle", "répète", "suggère"
    return stem


def _er_forms(lemma: str) -> tuple[list[str], list[str], str, str]:
    """Return (simple forms, 3sg forms for inversion, participle, gerund) of an -er verb."""
    stem = lemma.removesuffix("er")
    mute = _present_stem(lemma, stem)
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    simple = [
        mute + "e",  # déclare, rappelle, répète
        mute + "ent",  # déclarent
        soft + "ait",  # déclarait
        soft + "aient",  # déclaraient
        soft + "a",  # déclara (passé simple, dépêches)
        stem + "èrent",  # déclarèrent
        (mute if lemma in _DOUBLING else stem) + "era",  # déclarera, rappellera
    ]
    # inverted: present, passé simple, imperfect and future ("soulignait-il", "dira-t-il")
    return simple, [mute + "e", soft + "a", soft + "ait", simple[-1]], stem + "é", soft + "ant"


def _forms() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Generate the finite, inverted and gerund form tables from the lemma lists."""
    finite: set[str] = set()
    inverted: set[str] = set()
    gerunds: set[str] = set()
    entries: list[tuple[list[str], list[str], str, str]] = []
    for lemma in _ER_VERBS:
        reflexive = lemma.startswith(("s'", "se "))
        pronoun = "se " if lemma.startswith("se ") else "s'"
        simple, inv, participle, gerund = _er_forms(lemma.removeprefix(pronoun))
        if reflexive:  # "s'exclame", "s'est exclamé", "se félicite"
            finite.update(pronoun + f for f in simple)
            finite.update(f"s'est {participle}{a}" for a in _AGREEMENT)
            continue
        entries.append((simple, inv, participle, gerund))
    for sg, pl, participle, imp, past in _IRREGULAR:
        if sg.startswith(("s'", "se ")):
            finite.update((sg, pl, past))
            finite.update(f"s'est {participle}{a}" for a in _AGREEMENT)
            continue
        simple = [sg, pl, imp + "ait", imp + "aient", past]
        entries.append((simple, [sg, past, imp + "ait"], participle, imp + "ant"))
    finite.update(_IRREGULAR_FUTURES)
    for form in _IRREGULAR_FUTURES:
        for pron in ("il", "elle", "on"):
            inverted.add(f"{form}-t-{pron}")  # "dira-t-il"
    for simple, inv, participle, gerund in entries:
        finite.update(simple)
        gerunds.add(gerund)
        for agr in _AGREEMENT:
            # the participle agrees with a preceding object: "qu'Iger a jugées".
            if participle.endswith("s") and agr.startswith("s"):
                continue  # "admis" + "s"
            p = participle + agr
            for aux in _AUXILIARIES:
                finite.add(f"{aux} {p}")
        for form in inv:
            tee = "" if form.endswith(("t", "d")) else "-t"
            for pron in ("il", "elle", "on"):
                inverted.add(f"{form}{tee}-{pron}")  # explique-t-il, dit-elle
        for pron in ("il", "elle", "on"):
            inverted.add(f"a-t-{pron} {participle}")  # a-t-il déclaré
            inverted.add(f"avait-{pron} {participle}")
        for pron in ("ils", "elles"):
            inverted.add(f"ont-{pron} {participle}")
            inverted.add(f"{simple[1]}-{pron}")  # déclarent-ils
    return frozenset(finite), frozenset(inverted), frozenset(gerunds)


def _continuing() -> frozenset[str]:
    """Generate the forms of the verbs that go on with what the same speaker said."""
    forms: set[str] = {"a poursuivi", "poursuit", "poursuivait", "poursuivant"}
    for lemma in ("ajouter", "continuer", "enchaîner", "insister", "compléter"):
        simple, _, participle, gerund = _er_forms(lemma)
        forms.update((f"a {participle}", simple[0], simple[2], gerund))
    return frozenset(forms)


#: Verbs of saying that go on with what the same speaker said: "a ajouté", "poursuit",
#: "complète" (present, imperfect, passé composé and gerund of the third person).
CONTINUING_VERBS: Final = _continuing()


#: Causatives that report speech: "a fait remarquer", "a-t-elle fait valoir", "a fait savoir
#: le porte-parole" (an outlet relaying the words, "a fait savoir Le Figaro", is credited
#: too: GOLD_FORMAT gives a press review's quotation to the newspaper).
_CAUSED: Final = ("remarquer", "valoir", "observer", "savoir")


def _causatives() -> tuple[frozenset[str], frozenset[str]]:
    """Generate the finite and inverted forms of "faire remarquer" and its kind."""
    finite: set[str] = set()
    inverted: set[str] = set()
    for inf in _CAUSED:
        finite.update(f"{f} {inf}" for f in ("fait", "font", "faisait", "fera", "fit"))
        finite.update(f"{aux} fait {inf}" for aux in _AUXILIARIES)
        for pron in ("il", "elle", "on"):
            inverted.update((f"a-t-{pron} fait {inf}", f"fait-{pron} {inf}"))
    return frozenset(finite), frozenset(inverted)


#: "lit-on dans le communiqué", "peut-on lire dans le rapport": the source comes after.
_READ_ON: Final = frozenset({
    "lit-on", "peut-on lire", "pouvait-on lire", "lit-on encore", "lit-on aussi",
    "lit-on également", "peut-on encore lire", "peut-on aussi lire",
    # "a-t-on appris auprès de la gendarmerie", "apprend-on au ministère": where "on" learnt it
    "a-t-on appris", "apprend-on", "avait-on appris", "a-t-on appris de source",
})  # fmt: skip
#: "mettre en garde", "faire part", "tirer la sonnette d'alarme": a verb and its noun.
_PHRASAL: Final = (
    ("met", "mettait", "mis", "en garde"),
    ("fait", "faisait", "fait", "part"),
    ("laisse", "laissait", "laissé", "entendre"),
)


def _phrasal() -> tuple[frozenset[str], frozenset[str]]:
    """Generate the finite and inverted forms of ``_PHRASAL``: "met-il en garde"."""
    finite: set[str] = set()
    inverted: set[str] = set()
    for present, imperfect, participle, rest in _PHRASAL:
        for form in (present, imperfect):
            finite.add(f"{form} {rest}")
            inverted.update(f"{form}-{pron} {rest}" for pron in ("il", "elle", "on"))
        finite.update(f"{aux} {participle} {rest}" for aux in _AUXILIARIES)
        inverted.update(f"a-t-{pron} {participle} {rest}" for pron in ("il", "elle", "on"))
    return frozenset(finite), frozenset(inverted)


_FINITE_BASE, _INVERTED_BASE, GERUND_VERBS = _forms()
_FINITE_CAUSED, _INVERTED_CAUSED = _causatives()
_FINITE_PHRASAL, _INVERTED_PHRASAL = _phrasal()
_FINITE: Final = _FINITE_BASE | _FINITE_CAUSED | _FINITE_PHRASAL
INVERTED_VERBS: Final = _INVERTED_BASE | _INVERTED_CAUSED | _INVERTED_PHRASAL | _READ_ON

#: Subjunctives of the irregular verbs ("avant que celle-ci ne lui réponde « … »"); those of
#: the -er verbs are their present forms, generated already.
_SUBJUNCTIVES: Final = frozenset({
    "dise", "disent", "écrive", "écrivent", "reconnaisse", "admette", "promette",
    "prévienne", "réponde", "répondent", "conclue", "poursuive", "avertisse", "soutienne",
    "reprenne", "décrive", "réagisse", "démente", "défende", "garantisse",
})  # fmt: skip
REPORTING_VERBS: Final = _FINITE | _SUBJUNCTIVES

#: Subject pronouns that point back to a speaker already named.
PRONOUNS: Final = frozenset({"il", "elle", "ils", "elles"})

#: Titles and job nouns: "l'acteur Rob Delaney", "la ministre", "le PDG de Disney".
JOB_NOUNS: Final = frozenset({
    "acteur", "actrice", "auteur", "autrice", "avocat", "avocate", "chanteur", "chanteuse",
    "chercheur", "chercheuse", "cinéaste", "comédien", "comédienne", "conseiller",
    "conseillère", "cofondateur", "cofondatrice", "dirigeant", "dirigeante", "directeur",
    "directrice", "député", "députée", "économiste", "écrivain", "écrivaine", "élu", "élue",
    "expert", "experte", "fondateur", "fondatrice", "historien", "historienne", "ingénieur",
    "ingénieure", "journaliste", "juge", "maire", "ministre", "négociateur", "négociatrice",
    "patron", "patronne", "PDG", "porte-parole", "porte parole", "président", "présidente",
    "procureur", "parlementaire",
    "procureure", "producteur", "productrice", "professeur", "professeure", "réalisateur",
    "réalisatrice", "responsable", "sénateur", "sénatrice", "scénariste", "secrétaire",
    "sociologue", "spécialiste", "syndicaliste", "chef", "cheffe", "analyste", "militant",
    "militante", "médecin", "avocat général", "gouverneur", "gouverneure", "commissaire",
    "délégué", "déléguée", "représentant", "représentante", "vice-président",
    "vice-présidente", "directeur général", "directrice générale", "DG",
    "premier ministre", "première ministre", "chef de l'État", "cheffe de l'État",
    "garde des Sceaux", "secrétaire d'État", "secrétaire général", "secrétaire générale",
    "haut-commissaire", "candidat", "candidate", "entraîneur", "entraineur", "entraîneuse",
    "sélectionneur", "sélectionneuse", "joueur", "joueuse", "capitaine", "coach",
    "chef de file", "opposant", "opposante", "leader", "ambassadeur", "ambassadrice",
    "préfet", "préfète", "bourgmestre", "échevin", "échevine", "mairesse", "rapporteur",
    "rapporteure", "magistrat", "magistrate", "bâtonnier", "bâtonnière", "juriste",
    "politologue", "consultant", "consultante", "enseignant", "enseignante",
    "infirmier", "infirmière", "épidémiologiste", "virologue", "imam", "pasteur", "évêque",
    "archevêque", "cardinal", "général", "colonel", "commandant", "porte-parole adjoint",
    "vice-premier ministre", "conseiller fédéral", "conseillère fédérale",
    "conseiller d'État", "conseillère d'État", "ministre-président", "ministre-présidente",
    "président-directeur général", "présidente-directrice générale", "trésorier",
    "trésorière", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice",
    "chargé de communication", "chargée de communication", "attaché de presse",
    "attachée de presse", "secrétaire exécutif", "secrétaire exécutive", "administrateur",
    "diplomate", "souverain", "souveraine", "roi", "reine", "prince", "princesse", "émir",
    "pape", "activiste", "manifestant", "manifestante", "habitant", "habitante", "témoin",
    "victime", "rescapé", "rescapée", "étudiant", "étudiante", "agriculteur", "agricultrice",
    "commerçant", "commerçante", "entrepreneur", "employé", "employée", "salarié",
    "salariée", "policier", "policière", "gendarme", "soldat", "officier", "enquêteur",
    "enquêtrice", "inspecteur", "inspectrice", "pilote", "architecte", "pharmacien",
    "pharmacienne", "chirurgien", "chirurgienne", "notable", "chef coutumier", "membre",
    "proche", "observateur", "observatrice", "cadre", "supporter", "supporteur", "électeur",
    "électrice", "parent", "riverain", "riveraine",
    "administratrice", "gérant", "gérante",
    # sport: "a fait savoir le technicien tunisien", "selon le portier"
    "technicien", "technicienne", "tacticien", "attaquant", "attaquante", "gardien",
    "gardienne", "portier", "défenseur", "défenseure", "milieu de terrain", "buteur",
    "buteuse", "meneur", "meneuse", "arbitre", "manager", "athlète", "champion", "championne",
    "nageur", "nageuse", "boxeur", "boxeuse", "cycliste", "sprinteur", "sprinteuse",
    "directeur sportif", "directrice sportive", "coéquipier", "coéquipière", "driver",
    "mayeur", "mayeure", "maïeur", "maïeure",
    # English titles of Mauritius and international bodies
    "Prime Minister", "Deputy Prime Minister", "Attorney General", "Chief Justice",
    "Speaker", "Leader of the Opposition", "monarque", "sultan",
    "conférencier", "conférencière", "orateur", "oratrice", "intervenant", "intervenante",
    "entraîneur-chef", "entraineur-chef", "médecin-chef", "rédacteur en chef",
    "rédactrice en chef", "commandant en chef", "chef de cabinet", "directeur de cabinet",
    "directrice de cabinet", "chef d'état-major", "adjoint", "adjointe", "maire adjoint",
    "députée-maire", "député-maire", "sénateur-maire", "conseiller municipal",
    "conseillère municipale", "syndic", "préfet de police", "procureur général",
    "procureure générale", "juge d'instruction", "directeur de campagne",
    "directrice de campagne", "président-fondateur", "ministre d'État",
    "premier vice-président", "première vice-présidente", "secrétaire national",
    "secrétaire nationale", "délégué général", "déléguée générale", "chroniqueur",
    "chroniqueuse", "éditorialiste", "commentateur", "commentatrice", "envoyé spécial",
    "envoyée spéciale", "correspondant", "correspondante", "animateur", "animatrice",
    # "homme"/"femme" only with what makes them a role: "a poursuivi l'homme de média"
    "édile", "homme politique", "femme politique", "homme d'affaires", "femme d'affaires",
    "homme de média", "homme de médias", "femme de média", "femme de médias",
    "homme de loi", "homme d'Église", "homme de culture", "femme de culture",
    "homme de théâtre", "femme de théâtre", "homme de lettres", "femme de lettres",
    # everyday trades and conditions of the people a report lets speak unnamed ("se désole
    # un autre vendeur", "explique une ménagère", "raconte un chauffeur de taxi")
    "vendeur", "vendeuse", "revendeur", "revendeuse", "marchand", "marchande", "boutiquier",
    "boutiquière", "grossiste", "détaillant", "détaillante", "chauffeur", "chauffeuse",
    "conducteur", "conductrice", "taximan", "mototaximan", "zémidjan", "éleveur",
    "éleveuse", "pêcheur", "pêcheuse", "cultivateur", "cultivatrice", "paysan", "paysanne",
    "planteur", "planteuse", "maraîcher", "maraîchère", "vigneron", "vigneronne", "fermier",
    "fermière", "ouvrier", "ouvrière", "artisan", "artisane", "menuisier", "maçon",
    "mécanicien", "mécanicienne", "électricien", "plombier", "boulanger", "boulangère",
    "boucher", "bouchère", "coiffeur", "coiffeuse", "couturier", "couturière", "tailleur",
    "restaurateur", "restauratrice", "hôtelier", "hôtelière", "serveur", "serveuse",
    "caissier", "caissière", "fonctionnaire", "agent", "agente", "instituteur",
    "institutrice", "directeur d'école", "directrice d'école", "élève", "lycéen",
    "lycéenne", "collégien", "collégienne", "apprenti", "apprentie", "stagiaire",
    "bénévole", "volontaire", "retraité", "retraitée", "chômeur", "chômeuse", "ménagère",
    "mère de famille", "père de famille", "patient", "patiente", "client", "cliente",
    "usager", "usagère", "consommateur", "consommatrice", "automobiliste", "passager",
    "passagère", "voyageur", "voyageuse", "touriste", "réfugié", "réfugiée", "migrant",
    "migrante", "déplacé", "déplacée", "sinistré", "sinistrée", "survivant", "survivante",
    "blessé", "blessée", "locataire", "propriétaire", "syndiqué", "syndiquée", "docteur",
    "psychologue", "psychiatre", "sage-femme", "aide-soignant", "aide-soignante",
    "avocat de la défense", "notaire", "huissier", "comptable", "banquier", "banquière",
    "investisseur", "investisseuse", "prêtre", "curé", "religieuse",
    "chef de village", "chef de quartier", "chef traditionnel",
})  # fmt: skip

#: Written sources quoted in the news: they speak for the organisation that published them.
SOURCE_NOUNS: Final = frozenset({
    "offre d'emploi", "offre", "annonce", "fiche de poste", "liste", "dossier", "publication",
    "affichage", "communiqué", "rapport", "document", "documents", "site", "site web",
    "site internet", "page", "description de poste", "note", "lettre", "déclaration",
    "courrier", "message", "compte", "rapport annuel", "informations", "texte", "plainte",
    "offres d'emploi", "annonces", "étude", "enquête", "section", "rubrique", "brochure",
    "arrêt", "décision", "jugement", "verdict", "ordonnance", "avis", "résolution",
    "motion", "tweet", "post", "éditorial", "rapport final", "bilan", "note de synthèse",
})  # fmt: skip

#: Common nouns that name an institution by themselves (see the module docstring).
INSTITUTIONS: Final = frozenset({
    "gouvernement", "ministère", "syndicat", "syndicats", "parquet", "police", "gendarmerie",
    "préfecture", "mairie", "patronat", "opposition", "majorité", "armée", "justice",
    "tribunal", "commission", "exécutif", "intersyndicale", "cabinet", "présidence",
    "primature", "ambassade", "municipalité", "direction", "état-major", "parlement",
    "sénat", "assemblée", "conseil", "comité", "cour", "rectorat", "ordre", "barreau",
})  # fmt: skip

#: Nouns that refer back to the organisation last named: "la plateforme", "le géant du X".
ORG_ANAPHORS: Final = frozenset({
    "plateforme", "société", "entreprise", "groupe", "géant", "studio", "firme", "compagnie",
    "service", "chaîne", "marque", "start-up", "startup", "organisation", "association",
    "institut", "agence", "banque", "fédération", "institution", "mission", "délégation",
    "instance", "organisme", "collectif", "coalition", "confédération", "centrale",
    "parti", "mouvement", "fondation", "ligue", "alliance", "réseau", "observatoire", "ong",
    "asbl", "pme",
    "multinationale", "constructeur", "enseigne", "opérateur", "fabricant", "distributeur",
    "laboratoire", "industriel", "transporteur", "assureur", "fournisseur", "club",
    "formation", "structure", "collectivité", "administration",
    *INSTITUTIONS,  # "le gouvernement", "le ministère", "le syndicat" are anaphors too
})  # fmt: skip


#: Verbs showing an organisation published the source: "Netflix a publié une offre".
PUBLISH_VERBS: Final = frozenset({
    "publie", "a publié", "publient", "ont publié", "recrute", "recrutent", "recherche",
    "cherche", "embauche", "propose", "offre", "répertorie", "a répertorié", "poste",
    "a posté", "diffuse", "a diffusé", "met en ligne", "a mis en ligne",
})  # fmt: skip

#: Prepositions that credit a source: "selon X, « … »", "d'après X".
ACCORDING_TO: Final = frozenset({
    "selon", "d'après", "à en croire", "a en croire", "si l'on en croit", "si on en croit",
    "de l'avis de", "aux yeux de", "aux dires de", "pour",
    # "selon les termes de X", "pour reprendre les mots de X"
    "selon les termes de", "selon les mots de", "selon les propos de", "selon la formule de",
    "selon l'expression de", "pour reprendre les mots de", "pour reprendre les termes de",
    "pour reprendre la formule de", "pour reprendre l'expression de",
})  # fmt: skip

#: Words before a title of a work: « intitulée Deep Fake Love », "l'épisode "Black Mirror"".
TITLE_CUES: Final = frozenset({
    "série", "film", "films", "épisode", "émission", "livre", "roman", "album", "chanson",
    "jeu", "intitulé", "intitulée", "baptisé", "baptisée", "appelé", "appelée", "nommé",
    "nommée", "spectacle", "pièce", "documentaire", "titre", "magazine", "journal",
    # media named in marks: "la chaîne de radio locale « la voix de tout le Liban »"
    "radio", "chaîne", "station", "quotidien", "hebdomadaire", "rubrique", "podcast",
    "télévision", "blog",
})  # fmt: skip

#: Capitalised words that open sentences or clauses and never name a speaker.
NOT_NAMES: Final = frozenset({
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Il", "Elle", "Ils", "Elles", "On",
    "Mais", "Et", "Ou", "Donc", "Or", "Ni", "Car", "Alors", "Ainsi", "Puis", "Ensuite",
    "Selon", "Pour", "Par", "Avec", "Sans", "Dans", "En", "Au", "Aux", "Ce", "Cet", "Cette",
    "Ces", "Cela", "Ça", "Si", "Quand", "Lorsque", "Comme", "Tout", "Tous", "Toutes",
    "Nous", "Vous", "Je", "Tu", "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Votre", "Mon",
    "Ma", "Mes", "Après", "Avant", "Depuis", "Pendant", "Malgré", "Chez", "Sur", "Sous",
    "Entre", "Vers", "Contre", "Dès", "Bien", "Pourtant", "Cependant", "Néanmoins", "Enfin",
    "Aujourd", "Hier", "Demain", "Oui", "Non", "Qui", "Que", "Quoi", "Où", "Dont", "À", "A",
    "Juste", "Certains", "Certaines", "Plusieurs", "Chaque", "Aucun", "Aucune", "Même",
    "Photo", "Lors", "Parmi", "Bref", "Là", "Ici", "Voici", "Voilà", "C", "D", "Qu", "J", "N",
    "S", "M", "Madame", "Monsieur", "Mme", "M.", "Dr", "Pr",
    # acronyms of common nouns, not organisations: "l'IA", "la TV"
    "IA", "AI", "TV", "VOD", "PDG", "DG", "CEO", "ONG", "PME", "RH", "PIB", "UE",
})  # fmt: skip


_FEMININE_BASE: Final = frozenset(
    """
    Agnès Alice Amandine Amélie Anaïs Angela Anna Anne Annie Ariane Audrey Aurélie Aurore
    Barbara Béatrice Brigitte Carole Caroline Catherine Cécile Céline Chantal Charlotte Chloé
    Christiane Christine Claire Clara Clémence Colette Corinne Danielle Delphine Diane Édith
    Édouardine Élisabeth Elisabeth Élise Elizabeth Élodie Emma Emmanuelle Estelle Eva Fabienne
    Fanny Florence Françoise Gabrielle Geneviève Giorgia Hélène Hillary Inès Irène Isabelle
    Jacqueline Jeanne Jessica Joséphine Judith Julia Julie Juliette Justine Kamala Karine
    Laetitia Laura Laure Laurence Léa Léna Louise Lucie Madeleine Manon Marianne Marie
    Marie-Christine Marine Marion Martine Mathilde Maud Mélanie Michèle Monique Muriel Myriam
    Nadia Nadine Nathalie Nicole Noémie Océane Olivia Pascale Patricia Pauline Rachida Rachel
    Rose Roselyne Sabine Sandrine Sarah Ségolène Sophie Stéphanie Suzanne Sylvie Valérie
    Vanessa Véronique Virginie Yaël Yasmina Ursula Zoé
    """.split()
)

_MASCULINE_BASE: Final = frozenset(
    """
    Adrien Alain Alexandre Alexis André Antoine Arnaud Arthur Benjamin Benoît Bernard Bertrand
    Bob Bruno Bruce Charles Christian Christophe Cyril Damien Daniel David Denis Didier Donald
    Édouard Emmanuel Éric Étienne Fabien Fabrice François Franck Frédéric Gabriel Gaël Georges
    Gérald Gérard Gilles Grégoire Guillaume Gustave Henri Hervé Hugo Jacques Jean Jean-Claude
    Jean-François Jean-Luc Jean-Marie Jean-Michel Jean-Pierre Jérôme Joe John Jordan Joseph
    Julien Karim Kevin Laurent Léo Louis Luc Lucas Marc Marcel Mark Martin Mathieu Matthieu
    Maxime Michel Mohamed Nicolas Noël Olaf Olivier Pascal Patrick Paul Philippe Pierre Raphaël
    Rémi Renaud Richard Rob Robert Roger Romain Samuel Sébastien Serge Simon Stéphane Sylvain
    Thierry Thomas Tim Vincent Vladimir Volodymyr Xavier Yann Yannick Yves
    """.split()
)


_PARTICIPLES: Final = (
    "interrogé", "questionné", "invité", "joint", "contacté", "sollicité", "cité", "entendu",
    "reçu", "interviewé", "auditionné", "relancé", "approché", "consulté", "rencontré",
)  # fmt: skip

PARTICIPIAL_OPENERS: Final = frozenset(
    {p + ending for p in _PARTICIPLES for ending in ("", "e", "s", "es")}
    | {"réagissant", "s'exprimant", "intervenant", "répondant", "commentant", "évoquant"}
)


# More given names, by region, so that a name's gender and its first word are known on news
# from the whole French-speaking world.  Hand lists of names frequent in the news of each
# region (no package with such data is kept up to date and free to ship: see
# docs/quotes.md).  Epicene names (Claude, Dominique, Camille, Aïssa…) are in neither.
_FEMININE_MORE: Final = frozenset(
    """
    Adèle Agathe Aïcha Aicha Aïda Aida Alexandra Aline Amel Amina Aminata Amira Anastasia
    Andrée Angèle Angélique Annick Antoinette Arlette Asma Assia Astrid Awa Aya Aziza
    Bernadette Bintou Blanche Carla Carmen Cécilia Chloé Christelle Cindy Clarisse Claudine
    Coralie Coumba Cynthia Dalila Denise Djamila Dorothée Édith Éléonore Éliane Élise Eliane
    Émilie Emilie Émeline Esther Eugénie Éve Ève Fatima Fatimata Fatou Fatoumata Fanta Farida
    Fatiha Françoise Frédérique Geneviève Georgette Ghislaine Gisèle Ginette Hafsa Hajar
    Hanane Hawa Hélène Henriette Hind Houda Huguette Ingrid Isabel Jeannine Jocelyne Joëlle
    Josiane Karima Kadiatou Khadija Lamia Latifa Laurence Leila Leïla Liliane Line Linda Lise
    Lucienne Lydia Lynda Maïmouna Maimouna Malika Margaux Margot Mariam Mariama Marie-Claude
    Marie-France Marie-Josée Marie-Pierre Marie-Laure Marie-Hélène Marie-Noëlle Marina Marlène
    Martha Maryam Maryse Meryem Micheline Mireille Naïma Naima Nabila Nadège Najat Najla Nawal
    Nathalie Ndeye Nora Odette Odile Olga Ophélie Oumou Paulette Perrine Rama Ramatoulaye
    Rania Rokia Rosalie Sabrina Safia Salimata Salma Samia Samira Sandra Sara Séverine Sihem
    Simone Siham Solange Sonia Soraya Souad Stella Suzanne Sylviane Thérèse Véronique Viviane
    Wafa Yasmine Yolande Yvette Yvonne Zahra Zeinab Zineb Zohra Zora Ghislaine Rokhaya Adja
    Aminatou Hadja Assétou Mame Nafissatou Oumoul Marième Mariètou Sokhna Ndèye Élisabeth
    Kathleen Geneviève Manon Catherine Chrystia Mélanie Pascale Dominique-Anne Gisèle Anne-Marie
    """.split()
)
_MASCULINE_MORE: Final = frozenset(
    """
    Abdel Abdelaziz Abdelkader Abdelilah Abdellah Abdelmadjid Abdoulaye Abdou Abdourahmane
    Abdul Achille Adama Ahmed Aimé Akim Alassane Albert Alfred Ali Alioune Alpha Amadou Amine
    Anatole Antonin Aristide Armand Assane Assimi Assoa Augustin Aurélien Aziz Bakary Baptiste
    Bassirou Béchir Bilal Blaise Boubacar Boualem Brahim Cédric Célestin Chérif Cheikh Clément
    Constant Corentin Dieudonné Djibril Driss Edgar Edmond Émile Emile Ernest Eugène Évariste
    Fabrice Faouzi Fayçal Félix Félicien Fernand Firmin Florent Florian Francis François-Xavier
    Gaston Gauthier Geoffroy Ghislain Guy Habib Hamid Hamza Hassan Hassane Hichem
    Hocine Honoré Hubert Ibrahim Ibrahima Idriss Ismaël Ismail Issa Issoufou Jacob Jean-Baptiste
    Jean-Charles Jean-Claude Jean-Guy Jean-Louis Jean-Marc Jean-Noël Jean-Paul Jean-Philippe
    Jean-Yves Joël Jonathan Josué Jules Julio Justin Kaïs Kais Kamel Kader Karim Khaled Lamine
    Lassina Léon Léonard Léopold Lionel Loïc Lucien Ludovic Macky Mahamadou Mahmoud Mamadou
    Mahamat Malick Marcel Marius Martial Mathias Maurice Mehdi Modibo Mohamed Mohammed Mokhtar
    Moussa Mustapha Najib Nabil Nasser Nelson Nicolas Norbert Octave Omar Ousmane Oumar
    Patrice Pierre-Yves Prosper Rachid Rafael Raymond Redouane Réjean Régis René Reynald
    Ridha Riad Robert Rodrigue Roland Rachid Saïd Said Salah Salif Salim Samir Sami Sékou
    Seydou Sidi Slimane Sofiane Souleymane Sven Tahar Tarek Théo Théodore Tidiane Timothée
    Tristan Ulrich Valentin Victor Walid Wilfried Yassine Yaya Youssef Youssouf Yves
    Zinédine Abdelmajid Abdoul Amar Mamadi Moustapha Nicéphore Félix-Antoine
    Gervais Hervé Jocelyn Mathieu Maxime-Olivier Pierre-Luc Marc-André Louis-Philippe
    Charles-Édouard Denis Gilbert Guillaume Jacques-Olivier Laurent Michael Michaël Nick
    Claude-André Yoweri Justin Donald Joe Emmanuel Élie Elie Georges Michel Najib
    Nabih Walid Samir Fouad Rafic Saad Gebran Hassan Tammam Kamal Assad Ahmad Mouhamed
    Mouhamadou Serigne Abdou Ndiaga Pape Papa Babacar Cheick Oumarou Hamadou Issoufa Kofi
    Kwame Koffi Didier-Pierre Alpha-Oumar
    """.split()
)
# A third round: the given names most borne in France, Belgium, Switzerland and Quebec
# across generations (civil-registry top lists, from memory), and frequent Arabic,
# Berber, West and Central African, Malagasy, Haitian and Lebanese names.
_FEMININE_EXTRA: Final = frozenset(
    """
    Adélaïde Adeline Adrienne Agnès Albane Alexia Alicia Alix Amélia Ana Anaëlle Andréa
    Angelina Anne-Laure Anne-Sophie Annabelle Anouk Apolline Armelle Aude Axelle Bérénice
    Bettina Brigitte Camélia Capucine Carine Cassandre Catalina Célia Chantale Charlène
    Charline Christina Claudia Clotilde Constance Daniela Daphné Déborah Delia Diana Dolorès
    Edwige Elena Éléa Eléonore Elisa Élisa Ella Eloïse Éloïse Elsa Elvire Emeline Emmanuelle
    Évelyne Evelyne Fabiola Faustine Félicie Flavie Flore Floriane Francine Gaëlle Gabrielle
    Gaëtane Gwenaëlle Hélèna Héloïse Hortense Ida Ilona Inès Iris Isaure Jade Jasmine
    Jeanne-Marie Joanna Johanne Josée Josette Julienne Justine Katia Karen Katherine Kelly
    Laetitia Lætitia Lauriane Léonie Lila Lilou Lina Lisa Lola Lorraine Louisa Louise-Marie
    Luce Lucile Lucille Ludivine Lyne Maëlle Magali Magalie Maggie Marcelle Margaux Marguerite
    Marie-Anne Marie-Ève Marie-Eve Marie-José Marie-Louise Marie-Thérèse Marielle Marilyne
    Marjorie Marthe Maryline Maude Maya Mégane Mélissa Mia Michelle Mila Mireille Morgane
    Nadia Nancy Natacha Nelly Nina Noëlle Nolwenn Océane Olivia Ophélie Paola Patricia
    Pauline Pénélope Priscilla Rébecca Rebecca Régine Renée Rolande Romane Rosine Roxane
    Sabine Salomé Sandy Ségolène Sévérine Sidonie Solène Sophia Sybille Sylvia Tatiana
    Valentine Victoire Victoria Violaine Violette Virginie Yolaine Zélie Cathy Karin Katrin
    Rachel Ruth Lydie Claudette Huguette Georgina Gisela Denyse Manuela Marina Mathilda
    Abla Afia Akissi Adjoua Adjo Affoué Amenan Aya Awa Bineta Dieynaba Djénéba Fanta
    Fatouma Hadiza Haoua Mariatou Maïmouna Nafi Ndella Oumy Rokiatou Sali Safiatou Seynabou
    Sira Tenin Aminata Adjara Mamie Ginette Nadège Prisca Rosalie Gertrude Ornella
    Jocelyne Olga Aïssatou Aissatou Kadidia Kadi Néné Hadja Diaryatou Assa Saran Massogbè
    Yasmina Amal Asmae Badia Bouchra Chaïma Chaima Dounia Fadoua Fadwa Ghizlane Hafida
    Hayat Ikram Imane Iman Kaoutar Khadidja Loubna Meriem Mouna Nadia Nadira Narjes Nesrine
    Nour Noura Rim Sana Saida Saïda Salwa Sawsan Yousra Zahia Zakia Sabah Rola Rima Nayla
    Najwa Maya Hiba Ghada Dima Mireille Joumana Carla Raïssa Lalao Voahangy Hanitra
    Nirina Fara Mialy Tiana Lova Haingo Marie-Lourdes Marjorie Guerda Mirlande Rose-Marie
    Claudine Dieula Yolette Nadine Sherline
    Maria María Giulia Francesca Chiara Lucía Marta Theresa Ellen Joyce Simonetta Viola
    Doris Annalena Roberta Sanna Jacinda Giorgia Federica Alessandra Valentina Silvia Paola
    Carmela Rosa Pilar Dolores Mercedes Teresa Beatriz Inês Joana Ana-Maria Ioana Olena
    Svetlana Natalia Natalya Tatiana Irina Yulia Ioulia Agnieszka Katarzyna Ursula Angela
    Kamala Hillary Condoleezza Nikki Greta Ingrid Birgit Sigrid Mette Magdalena Liz Kemi
    """.split()
)
_MASCULINE_EXTRA: Final = frozenset(
    """
    Aaron Abel Adolphe Albin Alphonse Amaury Ambroise Anthony Anselme
    Antonio Apollinaire Aristide Arsène Auguste Axel Barthélémy Barthélemy Basile Bastien
    Benoit Boris Brice Bruno Carl Casimir Christopher Côme
    Cyprien Cyrille Damien Dany Dave Dominic Dylan Edmond Eddy Éloi Emeric
    Enzo Erwan Evan Fernand Florentin Frantz Fred Gabin Gaëtan Gautier
    Germain Gilbert Gino Grégory Harold Hector Henry Hippolyte Horace Igor Isidore
    Jean-Christophe Jean-Daniel Jean-Dominique Jean-Emmanuel Jean-Jacques Jean-Sébastien
    Jean-René Jean-Robert Jérémie Jérémy Jimmy Johan Johnny Jordan Joris Kévin
    Killian Kylian Lambert Léandre Léonce Lilian Lorenzo Luca Ludovic Luis Manuel Marcellin
    Marin Mathéo Mattéo Maximilien Médéric Mickaël Mike Morgan Nathan Nathanaël Noah Norbert
    Odilon Philibert Quentin Raoul Raphaël Raymond Rémy Robin Rodolphe Rolland
    Romuald Ronan Rudy Sacha Sébastien Séverin Stanislas Steeve Steve Steven Sylvestre
    Teddy Théophile Thibault Thibaut Timothé Tony Valère Valéry Vianney Victorien Vivien
    Max Maxence Warren Wilfrid William Willy Yoann Yohann Yvan Yvon Zacharie Bobby Bernie
    Ricky Danny
    Réal Gaétan Ghislain Jacquelin Rosaire Clermont Jean-Martin Pierre-Marc
    Abdelhamid Abdelkrim Abderrahmane Abderrahim Abdessalem Abdelatif Abdellatif Abdelhak
    Abdelmalek Abdeslam Adel Adil Amir Anis Anouar Anwar Ayoub Azzedine Bachir
    Badr Bassem Bassam Belkacem Bouchaib Chakib Chokri Djamel Farid Fathi Fawzi Fouzi Ghazi
    Hafedh Hakim Hamed Hamadi Hatem Hedi Hédi Hicham Houari Houssem Imed Ismaïl Jalel Jamal
    Jawad Jawhar Kacem Kamal Khalid Khalil Lakhdar Larbi Lotfi Lyes Mahdi
    Majid Makram Marouane Marwan Messaoud Mohand Moncef Mongi Mouloud Mourad Mounir Mustafa
    Nacer Nasreddine Nabil Nadir Noureddine Nourredine Othmane Ousama Oussama
    Rabah Rached Rafik Ramzi Rashid Rida Sabri Sadek Sadok Saber Salem
    Seifeddine Slim Sofiene Sohaib Tahar Taieb Taoufik Tawfik Wassim Yazid Younès Youssef
    Zakaria Zied Zoubir Ahmadou Aliou Amidou Ansoumane Arouna Baba Bamba Bocar Bouba Boureima
    Cheikhou Dramane Daouda Demba Fodé Hamidou Idrissa Karamoko
    Kassoum Lansana Mamady Mohamadou Moctar Mountaga Namory Nouhoum Ousseini
    Saliou Samba Sidiki Siaka Soumaïla Souleymane Tiémoko Tiéba Yacouba Zakaria
    Abdramane Hama Kodjo Komi Kossi Kokou Yao Kouadio Kouassi Kouamé Konan
    N'Golo Ange Armel Blaise-Pascal
    Désiré Dieu-Donné Evariste Fulbert Gildas Guy-Roger Hilaire Hyacinthe Innocent Jean-Bosco
    Jean-Marie-Vianney Joachim Joseph-Désiré Léonidas Martin-Luther Modeste
    Mathurin Parfait Pacôme Serge-Alain Tharcisse Thaddée Toussaint
    Wenceslas Zéphirin Gaspard Jean-Bertrand Jovenel
    Michel-Ange Réginald Wilson Fritz Gary Lesly Louis-Gérald Péguy Rony
    Frantzy Ricardo Dieusel Herby Rijasolo Andry Hery Rivo Tojo Haja Solofo
    Naina Mamy Lalaina Nagib Élias Elias Gebrane
    Fadi Ghassan Hussein Imad Jihad Nawaf Nizar Ramzi
    Rabih Sleiman Talal Wael Ziad
    Mario Marco Paolo Carlos Pedro Juan José Miguel Diego Pablo Sergio Fernando Roberto
    Giovanni Giuseppe Francesco Matteo Luigi Alessandro Stefano Massimo Giorgio Angelo
    Salvatore Vincenzo Fabrizio Gianluca Alejandro Javier Rafael Manuel Emilio Ignacio
    Alberto Alfredo Álvaro Andrés Gonzalo Joaquín Santiago Felipe Ramón João Rui Jorge Tiago
    Nuno Paulo Ivan Dmitri Sergueï Sergei Mikhaïl Mikhail Andreï Andrei Vladimir Oleg Boris
    Volodymyr Viktor Jan Piotr Pavel Tomas Tomasz Karl Hans Klaus Jürgen Wolfgang Olaf
    Friedrich Heinz Stefan Dieter Barack Modou Faure Béji Ariel Kaïs Recep Tayyip Ahmet
    Mehmet Mustapha Xi Narendra Benyamin Benjamin
    """.split()
)
#: Given names of the English-speaking world and of foreign leaders that French-language
#: news quotes (session 8: "George W. Bush", "Jon K. Andrus" were cut at the initial).
#: Names that are also surnames, titles or particles ("Kim", "Moon", "Sheikh", "Ben") are
#: left out.
_MASCULINE_INTL: Final = frozenset(
    "George Jon Bill Peter James Andrew Elon Jeff Antony Keir Rishi Brian Scott Eric Ryan "
    "Jason Matthew Stephen Edward Jack Kenneth Larry Dennis Gregory Frank Timothy Jerry "
    "Walter Ronald Kyle Adam Alexander Nicholas Gordon Douglas Neil Colin Ian Graham Malcolm "
    "Angus Sean Liam Conor Jim Tom Ted Chuck Hank Dan Sam Ken Jerome Rodrigo Luiz Jair "
    "Gustavo Jens Lars Magnus Jonas Silvio Hakan Ilham Alexeï Ramzan Petro Aleksandar "
    "Milorad Abiy Uhuru Thabo Bola Muhammadu António Shinzo Fumio Imran Shehbaz Ashraf "
    "Ebrahim Naftali Yaïr Yair Isaac Reuven Ehud Shimon Yitzhak Ehoud".split()
)
_FEMININE_INTL: Final = frozenset(
    "Emily Jennifer Mary Susan Margaret Dorothy Helen Donna Carol Sharon Kimberly Deborah "
    "Amy Pamela Debra Carolyn Janet Heather Joan Evelyn Lauren Megan Cheryl Hannah Frances "
    "Gloria Ann Kathryn Janice Abigail Judy Grace Marilyn Beverly Brittany Natalie Isabella "
    "Kayla Lori Kaja Kristalina Kristi Tulsi Golda Benazir Indira".split()
)
FEMININE_FIRST_NAMES: Final = _FEMININE_BASE | _FEMININE_MORE | _FEMININE_EXTRA | _FEMININE_INTL
MASCULINE_FIRST_NAMES: Final = (
    _MASCULINE_BASE | _MASCULINE_MORE | _MASCULINE_EXTRA | _MASCULINE_INTL
) - (_FEMININE_MORE | _FEMININE_EXTRA | _FEMININE_INTL)

#: Given names of either gender ("Claude", "Dominique"), for telling a name's first word.
EPICENE_FIRST_NAMES: Final = frozenset(
    "Claude Dominique Camille Aïssa Aissa Sacha Maxime-Claude Stéphane-Marie Andrea Alix "
    "Charlie Lou Yannick-Marie Yacine".split()
)
GIVEN_NAMES: Final = FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES | EPICENE_FIRST_NAMES

#: Honorifics before a name, dropped from the speaker ("Maître Hayat" → "Hayat").
HONORIFICS: Final = frozenset({
    "Maître", "Maitre", "Me", "Docteur", "Dr", "Professeur", "Pr", "Monseigneur", "Mgr",
    "Madame", "Monsieur", "Mademoiselle", "Mme", "Mlle", "M", "MM",
    "Imam", "Père", "Abbé", "Sœur", "Frère", "Pasteur", "Révérend", "Me.", "Sir", "Lord",
})  # fmt: skip

#: Capitalised words that are never a speaker by themselves: weekdays and months (a
#: sentence opens on them: "Samedi soir, le procureur a expliqué"), news agencies and photo
#: credits (they carry the dispatch, they do not speak), and adverbs or conjunctions that
#: open a sentence ("Finalement", "Quant", "Pointant").
NOT_SPEAKERS: Final = frozenset({
    # Swiss cantons' codes, in parentheses after a place: "Montreux (VD)"
    "AG", "AI", "AR", "BL", "BS", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH",
    "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier",
    "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
    "Novembre", "Décembre", "AFP", "Reuters", "AP", "ATS", "Belga", "APS", "MAP", "ANP",
    "Xinhua", "Keystone", "Getty", "Images", "Photo", "Crédit", "Crédits", "Archives",
    "Sipa", "MaxPPP", "Maxppp", "EPA", "ANI", "PANA", "AIP", "ACP", "TAP", "APA", "Quant",
    "Finalement", "Toutefois", "Certes", "Désormais", "Surtout", "Notamment", "Concernant",
    "Outre", "Face", "Côté", "Reste", "Rappelons", "Ensuite", "Dernièrement", "Récemment",
    "Actuellement", "Également", "Aussi", "Encore", "Déjà", "Interrogé", "Interrogée",
    "Selon", "Pourtant", "Autrement", "Enfin", "Bref", "Puis", "Soit", "Ailleurs", "Hier",
    "Aujourd'hui", "Demain", "Ce", "Cette", "Celui", "Celle", "Ceux", "Lui", "Eux",
    # prepositions, adverbs and conjunctions that open a sentence: "Via son porte-parole, …"
    "Via", "Derrière", "Devant", "Avec", "Sans", "Pour", "Par", "Sur", "Sous", "Dans", "Chez",
    "Malgré", "Depuis", "Pendant", "Après", "Avant", "Lors", "Dès", "Vers", "Entre",
    "Contre", "Parmi", "Hormis", "Sauf", "Grâce", "Suite", "Alors", "Ainsi", "Mais", "Donc",
    "Car", "Quand", "Lorsque", "Tandis", "Comme", "Cependant", "Néanmoins", "Pourquoi",
    "Comment", "Où", "Voici", "Voilà", "Lire", "Sujet", "Publicité", "Vidéo", "Source",
})  # fmt: skip

#: Regions, provinces, cantons and départements (lower case): places, never speakers.
PLACES: Final = frozenset(
    """
    bretagne normandie occitanie provence alsace lorraine champagne bourgogne auvergne
    aquitaine limousin picardie artois savoie corse guyane guadeloupe martinique mayotte
    réunion île-de-france hauts-de-france grand-est nouvelle-aquitaine centre-val-de-loire
    ain aisne allier ardèche ardennes ariège aube aude aveyron calvados cantal charente
    cher corrèze creuse dordogne doubs drôme eure finistère gard gers gironde hérault
    ille-et-vilaine indre isère jura landes loire loiret lot lozère manche marne mayenne
    meurthe-et-moselle meuse morbihan moselle nièvre nord oise orne pas-de-calais
    puy-de-dôme pyrénées-atlantiques rhône saône-et-loire sarthe seine-maritime somme tarn
    var vaucluse vendée vienne vosges yonne essonne yvelines val-d'oise val-de-marne
    hauts-de-seine seine-saint-denis wallonie flandre flandres brabant hainaut liège
    limbourg luxembourg namur anvers bruxelles genève vaud valais fribourg neuchâtel berne
    tessin argovie zurich bâle-ville bâle-campagne thurgovie grisons lucerne schwyz
    ontario québec manitoba saskatchewan alberta acadie nouveau-brunswick nouvelle-écosse
    gaspésie abitibi saguenay estrie outaouais montérégie laurentides lanaudière mauricie
    kabylie casamance katanga kivu kasaï sahel maghreb europe afrique amérique asie
    paris marseille lyon toulouse nice nantes strasbourg montpellier bordeaux lille rennes
    reims toulon grenoble dijon angers nîmes brest limoges tours amiens perpignan metz
    besançon orléans rouen mulhouse caen ajaccio bastia cayenne pointe-à-pitre
    fort-de-france saint-denis mamoudzou nouméa papeete charleroi mons gand bruges louvain
    lausanne sion nyon lugano montréal laval gatineau sherbrooke trois-rivières longueuil
    moncton dakar thiès ziguinchor abidjan bouaké yamoussoukro bamako ouagadougou
    bobo-dioulasso niamey lomé cotonou porto-novo conakry nouakchott douala yaoundé
    libreville brazzaville kinshasa lubumbashi goma bukavu kisangani bangui ndjamena
    n'djamena kigali bujumbura antananarivo tamatave port-louis djibouti moroni victoria
    rabat casablanca marrakech tanger fès agadir oujda alger oran constantine annaba tunis
    sfax sousse bizerte beyrouth tripoli saïda tyr port-au-prince cap-haïtien gonaïves
    jacmel bruxelles-capitale luanda nairobi addis-abeba abuja accra lagos johannesburg
    pretoria windhoek harare lusaka maputo kampala dodoma khartoum tripoli le-caire
    washington londres berlin madrid rome moscou pékin tokyo ottawa toronto vancouver
    genève lausanne bâle zurich bruges anvers liège namur doha riyad téhéran ankara
    istanbul jérusalem damas bagdad amman
    """.split()
)

#: Adjectives between a determiner and a title: "l'ancien ministre", "la nouvelle présidente".
TITLE_ADJECTIVES: Final = frozenset({
    "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur",
    "future", "jeune", "vieux", "vieil", "vieille", "influent", "influente", "célèbre",
    "éminent", "éminente", "puissant", "puissante", "ex",
})  # fmt: skip

#: Titles that name the same office: (title, first noun of its complement) → the key used.
TITLE_SYNONYMS: Final[dict[tuple[str, str | None], tuple[str, str | None]]] = {
    ("chef", "etat"): ("président", "republique"),
    ("président", None): ("président", None),
    ("chef", "gouvernement"): ("premier ministre", None),
    ("premier ministre", None): ("premier ministre", None),
    ("garde", "sceaux"): ("ministre", "justice"),
    ("procureur", "republique"): ("procureur", None),
    ("président", "etat"): ("président", "republique"),
    ("représentant", "etat"): ("préfet", None),  # the prefect, in France's départements
    ("mayeur", None): ("maire", None),  # Belgian for the mayor (as "bourgmestre")
    ("chef", "primature"): ("premier ministre", None),  # Haiti, West and Central Africa
    ("locataire", "primature"): ("premier ministre", None),
}

#: Titles that stand for a narrower one, keyed by head (lower case, masculine): "la magistrate"
#: may be the prosecutor named before, "l'élu" the mayor.  An empty set: any title
#: ("l'homme de média" after "le journaliste X").
TITLE_HYPERNYMS: Final[dict[str, frozenset[str]]] = {
    "magistrat": frozenset({"procureur", "juge", "avocat général", "substitut"}),
    "élu": frozenset({
        "maire", "député", "sénateur", "conseiller", "bourgmestre", "échevin", "président",
    }),
    "édile": frozenset({"maire", "bourgmestre"}),
    "parlementaire": frozenset({
        "député", "sénateur", "conseiller national", "conseiller aux états",
    }),
    "responsable": frozenset({
        "directeur", "president", "chef", "dirigeant", "patron", "représentant",
        "haut représentant",
    }),
    "souverain": frozenset({"prince", "roi", "reine", "émir", "sultan", "monarque"}),
    "monarque": frozenset({"prince", "roi", "reine", "émir", "sultan", "souverain"}),
    "dirigeant": frozenset({"president", "chef", "directeur", "patron"}),
    "homme": frozenset(), "femme": frozenset(),
    # "le chef de l'exécutif" after "le président sédunois X"
    "chef": frozenset({
        "president", "président", "maire", "directeur", "ministre", "premier ministre",
        "bourgmestre", "syndic", "gouverneur", "secrétaire général",
    }),
}  # fmt: skip

#: Institution nouns a text uses for another it named in full: "l'exécutif calédonien" for
#: "le gouvernement de la Nouvelle-Calédonie".
INSTITUTION_SYNONYMS: Final = {"exécutif": "gouvernement"}

#: Who asks the questions in an interview, folded and masculine: "lui a demandé le
#: journaliste" is never the person interviewed, only someone the text names so.
INTERVIEWER_ROLES: Final = frozenset({
    "journaliste", "animateur", "présentateur", "presentateur", "intervieweur", "reporter",
    "chroniqueur", "éditorialiste", "editorialiste", "modérateur", "moderateur",
})  # fmt: skip

#: Roles of a trial, folded and masculine: two of them are two people, never one.
COURT_ROLES: Final = frozenset({
    "juge", "procureur", "avocat", "avocat général", "substitut", "bâtonnier", "batonnier",
    "greffier", "témoin", "temoin", "victime", "magistrat", "président", "president",
    "expert", "prévenu", "prevenu", "accusé", "accuse",
})  # fmt: skip

#: Kinds of body: the capitalised words right after one are the body's name ("l'ONG Human
#: Rights Watch", "la plateforme Wakit Tamma"), never a person's.
BODY_KINDS: Final = frozenset({
    "ong", "parti", "association", "organisation", "mouvement", "fondation", "coalition",
    "collectif", "syndicat", "fédération", "société", "groupe", "entreprise", "compagnie",
    "institut", "agence", "plateforme", "ligue", "union", "front", "alliance", "réseau",
    "observatoire", "club",
})  # fmt: skip

#: Words that make a run of capitalised words an outlet's name, not a person's: "France
#: Info", "Radio Canada", "Sud Radio", "Africa News", "Walf TV".
MEDIA_WORDS: Final = frozenset({
    "Info", "Infos", "Radio", "TV", "Télé", "Tele", "FM", "News", "Presse", "Hebdo",
    "Magazine", "Inter", "Média", "Medias", "Médias", "Actu", "Actus", "Live", "Online",
    "Gazette", "Tribune", "Télévision", "Television", "Channel", "Web", "Net", "Post",
})  # fmt: skip

#: Titles of newspapers that keep their article ("Le Soleil", "L'Express", "La Presse"):
#: the words after the article, in the news of every French-speaking region.
NEWSPAPER_WORDS: Final = frozenset({
    "Avenir", "Canard", "Citoyen", "Courrier", "Croix", "Devoir", "Droit", "Défi", "Dépêche",
    "Essentiel", "Express", "Expression", "Figaro", "Humanité", "Jour", "Journal", "Liberté",
    "Libre", "Matin", "Matinal", "Mauricien", "Messager", "Monde", "Monde Afrique", "Mutations",
    "National", "Nouvel Obs", "Nouvelliste", "Observateur", "Opinion", "Orient-Le Jour",
    "Parisien", "Patriote", "Pays", "Phare", "Point", "Populaire", "Potentiel", "Presse",
    "Progrès", "Provence", "Quotidien", "Quotidien d'Oran", "Renouveau", "Reporter",
    "Républicain", "Sahel", "Soir", "Soleil", "Temps", "Tribune", "Télégramme", "Vif", "Watch",
    "Économiste", "Équipe",
})  # fmt: skip

#: Title heads that name the same role, folded and masculine: one key for each role.
TITLE_HEAD_SYNONYMS: Final[dict[str, str]] = {
    "entraineur": "entraîneur", "sélectionneur": "entraîneur", "coach": "entraîneur",
    "patron": "directeur", "pdg": "directeur", "dg": "directeur",
    "directeur général": "directeur", "président-directeur général": "directeur",
    "chef": "chef", "leader": "chef", "chef de file": "chef",
    "premier ministre": "premier ministre", "maire": "maire", "bourgmestre": "maire",
    "mairesse": "maire", "syndicaliste": "syndicaliste", "mayeur": "maire", "maïeur": "maire",
}  # fmt: skip

#: Adverbial phrases a journalist slips between a verb and its subject: "a souligné en
#: outre le Conseil", "ajoute pour sa part X".
ADVERB_PHRASES: Final = frozenset({
    "en outre", "par ailleurs", "de son côté", "de leur côté", "à son tour", "à leur tour",
    "pour sa part", "pour leur part", "quant à lui", "quant à elle", "en effet",
    "en substance", "en revanche", "en retour", "une nouvelle fois", "une fois de plus",
    "de nouveau", "à nouveau", "tout de même", "lui aussi", "elle aussi", "en conclusion",
    "en préambule", "en conclusion de", "en guise d'introduction",
    "comme d'autres", "comme beaucoup", "comme tant d'autres", "comme souvent", "sans détour",
    "sans ambages", "avec ironie", "avec humour", "non sans ironie", "pour conclure",
    "en guise de conclusion", "d'emblée", "en marge", "au passage", "encore une fois",
    "une fois encore",
    # how and where the words were said: "a martelé face à la presse X"
    "du tac au tac", "sous couvert d'anonymat", "sous le couvert de l'anonymat",
    "sous couvert de l'anonymat", "face à la presse", "face aux journalistes",
    "devant la presse", "devant les journalistes", "à la presse", "aux journalistes",
    "au téléphone", "par téléphone", "en aparté", "en privé", "en public", "en off",
    "à demi-mot", "à mots couverts", "haut et fort", "d'une voix émue", "d'une voix ferme",
    "avec émotion", "avec fermeté", "avec amertume", "sans hésiter", "sans détours",
    "en souriant", "en riant", "les larmes aux yeux", "en conférence de presse",
    "lors d'une conférence de presse", "lors d'un point de presse", "en point de presse",
})  # fmt: skip

#: Words showing that the words in marks were written or chanted by a crowd, not said by
#: the article's main speaker: "sur les banderoles, on pouvait lire « … »".
CROWD_OR_SIGN_CUES: Final = frozenset({
    "lire", "banderole", "banderoles", "pancarte", "pancartes", "slogan", "slogans",
    "inscription", "inscriptions", "graffiti", "graffitis", "affiche", "affiches",
    "scandant", "scandaient", "scandent", "chantaient", "chantant", "hashtag", "mot-dièse",
    "titrait", "titre", "intitulé", "intitulée", "manifestants", "foule", "pétition",
})  # fmt: skip

#: Infinitives of the verbs of saying, for the narrative infinitive ("Et d'ajouter : « … »",
#: "Avant de conclure que « … »").
SAYING_INFINITIVES: Final = frozenset(
    {v.removeprefix("s'").removeprefix("se ") for v in _ER_VERBS}
    | {
        "dire",
        "écrire",
        "reconnaître",
        "reconnaitre",
        "admettre",
        "promettre",
        "prévenir",
        "répondre",
        "conclure",
        "poursuivre",
        "avertir",
        "soutenir",
        "reprendre",
        "décrire",
        "réagir",
        "démentir",
        "défendre",
        "garantir",
        "prédire",
        "écrier",
        "rebondir",
        "réjouir",
        "renchérir",
        "interrompre",
        "lancer",
        "rappeler",
    }
)
