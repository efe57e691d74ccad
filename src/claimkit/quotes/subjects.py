"""Clause subjects: who a verb of saying has as its subject, read before or after it.

"Le ministre de l'Intérieur Paul Durand a déclaré : « … »", "Selon X, Disney recrute pour
« … »": the mention heading the clause the verb ends, and whether a verb may have its
subject after it (an inversion).  Shared by the readings of ``attribution``.
"""

from __future__ import annotations

from typing import Final

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.inversion import _skip_to_mention
from claimkit.quotes.mentions import _Mention, _parse_mention, _verb_at
from claimkit.quotes.roles import _role_phrase
from claimkit.quotes.surnames import _is_place
from claimkit.quotes.titlewords import _JOB_WORDS
from claimkit.quotes.tokens import (
    _ADVERBIAL_OPENERS,
    _AS_HEADS,
    _PREPOSITIONS,
    _SEPARATORS,
    _SUBORDINATORS,
    _is_cap,
)


def _is_job_word(norm: str) -> bool:
    return norm in _JOB_WORDS or norm.rstrip("s") in _JOB_WORDS


#: Object pronouns between a subject pronoun and its verb: "il l'explique", "elle le dit".
_CLITICS_BEFORE_VERB: Final = frozenset(
    {"l'", "le", "la", "les", "lui", "leur", "nous", "vous", "en", "y"}
)


def _subject_before(doc: _Doc, lo: int, vi: int) -> _Mention | None:
    """Return the subject of the verb at token vi, looking back to token lo (sentence start).

    The name right before the verb wins ("qu'Iger a jugées"); otherwise the clause chain is
    walked back over appositions ("X, négociateur en chef, SAG-AFTRA, a dit") and its
    earliest name is taken.
    """
    toks = doc.toks
    # Name or pronoun immediately before the verb.
    k = vi
    while k > lo and _is_cap(toks[k - 1]) and vi - k < 4:
        k -= 1
    if k == vi - 1 and k > lo and toks[k].raw.isupper() and _is_job_word(toks[k - 1].norm):
        k = vi  # "L'élue LR s'interrogeait": a title and its party, read below
    if k < vi:
        prev = toks[k - 1].norm if k > lo else ""
        if prev in {"l'", "la", "le", "les"} and k - 1 > lo:
            prev = toks[k - 2].norm  # "Le chef de l'Etat a ajouté": a complement
        if prev not in _PREPOSITIONS:
            parsed = _parse_mention(doc, k, vi)
            if (
                parsed
                and parsed[0] == vi
                # "le ministre, ex-président de la région Bretagne condamne": a place
                and not (" " not in parsed[1].text and _is_place(doc, parsed[1].text))
            ):
                return parsed[1]
    if vi > lo and toks[vi - 1].norm in lex.PRONOUNS:
        t = toks[vi - 1]
        return _Mention("pronoun", t.start, t.end, t.norm)
    p = vi - 1
    while p > lo and toks[p].norm in _CLITICS_BEFORE_VERB and vi - p <= 2:
        p -= 1  # "Comme il l'explique", "comme elle le dit elle-même"
    if p < vi - 1 and toks[p].norm in lex.PRONOUNS:
        t = toks[p]
        return _Mention("pronoun", t.start, t.end, t.norm)
    # Walk the clause chain back from the verb.
    segments: list[tuple[int, int]] = []
    end = vi
    depth = 0  # inside parentheses, read backwards: "(conservatoire, Enjambée, Grognon)"
    inside: list[tuple[int, int]] = []
    for k in range(vi - 1, lo - 1, -1):
        if toks[k].norm in _SEPARATORS:
            if depth == 0:
                segments.append((k + 1, end))
            else:
                inside.append((k + 1, end))
            if toks[k].norm == ")":
                depth += 1
            elif toks[k].norm == "(" and depth:
                depth -= 1
                if depth == 0 and len(inside) == 1:
                    segments.extend(inside)  # "(FMI)": one item, read as before
                inside = []
            end = k
    segments.append((lo, end))
    chain: list[_Mention] = []
    for s, e in segments:
        if s >= e:
            continue
        first = toks[s].norm
        if e == vi and all(t.norm in {"en", "et", "puis", "tout"} for t in toks[s:e]):
            continue  # the gerund's "en": "…, et en lançant :"
        if first in lex.PARTICIPIAL_OPENERS:
            break  # "Interrogé par franceinfo, le ministre, X, a assuré": circumstance
        if (
            s + 2 < e
            and first in _PREPOSITIONS | {"durant", "pendant", "lors"}
            and toks[s + 1].norm in {"laquelle", "lequel", "lesquelles", "lesquels", "quoi"}
        ):
            # "…, durant laquelle X a déploré …, et en lançant :": the relative's subject
            parsed = _parse_mention(doc, s + 2, e)
            if parsed is not None and parsed[1].kind == "name":
                return parsed[1]
        if first == "où" and s + 1 < e:
            parsed = _parse_mention(doc, s + 1, e)
            if parsed is not None and parsed[1].kind == "name":
                return parsed[1]
        if first in {"et", "mais", "donc", "car", "or", "puis"}:
            s += 1
        elif first in _SUBORDINATORS and s + 1 < e and toks[s + 1].norm in {"que", "qu'"}:
            s += 2  # "tandis que le ministre rappelle que « … »": the subject follows
            parsed = _parse_mention(doc, s, e) if s < e else None
            if parsed is not None and not chain:
                return parsed[1]  # the clause's own subject: "avant que celle-ci ne réponde"
        if s >= e:
            continue
        parsed = _parse_mention(doc, s, e)
        if parsed is None and (n := _verb_at(doc, s, e)[0]) and not _verb_at(doc, s, e)[1]:
            # "« … », a protesté l'avocate X, sœur de Y, précisant que « … »": the subject
            # of the verb of saying that opens the clause, after it
            after = _parse_mention(doc, _skip_to_mention(doc, s + n, e), e)
            if after is not None and after[1].kind == "name":
                return after[1]
        if (
            parsed is None
            and e == vi
            and (role := _role_phrase(doc, s, e))
            and role[1] == e > role[0]
            and any(_is_cap(t) for t in toks[role[0] : e])
        ):
            # "Le tavana de Faa'a indique « … »": a person noun no lexicon lists heads it
            desc = doc.text[toks[s + 1].start : toks[e - 1].end]
            chain.append(_Mention("desc", toks[s].start, toks[e - 1].end, desc, desc=desc))
            continue
        if parsed is None:
            if toks[s].norm in _ADVERBIAL_OPENERS or toks[s].kind == "punct":
                break
            if toks[s].raw[0].islower():
                continue  # an apposition: "scénariste de films comme …"
            break
        nxt = parsed[0]
        if (
            parsed[1].kind == "name"
            and nxt < e
            and (toks[nxt].norm in _AUXILIARIES or _verb_at(doc, nxt, e)[0])
        ):
            return parsed[1]  # "…, Caroline X, Amine Y s'est réjoui …, affirmant": a clause
        chain.append(parsed[1])
    for kinds in (("name", "org"), ("source", "anaphor"), ("desc", "pronoun")):
        found = [m for m in chain if m.kind in kinds]
        if found:
            return found[-1]  # the earliest in the sentence
    return None


def _comme_before(doc: _Doc, i: int, v: int) -> bool:
    """Tell whether "comme" (or "ainsi que", "tel que") opens the clause of the verb at v.

    "Comme le souligne X, « … »", "…, comme l'a rappelé le ministre X": the comparative
    clause puts its subject after the verb, maybe with an object clitic before it.
    """
    toks = doc.toks
    k = v - 1
    if k >= i and toks[k].norm in {"le", "l'", "la"}:
        k -= 1
    if k < i:
        return False
    if toks[k].norm in {"que", "qu'"} and k - 1 >= i and toks[k - 1].norm in _AS_HEADS:
        k -= 1
    elif toks[k].norm != "comme":
        return False
    return k == i or toks[k - 1].kind == "punct" or toks[k - 1].norm in {"et", "mais"}


def _no_subject_before(doc: _Doc, i: int, v: int) -> bool:
    """Tell whether the verb at token v may have its subject after it (an inversion).

    Yes when only punctuation stands before it ("», a déclaré Zhao") or when it follows a
    comma and the stretch before that comma is no person ("…, une violation de la loi,
    explique son avocat Maître Dadjé :"); not in "Olivier Nissack, accuse la Cour de …".
    """
    toks = doc.toks
    if all(t.kind == "punct" for t in toks[i:v]):
        return True
    if _comme_before(doc, i, v):
        return True
    if toks[v - 1].norm != ",":
        return False
    s = v - 1
    while s > i and toks[s - 1].norm not in _SEPARATORS:
        s -= 1
    parsed = _parse_mention(doc, s, v - 1) if s < v - 1 else None
    return parsed is None or parsed[1].kind not in {"name", "pronoun", "desc", "org"}


#: Words after a capitalised word opening a clause that make it an adjunct, no subject:
#: "Critiqué à l'issue du match, X …", "Objet de changements, le match …".
_ADJUNCT_WORDS: Final = frozenset(
    {"à", "au", "aux", "de", "du", "des", "d'", "par", "lors", "après", "pour"}
)


def _clause_subject(doc: _Doc, i: int, j: int, titles: bool = False) -> _Mention | None:
    """Return the mention heading the first clause of tokens i..j that starts with one.

    A bare title ("Le président du mouvement appelle à …") counts only with *titles*.
    """
    toks = doc.toks
    s = i
    while s < j:
        while s < j and toks[s].norm in _SEPARATORS | {"et", "mais", "donc", "par", "ailleurs"}:
            s += 1
        if s >= j:
            return None
        if toks[s].norm in {"que", "qu'"} and s + 1 < j and toks[s + 1].cap:
            s += 1  # "C'est par ces mots, …, que Barbara Brunard a entamé …": a cleft's subject
        if toks[s].norm == "quant" and s + 1 < j and toks[s + 1].norm in {"à", "au", "aux"}:
            s += 2  # "Quant à Eugène Berger, il a surtout appuyé sur « … »"
            if s >= j:
                return None
        parsed = _parse_mention(doc, s, j)
        if parsed is not None and parsed[0] + 1 < j and toks[parsed[0]].norm == ":":
            s = parsed[0] + 1  # "ARBITRAGE : Belmadi a préféré …": a label, then the clause
            continue
        if (
            parsed is not None
            and parsed[0] == s + 1
            and parsed[0] < j
            and toks[parsed[0]].norm in _ADJUNCT_WORDS
            and not doc.names_ending(toks[s].norm)
        ):
            parsed = None  # "Critiqué à l'issue du match, Belmadi …", "Objet de …, le match …"
        if parsed is not None and (titles or parsed[1].kind != "desc"):
            end = parsed[0]
            if parsed[1].kind == "name" and end + 1 < j and toks[end].norm == ",":
                # "Bien épaulé par le président, Simon Lalande, Jean Malavoy a exprimé …":
                # a name in apposition, then the clause's own subject and its verb
                nxt = _parse_mention(doc, end + 1, j)
                if (
                    nxt is not None
                    and nxt[1].kind == "name"
                    and nxt[0] < j
                    and (toks[nxt[0]].norm in _AUXILIARIES or _verb_at(doc, nxt[0], j)[0])
                ):
                    return nxt[1]
            return parsed[1]
        # skip this segment (an adverbial phrase or an apposition) to the next comma
        while s < j and toks[s].norm != ",":
            if toks[s].norm in {"«", "»", '"', "“", "”"}:
                return None
            s += 1
    return None


#: A name's clause goes on with its verb: "Amine Salame s'est réjoui", "X a rappelé".
_AUXILIARIES: Final = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "s'", "se"})
