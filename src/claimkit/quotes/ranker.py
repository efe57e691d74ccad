"""A learned re-ranker of a quotation's speaker: candidates, features, a linear score.

The rules of :mod:`~claimkit.quotes.attribution` and :mod:`~claimkit.quotes.chains` credit
each quotation; this stage reads, for each quotation, the people and organisations named in
a bounded window around it (its paragraph and the two before, and the sentence after it),
each as the fullest name the document gives, together with the rules' answer and "no one".
Each candidate gets a vector of general features (distances, the cue the rules used, gender
agreement with the cue's pronoun or title, a verb of saying between the name and the
marks, ...; never a word of a name) and a score, the dot product with weights trained
on the hand-annotated quotations (``benchmarks/train_ranker.py``, weights in
:mod:`~claimkit.quotes.ranker_weights`).  The highest-scoring candidate replaces the rules'
answer only where the rules' cue is a weak one, the margin and the probability pass
thresholds chosen by cross-validation, and no gate shuts it out.

An experiment, not run by ``extract_quotes``: :func:`extract_ranked` runs it.  Its gain on
held-out articles comes from crediting quotations the rules leave unattributed on purpose,
about one wrong name for two right ones (``docs/quotes.md``, "Learned re-ranker
(experiment)").

Pure Python, no state: one pass over the quotations, a bounded number of candidates each.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.models import Quote
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import _gender
from claimkit.quotes.names import _CURRENCIES, _known_place
from claimkit.quotes.tokens import _fold

__all__ = [
    "FEATURES",
    "NULL_FEATURES",
    "Candidate",
    "Model",
    "candidates",
    "extract_ranked",
    "rerank",
    "shipped",
]

#: How far back a window reaches (characters), at most.
_BACK: Final = 1500
#: How far after a quotation's end a window reaches (characters), at most.
_AHEAD: Final = 400
#: Paragraphs read before the quotation's own.
_PARAGRAPHS_BACK: Final = 2
#: Names and organisations kept before and after a quotation (the nearest ones).
_MAX_BEFORE: Final = 10
_MAX_AFTER: Final = 4
#: Characters read between a name and the marks for a verb of saying.
_VERB_REACH: Final = 300

#: The attribution kinds a rules' answer may have (``Quote.attribution``).
_KINDS: Final = ("after", "before", "incise", "selon", "colon", "inherited", "none")

#: Features of a named candidate, in the order of the weight vector.
FEATURES: Final[tuple[str, ...]] = (
    "is_rules",
    *(f"rules_{k}" for k in _KINDS),
    "only_rules",
    "is_person",
    "is_org",
    "has_before",
    "log_dist_before",
    "has_after",
    "log_dist_after",
    "same_sentence_before",
    "same_sentence_after",
    "same_paragraph",
    "paragraph_back_1",
    "paragraph_back_2",
    "nearest_before",
    "nearest_after",
    "log_rank_before",
    "subject",
    "verb_between_before",
    "verb_between_after",
    "colon",
    "selon",
    "subjects_between",
    "gender_match",
    "gender_clash",
    "log_count",
    "most_named",
    "is_previous",
    "previous_same_paragraph",
    "credited_before",
    "in_quote",
    "titled",
)
#: Features of the "no one" candidate.
NULL_FEATURES: Final[tuple[str, ...]] = (
    "null_bias",
    *(f"null_rules_{k}" for k in _KINDS),
    "null_no_candidates",
    "null_log_candidates",
    "null_log_words",
    "null_question",
    "null_cue_unresolved",
)

#: Words of saying: the one-word forms of the reporting verbs, and the participles that
#: end the compound ones ("a déclaré" → "déclaré").
_SAYING_WORDS: Final = frozenset(v.rsplit(" ", 1)[-1] for v in lex.REPORTING_VERBS)
_WORD_RE: Final = LazyRegex(r"\p{L}+")
#: The pronoun of an incise in a verb ("a-t-elle", "dit-il").
_PRONOUN_IN_VERB_RE: Final = LazyRegex(r"-(?:t-)?(il|elle)s?$")
#: An incise after the closing mark with its pronoun: "», estime-t-elle", "», dit-il".
_INCISE_PRONOUN_RE: Final = LazyRegex(
    r"[\s»”\"]*,\s*(?:\p{L}+\s+){0,2}?\p{L}+-(?:t-)?(il|elle)s?\b"
)
#: A subject pronoun before the marks in the quotation's sentence: "Il informe que « … »".
_SUBJECT_PRONOUN_RE: Final = LazyRegex(r"(?:^|[\s,;:])(il|elle)\s+(?!y\s|faut|s'agit)")
_SELON_RE: Final = LazyRegex(r"(?:selon|d'après|pour|croire|dires de)\s+(?:\p{L}+\s+){0,3}$")


def _key(name: str | None) -> str | None:
    """Return *name* as the scorer compares names: accents, case and spacing ignored."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.casefold().replace("\u2019", "'").split()) or None


@dataclass(frozen=True, slots=True)
class Model:
    """A trained re-ranker: feature weights and when its choice replaces the rules'."""

    weights: Mapping[str, float]
    threshold: float  # the margin over the rules' answer's score
    min_prob: float  # the softmax probability of the choice among the candidates
    overridable: frozenset[str]  # the rules' attribution kinds it may override
    #: where its choice is never taken: "persons" (an organisation), "agree" (a person the
    #: cue's gender contradicts), "cued" (a quotation a cue credits to someone unnamed)
    gates: frozenset[str] = frozenset()


@cache
def shipped() -> Model:
    """Return the model trained by ``benchmarks/train_ranker.py`` (:mod:`.ranker_weights`).

    Read once; its weights are read-only.

    >>> sorted(shipped().overridable)
    ['before', 'inherited', 'none']
    """
    from claimkit.quotes import ranker_weights as rw

    weights = MappingProxyType(dict(rw.WEIGHTS))
    return Model(weights, rw.THRESHOLD, rw.MIN_PROB, rw.OVERRIDABLE, rw.GATES)


@dataclass(slots=True)
class Candidate:
    """A possible speaker of one quotation: its name (None for no one) and its features."""

    name: str | None
    features: dict[str, float] = field(default_factory=dict)
    key: str | None = None  # the name as the scorer compares names (``_key``)
    start: int | None = None  # the mention nearest the quotation
    end: int | None = None


@dataclass(slots=True)
class _Mentioned:
    name: str
    person: bool
    before: list[tuple[int, int]] = field(default_factory=list)  # (start, end) nearest last
    after: list[tuple[int, int]] = field(default_factory=list)  # nearest first


def _para_start(text: str, pos: int, lo: int) -> int:
    """Start of the paragraph holding *pos* (not before *lo*)."""
    nl = text.rfind("\n", lo, pos)
    return lo if nl < 0 else nl + 1


def _window_start(text: str, pos: int) -> tuple[int, list[int]]:
    """Return the window's start and its paragraphs' starts, the quotation's own first."""
    floor = max(0, pos - _BACK)
    starts = [_para_start(text, pos, floor)]
    while len(starts) <= _PARAGRAPHS_BACK and starts[-1] > floor:
        at = starts[-1] - 1
        while at > floor and text[at - 1].isspace():
            at -= 1  # blank lines between paragraphs
        starts.append(_para_start(text, at, floor))
    return starts[-1], starts


def _cue_gender(doc: _Doc, q: Quote) -> str | None:
    """Return the gender the rules' cue shows: a pronoun, a determiner, an incise's."""
    if q.speaker_start is not None and q.speaker_end is not None:
        said = _fold(doc.text[q.speaker_start : q.speaker_end]).strip()
        if said in {"il", "elle"}:
            return "f" if said == "elle" else "m"
        if said.startswith("la "):
            return "f"
        if said.startswith("le "):
            return "m"
    if q.verb:
        m = _PRONOUN_IN_VERB_RE.search(_fold(q.verb))
        if m is not None:
            return "f" if m.group(1) == "elle" else "m"
    m = _INCISE_PRONOUN_RE.match(_fold(doc.text[q.end : q.end + 60]))
    if m is not None:
        return "f" if m.group(1) == "elle" else "m"
    lo = max(doc.sentence_start(q.start), q.start - 120)
    m = _SUBJECT_PRONOUN_RE.search(_fold(doc.masked[lo : q.start]))
    if m is not None:
        return "f" if m.group(1) == "elle" else "m"
    return None


def _not_a_body(doc: _Doc, word: str) -> bool:
    """Tell whether a capitalised word is a place, a currency or part of a person's name."""
    key = word.lower()
    return _known_place(word) or word in _CURRENCIES or key in doc.longest or key in doc.by_surname


def _saying_between(masked: str, start: int, end: int) -> bool:
    """Tell whether a word of saying stands between *start* and *end* (bounded)."""
    if end - start > _VERB_REACH:
        start = end - _VERB_REACH
    return any(w in _SAYING_WORDS for w in _WORD_RE.findall(_fold(masked[start:end])))


def _counts(doc: _Doc) -> dict[str, int]:
    """Count how many times the document names each person, by fullest name (folded)."""
    out: dict[str, int] = {}
    for _, name in doc.names:
        k = _key(doc.fullest(name)) or ""
        out[k] = out.get(k, 0) + 1
    return out


def candidates(
    doc: _Doc,
    quotes: Sequence[Quote],
    kinds: frozenset[str] | None = None,
    cued: frozenset[int] = frozenset(),
) -> list[list[Candidate]]:
    r"""Return each quotation's candidates: "no one" first, then the names around it.

    The rules' answer (each quotation's ``speaker``) is among them, flagged.  Only the
    quotations whose rules' attribution is one of *kinds* (all when None) get candidates;
    the others an empty list.  *cued* holds where the quotations start that a cue credits
    to someone the rules could not name ("« … », a-t-il dit" with no one to refer to).
    Bounded work per quotation: at most ``_MAX_BEFORE + _MAX_AFTER`` names and a few
    organisations, each read once.

    >>> from claimkit.quotes import _by_rules
    >>> doc, quotes, cued = _by_rules("Anne Roy et Paul Roy sont là.\n« Nous restons », dit-elle.")
    >>> [(c.name, c.features.get("gender_match")) for c in candidates(doc, quotes)[0]]
    [(None, None), ('Anne Roy', 1.0), ('Paul Roy', None)]
    """
    if kinds is not None and all(q.attribution not in kinds for q in quotes):
        return [[] for _ in quotes]
    text, masked = doc.text, doc.masked
    counts = _counts(doc)
    most = max(counts.values()) if counts else 0
    org_pos = [p for p, _, _ in doc.orgs]
    heads = doc.heads_by_person
    titled = {_key(n) for n in heads}
    out: list[list[Candidate]] = []
    keys: dict[str | None, str | None] = {}

    def key(name: str | None) -> str | None:
        if name not in keys:
            keys[name] = _key(name)
        return keys[name]

    credited: set[str] = set()
    previous: Quote | None = None
    for q in quotes:
        rules_key = key(q.speaker)
        if kinds is not None and q.attribution not in kinds:
            out.append([])
            if rules_key is not None:
                credited.add(rules_key)
            previous = q
            continue
        lo, paras = _window_start(text, q.start)
        s_end = doc.sentence_end(min(len(text), q.end + 2))
        hi = min(len(text), q.end + _AHEAD, doc.sentence_end(min(len(text), s_end + 1)))
        found: dict[str, _Mentioned] = {}
        # names: nearest ones before, then after
        a = bisect.bisect_left(doc.name_pos, lo)
        b = bisect.bisect_left(doc.name_pos, q.start)
        c = bisect.bisect_left(doc.name_pos, hi)
        picked = [(doc.names[i], True) for i in range(max(a, b - _MAX_BEFORE), b)]
        picked += [(doc.names[i], True) for i in range(b, min(c, b + _MAX_AFTER))]
        a = bisect.bisect_left(org_pos, lo)
        b = bisect.bisect_left(org_pos, q.start)
        c = bisect.bisect_left(org_pos, hi)
        for i in [*range(max(a, b - _MAX_AFTER), b), *range(b, min(c, b + 2))]:
            pos, name, _ = doc.orgs[i]
            if _not_a_body(doc, name):
                continue
            picked.append(((pos, doc._org_in_full(pos, name)), False))
        for (pos, name), person in picked:
            if q.start <= pos < q.end:
                continue
            full = doc.fullest(name) if person else name
            k = key(full) or ""
            m = found.get(k)
            if m is None:
                m = found[k] = _Mentioned(full, person)
            span = (pos, pos + len(name))
            (m.before if pos < q.start else m.after).append(span)
        q_words = len(q.text.split())
        sent_lo = doc.sentence_start(q.start)
        far = 1 << 60
        nearest_b = sorted(found, key=lambda k: -found[k].before[-1][0] if found[k].before else far)
        nearest_a = sorted(found, key=lambda k: found[k].after[0][0] if found[k].after else far)
        gender = _cue_gender(doc, q)
        prev_key = key(previous.speaker) if previous is not None else None
        prev_para = previous is not None and paras[0] <= previous.start
        subjects = {p for p, _ in doc.subjects_between(lo, q.start)}
        q_folded = _fold(q.text)
        null = Candidate(None)
        nf = null.features
        nf["null_bias"] = 1.0
        nf[f"null_rules_{q.attribution}"] = 1.0 if q.speaker is not None else 0.0
        if q.speaker is None:
            nf["null_rules_none"] = 1.0
        nf["null_no_candidates"] = 1.0 if not found else 0.0
        nf["null_log_candidates"] = math.log1p(len(found))
        nf["null_log_words"] = math.log1p(q_words)
        nf["null_question"] = 1.0 if q.text.rstrip().endswith("?") else 0.0
        nf["null_cue_unresolved"] = 1.0 if q.start in cued and q.speaker is None else 0.0
        cands = [null]
        if rules_key is not None and rules_key not in found:
            found[rules_key] = _Mentioned(q.speaker or "", True)
        for k, m in found.items():
            f: dict[str, float] = {}
            cand = Candidate(m.name, f, k)
            if k == rules_key:
                f["is_rules"] = 1.0
                f[f"rules_{q.attribution}"] = 1.0
                cand.start, cand.end = q.speaker_start, q.speaker_end
            if not m.before and not m.after:
                f["only_rules"] = 1.0
            f["is_person" if m.person else "is_org"] = 1.0
            near = m.before[-1] if m.before else None
            if near is not None:
                f["has_before"] = 1.0
                f["log_dist_before"] = math.log1p(max(0, q.start - near[1]) / 10)
                f["same_sentence_before"] = 1.0 if near[0] >= sent_lo else 0.0
                back = next((i for i, p in enumerate(paras) if near[0] >= p), len(paras) - 1)
                if back == 0:
                    f["same_paragraph"] = 1.0
                elif back == 1:
                    f["paragraph_back_1"] = 1.0
                else:
                    f["paragraph_back_2"] = 1.0
                rank = nearest_b.index(k)
                f["nearest_before"] = 1.0 if rank == 0 else 0.0
                f["log_rank_before"] = math.log1p(rank)
                f["subject"] = 1.0 if near[0] in subjects else 0.0
                f["verb_between_before"] = 1.0 if _saying_between(masked, near[1], q.start) else 0.0
                gap = text[near[1] : q.start].rstrip(' \t\u00a0\u202f«“"„‘')
                f["colon"] = 1.0 if gap.endswith(":") and near[0] >= sent_lo else 0.0
                f["selon"] = (
                    1.0 if _SELON_RE.search(_fold(text[max(0, near[0] - 40) : near[0]])) else 0.0
                )
                f["subjects_between"] = min(3.0, sum(1 for p in subjects if p > near[1]))
                if cand.start is None:
                    cand.start, cand.end = near
            after = m.after[0] if m.after else None
            if after is not None:
                f["has_after"] = 1.0
                f["log_dist_after"] = math.log1p(max(0, after[0] - q.end) / 10)
                f["same_sentence_after"] = 1.0 if after[0] < s_end else 0.0
                f["nearest_after"] = 1.0 if nearest_a.index(k) == 0 else 0.0
                f["verb_between_after"] = 1.0 if _saying_between(masked, q.end, after[0]) else 0.0
                closer = near is not None and after[0] - q.end < q.start - near[1]
                if cand.start is None or closer:
                    cand.start, cand.end = after
            if gender is not None and m.person:
                at = near or after
                g = _gender(doc, m.name, at[0]) if at is not None else None
                if g is not None:
                    f["gender_match" if g == gender else "gender_clash"] = 1.0
            n = counts.get(k, 0)
            f["log_count"] = math.log1p(n)
            f["most_named"] = 1.0 if n and n == most else 0.0
            if k == prev_key:
                f["is_previous"] = 1.0
                f["previous_same_paragraph"] = 1.0 if prev_para else 0.0
            f["credited_before"] = 1.0 if k in credited else 0.0
            last = _fold(m.name.split()[-1]) if m.name.split() else ""
            f["in_quote"] = 1.0 if len(last) > 2 and last in q_folded else 0.0
            f["titled"] = 1.0 if k in titled else 0.0
            cands.append(cand)
        out.append(cands)
        if rules_key is not None:
            credited.add(rules_key)
        previous = q
    return out


def score(cand: Candidate, weights: Mapping[str, float]) -> float:
    """Return the candidate's score: the dot product of its features with *weights*.

    >>> score(Candidate("Anne Roy", {"is_person": 1.0, "subject": 1.0}), {"subject": 0.5})
    0.5
    """
    return sum(v * weights.get(k, 0.0) for k, v in cand.features.items())


def choose(
    q: Quote,
    cands: Sequence[Candidate],
    model: Model,
) -> Candidate | None:
    """Return the candidate that replaces the rules' answer for *q*, or None to keep it.

    The best-scoring candidate wins only when the rules' cue is one the model may
    override, its score passes the rules' answer's by the model's threshold, its softmax
    probability among the candidates reaches the model's minimum, and no gate of the
    model shuts it out.

    >>> nul, anne = Candidate(None, {}, None), Candidate("Anne Roy", {"a": 1.0}, "anne roy")
    >>> q = Quote(start=0, end=10, text="Nous irons", speaker=None)
    >>> choose(q, [nul, anne], Model({"a": 2.0}, 1.0, 0.5, frozenset({"none"}))).name
    'Anne Roy'
    >>> choose(q, [nul, anne], Model({"a": 2.0}, 3.0, 0.5, frozenset({"none"}))) is None
    True
    """
    if q.attribution not in model.overridable or len(cands) < 2:
        return None
    rules_key = _key(q.speaker)
    scores = [score(c, model.weights) for c in cands]
    best = max(range(len(cands)), key=lambda i: (scores[i], -i))  # ties: the first
    top = cands[best]
    if top.key == rules_key:
        return None
    ref = next((s for c, s in zip(cands, scores, strict=True) if c.key == rules_key), None)
    if ref is None or scores[best] - ref < model.threshold:
        return None
    total = sum(math.exp(s - scores[best]) for s in scores)
    if 1.0 / total < model.min_prob:
        return None
    f, gates = top.features, model.gates
    if (
        ("persons" in gates and top.name is not None and not f.get("is_person"))
        or ("agree" in gates and f.get("gender_clash"))
        or ("cued" in gates and cands[0].features.get("null_cue_unresolved"))
    ):
        return None
    return top


def rerank(
    doc: _Doc, quotes: list[Quote], model: Model, cued: frozenset[int] = frozenset()
) -> list[Quote]:
    r"""Return *quotes* with the speakers the model prefers where it overrides the rules.

    An overridden quotation keeps its span; its speaker is the model's choice, with the
    span of that candidate's mention nearest the quotation, and its attribution ``none``
    (no cue credits it: the model does), verb and description None.

    >>> from claimkit.quotes import _by_rules
    >>> texte = "Le conseil siège. Anne Roy parle.\n\nOn attend.\n\n« Nous restons ici, ensemble. »"
    >>> doc, quotes, cued = _by_rules(texte)
    >>> [q.speaker for q in quotes], [q.speaker for q in rerank(doc, quotes, shipped(), cued)]
    ([None], ['Anne Roy'])
    """
    out: list[Quote] = []
    ranked = candidates(doc, quotes, model.overridable, cued)
    for q, cands in zip(quotes, ranked, strict=True):
        top = choose(q, cands, model)
        if top is None:
            out.append(q)
            continue
        out.append(
            q.model_copy(
                update={
                    "speaker": top.name,
                    "speaker_start": top.start if top.name is not None else None,
                    "speaker_end": top.end if top.name is not None else None,
                    "speaker_description": None,
                    "verb": None,
                    "attribution": "none",
                }
            )
        )
    return out


def extract_ranked(text: str) -> list[Quote]:
    r"""Return ``extract_quotes(text)`` with the shipped model's speakers where it overrides.

    An experiment, not the default (``docs/quotes.md``, "Learned re-ranker (experiment)"):
    the model fills speakers the rules leave empty, right about as often as wrong.

    >>> texte = ("Le conseil s'est réuni lundi. Sophie Garnier présentait le budget.\n\n"
    ...          "Les parents attendaient.\n\n« Nous ouvrirons trois classes cette année. »")
    >>> [(q.speaker, q.attribution) for q in extract_ranked(texte)]
    [('Sophie Garnier', 'none')]
    """
    from claimkit.quotes import _by_rules, _usual_marks
    from claimkit.text import check_text

    check_text(text, "extract_ranked")
    if not text:
        return []
    read = _usual_marks(text)
    doc, quotes, cued = _by_rules(read)
    if doc is None or not quotes:
        return quotes
    out = rerank(doc, quotes, shipped(), cued)
    if read is text:
        return out
    return [q.model_copy(update={"text": text[q.start : q.end]}) for q in out]
