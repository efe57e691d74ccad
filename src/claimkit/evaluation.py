"""Score claimkit (or any extractor) against gold JSON Lines in the project's gold format.

The rules are those of docs/gold-format.md: a prediction matches a gold claim when the kinds
agree and the spans overlap (for quotes, by at least half of the shorter span); pairs are
taken greedily, largest overlap first.  Matching an ``optional`` gold claim is neither
rewarded nor punished.  Value fields are then compared (Decimal values, ISO currency,
qualifier; year/month/day with a null gold year accepting any year; speaker names compared
without accents, case or spacing).  *Strict* F1 counts a match only when every field agrees.

A document's ``meta.kinds_annotated`` limits the kinds scored in it.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from os import PathLike
from pathlib import Path
from typing import Any

__all__ = ["Error", "KindScore", "Report", "evaluate", "load_gold"]

_KINDS = ("money", "percentage", "date", "quote")
VALUE_FIELDS: Mapping[str, tuple[str, ...]] = {
    "money": ("value", "value_max", "currency", "qualifier"),
    "percentage": ("value", "value_max", "qualifier"),
    "date": ("year", "month", "day"),
    "quote": ("speaker",),
}

Extractor = Callable[[str, "dt.date | None"], Iterable[Any]]


@dataclass(frozen=True)
class Error:
    """One disagreement with the gold: ``missed``, ``spurious`` or wrong ``value``."""

    doc_id: str
    kind: str
    type: str
    text: str
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)

    def __str__(self) -> str:
        extra = "".join(f" {k}: gold={g!r} got={p!r}" for k, (g, p) in self.fields.items())
        return f"{self.doc_id} {self.kind} {self.type} {self.text!r}{extra}"


@dataclass
class KindScore:
    """Counts for one kind; the ratios are properties."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    field_hits: dict[str, list[int]] = field(default_factory=dict)

    def _prf(self, hits: int) -> tuple[float, float, float]:
        pred, gold = self.tp + self.fp, self.tp + self.fn
        p = hits / pred if pred else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def gold(self) -> int:
        """Scored gold claims (optional ones excluded)."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Scored predictions (those matched to optional gold excluded)."""
        return self.tp + self.fp

    @property
    def span_f1(self) -> float:
        """Detection F1: spans overlap, values ignored."""
        return self._prf(self.tp)[2]

    @property
    def strict_precision(self) -> float:
        """Precision counting only matches whose every value field agrees."""
        return self._prf(self.strict_tp)[0]

    @property
    def strict_recall(self) -> float:
        """Recall counting only matches whose every value field agrees."""
        return self._prf(self.strict_tp)[1]

    @property
    def strict_f1(self) -> float:
        """The headline: F1 where a match counts only when every value field agrees."""
        return self._prf(self.strict_tp)[2]

    def field_accuracy(self) -> dict[str, float]:
        """Share of matched claims whose field agrees, per field."""
        return {k: a / n for k, (a, n) in self.field_hits.items() if n}


@dataclass
class Report:
    """Scores per kind plus every error, in document order."""

    kinds: dict[str, KindScore]
    errors: list[Error]
    documents: int

    def table(self) -> str:
        """Format the scores as a fixed-width table, like ``score.py``."""
        lines = [f"{'kind':<11}{'gold':>6}{'pred':>6}{'spanF1':>8}{'P':>8}{'R':>8}{'strictF1':>10}"]
        for name, s in self.kinds.items():
            lines.append(
                f"{name:<11}{s.gold:>6}{s.predicted:>6}{s.span_f1:>8.3f}"
                f"{s.strict_precision:>8.3f}{s.strict_recall:>8.3f}{s.strict_f1:>10.3f}"
            )
        return "\n".join(lines)


def load_gold(path: str | PathLike[str]) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file (one document per line, blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _decimal(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v)).normalize()
    except InvalidOperation:
        return None


def _name(v: Any) -> str | None:
    if v is None:
        return None
    s = unicodedata.normalize("NFKD", str(v))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.casefold().replace("\u2019", "'").split()) or None


def _field_equal(kind: str, name: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    g, p = gold.get(name), pred.get(name)
    if kind == "date" and name == "year" and g is None:
        return True
    if name in ("value", "value_max"):
        return _decimal(g) == _decimal(p)
    if name == "speaker":
        return _name(g) == _name(p)
    if name in ("year", "month", "day"):
        return (None if g is None else int(g)) == (None if p is None else int(p))
    return bool((g or None) == (p or None))


def _as_dict(claim: Any) -> dict[str, Any]:
    if isinstance(claim, Mapping):
        return dict(claim)
    if hasattr(claim, "model_dump"):
        return dict(claim.model_dump(mode="json"))
    return dict(vars(claim))


def _gold_spans(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    text: str = doc["text"]
    out = []
    for claim in doc["claims"]:
        pos = -1
        for _ in range(int(claim.get("occurrence", 0)) + 1):
            pos = text.find(claim["text"], pos + 1)
            if pos < 0:
                raise ValueError(f"{doc.get('id')}: gold text not found: {claim['text']!r}")
        out.append(dict(claim, start=pos, end=pos + len(claim["text"])))
    return out


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return max(0, int(min(a["end"], b["end"])) - int(max(a["start"], b["start"])))


def _spans_match(kind: str, g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    ov = _overlap(g, p)
    if ov <= 0:
        return False
    if kind == "quote":  # long spans: a real overlap, not a shared edge
        return bool(ov >= 0.5 * min(g["end"] - g["start"], p["end"] - p["start"]))
    return True


def _score_doc(
    doc: Mapping[str, Any],
    golds: Sequence[dict[str, Any]],
    preds: Sequence[dict[str, Any]],
    tallies: dict[str, KindScore],
    errors: list[Error],
) -> None:
    doc_id = str(doc.get("id", "?"))
    for kind, tally in tallies.items():
        g_list = [g for g in golds if g["kind"] == kind]
        p_list = [p for p in preds if p.get("kind") == kind and p.get("start") is not None]
        pairs = sorted(
            (
                (_overlap(g, p), gi, pi)
                for gi, g in enumerate(g_list)
                for pi, p in enumerate(p_list)
                if _spans_match(kind, g, p)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = g_list[gi], p_list[pi]
            if g.get("optional"):
                continue
            tally.tp += 1
            wrong = {}
            for name in VALUE_FIELDS[kind]:
                ok = _field_equal(kind, name, g, p)
                hits = tally.field_hits.setdefault(name, [0, 0])
                hits[0] += ok
                hits[1] += 1
                if not ok:
                    wrong[name] = (g.get(name), p.get(name))
            if wrong:
                errors.append(Error(doc_id, kind, "value", g["text"], wrong))
            else:
                tally.strict_tp += 1
        for gi, g in enumerate(g_list):
            if gi not in used_g and not g.get("optional"):
                tally.fn += 1
                errors.append(Error(doc_id, kind, "missed", g["text"]))
        for pi, p in enumerate(p_list):
            if pi not in used_p:
                tally.fp += 1
                errors.append(Error(doc_id, kind, "spurious", doc["text"][p["start"] : p["end"]]))


def evaluate(
    gold: str | PathLike[str] | Iterable[Mapping[str, Any]],
    extractor: Extractor | None = None,
    *,
    kinds: Iterable[str] | None = None,
) -> Report:
    """Score *extractor* (default: :func:`claimkit.extract`) against *gold*.

    *gold* is a path to a JSON Lines file or an iterable of documents (dicts with ``text``,
    ``claims`` and optionally ``id``, ``reference_date``, ``meta``).

    >>> doc = {"id": "d1", "text": "Il gagne près d'un million de dollars.", "claims": [
    ...     {"kind": "money", "text": "près d'un million de dollars", "value": "1000000",
    ...      "value_max": None, "currency": "USD", "qualifier": "approximate"}]}
    >>> report = evaluate([doc], kinds=["money"])
    >>> report.kinds["money"].strict_f1
    1.0
    >>> evaluate([dict(doc, claims=[])], kinds=["money"]).kinds["money"].fp
    1
    """
    if extractor is None:
        from claimkit._api import extract

        def extractor(text: str, ref: dt.date | None) -> list[Any]:
            return list(extract(text, reference_date=ref))

    docs = load_gold(gold) if isinstance(gold, str | PathLike) else list(gold)
    wanted = tuple(kinds) if kinds is not None else _KINDS
    unknown = [k for k in wanted if k not in VALUE_FIELDS]
    if unknown:
        raise ValueError(f"evaluate() got unknown kinds {unknown}; known: {', '.join(_KINDS)}")
    tallies = {k: KindScore() for k in wanted}
    errors: list[Error] = []
    for doc in docs:
        ref = doc.get("reference_date")
        ref_date = dt.date.fromisoformat(ref) if ref else None
        doc_kinds = set((doc.get("meta") or {}).get("kinds_annotated") or wanted)
        doc_tallies = {k: t for k, t in tallies.items() if k in doc_kinds}
        preds = [_as_dict(c) for c in extractor(doc["text"], ref_date)]
        golds = _gold_spans(doc)
        _score_doc(doc, golds, preds, doc_tallies, errors)
    return Report(kinds=tallies, errors=errors, documents=len(docs))
