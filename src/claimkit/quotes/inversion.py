"""The verb after a quotation and its inverted subject, when no lexicon lists the verb.

"« … », rembobine le capitaine Oger", "», s'est encore indigné X avant de conclure", "»,
grogne-t-il", "», explique le second" (one of two people named together), "», s'est
empressé de dire X": readings of the few tokens after the closing mark, each bounded.
"""

from __future__ import annotations

import bisect
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import (
    _ADVERB_PHRASES,
    _JOB_NOUNS,
    _Attr,
    _match_phrase,
    _Mention,
    _parse_mention,
)
from claimkit.quotes.personnames import _parse_name
from claimkit.quotes.tokens import _ADVERBS, _DETERMINERS, _PREPOSITIONS, _join, _Tok


def _one_of_a_pair(doc: _Doc, k: int, j: int) -> _Mention | None:
    """Read "le premier" / "le second" after a verb as one of two people named together.

    "Amadou Ama et Moukel Amidou étaient de la marche : « … », raconte le premier. « … »,
    explique le second": the last two names joined by "et" in the 400 characters before.
    """
    toks = doc.toks
    if k + 1 >= j or toks[k].norm not in {"le", "la"} or toks[k + 1].norm not in _ORDINALS:
        return None
    if k + 2 < j and toks[k + 2].kind != "punct":
        return None  # "le premier ministre": a title
    names = doc.names_before(toks[k].start, 400)
    for (p1, n1), (p2, n2) in zip(reversed(names[:-1]), reversed(names[1:]), strict=True):
        if doc.text[p1 + len(n1) : p2] in {" et ", "\u00a0et "}:
            pos, name = (p1, n1) if _ORDINALS[toks[k + 1].norm] == 0 else (p2, n2)
            return _Mention("name", pos, pos + len(name), name)
    return None


#: Ordinals that pick one of two people named together: index in the pair.
_ORDINALS: Final = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}


def _semi_auxiliary(doc: _Doc, i: int, j: int) -> int:
    """Tokens of a verb that leads to an infinitive of saying: "s'est empressé de dire".

    An auxiliary ("a", "s'est"), a participle, "de" or "à", then an infinitive of
    ``SAYING_INFINITIVES`` ("a tenu à préciser", "a voulu rappeler", "s'est contenté de
    répondre").  Returns 0 when the tokens at i are no such phrase.
    """
    toks = doc.toks
    k = i
    if toks[k].norm == "s'" and k + 1 < j:
        k += 1
    if toks[k].norm not in {"a", "est", "avait", "était", "ont", "sont"}:
        return 0
    k += 1
    if k + 1 >= j or toks[k].kind != "word" or not toks[k].raw.islower():
        return 0
    k += 1
    if toks[k].norm in {"de", "d'", "à"}:
        k += 1
    if k < j and toks[k].norm in lex.SAYING_INFINITIVES:
        return k + 1 - i
    return 0


def _unknown_verb_subject(doc: _Doc, i: int, j: int) -> _Attr | None:
    """Read "« … », rembobine le capitaine Oger": a verb no lexicon lists, then its subject.

    After a quotation and a comma, a lower-case word (maybe after "a") followed by a named
    person (a title or civility before the name, or two capitalised words) is an inverted
    verb of saying whatever the word: the person speaks.  A preposition or adverb there
    opens a complement instead ("», dans un communiqué").
    """
    toks = doc.toks
    k = i
    if toks[k].norm in {"a", "avait", "ont", "aurait", "s'", "se"}:
        k += 1  # "a lâché", "s'énerve"
        if toks[k - 1].norm in {"s'", "se"} and k + 1 < j and toks[k].norm in _BE:
            k += 1  # "s'est questionné Me Ba"
    while k + 1 < j and toks[k].norm in _ADVERBS:
        k += 1  # "s'est encore indigné X"
    if (
        k + 1 >= j
        or toks[k].kind != "word"
        or not toks[k].raw.islower()
        or len(toks[k].norm) < 3
        or toks[k].norm in _NOT_VERBS
        or toks[k].norm[-1:] not in _VERB_ENDINGS
    ):
        return None
    m = _skip_to_mention(doc, k + 1, j)
    parsed = _parse_mention(doc, m, j)
    if parsed is None:
        return None
    end, mention = parsed
    if end < j and toks[end].kind != "punct" and toks[end].norm not in _AFTER_INCISE:
        return None
    if mention.kind == "desc":
        if m >= j or toks[m].norm not in {"le", "la", "l'"}:
            return None  # a known title with its definite article: "a tempêté le porte-parole"
    elif mention.kind == "pronoun":
        if mention.text not in {"ce dernier", "cette dernière"}:
            return None  # "», narre cet homme": the person just named
    elif mention.kind != "name" or not (
        mention.titled
        or mention.desc is not None
        or " " in mention.text
        # a first name alone, as vox pops give people: "», abonde Claude."
        or mention.text in lex.GIVEN_NAMES
    ):
        return None
    verb = doc.text[toks[i].start : toks[k].end]
    return _Attr(mention, "after", verb, True)


#: The auxiliary of a reflexive verb: "s'est questionné", "se sont indignés".
_BE: Final = frozenset({"est", "sont", "était", "étaient", "serait"})


#: Words that may follow the subject of an incise: its clause goes on ("lors de", "à la").
_AFTER_INCISE: Final = frozenset({
    "lors", "devant", "dans", "sur", "à", "au", "en", "après", "avant", "pour", "sans", "tout",
})  # fmt: skip


#: Final letters of a finite verb or a participle: "rembobine", "renchérit", "a lâché".
_VERB_ENDINGS: Final = frozenset("eétiut")


#: Lower-case words after "», " that open no incise (prepositions, adverbs, conjunctions).
_NOT_VERBS: Final = _PREPOSITIONS | frozenset({
    "lors", "selon", "après", "avant", "depuis", "pendant", "entre", "malgré", "comme",
    "alors", "mais", "puis", "ainsi", "voire", "soit", "dont", "tandis", "car", "donc",
    "quand", "lorsque", "face", "parmi", "auprès", "durant", "envers", "hors", "outre",
    "tout", "toute", "tous", "toutes", "même", "notamment", "surtout", "aussi", "encore",
    "déjà", "cette", "cet", "une", "est", "était", "sont", "reste", "juste", "écrite",
    "ce", "qui", "que", "quoi", "elle", "il", "et", "ou", "ni", "the",
})  # fmt: skip


#: Object pronouns between a quotation and its verb: "», nous a confié X".
#: Words opening a short phrase between the marks' comma and the verb of saying.
_PHRASE_OPENERS: Final = frozenset({"avant", "après", "en", "tout", "sans", "pour", "non"})


#: A verb and its clitic subject, inverted: "grogne-t-il", "plaint-elle", "lâchent-ils".
_ANY_INVERTED_RE: Final = LazyRegex(r"\p{Ll}{3,}[eatdi](?:-t)?-(?:il|elle|ils|elles)")


_OBJECT_CLITICS: Final = frozenset({"nous", "lui", "leur", "vous", "me", "m'", "nous'"})


def _manner_adverb(tok: _Tok) -> bool:
    """Tell whether *tok* is an adverb of manner in "-ment" ("sèchement", "ironiquement").

    Right after a verb of saying, a lower-case word in "-ment" with no determiner before it
    is an adverb: the nouns in "-ment" ("gouvernement") come with their article.
    """
    norm = tok.norm
    return (
        tok.kind == "word"
        and len(norm) >= 7
        and norm.endswith("ment")
        and norm != "comment"
        and tok.raw.islower()
    )


def _skip_to_mention(doc: _Doc, i: int, j: int) -> int:
    """Skip adverbs and an addressee between a verb and its inverted subject.

    "a déclaré à The Intercept l'acteur Rob Delaney", "indique d'ailleurs Netflix".
    """
    toks = doc.toks
    while i < j:
        if toks[i].kind == "elided" and _join(toks, i, i + 2) in _ADVERBS:
            i += 2
        elif (n := _match_phrase(doc, i, j, _ADVERB_PHRASES)) > 0:
            i += n  # "a souligné en outre le Conseil", "ajoute de son côté X"
        elif (
            toks[i].norm in _ADVERBS
            or (toks[i].norm == "," and i + 1 < j)
            or _manner_adverb(toks[i])  # "lui lance sèchement X", "rétorque calmement X"
        ):
            i += 1
        elif toks[i].norm == "peu" and i + 1 < j and toks[i + 1].norm in {"après", "avant"}:
            i += 1  # "a déclaré peu après l'audience Maître X"
        elif toks[i].norm in {"ce", "cette"} and i + 1 < j and toks[i + 1].norm in _ADVERBS:
            i += 2  # "a répondu ce vendredi, le général X"
        elif (
            toks[i].norm in {"dernier", "dernière", "prochain", "passé"}
            and i > 0
            and toks[i - 1].norm in _ADVERBS
        ):
            i += 1  # "a déclaré mercredi dernier à Brooklyn, …"
        elif (toks[i].norm in {"à", "au", "aux"} and i + 1 < j) or (
            toks[i].norm == "auprès" and i + 2 < j and toks[i + 1].norm in {"de", "du", "d'"}
        ):
            # "a déclaré à The Intercept X", "résume auprès de Keystone-ATS le député X"
            k = i + 2 if toks[i].norm == "auprès" else i + 1
            if toks[k].norm in _DETERMINERS:
                k += 1
            parsed = _parse_name(doc, k, j)
            nxt = parsed[0] if parsed else k + 1
            if nxt + 1 < j and toks[nxt].norm == ",":
                nxt += 1  # "a déclaré mercredi à Brooklyn, le président X": a place, then X
            elif nxt >= j or toks[nxt].kind == "punct":
                return i  # the addressee is the last thing: not a subject after it
            i = nxt
        elif toks[i].norm in _PLACE_PREPOSITIONS and (k := _titled_after(doc, i + 1, j)) > 0:
            i = k  # "a réagi sur Twitter le député X", "a indiqué dans un communiqué le parti"
        elif toks[i].norm in _PLACE_PREPOSITIONS and (k := _named_after(doc, i + 1, j)) > 0:
            i = k  # "a déclaré peu après l'audience Maître Georges Vieira Patrick"
        elif (
            i > 0
            and toks[i - 1].norm == ","
            and toks[i].kind == "word"
            and toks[i].raw.islower()
            and (c := _aside_end(doc, i, j)) > 0
        ):
            i = c  # "raconte, très émue, Me Bakhti": a short aside between commas
        elif toks[i].norm in _PLACE_PREPOSITIONS and i > 0 and toks[i - 1].norm == ",":
            # "a souligné, ce mercredi lors du City Breakfast, René Lindenlaub": a phrase
            # between commas
            c = next((c for c in range(i + 1, min(j - 1, i + 9)) if toks[c].norm == ","), 0)
            if not c:
                break
            i = c + 1
        else:
            break
    return i


#: Prepositions of a place or medium between a verb and its inverted subject.
_PLACE_PREPOSITIONS: Final = frozenset({
    "sur", "dans", "devant", "depuis", "lors", "après", "avant", "pendant", "durant", "dès",
    # "a réagi en point de presse le chef …", "a précisé par téléphone la ministre"
    "en", "par", "via",
})  # fmt: skip
#: Civilities before a name: "Maître Georges Vieira", "Me Kouamé", "M. Sall".
_CIVILITIES: Final = frozenset({"maître", "me", "m.", "mme", "dr", "monsieur", "madame"})


def _titled_after(doc: _Doc, i: int, j: int) -> int:
    """Find, within five tokens of *i* and before any punctuation, a definite title or body.

    Returns the token index of its article ("le député", "la ministre", "le parti"), or 0.
    """
    toks = doc.toks
    for p in range(i, min(j - 1, i + 6)):
        if toks[p].kind == "punct":
            return 0
        if (
            p > i
            and toks[p].norm in {"le", "la", "l'", "les"}
            and (
                _match_phrase(doc, p + 1, j, _JOB_NOUNS)
                or (toks[p + 1].norm in lex.ORG_ANAPHORS and toks[p + 1].raw.islower())
            )
        ):
            return p
    return 0


def _aside_end(doc: _Doc, i: int, j: int) -> int:
    """Return the token after an aside of one to three lower-case words closed by a comma.

    "très émue," in "raconte, très émue, Me Bakhti"; 0 when token i opens no such aside or
    no name or title follows it.
    """
    toks = doc.toks
    for c in range(i + 1, min(j - 1, i + 4)):
        if toks[c].norm == ",":
            nxt = toks[c + 1]
            return c + 1 if nxt.cap or nxt.norm in {"le", "la", "l'", "me", "maître"} else 0
        if toks[c].kind != "word" or not toks[c].raw.islower():
            return 0
    return 0


def _named_after(doc: _Doc, i: int, j: int) -> int:
    """Find, one to five tokens after *i* and before any punctuation, a person's name.

    A civility ("Maître", "Me") or the first word of a name the document gives; returns its
    token index, or 0: "a déclaré peu après l'audience Maître X", "a dit lors du débat Y".
    """
    toks = doc.toks
    for p in range(i + 1, min(j, i + 6)):
        t = toks[p]
        if t.kind == "punct":
            return 0
        if t.norm in _CIVILITIES and p + 1 < j and toks[p + 1].cap:
            return p
        if t.cap and t.title:
            k = bisect.bisect_left(doc.name_pos, t.start)
            return p if k < len(doc.name_pos) and doc.name_pos[k] == t.start else 0
    return 0


def _with_apposition(doc: _Doc, m: _Mention, k: int, j: int) -> _Mention:
    """Add the apposition after a name as its description: "Ben Zhao, professeur à Chicago"."""
    toks = doc.toks
    if m.desc is not None or m.kind != "name" or k + 1 >= j or toks[k].norm != ",":
        return m
    s = k + 1
    if toks[s].norm in _DETERMINERS:
        s += 1
    if s >= j or not _match_phrase(doc, s, j, _JOB_NOUNS):
        return m
    e = s
    while e < j and e - s < 12 and toks[e].norm not in {",", ".", ";", "!", "?", "(", ")"}:
        e += 1
    desc = doc.text[toks[k + 1].start : toks[e - 1].end]
    return _Mention(m.kind, m.start, m.end, m.text, desc=desc, owner=m.owner)
