"""People described rather than named: role nouns, indefinite descriptions, appositions.

Person nouns no lexicon lists are read by their place in the sentence ("souligne le
pompier"); an indefinite description credits someone unnamed ("confie un diplomate"); a
name in apposition after a description speaks ("un autre membre de la défense, le
pénaliste Michel Degrève").

A definite article and a lower-case noun right after a verb of saying are its inverted
subject whatever the noun ("le pompier", "l'accusatrice", "la jouteuse Emmanuelle
Latraverse"); before the verb, only with a capitalised complement ("Le tavana de Faa'a
indique"), since things head sentences too ("L'autopsie témoigne").
"""

from __future__ import annotations

from typing import Final

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import (
    _ADJECTIVE_ENDINGS,
    _JOB_NOUNS,
    _SOURCE_NOUNS,
    _match_phrase,
    _Mention,
    _parse_mention,
    _verb_at,
)
from claimkit.quotes.personnames import _parse_name
from claimkit.quotes.tokens import _ADVERBS, _DETERMINERS, _PREPOSITIONS, _is_cap

#: Lower-case nouns after a definite article that name no person: times ("le lendemain"),
#: the press ("le quotidien", who speaks for a newspaper is read elsewhere), places.
_NOT_ROLES: Final = frozenset({
    "lendemain", "veille", "soir", "matin", "jour", "journée", "mois", "semaine", "week-end",
    "weekend", "année", "an", "même", "quotidien", "journal", "hebdomadaire", "magazine",
    "média", "site", "radio", "télévision", "chaîne", "agence", "texte", "pays", "ville",
    "capitale", "région", "gouvernement", "fait", "cas", "point", "fois", "moment",
    "premier", "première", "dernier", "dernière", "tout", "reste", "bilan", "total",
})  # fmt: skip
#: Words that may follow an inverted subject: its clause goes on with a complement.
_AFTER_SUBJECT: Final = frozenset({
    "lors", "devant", "après", "avant", "pendant", "depuis", "dans", "sur", "à", "au",
    "aux", "en", "avec", "face", "vendredi", "samedi", "dimanche", "lundi", "mardi",
    "mercredi", "jeudi", "hier", "ce", "cette", "qui", "et", "mais",
})  # fmt: skip


def _role_phrase(doc: _Doc, k: int, j: int) -> tuple[int, int] | None:
    """Read a definite article and a person noun no lexicon lists: "le pompier".

    Returns (end of the noun and its adjective, end of its complement): "le tavana de
    Faa'a", "la jouteuse", "l'accusatrice", "le président du Tavini Huiraatiraa".  The noun
    is a lower-case word that is no verb, preposition, determiner or body; at most one
    adjective and a complement of capitalised words or one noun follow it.
    """
    toks = doc.toks
    if k + 1 >= j or toks[k].norm not in {"le", "la", "l'"}:
        return None
    noun = toks[k + 1]
    if (
        noun.kind != "word"
        or not noun.raw.islower()
        or len(noun.norm) < 3
        or noun.norm in _NOT_ROLES
        or noun.norm in _PREPOSITIONS
        or noun.norm in _DETERMINERS
        or noun.norm in _ADVERBS
        or noun.norm in lex.ORG_ANAPHORS
        or _match_phrase(doc, k + 1, j, _SOURCE_NOUNS)
        or _verb_at(doc, k + 1, j)[0]
    ):
        return None
    e = k + 2
    if (
        e < j
        and toks[e].kind == "word"
        and toks[e].raw.islower()
        and toks[e].norm.endswith(_ADJECTIVE_ENDINGS)
        and toks[e].norm not in _PREPOSITIONS | _DETERMINERS | _AFTER_SUBJECT
        and not _verb_at(doc, e, j)[0]
    ):
        e += 1  # "le commissaire divisionnaire"
    return e, _complement_end(doc, e, j)


def _complement_end(doc: _Doc, e: int, j: int) -> int:
    """Return the end of a title's complement from token e, or *e* when none follows.

    "du Tavini Huiraatiraa", "de l'Économie et des finances".  At most eight tokens are read.
    """
    toks = doc.toks
    if e >= j or toks[e].norm not in {"de", "du", "des", "d'", "près"}:
        return e  # "près": "le procureur général près la Cour d'appel de Tunis"
    if e + 1 < j and toks[e].norm in {"de", "d'"} and toks[e + 1].norm in lex.SAYING_INFINITIVES:
        return e  # a narrative infinitive, no complement: "Le procureur de rétorquer :"
    m = e
    stop = e
    want_word = False
    while m < j and m - e < 9:
        t = toks[m]
        if t.norm in {"de", "du", "des", "d'", "la", "le", "l'", "les", "et", "près"}:
            want_word = True
        elif (
            t.kind == "elided"
            and t.raw[:1].isupper()
            and m + 1 < j
            and toks[m + 1].start == t.end
            and toks[m + 1].kind == "word"
        ):
            m += 1  # a name with an apostrophe inside: "Faa'a", "N'Djamena"
            want_word = False
            stop = m + 1
        elif t.kind == "word" and (want_word or _is_cap(t)) and not _verb_at(doc, m, j)[0]:
            if not want_word and not t.raw[:1].isupper():
                break
            want_word = False
            while (
                m + 2 < j
                and toks[m + 1].norm in {"'", "-"}
                and toks[m + 1].start == toks[m].end
                and toks[m + 2].start == toks[m + 1].end
                and toks[m + 2].kind == "word"
            ):
                m += 2  # an apostrophe inside a name: "Faa'a"
            stop = m + 1
        else:
            break
        m += 1
    return stop


def _role_mention(doc: _Doc, k: int, j: int) -> _Mention | None:
    """Read an inverted subject headed by a noun no lexicon lists, after a verb of saying.

    "« … », souligne le pompier" (a role: resolved like a title), "avance la jouteuse
    Emmanuelle Latraverse" (the name that follows, the noun its description).  The noun
    phrase must end its clause or be followed by a complement ("lors de", "devant").
    """
    phrase = _role_phrase(doc, k, j)
    if phrase is None:
        return None
    toks = doc.toks
    e, stop = phrase
    if stop == e:
        parsed = _parse_name(doc, e, j)
        if parsed is not None and (
            " " in parsed[1] or parsed[1] in lex.GIVEN_NAMES or doc.names_ending(parsed[1].lower())
        ):
            desc = doc.text[toks[k + 1].start : toks[e - 1].end]
            return _Mention("name", toks[e].start, toks[parsed[0] - 1].end, parsed[1], desc=desc)
    if stop < j and toks[stop].kind != "punct" and toks[stop].norm not in _AFTER_SUBJECT:
        return None
    desc = doc.text[toks[k + 1].start : toks[stop - 1].end]
    return _Mention("desc", toks[k].start, toks[stop - 1].end, desc, desc=desc)


#: Where the words of a description end without an apposition after them.
_APPOSITION_STOPS: Final = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "«", "»", '"'})


def _named_apposition(doc: _Doc, m: _Mention, j: int) -> _Mention:
    """Return the name in apposition after a description, else the description itself.

    "un autre membre de la défense, le pénaliste Michel Degrève" → Michel Degrève.
    """
    if m.kind != "desc":
        return m
    toks = doc.toks
    e = _complement_end(doc, doc.tok_range(m.end, m.end)[0], j)  # "de la défense"
    stop = min(j, e + 6)  # "… des spécialistes en médecine d'urgence, le Dr X": more words
    while e < stop and toks[e].norm not in _APPOSITION_STOPS:
        e += 1
    if e + 1 >= j or toks[e].norm != ",":
        return m
    k = e + 1
    parsed = _parse_mention(doc, k, j)
    found = parsed[1] if parsed is not None else _role_mention(doc, k, j)
    if found is None or found.kind != "name" or " " not in found.text:
        return m
    return found


def _unnamed(doc: _Doc, k: int, j: int) -> _Mention | None:
    """Read someone the text credits without naming: "confie un diplomate occidental".

    An indefinite article, maybe an adjective ("un autre", "un haut"), a noun of a person
    (a title, a role: ``_JOB_NOUNS``), maybe one adjective, as written (GOLD_FORMAT:
    unnamed but credited speakers are given in the document's words).  "a annoncé un
    budget" credits nobody.
    """
    toks = doc.toks
    if k + 3 < j and toks[k].norm == "l'" and toks[k + 1].norm in {"un", "une"}:
        return _one_of(doc, k, j)  # "l'un des acteurs du film", "l'une de ses proches"
    if k >= j or toks[k].norm not in {"un", "une"} | _PLURAL_INDEFINITES:
        return None
    e = k + 1
    if e < j and toks[e].norm in _UNNAMED_ADJECTIVES:
        e += 1
    if e >= j:
        return None
    if toks[k].norm in _PLURAL_INDEFINITES:
        # "ont confié des parents", "estiment plusieurs habitants": several, unnamed
        noun = toks[e].norm
        if not (noun[-1:] in {"s", "x"} and noun[:-1] in _JOB_NOUNS.entries):
            return None
        e += 1
    elif not _match_phrase(doc, e, j, _JOB_NOUNS):
        return None
    else:
        e += _match_phrase(doc, e, j, _JOB_NOUNS)
    if (
        e < j
        and toks[e].kind == "word"
        and toks[e].raw.islower()
        and toks[e].norm not in _PREPOSITIONS
        and not _verb_at(doc, e, j)[0]
    ):
        e += 1
    text = doc.text[toks[k].start : toks[e - 1].end]
    return _Mention("desc", toks[k].start, toks[e - 1].end, text, desc=text)


def _one_of(doc: _Doc, k: int, j: int) -> _Mention | None:
    """Read "l'un des acteurs du film", "l'une de ses proches" from the "l'" at token k.

    One of several people of a kind (a title, a role, a relation), with the complement of
    the noun if any; the name in apposition after it is read by the caller.
    """
    toks = doc.toks
    e = k + 2
    if toks[e].norm == "des":
        e += 1
    elif toks[e].norm in {"de", "d'"} and e + 1 < j and toks[e + 1].norm in _POSSESSIVES:
        e += 2
    else:
        return None
    if e >= j:
        return None
    noun = toks[e].norm
    if not (noun[-1:] in {"s", "x"} and (noun[:-1] in _JOB_NOUNS.entries or noun in _RELATIONS)):
        return None
    e = _complement_end(doc, e + 1, j)
    text = doc.text[toks[k].start : toks[e - 1].end]
    return _Mention("desc", toks[k].start, toks[e - 1].end, text, desc=text)


#: Plural nouns of people related to someone: "l'un de ses proches".
_RELATIONS: Final = frozenset({
    "proches", "amis", "amies", "collègues", "voisins", "voisines", "membres", "témoins",
    "participants", "supporters", "militants", "militantes", "habitants", "parents", "élèves",
    "enfants", "frères", "sœurs", "fils", "filles", "partisans", "fidèles", "collaborateurs",
})  # fmt: skip
_POSSESSIVES: Final = frozenset({"ses", "leurs", "nos", "vos", "mes", "tes"})

_PLURAL_INDEFINITES: Final = frozenset({
    "des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "nombre",
})  # fmt: skip
_UNNAMED_ADJECTIVES: Final = frozenset({
    "autre", "premier", "première", "second", "seconde", "haut", "haute", "ancien",
    "ancienne", "jeune", "proche", "simple",
})  # fmt: skip
