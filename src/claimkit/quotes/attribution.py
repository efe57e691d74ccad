"""Who a quotation is credited to: cues after, before, incise, selon, colon."""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.models import AttributionKind
from claimkit.quotes import lexicon as lex
from claimkit.quotes.bodies import _is_institution
from claimkit.quotes.document import _TERMS_AFTER_RE, _Doc
from claimkit.quotes.inversion import (
    _ANY_INVERTED_RE,
    _NOT_VERBS,
    _OBJECT_CLITICS,
    _PHRASE_OPENERS,
    _manner_adverb,
    _one_of_a_pair,
    _semi_auxiliary,
    _skip_to_mention,
    _unknown_verb_subject,
    _with_apposition,
)
from claimkit.quotes.marks import _Cand
from claimkit.quotes.mentions import (
    _ACCORDING_TO,
    _ADVERB_PHRASES,
    _VERB_STARTS,
    _Attr,
    _match_phrase,
    _Mention,
    _parse_mention,
    _pronoun_mention,
    _verb_at,
)
from claimkit.quotes.roles import (
    _complement_end,
    _named_apposition,
    _role_mention,
    _unnamed,
)
from claimkit.quotes.subjects import (
    _clause_subject,
    _no_subject_before,
    _subject_before,
)
from claimkit.quotes.tokens import (
    _ADVERBS,
    _fold,
    _is_cap,
    _join,
    _Phrases,
)

# --------------------------------------------------------------------------- attribution


def _after(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Attribution after the closing mark: « … », a déclaré X / dit-il / X, desc, a dit."""
    if cand.close is None:
        return None
    lo = cand.close + 1
    hi = doc.sentence_end(lo)
    i, j = doc.tok_range(lo, hi)
    toks = doc.toks
    comma = False
    while i < j and toks[i].norm in {",", "!", "?", "…", ";"}:
        comma = comma or toks[i].norm == ","
        i += 1
    if i >= j:
        return None
    if toks[i].norm == ":" and not comma and i + 1 < j:
        # "« Ce sont les joueurs qui gagnent » : René Weiler la jouait modeste": a sentence
        # opening on a person's name, then its verb, after a colon
        parsed = _parse_mention(doc, i + 1, j)
        if (
            parsed is not None
            and parsed[1].kind == "name"
            and parsed[0] < j
            and toks[parsed[0]].kind in {"word", "elided"}
            and toks[parsed[0]].raw.islower()
        ):
            return _Attr(parsed[1], "after", None, True)
        return None
    if toks[i].norm == "(":
        # "« … » (date de la proclamation …, Ndlr), ajoute le ministère": an aside first
        for c in range(i + 1, min(j - 1, i + 40)):
            if toks[c].norm == ")":
                i = c + 1
                while i < j and toks[i].norm == ",":
                    comma = True
                    i += 1
                break
        if i >= j:
            return None
    if toks[i].norm in _PHRASE_OPENERS and comma:
        # "», avant de démolir, lance Oumar Koné": a short phrase between commas first
        for c in range(i + 1, min(j - 1, i + 7)):
            if toks[c].norm == ",":
                i = c + 1
                break
            if toks[c].kind == "punct":
                break
    if toks[i].norm in _OBJECT_CLITICS and i + 1 < j and toks[i + 1].kind == "word":
        i += 1  # "», nous avait expliqué Me Prum", "», lui a répondu X"
    # « … », selon X
    if toks[i].norm in {"selon", "d'après"} or _join(toks, i, i + 2) == "d'après":
        step = 2 if toks[i].norm == "d'" else 1
        if toks[i].norm == "selon":
            step = _match_phrase(doc, i, j, _ACCORDING_TO) or 1  # "selon les termes de X"
        parsed = _stressed_pronoun(doc, i + step, j) or _parse_mention(doc, i + step, j)
        if parsed:
            verb = doc.text[toks[i].start : toks[i + step - 1].end]  # "selon", "d'après"
            return _Attr(_named_apposition(doc, parsed[1], j), "selon", verb, True)
        return None
    n, inverted = _verb_at(doc, i, j)
    if not n:
        n = _semi_auxiliary(doc, i, j)  # "s'est empressé de dire", "a tenu à préciser"
    if not n and toks[i].norm in {"a", "avait", "ont", "avaient"} and i + 2 < j:
        # "», a de son côté assuré X", "», a pour sa part jugé X": an adverb phrase between
        # the auxiliary and the participle
        skip = _match_phrase(doc, i + 1, j, _ADVERB_PHRASES) or (
            1 if toks[i + 1].norm in _ADVERBS or _manner_adverb(toks[i + 1]) else 0
        )
        if skip and i + 1 + skip < j:
            participle = toks[i + 1 + skip].norm
            if f"a {participle}" in lex.REPORTING_VERBS or (
                participle[-1:] in "éiu" and len(participle) > 3 and participle not in _NOT_VERBS
            ):
                n = skip + 2
    if not n:
        # "», grogne-t-il", "», se plaint-elle": any verb with its clitic subject after it
        k = i + 1 if toks[i].norm in {"se", "s'"} and i + 1 < j else i
        if _ANY_INVERTED_RE.fullmatch(toks[k].norm) is not None:
            n, inverted = k - i + 1, True
    if not n and not comma:
        # "« … » la ville, a-t-il précisé": the quoted sentence ends after the marks, then
        # the incise (a few words, a comma, an inverted verb)
        for c in range(i + 1, min(j - 1, i + 5)):
            if toks[c].kind == "punct":
                if toks[c].norm == ",":
                    n2, inverted2 = _verb_at(doc, c + 1, j)
                    if n2 and inverted2:
                        i, n, inverted = c + 1, n2, True
                break
    if n:
        verb = doc.text[toks[i].start : toks[i + n - 1].end]
        if inverted:
            pronoun = _pronoun_mention(doc, i, n)
            if pronoun.text == "on" and i + n < j and toks[i + n].norm in {"dans", "sur"}:
                # "lit-on dans le communiqué de la Primature": the source speaks
                parsed = _parse_mention(doc, i + n + 1, j)
                if parsed and parsed[1].kind in {"source", "org", "anaphor"}:
                    return _Attr(parsed[1], "after", verb, True)
            if pronoun.text == "on" and (at := _match_phrase(doc, i + n, j, _AT_BODY)):
                # "indique-t-on au ministère de la Santé", "a-t-on appris auprès de la
                # gendarmerie": the body where "on" speaks
                k = i + n + at
                parsed = _parse_mention(doc, k, j)
                if parsed is None and toks[i + n + at - 1].norm in {"au", "aux", "du", "des"}:
                    parsed = _bare_body(doc, k, j)
                if parsed and (
                    parsed[1].kind == "org"
                    or (parsed[1].kind == "anaphor" and _is_institution(parsed[1]))
                ):
                    return _Attr(parsed[1], "after", verb, True)
            return _Attr(pronoun, "after", verb, True)
        k = _skip_to_mention(doc, i + n, j)
        voiced = _voice_of(doc, k, j)
        if voiced is not None:
            return _Attr(voiced, "after", verb, True)
        parsed = _parse_mention(doc, k, j)
        if parsed:
            found = _with_apposition(doc, parsed[1], parsed[0], j)
            if found.kind == "desc":
                # "a dit le président de l'Association, le Dr Gilbert Boucher"
                found = _named_apposition(doc, found, j)
            elif (
                found.kind == "pronoun"
                and found.text in {"ce dernier", "cette dernière"}
                and parsed[0] + 1 < j
                and toks[parsed[0]].norm == ","
                and (named := _parse_mention(doc, parsed[0] + 1, j)) is not None
                and named[1].kind == "name"
                and " " in named[1].text
            ):
                found = named[1]  # "», raconte ce dernier, Wendell Théodore."
            return _Attr(found, "after", verb, True)
        pair = _one_of_a_pair(doc, k, j)
        if pair is not None:
            return _Attr(pair, "after", verb, True)  # "« … », explique le second"
        unnamed = _unnamed(doc, k, j) or _role_mention(doc, k, j)
        if unnamed is not None:
            return _Attr(_named_apposition(doc, unnamed, j), "after", verb, True)
        return None
    unknown = _unknown_verb_subject(doc, i, j)
    if unknown is not None and (
        comma
        or doc.text[cand.close] == ","  # the first half of a split quotation
        or unknown.mention.kind == "desc"
        or unknown.mention.titled
    ):
        return unknown  # "», rembobine le capitaine Oger", "» coupe l'élu."
    if not comma and doc.text[cand.close] != ",":
        return None
    # « … », Duncan Crabtree-Ireland, négociateur en chef du syndicat, a dit.
    first = _parse_mention(doc, i, j)
    if first is None or first[1].kind not in {"name", "org", "pronoun", "source", "desc"}:
        return None
    for v in range(first[0], min(j, first[0] + 30)):
        if toks[v].norm in {".", "!", "?", ":", ";"}:
            break
        n, inverted = _verb_at(doc, v, j)
        if n and not inverted:
            subject = _subject_before(doc, i, v) or first[1]
            if subject is first[1]:
                subject = _with_apposition(doc, subject, first[0], v)
            verb = doc.text[toks[v].start : toks[v + n - 1].end]
            return _Attr(subject, "after", verb, True)
    return None


#: "par la voix de", "par la bouche de", "par l'intermédiaire de": who speaks for a body.
_VOICE_OF_RE: Final = LazyRegex(
    r"(?i:par)\s+(?i:la\s+voix|la\s+bouche|l['\u2019]intermédiaire)\s+(?:de\s+|d['\u2019]\s*|du\s+)"
)


#: Where "on" speaks for a body: "indique-t-on au ministère", "auprès de la gendarmerie".
_AT_BODY: Final = _Phrases.of(frozenset({
    "au", "aux", "à", "auprès de", "auprès du", "auprès des", "du côté de", "du côté du",
    "du côté des",
}))  # fmt: skip


def _bare_body(doc: _Doc, k: int, j: int) -> tuple[int, _Mention] | None:
    """Read an institution named without its article after "au", "du": "ministère de la Santé".

    The noun must name an institution by itself (``lexicon.INSTITUTIONS``); its complement,
    if any, is part of the name.
    """
    toks = doc.toks
    if k >= j or toks[k].norm not in lex.INSTITUTIONS:
        return None
    e = _complement_end(doc, k + 1, j)
    start, end = toks[k].start, toks[e - 1].end
    if e == k + 1:
        return e, _Mention("anaphor", start, end, doc.text[start:end])
    return e, _Mention("org", start, end, doc.text[start:end], titled=True)


def _voice_of(doc: _Doc, k: int, j: int) -> _Mention | None:
    """Return who speaks for a subject "par la voix de" someone, else None.

    "a répondu la défense par la voix de Me Amani Kouamé": within six tokens of *k*, before
    any punctuation.
    """
    toks = doc.toks
    for p in range(k, min(j - 3, k + 6)):
        if toks[p].kind == "punct":
            return None
        if toks[p].norm == "par" and (voice := _VOICE_OF_RE.match(doc.masked, toks[p].start)):
            q = doc.tok_range(voice.end(), voice.end())[0]
            named = _parse_mention(doc, q, j) if q < j else None
            return named[1] if named is not None and named[1].kind == "name" else None
    return None


#: Tokens from a closing mark to the end of its sentence that ``_selon_after`` reads.
_SELON_REACH: Final = 30


def _selon_after(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Credit the source closing the quotation's sentence, with no other quotation between.

    "… une audience ayant duré « seulement 7 minutes » avant la mise en délibéré, selon cette
    avocate."
    """
    if cand.close is None:
        return None
    lo = cand.close + 1
    i, j = doc.tok_range(lo, doc.sentence_end(lo))
    if j - i > _SELON_REACH:
        return None  # bounded: a run of quotations in one long sentence stays linear
    toks = doc.toks
    for s in range(max(i, j - 12), j - 1):
        if toks[s].norm != "," or toks[s + 1].norm not in {"selon", "d'après"}:
            continue
        step = 3 if toks[s + 1].norm == "d'" else 2
        parsed = _parse_mention(doc, s + step, j)
        if parsed is None or parsed[0] < j - 1 or toks[j - 1].norm not in {".", "!", "…"}:
            return None  # the source ends the sentence, nothing after it
        if parsed[1].kind not in {"name", "desc", "org", "pronoun", "source", "anaphor"}:
            return None
        if any(t.norm in {"«", "»", '"', "“", "”"} for t in toks[i:s]):
            return None  # another quotation in between
        verb = doc.text[toks[s + 1].start : toks[s + step - 1].end]
        return _Attr(parsed[1], "selon", verb, True)
    return None


def _terms_after(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Attribution in the sentence after: "« … » C'est en ces termes que X a répondu."."""
    if cand.close is None:
        return None
    lo = cand.close + 1
    m = _TERMS_AFTER_RE.match(_fold(doc.text[lo : lo + 60]))
    if m is None:
        return None
    start = lo + m.end()
    i, j = doc.tok_range(start, doc.sentence_end(start))
    if i >= j or doc.toks[i].start - start > 1:
        return None
    if m.group("de") is not None:
        if doc.toks[i].norm in {"nouveau", "nouvelle", "ancien", "ancienne"} and i + 1 < j:
            i += 1  # "du nouveau directeur général de l'organisme, X"
        parsed = _parse_mention(doc, i, j)  # "du président X": the article is read
        if parsed is not None and parsed[1].kind in {"name", "org", "desc"}:
            return _Attr(_named_apposition(doc, parsed[1], j), "after", None, True)
        return None
    for v in range(i, min(j, i + 12)):
        n, inverted = _verb_at(doc, v, j)
        if n and not inverted:
            verb = doc.text[doc.toks[v].start : doc.toks[v + n - 1].end]
            if v == i:  # "c'est ce qu'a déclaré X": the subject after the verb
                parsed = _parse_mention(doc, _skip_to_mention(doc, v + n, j), j)
                subject = parsed[1] if parsed is not None else None
            else:
                subject = _subject_before(doc, i, v)
            if subject is not None and subject.kind in {"name", "org", "desc", "pronoun"}:
                return _Attr(subject, "after", verb, True)
            return None
    return None


def _before(doc: _Doc, cand: _Cand, floor: int) -> _Attr | None:
    """Attribution in the sentence before the opening mark, not looking back past *floor*.

    *floor* is the end of the previous quotation: « A », a-t-elle ajouté, « B » is read from
    the incise, and a run of quotations costs no more than one.
    """
    lo = max(doc.sentence_start(cand.open), floor)
    i, j = doc.tok_range(lo, cand.open)
    toks = doc.toks
    if i >= j:
        return None
    # Colon right before: "X : « … »", "Iger a ajouté: « … »".
    colon = toks[j - 1].norm == ":"
    # Reporting verb, the closest to the quotation first.
    for v in range(j - 1, i - 1, -1):
        if toks[v].norm not in _VERB_STARTS:
            continue  # ``_verb_at`` is 0, decided without a call
        n, inverted = _verb_at(doc, v, j, gerunds=True)
        if not n:
            continue
        for back in (1, 2, 3, 4):
            # "a dit", "a pour sa part jugé": the compound form the participle ends
            u = v - back
            if u < i or toks[u].norm not in _VERB_STARTS:
                continue
            n2, inverted2 = _verb_at(doc, u, j, gerunds=True)
            if u + n2 > v:
                v, n, inverted = u, n2, inverted2
                break
        verb = doc.text[toks[v].start : toks[v + n - 1].end]
        kind: AttributionKind = "colon" if colon else "before"
        if (
            v > i
            and toks[v - 1].norm in {",", "«", "»", '"', "“", "”"}
            and any(t.norm in {"«", "»", '"', "“", "”"} for t in toks[i:v])
        ):
            kind = "incise"  # « A », a-t-elle ajouté, « B »
        if inverted:
            return _Attr(_pronoun_mention(doc, v, n), kind, verb, True)
        gerund = n == 1 and toks[v].norm in lex.GERUND_VERBS
        k = _skip_to_mention(doc, v + n, j)
        # a gerund's subject is the clause's, never after it: "appelant les Libanais à « … »"
        parsed = _parse_mention(doc, k, j) if k < j and not gerund else None
        if (
            parsed
            # a title too: "Aussi, s'est exclamé le ministre, « … »"
            and parsed[1].kind in {"name", "org", "source", "desc"}
            and (
                parsed[0] == j
                or doc.toks[parsed[0]].norm in {",", ":"}
                or _adjunct_to_comma(doc, parsed[0], j)  # "… X dans sa note, « … »"
            )
            # inverted only where no subject can stand before the verb: "X accuse la Cour
            # d'appel d'être « … »" has X as subject and the Cour as object
            and _no_subject_before(doc, i, v)
        ):
            return _Attr(parsed[1], kind, verb, True)  # "…», a déclaré Zhao, « … »"
        subject = _inverted_before_gerund(doc, i, v) if gerund else None
        if subject is None:
            subject = _subject_before(doc, i, v)
        if subject is not None:
            return _Attr(subject, kind, verb, True)
        break
    # Source preposition: "selon X, « … »", "d'après X, l'enjeu est de « … »".
    according_first = _ACCORDING_TO.first
    for s in range(i, j):
        if toks[s].norm not in according_first:
            continue  # ``_match_phrase`` is 0, decided without a call
        n = _match_phrase(doc, s, j, _ACCORDING_TO)
        if not n:
            continue
        if toks[s].norm == "pour" and s > i and toks[s - 1].norm != ",":
            continue  # "pour" credits a speaker only at the head of a clause: "Pour X, « … »"
        parsed = _stressed_pronoun(doc, s + n, j) or _parse_mention(doc, s + n, j)
        if parsed is None:
            continue
        end, mention = parsed
        institution = (mention.kind == "anaphor" and _is_institution(mention)) or (
            mention.kind == "org" and (" " in mention.text or mention.text.isupper())
        )
        if toks[s].norm == "pour" and mention.kind == "desc" and end < j:
            # "Pour le président national du Parti … (Pcrn), « … »": its complement first
            end = _complement_end(doc, end, j)
            if end < j and toks[end].norm == "(":
                close = next((c for c in range(end, min(j, end + 8)) if toks[c].norm == ")"), 0)
                end = close + 1 if close else end
        if toks[s].norm == "pour" and (
            (mention.kind not in {"name", "desc", "pronoun"} and not institution)
            or end >= j
            or toks[end].norm != ","
        ):
            continue
        verb = doc.text[toks[s].start : toks[s + n - 1].end]
        # "Selon The Intercept, Disney recrute … pour « … »": the clause subject wins.
        rest = _clause_subject(doc, end, j)
        if rest is not None and rest.kind in {"name", "org"}:
            return _Attr(rest, "before", None, False)
        return _Attr(mention, "selon", verb, True)
    if colon:
        start = i
        for d in range(j - 2, i, -1):
            if toks[d].norm in {"–", "—"}:
                start = d + 1  # "Burkina Faso – Blaise Compaoré : « … »": a dateline first
                break
        parsed = _parse_mention(doc, start, j - 1)
        if parsed and parsed[0] == j - 1 and parsed[1].kind in {"name", "org", "desc"}:
            return _Attr(parsed[1], "colon", None, True)
        # "… ce qui nécessite une bonne récupération pour Aliou Cissé : « … »"
        k = j - 1
        while k > i and _is_cap(toks[k - 1]) and j - 1 - k < 4:
            k -= 1
        if k < j - 1 and k > i and toks[k - 1].norm in {"pour", "selon"}:
            named = _parse_mention(doc, k, j - 1)
            if named and named[0] == j - 1 and named[1].kind == "name" and " " in named[1].text:
                return _Attr(named[1], "colon", None, True)
        # "… a été abordé par le coach national : « … »": the agent of a passive verb
        for p in range(j - 2, max(i, j - 9), -1):
            if toks[p].norm == "par" and p > i and toks[p - 1].norm[-1:] in "éei":
                agent = _parse_mention(doc, p + 1, j - 1)
                if (
                    agent
                    and agent[1].kind in {"name", "desc"}
                    # maybe an adjective left after it: "le coach national"
                    and all(t.kind == "word" and t.raw.islower() for t in toks[agent[0] : j - 1])
                    and j - 1 - agent[0] <= 1
                ):
                    return _Attr(_named_apposition(doc, agent[1], j - 1), "colon", None, True)
                break
            if toks[p].kind == "punct":
                break
    subject = _clause_subject(doc, i, j, titles=True)
    if subject is not None and subject.kind in {
        "name",
        "org",
        "source",
        "anaphor",
        "pronoun",
        "desc",
    }:
        # "Paul Bérenger s'est montré direct : « … »": a colon makes the subject's words
        # the quotation's, however short
        strong = colon and doc.text[cand.end - 1 : cand.end] != "?"  # not "sa question :"
        return _Attr(subject, "colon" if strong else "before", None, strong)
    return None


#: Prepositions opening the adjunct between an inverted subject and the quotation.
_ADJUNCT_OPENERS: Final = frozenset({"dans", "lors", "devant", "sur", "en", "à", "au", "auprès"})


def _adjunct_to_comma(doc: _Doc, k: int, j: int) -> bool:
    """Tell whether tokens k.. are a short adjunct ending on a comma or colon.

    "Comme l'explique la Banque centrale dans sa dernière note, « … »": a preposition and
    at most seven lower-case words or elided articles, nothing that could be a name. Not
    an adjunct running into the marks: in "déclare X à l'émission « La Joute »" the marks
    hold the adjunct's own noun.
    """
    toks = doc.toks
    if k >= j or toks[k].norm not in _ADJUNCT_OPENERS:
        return False
    for e in range(k + 1, min(j, k + 9)):
        t = toks[e]
        if t.norm in {",", ":"}:
            return e > k + 1
        if t.kind not in {"word", "elided"} or not t.raw.islower():
            return False
    return False


def _inverted_before_gerund(doc: _Doc, i: int, v: int) -> _Mention | None:
    """Return the inverted subject of the clause a gerund at token v goes on from.

    "…, a justifié le porte-parole, ajoutant qu'ils « … »": the gerund's subject is the
    main clause's, written after its verb of saying and right before the gerund's comma.
    """
    toks = doc.toks
    if v - 2 < i or toks[v - 1].norm != ",":
        return None
    for w in range(v - 2, max(i, v - 12) - 1, -1):
        if w < v - 2 and toks[w].norm in {".", ":", ";", "«", "»", '"', "“", "”"}:
            return None  # only commas inside the clause read back
        n, inverted = _verb_at(doc, w, v - 1)
        if not n or inverted:
            continue
        parsed = _parse_mention(doc, _skip_to_mention(doc, w + n, v - 1), v - 1)
        if parsed is not None and parsed[0] == v - 1 and parsed[1].kind in {"name", "desc", "org"}:
            return _named_apposition(doc, parsed[1], v - 1)
        return None
    return None


def _stressed_pronoun(doc: _Doc, i: int, j: int) -> tuple[int, _Mention] | None:
    """Read "lui", "elle", "eux" after "selon" or "pour" as a pronoun: "selon lui"."""
    if i < j and doc.toks[i].norm in _STRESSED:
        t = doc.toks[i]
        return i + 1, _Mention("pronoun", t.start, t.end, _STRESSED[t.norm])
    return None


_STRESSED: Final = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
