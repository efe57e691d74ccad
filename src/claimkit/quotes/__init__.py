"""Direct quotations in French news text, and who the document credits with them.

The extractor works in stages, each a module of this package, all linear in the length of
the text:

1. **Marks** (:mod:`~claimkit.quotes.marks`).  One left-to-right scan per paragraph pairs
   the quotation marks « » “ ” „ ‘ ’ and straight ``"`` (whose direction is read from the
   characters around it).  Closing marks close whatever is open, so the mixed pairs of
   damaged text (``"… »``, ``“… “``) still pair; an opening mark left open at the end of a
   paragraph runs to the end of it when it starts a sentence (the French habit of not
   closing a quotation before a new paragraph), and is dropped otherwise.  Only outermost
   quotations are returned; nested marks stay in the span.  :mod:`~claimkit.quotes.filters`
   drops scare quotes and titles of works.
2. **Document** (:mod:`~claimkit.quotes.tokens`, :mod:`~claimkit.quotes.document`,
   :mod:`~claimkit.quotes.names`).  The quoted words are masked; the text around the
   quotations is tokenised, sentences are cut, and the people and organisations of the
   whole document are listed once, with their titles, genders and fullest names; bodies'
   acronyms, initials and datelines are in :mod:`~claimkit.quotes.acronyms`, how a
   person's name runs at a token in :mod:`~claimkit.quotes.personnames`, and its shapes in
   running text (a lone given name, an initial) in :mod:`~claimkit.quotes.nameshapes`.
3. **Mentions** (:mod:`~claimkit.quotes.mentions`).  At a token: a name, a title with or
   without a name, a pronoun, a written source, an organisation; and reporting verbs
   (:mod:`~claimkit.quotes.lexicon`).  Titles as words (keys, genders, the patterns around a
   name) are in :mod:`~claimkit.quotes.titlewords`; what stands between a verb after the
   marks and its inverted subject, and verbs no lexicon lists, in
   :mod:`~claimkit.quotes.inversion`.
4. **Attribution** (:mod:`~claimkit.quotes.attribution`).  Around each quotation, inside
   its sentence and a bounded window, a reporting verb after it (« … », a déclaré X /
   dit-il / X, négociateur, a dit), before it (X a ajouté : « … », X estime que « … »), a
   source preposition (selon X, d'après X), a bare colon (X : « … »), the subject of the
   sentence that contains a quoted fragment, or the speaker of the previous quotation in
   the paragraph (inherited).  :mod:`~claimkit.quotes.layout` reads the page's layout: a
   name line under a quotation, a heading over a list of quotations or ending on a name,
   a quotation opening a paragraph before a sentence about its speaker.
   :mod:`~claimkit.quotes.subjects` reads the subject heading a clause.
5. **Chains** (:mod:`~claimkit.quotes.chains`).  A surname becomes the fullest name the
   document gives ("Zhao" → "Ben Zhao"), a pronoun the person it refers to (a subject
   brought in since the last quotation, else the last person quoted, gender permitting),
   a title the person named with it, a written source ("l'offre d'emploi", "le dossier")
   or an anaphor ("la plateforme", "l'institution") the organisation behind it
   (:mod:`~claimkit.quotes.bodies`: "le parquet" as fully as the text named it); one
   capitalised word is resolved in :mod:`~claimkit.quotes.surnames`, "ce dernier" in
   :mod:`~claimkit.quotes.demonstratives`.  When the
   evidence is weak the speaker is None: a wrong name is worse than none.
6. **Passes over the document** (:mod:`~claimkit.quotes.titles` and this module).  A title
   credited as written goes to the person the document names with it later, the person
   the next sentence brings in, or the one person it quotes by name, and so does a pronoun
   read before the document names anyone; fragments before a
   quotation credited after its marks, and paragraphs of a quotation reopened at each
   paragraph, take that speaker.

Left alone: titles of works and scare quotes (one or two words, or Title Case words, with no
reporting verb), quotations inside quotations, and indirect speech without marks.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit.models import AttributionKind, Quote
from claimkit.quotes import lexicon as lex
from claimkit.quotes.attribution import (
    _after,
    _before,
    _selon_after,
    _terms_after,
)
from claimkit.quotes.chains import (
    _as_written,
    _continued_by_title,
    _resolve,
)
from claimkit.quotes.document import _all_spans, _Doc, _sentence_ends
from claimkit.quotes.filters import _looks_like_title, _weak_minimum, _words
from claimkit.quotes.layout import (
    BULLETS,
    _colon_heading,
    _lede_subject,
    _name_line,
    _pull_quotes,
)
from claimkit.quotes.marks import _ONLY_SPACE_RE, _Cand, _mask, _pair_marks, _split_incises
from claimkit.quotes.mentions import _Attr
from claimkit.quotes.previous import _newly_introduced, _previous_sentence
from claimkit.quotes.pronouns import _main_person, _Speakers
from claimkit.quotes.quotednames import _fuller_from_quotes
from claimkit.quotes.titles import _named_later, _named_next
from claimkit.quotes.tokens import (
    _MAX_WORDS,
    _PUNCT_CHARS,
    _SENTENCE_END_RE,
    _WHITE_SPACE,
    _WORD_RE,
    _Fallback,
    _fold,
    _Scanner,
)
from claimkit.text import check_text

__all__ = ["extract_quotes"]

# Stage internals the tests reach through the package (``quotes._Scanner``, ...).
_INTERNALS: Final = (
    _MAX_WORDS, _PUNCT_CHARS, _SENTENCE_END_RE, _WHITE_SPACE, _WORD_RE, _Fallback, _Scanner,
    _all_spans, _fold, _mask, _sentence_ends,
)  # fmt: skip


def extract_quotes(text: str) -> list[Quote]:
    """Find the direct quotations in French *text* and the speakers the text credits.

    Spans exclude the outer marks; ``speaker`` is the fullest name the document gives.

    >>> q = extract_quotes("Anne Martin enseigne. « C'est un faux-fuyant », a déclaré Martin.")
    >>> [(x.text, x.speaker, x.attribution) for x in q]
    [("C'est un faux-fuyant", 'Anne Martin', 'after')]
    >>> [(x.text, x.speaker) for x in extract_quotes('Iger a ajouté : "Je peux vous le dire."')]
    [('Je peux vous le dire.', 'Iger')]
    >>> q = extract_quotes("Selon l'Insee, « la croissance ralentit nettement ».")
    >>> [(x.text, x.speaker, x.attribution) for x in q]
    [('la croissance ralentit nettement', 'Insee', 'selon')]
    >>> extract_quotes("Il a revu la série « Black Mirror » et des « deepfakes ».")
    []
    """
    check_text(text, "extract_quotes")
    if not text:
        return []
    read = _usual_marks(text)
    if read is text:
        return _extract(text)
    found = _extract(read)
    return [q.model_copy(update={"text": text[q.start : q.end]}) for q in found]


def _usual_marks(text: str) -> str:
    """Return *text* with the odd marks some pages quote with read as the usual ones.

    "ʺ", "″", "‘’ … ’’" become straight quotes or guillemets, same offsets; *text* itself
    when it has none.
    """
    odd = any(mark in text for mark in _ODD_MARKS)
    doubled = "\u2019\u2019" in text or "\u2018\u2019" in text or "''" in text
    if not odd and not doubled:
        return text
    read = text.translate(_ODD_MARKS_AS_STRAIGHT) if odd else text
    if doubled:
        read = _DOUBLED_SINGLE_RE.sub(_as_guillemet, read)
    return read


#: Double primes and the like that some pages quote with, read as straight quotes.
_ODD_MARKS: Final = "\u02ba\u2033\u201f\u02dd"
_ODD_MARKS_AS_STRAIGHT: Final = str.maketrans(dict.fromkeys(_ODD_MARKS, '"'))
#: Two single marks typed for a double one: "‘’Ce projet vise …’’, a expliqué M. Diallo"
#: (the press agency style of West Africa), or two apostrophes.
_DOUBLED_SINGLE_RE: Final = LazyRegex(r"[\u2018\u2019']{2}")


def _as_guillemet(m: regex.Match[str]) -> str:
    """Read a doubled single mark as « (after a space or a line start) or » (else)."""
    pair = m.group()
    before = m.string[m.start() - 1] if m.start() > 0 else " "
    after = m.string[m.end()] if m.end() < len(m.string) else " "
    if pair[0] == "\u2018" or ((before.isspace() or before in "(:") and not after.isspace()):
        return "\u00ab "  # opening: "« " keeps the length
    if after.isalnum() and not before.isspace():
        return pair  # "l’’école", a typo inside a word: left alone
    return " \u00bb"


def _extract(text: str) -> list[Quote]:
    """``extract_quotes`` on a text whose quotation marks are the usual ones."""
    return _by_rules(text)[1]


def _by_rules(text: str) -> tuple[_Doc | None, list[Quote], frozenset[int]]:
    """Return the document read, the quotations and the speakers the rules credit.

    Also where the quotations start that a cue credits to someone the rules cannot name
    (for :mod:`~claimkit.quotes.ranker`).
    """
    cands = _split_incises(text, _pair_marks(text))
    if not cands:
        return None, [], frozenset()
    doc = _Doc(text, cands)
    seen = _Speakers([], [], 0)
    out: list[Quote] = []
    last_para = -1
    floor = 0
    unnamed = False  # the last quotation was credited to someone this reader cannot name
    last_speaker: tuple[str | None, int | None, int | None] | None = None
    prev_unclosed_speaker: tuple[str | None, int | None, int | None] | None = None
    unclosed: list[bool] = []  # per quote in *out*: no closing mark (runs to paragraph end)
    #: quotations credited by a pronoun before the document names anyone (index, cue)
    before_names: list[tuple[int, _Attr]] = []
    #: where quotations start that a cue credits to someone the rules cannot name
    cued: set[int] = set()
    for k, cand in enumerate(cands):
        para = cand.para
        if para != last_para:
            carried = prev_unclosed_speaker if text[para : cand.open].strip() == "" else None
            if carried is None and out and out[-1].speaker is not None:
                carried = _speech_goes_on(doc, out[-1], cand)
            if (
                carried is not None
                and (intro := _previous_sentence(doc, cand, across=True)) is not None
                and intro.mention.kind in {"name", "desc", "org"}
                and (named := _resolve(doc, intro.mention, seen)) is not None
                and named != carried[0]
                and named != _as_written(doc, intro.mention)
            ):
                # "Le premier ministre a répondu à sa publication.\n« … »": who the
                # paragraph before brings in speaks next, not the last speaker
                carried = (named, intro.mention.start, intro.mention.end)
            last_speaker = carried
            last_para = para
        words = _words(text, cand.start, cand.end)
        if cand.part == 2 and out and out[-1].end < cand.start and out[-1].speaker is not None:
            # the second half of a quotation split by an incise: the first half's speaker
            first = out[-1]
            floor = cand.end + 1
            out.append(first.model_copy(update={
                "start": cand.start, "end": cand.end, "text": text[cand.start : cand.end],
                "attribution": "incise",
            }))  # fmt: skip
            unclosed.append(cand.close is None)
            continue
        if len(words) < 2 and not cand.part:
            continue  # a scare quote; its text stays in the sentence read for the next one
        if not cand.part and _looks_like_title(doc, cand, words):
            continue  # a title stays in the sentence read for the next quotation
        attr = _after(doc, cand)
        if attr is not None and attr.kind == "selon" and attr.mention.kind == "source":
            # "X a ajouté : « … » selon le rapport": the document reports X's words
            before = _before(doc, cand, floor)
            if before is not None and before.strong and before.mention.kind == "name":
                attr = before
        attr = (
            attr
            or _selon_after(doc, cand)
            or _name_line(doc, cand)
            or _before(doc, cand, floor)
            or _terms_after(doc, cand)
            or _colon_heading(doc, cand)
            or _lede_subject(doc, cand)
        )
        prev_end = floor
        floor = cand.end + 1
        if attr is not None and not attr.strong and len(words) < _weak_minimum(attr):
            attr = None  # "Netflix mise sur des « contenus de qualité »": a scare quote
        other = (attr is None or not attr.strong) and _other_incise(text, cand)
        if other:
            attr = None  # credited after the marks to someone this reader cannot read
        speaker: str | None = None
        s_start: int | None = None
        s_end: int | None = None
        kind: AttributionKind = "none"
        verb: str | None = None
        desc: str | None = None
        if attr is not None:
            speaker = _resolve(doc, attr.mention, seen)
        if (
            attr is not None
            and attr.kind == "after"
            and speaker is not None
            and speaker in seen.written
            and (intro := _newly_introduced(doc, cand, attr)) is not None
            and (named := _resolve(doc, intro.mention, seen)) is not None
        ):
            # "« … », raconte le boutiquier. … Selon le procureur, … . « … », martèle-t-il":
            # the pronoun goes to who the sentence before brings in, not to an unnamed title
            # quoted before
            attr, speaker = intro, named
        if (
            attr is not None
            and attr.kind == "after"
            and out
            and speaker is not None
            and speaker == _as_written(doc, attr.mention)
            and _continued_by_title(doc, attr.mention, attr.verb, out[-1].speaker, seen)
            and not _other_person_between(doc, out[-1].speaker, out[-1].end, cand.open)
        ):
            speaker = out[-1].speaker  # "« … », a-t-il expliqué. « … », a ajouté l'opposant"
        if speaker is None and cand.part == 1 and k + 1 < len(cands):
            # « Nous irons, dit-elle, jusqu'au bout », a prévenu X: the whole quotation's
            # attribution credits the first half too.
            whole = _after(doc, cands[k + 1])
            if whole is not None and (speaker := _resolve(doc, whole.mention, seen)):
                attr = whole
        if attr is not None and speaker is not None:
            kind, verb, desc = attr.kind, attr.verb, attr.mention.desc
            s_start, s_end = attr.mention.start, attr.mention.end
        elif other or (attr is not None and attr.strong and attr.verb is not None):
            # a verb of saying credits someone this reader cannot name: not the last speaker,
            # and the quotations after it do not go back to that one either
            last_speaker = None
            unnamed = True
            if (
                attr is not None
                and attr.mention.kind == "pronoun"
                and not (doc.name_pos and doc.name_pos[0] < cand.open)
                and (
                    not (doc.orgs and doc.orgs[0][0] < cand.open)
                    # or the same pronoun goes on from the first quotation
                    or (
                        0 < len(before_names) == len(out)
                        and before_names[-1][1].mention.text == attr.mention.text
                    )
                )
            ):
                # "« … », a-t-il ajouté." before anyone or anything is named: named later
                before_names.append((len(out), attr))
        elif (
            attr is None
            and (narr := _narrative_infinitive(doc, cand, out[-1] if out else None)) is not None
        ):
            speaker, verb, kind = narr[0], narr[1], "before"
        elif (
            last_speaker is not None
            and len(words) >= 3
            and not _other_person_between(doc, last_speaker[0], prev_end, cand.open)
        ):
            speaker, s_start, s_end = last_speaker
            kind = "inherited"
        elif (prev := _previous_sentence(doc, cand)) is not None and (
            speaker := _resolve(doc, prev.mention, seen)
        ) is not None:
            kind, verb, desc = prev.kind, prev.verb, prev.mention.desc
            s_start, s_end = prev.mention.start, prev.mention.end
            attr = prev  # who the sentence before brings in is a person quoted, as after a cue
        elif len(words) < 4 and text[cand.end - 1] not in ".!?…" and not cand.part:
            continue  # a short fragment credited to no one: a scare quote
        elif (
            not unnamed
            and (main := _main_person(doc, cand.open, seen)) is not None
            and not _sign_or_crowd(doc, cand)
            and not _viewpoint_between(doc, prev_end, cand.open)
        ):
            speaker, kind = main, "inherited"  # the one person the article is about
        seen.last_end = cand.end
        if speaker is None and (attr is not None or other):
            cued.add(cand.start)
        if speaker is not None:
            seen.credited_end = cand.end
        if speaker is not None:
            unnamed = False
            last_speaker = (speaker, s_start, s_end)
            seen.anyone.append(speaker)
            seen.credited.add(speaker)
            if (
                attr is not None
                and attr.mention.kind == "desc"
                and speaker == _as_written(doc, attr.mention)
            ):
                seen.written.add(speaker)
            if (
                attr is not None
                and attr.mention.kind in {"name", "pronoun", "desc"}
                # a title nobody is named with ("le journaliste") is no person to refer to
                and not (attr.mention.kind == "desc" and speaker == _as_written(doc, attr.mention))
            ):
                seen.people.append(speaker)
        prev_unclosed_speaker = last_speaker if cand.close is None else None
        unclosed.append(cand.close is None)
        out.append(
            Quote(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                speaker=speaker,
                speaker_start=s_start,
                speaker_end=s_end,
                speaker_description=desc,
                verb=verb,
                attribution=kind,
            )
        )
    out = _named_later(doc, out, seen, before_names)
    out = _credit_reopened(text, _named_next(doc, out, seen), unclosed)
    out = _fuller_from_quotes(text, _pull_quotes(text, _credit_before_verb(doc, out)))
    return doc, out, frozenset(cued)


#: A narrative infinitive opening a sentence: "Et d'ajouter :", "Avant de conclure que".
_NARRATIVE_RE: Final = LazyRegex(
    r"(?:(?:et|avant|puis)\s+(?:de\s+|d')|(?:ce\s*,?\s*)?(?:pour|afin\s+de)\s+)"
    r"(?:s'|se\s+)?(\p{Ll}+)(?=[\s,:]|$)"
)  # also "Ce, pour annoncer que « … »": the sentence before says who speaks


def _narrative_infinitive(doc: _Doc, cand: _Cand, last: Quote | None) -> tuple[str, str] | None:
    """Credit "Et d'ajouter : « … »": the last speaker, else the previous sentence's subject.

    The last quotation's speaker, when no other person came in as a subject since; else the
    last person brought in as a subject in the sentence before.  Returns (speaker, verb).
    """
    lo = doc.sentence_start(cand.open)
    if cand.open - lo > 120:
        return None  # read no more than a short head: linear on any sentence
    head = _fold(doc.text[lo : cand.open]).strip(" \t\n\u00a0")
    m = _NARRATIVE_RE.match(head)
    if m is None or m.group(1) not in lex.SAYING_INFINITIVES or len(head) > 80:
        return None
    verb = " ".join(doc.text[lo : cand.open].split()).rstrip(" :")  # "Et d'ajouter"
    if (
        last is not None
        and last.speaker is not None
        and not _other_person_between(doc, last.speaker, last.end, cand.open)
    ):
        return last.speaker, verb
    subjects = doc.subjects_between(doc.previous_sentence_start(lo), lo)
    if subjects:
        return doc.fullest(subjects[-1][1]), verb
    return None


#: ", sourit une mère de famille": a verb this reader does not know, then its subject.
_OTHER_INCISE_RE: Final = LazyRegex(
    r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(?:a[ \u00a0]+|ont[ \u00a0]+)?(\p{Ll}{3,})"
    r"[ \u00a0]+(?:un|une|des|le|la|les|l['\u2019]|M\.|Mme|\p{Lu})"
)
#: Words after ", " that open a complement, not an incise: "», dans un communiqué".
_NOT_INCISE_VERBS: Final = frozenset({
    "dans", "pour", "avec", "sans", "lors", "sur", "selon", "après", "avant", "depuis",
    "pendant", "contre", "entre", "vers", "chez", "par", "devant", "malgré", "comme", "alors",
    "mais", "puis", "ainsi", "voire", "soit", "dont", "tandis", "car", "donc", "quand",
    "lorsque", "face", "parmi", "auprès", "durant", "envers", "hors", "outre", "via", "sous",
    "tout", "toute", "tous", "toutes", "même", "notamment", "surtout", "aussi", "encore",
    "déjà", "estimant", "affirmant", "soulignant", "ajoutant", "précisant",
})  # fmt: skip


def _other_incise(text: str, cand: _Cand) -> bool:
    """Tell whether an unknown verb and its own subject follow the closing mark.

    "« … », sourit une mère de famille": someone else is credited, though this reader does
    not know the verb; the quotation takes no speaker from before it.
    """
    if cand.close is None:
        return False
    m = _OTHER_INCISE_RE.match(text, cand.close + 1, cand.close + 60)
    return m is not None and m.group(1) not in _NOT_INCISE_VERBS


def _sign_or_crowd(doc: _Doc, cand: _Cand) -> bool:
    """Tell whether the words before a quotation show it was written or chanted.

    "Sur les banderoles, on pouvait lire « … »": a sign or a crowd, not the article's
    speaker.  At most 200 characters of the quotation's sentence are read.
    """
    lo = max(doc.sentence_start(cand.open), cand.open - 200)
    words = _WORD_RE.findall(_fold(doc.text[lo : cand.open]))  # "titre:" is "titre"
    return not lex.CROWD_OR_SIGN_CUES.isdisjoint(words)


#: A conjunction or adverb that may open a paragraph before a quotation that goes on.
_LEAD_CONJUNCTION_RE: Final = LazyRegex(
    r"(?i)(?:mais|et|puis|ensuite|enfin|aussi|or|pourtant|cependant|toutefois|par contre"
    r"|en revanche|de plus|en outre|surtout|bref)[ \t\u00a0]*,?"
)


def _speech_goes_on(
    doc: _Doc, last: Quote, cand: _Cand
) -> tuple[str | None, int | None, int | None] | None:
    r"""Carry a speaker into a paragraph that is nothing but a quotation.

    « … », a déclaré X.\n« … »\n« … »: a run of quoted paragraphs goes on with the
    last speaker, unless another person comes in as a subject in between.
    """
    text = doc.text
    lead = text[cand.para : cand.open].strip(BULLETS)
    if lead and _LEAD_CONJUNCTION_RE.fullmatch(lead) is None:
        return None  # "Mais « … »", "Par contre, « … »": the speech goes on all the same
    if cand.close is None:
        # an unclosed one goes on only where the text stops inside it (a cut excerpt); else
        # the paragraphs after it may name its speaker (_credit_reopened)
        if _ONLY_SPACE_RE.match(text, cand.end) is None:
            return None
    else:
        nl = text.find("\n", cand.close)
        rest = text[cand.close + 1 : len(text) if nl < 0 else nl]
        if rest.strip(' \t.,;!?…»”"\u00a0\u202f') or cand.part:
            return None
    if _other_person_between(doc, last.speaker, last.end, cand.open):
        return None
    return last.speaker, last.speaker_start, last.speaker_end


def _other_person_between(doc: _Doc, speaker: str | None, start: int, end: int) -> bool:
    """Tell whether the text between two quotations names a person other than *speaker*.

    « A », dit X. Y répond : « B » — B is not X's even when its own attribution is missed.
    """
    for _, name in doc.subjects_between(start, end):
        if speaker is None or (name != speaker and not speaker.endswith(name.split()[-1])):
            return True
    return _viewpoint_between(doc, start, end)


def _viewpoint_between(doc: _Doc, start: int, end: int) -> bool:
    """Tell whether a sentence between opens on someone's view: "Selon les marcheurs, …"."""
    for m in _VIEWPOINT_RE.finditer(doc.masked, max(start, end - 2000), end):
        if _fold(m.group("noun")) not in _NOT_VIEWS:
            return True  # not "Selon les informations de BFMTV": a source, read elsewhere
    return False


#: Things, not people, whose "view" a sentence may open on.
_NOT_VIEWS: Final = lex.SOURCE_NOUNS | {
    "chiffres", "données", "résultats", "estimations", "images", "médias", "sources",
    "termes", "autorités", "statistiques", "prévisions", "derniers", "dernières",
}  # fmt: skip


#: A sentence opening on someone's view: "Selon les marcheurs,", "Pour la ministre,".
_VIEWPOINT_RE: Final = LazyRegex(
    r"(?:^|[.!?…]\s+|\n\s*)(?:Selon|D'après|D’après|Pour)\s+(?:les?|la|l['’]|ces|ses|son|sa|leurs?)\s*"
    r"(?P<noun>\p{L}+)[^,.;:!?\n]{0,80},"
)


_REOPENED_RE: Final = LazyRegex(r"\s*\n\s*[«“\"]\s*")


def _credit_before_verb(doc: _Doc, quotes: list[Quote]) -> list[Quote]:
    """Credit quoted fragments to the speaker the sentence after them names.

    "Il n'a « jamais été question » de « faire un buste ». Celui-ci « n'en a pas fait la
    demande », a affirmé l'échevin X.": fragments no cue credits, in the same paragraph
    as a quotation credited after its marks, with no person named in between, are that
    speaker's.  Walked backwards, within 400 characters from one to the next.
    """
    text = doc.text
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        if (
            q.speaker is not None
            or q.attribution != "none"
            or nxt.speaker is None
            or nxt.attribution not in {"after", "inherited"}
            or nxt.start - q.end > 400
            or "\n" in text[q.end : nxt.start]
            or len(q.text.split()) < 3
            or q.text.rstrip().endswith("?")  # a question, then the answer: two people
            or doc.names_between(q.end, nxt.start)
        ):
            continue
        quotes[i] = _inherit_from(q, nxt)
    return quotes


def _inherit_from(q: Quote, nxt: Quote) -> Quote:
    """Give *q* the speaker of the quotation after it, credited by inheritance."""
    return q.model_copy(
        update={
            "speaker": nxt.speaker,
            "speaker_start": nxt.speaker_start,
            "speaker_end": nxt.speaker_end,
            "speaker_description": nxt.speaker_description,
            "verb": nxt.verb,
            "attribution": "inherited",
        }
    )


def _credit_reopened(text: str, quotes: list[Quote], unclosed: list[bool]) -> list[Quote]:
    r"""Credit a paragraph of a quotation to the speaker named at its end.

    French reopens « at each paragraph of a long quotation and closes it only at the end:
    "« Premier paragraphe.\n« Second », dit X." gives the first paragraph to X too.
    Walked backwards, so a speaker reaches back over several paragraphs.
    """
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.speaker is not None or not unclosed[i] or nxt.speaker is None:
            continue
        if _REOPENED_RE.fullmatch(text, q.end, nxt.start) is None:
            continue
        quotes[i] = _inherit_from(q, nxt)
    return quotes


def _score_adapter(text: str, reference_date: object = None) -> list[Quote]:
    """Adapter for ``score.py --extractor``: the reference date plays no part in quotations."""
    return extract_quotes(text)
