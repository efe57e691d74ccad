"""The sentence before a quotation: who it brings in as the quotation's speaker.

A quotation opening its sentence is often credited by the sentence before it, with no cue
of its own ("Le premier ministre a répondu à la publication. « Non. … »"), or goes on with
a pronoun that the sentence before decides ("Selon le procureur, les faits sont avérés.
« … », martèle-t-il"). This stage reads that sentence; the cues around the marks are
:mod:`~claimkit.quotes.attribution`'s.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import _definite_gender, _gender
from claimkit.quotes.inversion import _skip_to_mention
from claimkit.quotes.marks import _Cand
from claimkit.quotes.mentions import _Attr, _Mention, _parse_mention, _pronoun_mention, _verb_at
from claimkit.quotes.subjects import _clause_subject, _is_job_word, _subject_before
from claimkit.quotes.tokens import _fold

#: A line holding nothing but a name, maybe with a bullet or a bar: a byline, a credit.
_BYLINE_RE: Final = LazyRegex(
    r"\s*(?:\p{Lu}[\p{L}'\u2019\-]+[ \u00a0]?){1,4}[ \u00a0]*[•|·/]?[ \u00a0]*\s*"
)
#: A sentence opening on someone's reply: "La réplique du magistrat …", "Sa réponse …".
_REPLY_OF_RE: Final = LazyRegex(
    r"\s*(?i:la|sa)\s+(?i:réponse|réplique|réaction|riposte|version|explication|justification"
    r"|mise au point)\s+(?:d['\u2019]|de(?=\s)|du(?=\s)|des(?=\s))\s*"
)
#: An age in apposition after a name: "Nomena, 10 ans,", "Tsiory (12 ans)".
_AGE_AFTER_RE: Final = LazyRegex(r"[ \u00a0]*[,(][ \u00a0]*\d{1,3}[ \u00a0]ans\b")


def _newly_introduced(doc: _Doc, cand: _Cand, attr: _Attr) -> _Attr | None:
    """Credit "« … », plaide-t-il" to who the sentence before brings in as a speaker.

    "Mais l'avocat de la défense a souligné qu'on ne peut pas … . « … », plaide-t-il",
    "Selon le procureur, les faits sont avérés. « … », martèle-t-il": the quotation opens its
    sentence, the sentence before credits someone with reported speech (a verb of saying or
    "selon"), and that person is known to be of the pronoun's gender: the pronoun is theirs,
    not the last quotation's speaker's.
    """
    if attr.mention.kind != "pronoun" or attr.mention.text not in {"il", "elle"}:
        return None
    intro = _previous_sentence(doc, cand)
    mention = intro.mention if intro is not None and intro.verb is not None else None
    if mention is None and intro is None:
        mention = _selon_heading(doc, cand)
    if mention is None or mention.kind not in {"name", "desc"}:
        return None
    if mention.kind == "desc":
        gender = _definite_gender(doc, mention)
    else:
        gender = _gender(doc, mention.text, mention.start)
    if gender != ("m" if attr.mention.text == "il" else "f"):
        return None
    return _Attr(mention, attr.kind, attr.verb, True)


def _sentence_before(doc: _Doc, cand: _Cand, across: bool = False) -> tuple[int, int] | None:
    """Return the bounds (characters) of the sentence before a quotation opening its own.

    None when the quotation does not open its sentence, or when a line break separates the
    two (with *across*, the sentence before must end the paragraph before instead).
    """
    lo = doc.sentence_start(cand.open)
    i, j = doc.tok_range(lo, cand.open)
    if any(t.kind == "word" for t in doc.toks[i:j]) or lo == 0:
        return None
    ps = doc.previous_sentence_start(lo)
    if "\n" in doc.text[ps:lo].strip() or (across and "\n" not in doc.text[ps:lo]):
        return None
    return ps, lo


def _selon_heading(doc: _Doc, cand: _Cand) -> _Mention | None:
    """Return who "Selon X, …" credits in the sentence before a quotation opening its own."""
    bounds = _sentence_before(doc, cand)
    if bounds is None:
        return None
    i, j = doc.tok_range(*bounds)
    toks = doc.toks
    if i < j and toks[i].norm in {"mais", "et", "or"}:
        i += 1
    if i >= j or toks[i].norm != "selon":
        return None
    parsed = _parse_mention(doc, i + 1, j)
    if parsed is None or parsed[0] >= j or toks[parsed[0]].norm != ",":
        return None
    return parsed[1]


def _previous_sentence(doc: _Doc, cand: _Cand, across: bool = False) -> _Attr | None:
    r"""Credit a quotation opening a sentence to the verb of the sentence before it.

    "Une section du site de Netflix décrit sa plateforme, notant que … . « Historiquement … »"
    With *across*, the sentence before may end the paragraph before ("Le premier ministre a
    répondu à la publication.\n« Non. … »"); then only a verb of saying credits anyone.
    """
    bounds = _sentence_before(doc, cand, across)
    if bounds is None:
        return None
    ps, lo = bounds
    i, j = doc.tok_range(ps, lo)
    toks = doc.toks
    if any(t.norm in {"«", "»", '"', "“", "”"} for t in toks[i:j]):
        return None
    reply = _REPLY_OF_RE.match(doc.masked, ps, lo)
    if reply is not None and not across:
        # "La réplique du magistrat a été cinglante. « … »": the reply's author speaks
        k = doc.tok_range(reply.end(), lo)[0]
        if k < j and toks[k].norm in {"la", "le", "l'", "les"}:
            k += 1
        parsed = _parse_mention(doc, k, j) if k < j else None
        if parsed is not None and parsed[1].kind in {"name", "desc", "org"}:
            found = parsed[1]
            if " " not in found.text and _is_job_word(_fold(found.text)):
                # "La réponse du Procureur": a capitalised title, not a name
                found = _Mention("desc", found.start, found.end, found.text, desc=found.text)
            return _Attr(found, "before", None, False)
    for v in range(j - 1, i - 1, -1):
        n, inverted = _verb_at(doc, v, j, gerunds=True)
        if not n:
            continue
        if inverted:
            if v > i and toks[v - 1].norm == "," and not across:
                # "Mais après le 12 mars, a-t-il prévenu, des décisions … . « … »": the
                # incise of reported speech credits the quotation after it
                verb = doc.text[toks[v].start : toks[v + n - 1].end]
                return _Attr(_pronoun_mention(doc, v, n), "before", verb, False)
            continue
        subject = _subject_before(doc, i, v)
        if subject is None and v > i and toks[v - 1].norm == ",":
            # "Une double peine, déplore Me Michel Jugnet, son avocat.": inverted after ", "
            after = _parse_mention(doc, _skip_to_mention(doc, v + n, j), j)
            if (
                after is not None
                and after[1].kind == "name"
                and (after[1].titled or " " in after[1].text)
            ):
                subject = after[1]
        if subject is not None:
            verb = doc.text[toks[v].start : toks[v + n - 1].end]
            return _Attr(subject, "before", verb, False)
        break
    else:
        if across:
            return None
        # No verb of saying: the person the sentence is about speaks next ("Maître Hayat
        # ouvre le bal. « Madame la présidente, … »"), when a person heads the sentence.
        if _BYLINE_RE.fullmatch(doc.text, ps, lo) is not None:
            return None  # "Bruno Minas •": a byline or a credit, alone on its line
        subject = _clause_subject(doc, i, j, titles=True)
        if subject is not None and (
            subject.kind == "desc"
            or (
                subject.kind == "name"
                and (
                    " " in subject.text
                    or subject.titled
                    or subject.desc is not None
                    # "Nomena, 10 ans, essaie de se rassurer.": an age makes a first name a
                    # person's
                    or _AGE_AFTER_RE.match(doc.text, subject.end) is not None
                )
            )
        ):
            return _Attr(subject, "before", None, False)
    return None
