"""The people and bodies a document names: their full names, titles, genders, acronyms.

A mixin of :class:`~claimkit.quotes.document._Doc`: the lists of names and organisations are
read with the document's tokens; what is derived from them (cleaned names, titles, acronyms,
subjects) lives here, each fact worked out once per document.
"""

from __future__ import annotations

import bisect
from functools import cache, cached_property
from typing import Final

import regex

from claimkit import _lexicon as _money_lex
from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.acronyms import _BodyFacts
from claimkit.quotes.titlewords import (
    _JOB_WORDS,
    _TITLE_AFTER_RE,
    _TITLE_BEFORE_RE,
    _title_before,
    _title_gender,
    title_key,
)
from claimkit.quotes.tokens import _CAP_PARTICLES, _ORG_WINDOW, _PARTICLES, _fold, _word_before

#: A determiner right before a capitalised word: a noun, not a first name ("de la Santé").
_DETERMINER_BEFORE_RE: Final = LazyRegex(
    r"(?:(?<!\p{L})(?:la|le|les|du|des|au|aux)\s+|(?<!\p{L})l['\u2019]\s*)\Z"
)


#: Currency codes and symbols written in capitals ("FCFA", "MRU"): never a speaker.
_CURRENCIES: Final = _money_lex.CURRENCY_CODES | {
    k for k in _money_lex.CURRENCY_SYMBOLS if k.isupper()
}
#: Words showing that a name after them is a complement, not a subject.
_COMPLEMENT_WORDS: Final = frozenset({
    "par", "à", "au", "aux", "de", "du", "des", "d'", "avec", "pour", "contre", "chez",
    "selon", "sur", "envers", "vers", "entre", "dont", "lui", "leur",
})  # fmt: skip
#: Articles and adjectives before a title: "du [nouveau] président", "l'ancien ministre".
_TITLE_ARTICLES: Final = frozenset({"le", "la", "l'", "les", "son", "sa", "leur"}) | (
    lex.TITLE_ADJECTIVES
)
#: Words showing that the clause before a name has its subject already: "Il dénonce …".
_SUBJECT_WORDS: Final = frozenset({
    "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "qui", "que", "qu'", "j'",
})  # fmt: skip
#: An adjective after an organisation's capitalised head noun: " constitutionnel".
_ORG_TAIL_RE: Final = LazyRegex(
    r"[ \u00a0](?:\p{Ll}+(?:ale|al|aux|elle|el|ique|aire|ienne|ien|aise|ais|oise|ois|ée|é|ive"
    r"|if|ême|eure|ieur))"
    r"(?![\p{L}\-])"
)
#: A clause opened by a source preposition right before a name: "Pour Sidiki Kaba, …".
_SOURCE_HEAD_RE: Final = LazyRegex(
    r"(?:^|[,;:.!?]\s*|\n\s*)(?:[Pp]our|[Ss]elon|[Dd]'après|[Dd]\u2019après)\s+\Z"
)
#: After a name in apposition: a comma and a preposition, or the end of the sentence.
_APPOSED_AFTER_RE: Final = LazyRegex(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:pour|dans|lors|sur|à|au|en|avec|qui|dont)(?![\p{L}])|[.;])"
)
#: A finite verb in a stretch of folded text: "il a aussi salué le patriarche".
_FINITE_IN_RE: Final = LazyRegex(
    r"(?<![\p{L}'])(?:a|ont|avait|avaient|est|sont|était)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}?"
    r"\p{Ll}+(?:é|ée|és|ées|i|is|u|us|ait|aient)?[ \u00a0]+(?:le|la|les|l'|un|une|des|son|sa|ses)"
    r"(?![\p{L}])"
)
#: Countries and continents: a run of capitalised words ending on one names no person.
_COUNTRY_WORDS: Final = frozenset({
    "afrique", "europe", "asie", "amérique", "océanie", "france", "belgique", "suisse",
    "canada", "québec", "luxembourg", "monaco", "sénégal", "mali", "niger", "guinée",
    "cameroun", "gabon", "congo", "tchad", "togo", "bénin", "burkina", "maroc", "algérie",
    "tunisie", "liban", "haïti", "madagascar", "maurice", "comores", "djibouti", "rwanda",
    "burundi", "mauritanie", "centrafrique", "ivoire",
})  # fmt: skip
#: A place or institution named after a person, or a work, a programme or an event with a
#: name ("l'émission Grand Jury", "le prix Albert Londres"): the name after it is no speaker.
_NAMED_PLACE_BEFORE_RE: Final = LazyRegex(  # searched from the end (REVERSE): anchored there
    r"(?i)(?<![\p{L}])(?:centre hospitalier|hôpital|clinique|lycée|collège|école|université"
    r"|rue|avenue|boulevard|bd|place|stade|aéroport|institut|fondation|prison|complexe|pont"
    r"|quai|gare|salle|parc|cité|chu|chr|centre|maison|musée|allée|impasse|promenade"
    r"|émission|magazine|programme|série|feuilleton|film|documentaire|album|livre|ouvrage"
    r"|roman|spectacle|festival|prix|trophée|coupe|tournoi|plan|opération|navire|bateau)"
    r"(?:[ \u00a0]+(?:universitaire|régional|régionale|national|nationale|municipal|municipale))?"
    r"[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|d['\u2019])?\Z",
    flags=regex.REVERSE,
)
#: A regnal number after a name: "Albert II", "Mohammed VI", "Benoît XVI".
_REGNAL_RE: Final = LazyRegex(
    r"[ \u00a0]((?:X{0,2})(?:IX|IV|V?I{1,3}|V|X))(?![\p{L}\d])"
    # and the realm, as a royal style gives it: "Albert II de Monaco"
    r"(?:[ \u00a0](de[ \u00a0]\p{Lu}\p{Ll}+|d['\u2019]\p{Lu}\p{Ll}+)(?![\p{L}\-]))?"
)
_TITLE_WINDOW: Final = 3000  # characters searched back for the person a title names


#: "de", "du", "des", "d'" right before a capitalised word: it opens a complement.
_COMPLEMENT_BEFORE_RE: Final = LazyRegex(r"(?i)(?<![\w'])(?:de|du|des)[ \u00a0]+\Z|d['\u2019]\Z")

#: A preposition of place right before a capitalised word: "à Genève", "en Guinée".
_PLACE_BEFORE_RE: Final = LazyRegex(r"(?i)(?<![\w'])(?:à|en|au|aux|vers|depuis)[ \u00a0]+\Z")

#: Auxiliaries opening a clause after a comma: its verb comes before any subject.
_AUXILIARY_WORDS: Final = frozenset({"a", "ont", "avait", "avaient", "aurait", "est", "sont"})

#: The lower-case noun right before a capitalised name: "plateforme" in "la plateforme X".
_BODY_NOUN_BEFORE_RE: Final = LazyRegex(
    r"(?i)(?<![\p{L}])(?:le|la|les|l['\u2019])[ \u00a0]*(\p{Ll}[\p{Ll}\-]+)[ \u00a0]+\Z"
)

#: An infinitive opened by a preposition before a name: its object ("pour dénigrer le maire").
_INFINITIVE_BEFORE_RE: Final = LazyRegex(
    r"(?<![\p{L}])(?:pour|sans|afin de|de|d'|à)\s+\p{L}+(?:er|ir|re)\s+"
    r"(?:le|la|les|l'|son|sa|ses|leur|leurs|un|une|des|m\.|mme)(?![\p{L}])"
)

#: A preposition of address or medium right before a capitalised word: "à Sputnik Afrique".
_ADDRESSEE_BEFORE_RE: Final = LazyRegex(r"(?i)(?<![\w'])(?:à|au|aux|sur)[ \u00a0]+\Z")

#: Words of a trial report: "procès", "audience", "prévenu", "réquisitoire".
#: Searched in the lower-cased text, after a test for its words' stems (``_COURT_STEMS``).
_COURT_RE: Final = LazyRegex(
    r"(?<!\w)(?:procès|audience|prévenue?s?|accusée?s? (?:a|ont|est|sont)"
    r"|réquisitoire|plaidoirie|tribunal correctionnel|cour d'assises|cour d\u2019assises"
    r"|à la barre|requiert|requis)(?!\w)"
)
_COURT_STEMS: Final = (
    "procès", "audience", "prévenu", "accusé", "réquisitoire", "plaidoirie", "tribunal",
    "cour d", "barre", "requi",
)  # fmt: skip

#: A relative clause after a name, whose subject the name is: ", qui dresse …".
_RELATIVE_AFTER_RE: Final = LazyRegex(r"[ \u00a0]*,[ \u00a0]*qui[ \u00a0]+(?!est\b|était\b)\p{Ll}")
#: How far after a name ``_RELATIVE_AFTER_RE`` is read.
_RELATIVE_REACH: Final = 80
#: Civilities that, inside a run of capitalised words, start a person's name.
_INNER_CIVILITIES: Final = frozenset({"Me", "Mme", "Mlle", "Dr", "Pr", "Mgr", "Maître"})


@cache
def _place_words() -> frozenset[str]:
    """Places, demonyms and institutions of the currency gazetteer, lower case ("congolaise").

    Read on first use: importing the gazetteer is no cost of importing the quotes stage.
    """
    from claimkit._places import PLACE_CUES

    return frozenset(w for cues in PLACE_CUES.values() for w in cues)


def _known_place(word: str) -> bool:
    """Tell whether *word* is a place of the lexicon or the currency gazetteer ("Antananarivo")."""
    key = word.lower()
    return key in lex.PLACES or key in _place_words()


#: The stretch before a name ends with a preposition: the name is a complement.
_COMPLEMENT_END_RE: Final = LazyRegex(
    r"(?<![\p{L}])(?:de|du|des|d['\u2019]|à|au|aux|par|pour|avec|contre|et|ou|entre|chez)\s*\Z",
    flags=regex.IGNORECASE,
)


#: An adverbial phrase opening a sentence, up to a name: "Après le discours de ".
_FRONTED_RE: Final = LazyRegex(
    r"[\s«»\"“”'‘’\-–—(•*]*(?:Après|Avant|Lors|Pendant|Durant|Dès|Depuis|Suite|Au cours"
    r"|Au terme|Au lendemain|Aux côtés|En présence|Face|[ÀA] l['’]issue|[ÀA] la (?:suite|veille))"
    r"(?![\p{L}])[^,.;:!?«»\n]*\Z"
)


def _main_clause_title(text: str, lo: int, pos: int, after: str, end: int) -> bool:
    """Tell whether a title after a name opens the main clause: not the name's apposition.

    "Après le discours de Thomas Moutame, le chef de l'État prend la parole": a name in an
    adverbial phrase opening the sentence, then a comma and a title that no comma closes
    before the sentence ends, is the subject of the sentence ("Lors de la visite de Paul
    Durand, ministre de l'Intérieur, les élus …" keeps the apposition).
    """
    if _FRONTED_RE.match(text, lo, pos) is None:
        return False
    rest = after[end:]
    stop = min((i for i in (rest.find(c) for c in ".!?;«\n") if i >= 0), default=len(rest))
    return "," not in rest[:stop] and "(" not in rest[:stop]


def _other_gender(name: str, apposition: str) -> bool:
    """Tell whether a title's article after a name is of the other gender than its given name.

    "En entrevue à Mario Dumont, la ministre, qui …": the subject of the sentence, not an
    apposition of his.
    """
    first = name.split(" ")[0]
    if first in lex.EPICENE_FIRST_NAMES:
        return False
    given = (
        "f"
        if first in lex.FEMININE_FIRST_NAMES
        else "m"
        if first in lex.MASCULINE_FIRST_NAMES
        else None
    )
    if given is None:
        return False
    words = apposition.lower().split()
    told = "f" if "la" in words[:2] else "m" if "le" in words[:2] else None
    return told is not None and told != given


#: Titles whose longer form is another role: "l'avocat" is not "l'avocat général".
_NOT_SHORTENED: Final = frozenset({"avocat", "conseiller", "directeur", "secrétaire"})


class _People(_BodyFacts):
    """Facts about the people and bodies of a document (mixed into ``_Doc``)."""

    text: str
    masked: str
    names: list[tuple[int, str]]
    name_pos: list[int]
    orgs: list[tuple[int, str, bool]]
    inside: set[str]
    by_surname: dict[str, list[tuple[int, str]]]
    by_first: dict[str, str]
    longest: dict[str, str]
    name_count: dict[str, int]
    title_genders: dict[str, str]
    title_heads: dict[str, set[str]]
    speaking: set[str]

    def sentence_start(self, pos: int) -> int:  # pragma: no cover - defined by _Doc
        raise NotImplementedError

    def _clean_names(self, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Drop what is not part of a person's name from the names found.

        An honorific is dropped ("Maître Hayat" → "Hayat", a person even as one word); a
        capitalised noun after a determiner is the end of a title, not a first name ("le
        ministre de la Santé Paul Durand" → "Paul Durand"), and so is a weekday or an
        opener ("Samedi", "Quant").  What is left must be two words or more, unless an
        honorific marked it as a person.
        """
        out: list[tuple[int, str]] = []
        text = self.text
        for pos, name in names:
            words = name.split(" ")
            person = False
            for cut in range(len(words) - 2, 0, -1):
                if words[cut] in _INNER_CIVILITIES:
                    # "à Paperjam Me François Prum": a civility starts the person's name
                    pos += len(" ".join(words[:cut])) + 1
                    words = words[cut:]
                    break
            for cut in range(1, len(words) - 1):
                if (
                    words[cut] in lex.GIVEN_NAMES
                    and not any(w in lex.GIVEN_NAMES for w in words[:cut])
                    and _ADDRESSEE_BEFORE_RE.search(text, max(0, pos - 6), pos) is not None
                ):
                    # "a déclaré à Sputnik Afrique Yacine Fall": the outlet, then the person
                    pos += len(" ".join(words[:cut])) + 1
                    words = words[cut:]
                    break
            while len(words) > 1 and _fold(words[0]) in _JOB_WORDS:
                pos += len(words[0]) + 1  # "le Président Jovenel Moïse": a title, capitalised
                words = words[1:]
            if words[0] in _PARTICLES and words[0].islower():
                continue  # "Président du Conseil National": the title's complement, no person
            while len(words) > 1:
                first = words[0]
                if first in lex.HONORIFICS:
                    person = True
                elif first in lex.GIVEN_NAMES or not (
                    first in lex.NOT_SPEAKERS
                    or _DETERMINER_BEFORE_RE.search(text, max(0, pos - 6), pos) is not None
                    # "Réaction de Walid Regragui": a noun and its complement
                    or (len(words) > 2 and words[1] in {"de", "du", "des"})
                    # "la mairesse de Montréal Valérie Plante": a place, then the name
                    or (
                        len(words) > 2
                        and (words[1] in lex.GIVEN_NAMES or _known_place(first))
                        and _COMPLEMENT_BEFORE_RE.search(text, max(0, pos - 5), pos) is not None
                    )
                ):
                    break
                pos += len(first) + 1
                words = words[1:]
                while words and words[0] in _CAP_PARTICLES | _PARTICLES and len(words) > 1:
                    pos += len(words[0]) + 1
                    words = words[1:]
            if not person and any(w in lex.MEDIA_WORDS for w in words):
                continue  # "sur France Info", "à Radio Canada": an outlet
            if (
                len(words) >= 2
                and not person
                and words[0] not in lex.GIVEN_NAMES
                and (
                    words[-1].lower() in _COUNTRY_WORDS
                    or (len(words) == 2 and words[-1].lower() in lex.PLACES)
                )
            ):
                # "Jeune Afrique", "Radio Sénégal", "Ensemble Montréal": an outlet, a party
                # or a body, no person
                continue
            if _NAMED_PLACE_BEFORE_RE.search(text, max(0, pos - 40), pos) is not None:
                continue  # "le Centre hospitalier Guillaume Régnier", "rue Victor Hugo"
            regnal = _REGNAL_RE.match(text, pos + len(" ".join(words)))
            if regnal is not None and words:
                words = [*words, regnal.group(1)]  # "le Prince Albert II", "Mohammed VI"
                if regnal.group(2) is not None:
                    words.extend(regnal.group(2).split())  # "Albert II de Monaco"
            if (
                len(words) >= 2
                or (person and words and words[0] not in lex.NOT_SPEAKERS)
                # one word the scan took as a name alone ("Son amie Jessica assure", "M.
                # Sellal", "Tsiory, 12 ans"), or a first name left alone
                or (len(words) == 1 and (" " not in name or words[0] in lex.GIVEN_NAMES))
            ):
                out.append((pos, " ".join(words)))
        return out

    @cached_property
    def court(self) -> bool:
        """Tell whether the document reports a trial: its roles are then distinct people.

        "le procureur", "le juge", "l'avocat" in a trial report name someone else than the
        defendant the article is about, even when that one is the only person named.
        """
        low = self.text.lower()
        if not any(stem in low for stem in _COURT_STEMS):
            return False  # most texts: no pattern search
        return _COURT_RE.search(low) is not None

    @cached_property
    def titles(self) -> tuple[list[int], list[tuple[str, str | None, str]]]:
        """The people the document names with a title: positions, then (title, of, name).

        "le procureur de la République de Paris, François Molins", "le porte-parole du
        gouvernement Stéphane Le Foll", "Thierry Bodson, président de la FGTB".  The title is
        its head noun, folded and masculine ("procureur"), *of* the first noun of its
        complement ("république"), synonyms made one ("chef de l'État" is "président de la
        République").  A name after "de" is the complement, not the titled person
        ("l'avocat de Salah Abdeslam").  One bounded look before and after each name:
        linear in the number of names.
        """
        text = self.text
        pos_list: list[int] = []
        found: list[tuple[str, str | None, str]] = []
        for pos, name in self.names:
            if self._body_name(pos, name):
                continue  # "le coordinateur de la plateforme Wakit Tamma": the body's name
            lo = max(0, pos - 90, self.sentence_start(pos))
            before = text[lo:pos]
            key: tuple[str, str | None] | None = None
            title = ""
            # the preposition ends where the trailing spaces start (six letters at most)
            if not _COMPLEMENT_END_RE.search(before, max(0, len(before.rstrip()) - 8)):
                folded = _fold(before)
                m = _title_before(folded)
                if m is not None:
                    title = m.group(1)
                    key = title_key(title, folded, m.end(1))
                    # "le ministre de la Communication et porte-parole du gouvernement, X":
                    # the second title is X's too
                    also = _TITLE_BEFORE_RE.search(folded, m.end(1))
                    if also is not None and " et " in folded[m.end(1) : also.start(1)]:
                        second = title_key(also.group(1), folded, also.end(1))
                        pos_list.append(pos)
                        found.append((second[0], second[1], name))
                        self.title_heads.setdefault(name, set()).add(second[0])
            if key is None:
                after = _fold(text[pos + len(name) : pos + len(name) + 90])
                m = _TITLE_AFTER_RE.match(after)
                if (
                    m is not None
                    and not _main_clause_title(text, lo, pos, after, m.end(1))
                    and not _other_gender(name, m.group())
                ):
                    title = m.group(1)
                    key = title_key(title, after, m.end(1))
            if key is not None:
                pos_list.append(pos)
                found.append((key[0], key[1], name))
                self.title_heads.setdefault(name, set()).add(key[0])
                gender = _title_gender(title)
                if gender is not None:
                    self.title_genders.setdefault(name, gender)
        return pos_list, found

    @cached_property
    def heads_by_person(self) -> dict[str, set[str]]:
        """Title heads by the person's fullest name, honorifics dropped ("Dr X Koné")."""
        self.titles  # noqa: B018 - fills title_heads
        out: dict[str, set[str]] = {}
        for name, heads in self.title_heads.items():
            words = name.split()
            while len(words) > 1 and words[0].rstrip(".") in lex.HONORIFICS:
                words = words[1:]
            for key in {name, self.fullest(" ".join(words))}:
                out.setdefault(key, set()).update(heads)
        return out

    def titled_before(self, key: tuple[str, str | None], pos: int) -> str | None:
        """Return the nearest person named before *pos* with the title *key*.

        The complements must agree when both are known: "le chef de l'État" is not "la
        cheffe du gouvernement".
        """
        positions, found = self.titles
        k = bisect.bisect_left(positions, pos) - 1
        longer: set[str] = set()
        while k >= 0 and positions[k] >= pos - _TITLE_WINDOW:
            head, of, name = found[k]
            if head == key[0] and (of is None or key[1] is None or of == key[1]):
                return name
            if head.startswith(key[0] + " ") and key[1] is None:
                longer.add(self.fullest(name))
            k -= 1
        if len(longer) == 1 and key[0] not in _NOT_SHORTENED:
            # "le procureur" for the one "procureur général, Olivier Jornot"
            return longer.pop()
        return None

    def plausible_name(self, word: str) -> bool:
        """Tell whether one capitalised word alone may name a speaker.

        Yes when it ends or starts a fuller name of the document ("Zhao", "Marine"), is an
        acronym or spelled out as one, or is capitalised inside a sentence too; never for a
        weekday, an agency credit or a sentence opener ("Samedi", "AFP", "Pointant").
        """
        if word in lex.NOT_SPEAKERS or word in _CURRENCIES:
            return False
        return bool(
            self.names_ending(word.lower())
            or (word in self.by_first and word in lex.GIVEN_NAMES)
            or word in self.acronyms
            or (len(word) > 1 and word.isupper())
            or word in self.inside
        )

    def full_name(self, surname: str, pos: int) -> str:
        """Return the fullest name ending in *surname*: nearest before *pos*, else first after.

        A longer name holding that one is fuller still ("Gentiny Ngobila" → "Gentiny
        Ngobila Mbaka").
        """
        same = self.names_ending(surname.lower())
        if not same:
            return self.fullest(surname)
        k = bisect.bisect_left(same, (pos, ""))
        return self.fullest(same[k - 1][1] if k > 0 else same[0][1])

    @cached_property
    def people(self) -> frozenset[str]:
        """The fullest form of every person the document names (worked out once)."""
        return frozenset(self.fullest(name) for _, name in self.names)

    def fullest(self, name: str) -> str:
        """Return the longest name of the document holding *name* word for word."""
        longer = self.longest.get(name.split()[-1].lower())
        if longer is not None and longer != name and f" {name} " in f" {longer} ":
            return longer
        return name

    def names_ending(self, key: str) -> list[tuple[int, str]]:
        return self.by_surname.get(key, [])

    def names_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """Names found between *start* and *end* (at most eight, the first ones)."""
        lo = bisect.bisect_left(self.name_pos, start)
        hi = bisect.bisect_left(self.name_pos, end)
        return self.names[lo : min(hi, lo + 8)]

    def subjects_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """Names between *start* and *end* that may be a clause's subject, in order.

        A name right after a preposition is a complement ("l'avocat de Salah Abdeslam"), and
        so is a name that ends its sentence ("signalé par le journaliste Lee Fang.") or one
        far from the start of its clause.
        """
        return [(p, n) for p, n in self.names_between(start, end) if self._subject(p, n, start)]

    def _body_name(self, pos: int, name: str) -> bool:
        """Tell whether the name at *pos* follows a body's noun: "la plateforme Wakit Tamma"."""
        noun = _word_before(self.text, pos)[0]
        if not noun or _fold(noun) not in lex.ORG_ANAPHORS or not noun.islower():
            return False  # the common case, decided without a pattern
        body = _BODY_NOUN_BEFORE_RE.search(self.text, max(0, pos - 20), pos)
        return body is not None and name.split()[0] not in lex.GIVEN_NAMES

    def _subject(self, pos: int, name: str, start: int) -> bool:
        """Tell whether the name at *pos* may be its clause's subject (read from *start*)."""
        if self._body_name(pos, name):
            return False  # "la plateforme Wakit Tamma", "le groupe MoDem": a body, no person
        after = self.text[pos + len(name) : pos + len(name) + 2].lstrip(" ")[:1]
        if after in {".", "!", "?", "", "\n"}:
            return self._inverted_subject(pos, start)
        end = pos + len(name)
        # bounded: the engine reads to the end of the text otherwise (quadratic over names)
        if _RELATIVE_AFTER_RE.match(self.text, end, end + _RELATIVE_REACH) is not None:
            return True  # "avec Me Ngom Yogog, qui dresse les portraits …": the relative's subject
        lo = max(start, self.sentence_start(pos))
        head = self.text[lo:pos]
        cut = max(head.rfind(","), head.rfind(":"), head.rfind(";")) + 1
        if cut > 0 and head[cut - 1] == "," and _APPOSED_AFTER_RE.match(self.text, pos + len(name)):
            # "Il a salué le patriarche, le cardinal X, pour …": in apposition to the object
            # of a clause that has its verb, and no verb of its own after it
            seg = _fold(head[: cut - 1])
            seg = seg[max(seg.rfind(","), seg.rfind(":"), seg.rfind(";")) + 1 :]
            if _FINITE_IN_RE.search(seg) is not None:
                return False
        if cut > 0 and not head[cut:].strip() and head[cut - 1] == ",":
            # "posée par le président de la République, Félix Tshisekedi,": the name is in
            # apposition to a title in a complement, so a complement too
            seg = head[: cut - 1]
            seg = seg[max(seg.rfind(","), seg.rfind(":"), seg.rfind(";")) + 1 :]
            title = _title_before(_fold(seg) + " ")
            if title is not None:
                before = _fold(seg)[: title.start(1)].replace("'", "' ").split()
                while before and before[-1] in _TITLE_ARTICLES:
                    before.pop()
                if before and before[-1] in _COMPLEMENT_WORDS:
                    return False
        head = head[cut:]
        if self.names_between(lo + cut, pos):
            return False  # "Emmanuel Macron a rencontré Olaf Scholz": the clause has its subject
        if _INFINITIVE_BEFORE_RE.search(_fold(head)) is not None:
            return False  # "pour dénigrer le maire Régis Labeaume": an infinitive's object
        folded = _fold(head)
        title = _title_before(folded)
        if title is not None:
            # "du président de la République François Hollande": look before the title
            before = folded[: title.start(1)].replace("'", "' ").split()
            while before and before[-1] in _TITLE_ARTICLES:
                before.pop()
            if before and before[-1] in _COMPLEMENT_WORDS:
                return False
        words = folded.replace("'", "' ").split()
        if words and words[0] in _AUXILIARY_WORDS and cut > 0:
            # "M. Chebbi, …, a accusé M. Saied": the object of the clause's verb; only
            # right after a quotation is the name after the verb its subject ("», a dit X")
            marks = self.text[max(0, lo + cut - 3) : lo + cut]
            if not any(mark in marks for mark in '»\u201d"'):
                return False
        agent = len(words) >= 3 and words[-1] == "par" and "été" in words[-4:-1]
        return (
            len(words) <= 8
            # the agent of a passive is who acts: "Ce dernier a été repris par X, …"
            and (agent or not (words and words[-1] in _COMPLEMENT_WORDS))
            and _SUBJECT_WORDS.isdisjoint(words)
        )

    def _inverted_subject(self, pos: int, start: int) -> bool:
        """Tell whether the name ending its sentence at *pos* is its clause's verb's subject.

        The clause opens on a verb of saying: "…, a fait savoir le porte-parole Michel-Ange
        Louis Jeune." (read from *start*, at most twelve words back).
        """
        lo = max(start, self.sentence_start(pos), pos - 160)
        head = self.text[lo:pos]
        cut = max(head.rfind(","), head.rfind("»"), head.rfind("\u201d"), head.rfind('"')) + 1
        if cut == 0:
            return False
        if not head[cut:].strip() and head[cut - 1] == ",":
            # "…, a déclaré mardi le maire de la ville, Adolphe Jean-François.": the name in
            # apposition to the title that follows the verb
            prev = head.rfind(",", 0, cut - 1) + 1
            if prev == 0:
                return False
            cut = prev
        words = _fold(head[cut:]).split()
        if not words or len(words) > 12:
            return False
        return any(" ".join(words[:n]) in lex.REPORTING_VERBS for n in (3, 2, 1))

    @cached_property
    def introduced(self) -> tuple[list[int], list[str], list[int]]:
        """The people the document brings in as speakers: positions, fullest names, counts.

        A person is brought in as a clause subject ("Dominique Laurens, la procureure, a
        tenu une conférence") or as the source heading a clause ("Pour Sidiki Kaba, …",
        "Selon Awa Diop, …"); a name in a complement ("la demande de Benoît Payan") is not.
        The third list holds, at each entry, how many different people were brought in up
        to it, so the single person of a document so far is one bisection away.
        """
        positions: list[int] = []
        names: list[str] = []
        counts: list[int] = []
        distinct: set[str] = set()
        text = self.text
        self.titles  # noqa: B018 - fills title_heads
        for pos, name in self.names:
            head = text[max(0, pos - 12, self.sentence_start(pos)) : pos]
            source = _SOURCE_HEAD_RE.search(head) is not None
            if not (source or self._subject(pos, name, 0)):
                continue
            full = self.fullest(name)
            distinct.add(full)
            if source or name in self.title_heads or full in self.title_heads:
                self.speaking.add(full)
            positions.append(pos)
            names.append(full)
            counts.append(len(distinct))
        return positions, names, counts

    def only_person_before(self, pos: int, credited: set[str]) -> str | None:
        """Return the one person brought in before *pos*, if the document has one so far.

        Only someone who may speak: brought in with a title or as a source ("Pour X,"), or
        credited with a quotation already (*credited*); "Paul Durand a été arrêté" alone
        makes nobody the article's speaker.
        """
        positions, names, counts = self.introduced
        k = bisect.bisect_left(positions, pos) - 1
        if k < 0 or counts[k] != 1:
            return None
        name = names[k]
        return name if name in self.speaking or name in credited else None

    def names_before(self, pos: int, span: int) -> list[tuple[int, str]]:
        """Names found in the *span* characters before *pos*, in document order."""
        lo = bisect.bisect_left(self.name_pos, pos - span)
        hi = bisect.bisect_left(self.name_pos, pos)
        return self.names[lo:hi]

    def last_org(self, pos: int) -> str | None:
        """Return the organisation a source or anaphor at *pos* refers to."""
        i = bisect.bisect_left(self.orgs, (pos, "", False)) - 1
        fallback: str | None = None
        while i >= 0 and self.orgs[i][0] >= pos - _ORG_WINDOW:
            start, name, anchored = self.orgs[i]
            if _PLACE_BEFORE_RE.search(self.text, max(0, start - 8), start) is not None:
                i -= 1
                continue  # "s'est tenu à Genève": a place, not the body that speaks
            if anchored:
                return self._org_in_full(start, name)
            if fallback is None:
                fallback = self._org_in_full(start, name)
            i -= 1
        return fallback

    def _org_in_full(self, start: int, name: str) -> str:
        """Return an organisation with the adjective after its head: "Conseil constitutionnel"."""
        before = self.text[max(0, start - 6) : start].lower()
        if not _DETERMINER_BEFORE_RE.search(before):
            return name
        m = _ORG_TAIL_RE.match(self.text, start + len(name))
        return name + m.group() if m is not None else name
