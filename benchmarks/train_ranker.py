"""Train the speaker re-ranker of ``claimkit.quotes.ranker`` on the hand-annotated quotations.

Reads the training gold files (every ``tests/fixtures/gold/*.jsonl`` except the held-out
batches, the last six lines of ``dev-quotes`` and ``dev-money``, and ``seeds``), runs the
rules on each document, lists each quotation's candidate speakers with their features
(``ranker.candidates``), and labels the candidate whose name is the gold speaker.  A
softmax ranker (a linear score per candidate, "no one" among them; L2-penalised, full-batch
gradient descent, numpy) is fitted; the regularisation, the threshold on the margin over
the rules' answer, the minimum softmax probability, the attribution kinds the model may
override and its gates are chosen by cross-validation grouped by file (each gold file one
group, five folds of files), maximising the speakers put right minus the wrong names
brought in.  The cross-validated figures are printed, nested ones too (each fold's settings
chosen on the other folds).

    PYTHONPATH=src python benchmarks/train_ranker.py            # CV report only
    PYTHONPATH=src python benchmarks/train_ranker.py --write    # also write the weights

``--write`` writes ``src/claimkit/quotes/ranker_weights.py``.  Deterministic: the folds are
a seeded shuffle of the file names, the fit starts from zeros.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claimkit.evaluation import _gold_spans, _spans_match
from claimkit.quotes import _by_rules, _usual_marks
from claimkit.quotes.ranker import FEATURES, NULL_FEATURES, Candidate, _key, candidates

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold"
WEIGHTS = ROOT / "src" / "claimkit" / "quotes" / "ranker_weights.py"
#: Never trained on, never read: the held-out batches (and seeds, a regression check).
HELD_OUT = {
    "extra24o-quotes", "extra24p-quotes", "extra25r-quotes", "extra27w-quotes",
    "extra28x-quotes", "extra29a-quotes", "extra29b-quotes", "extra29f-quotes",
    "extra29g-quotes", "extra29i-quotes", "extra29j-money", "seeds",
}  # fmt: skip
#: Files whose last six lines are held out too (their first twelve are trained on).
SPLIT = {"dev-quotes", "dev-money"}
SEED = 20261202
FOLDS = 5
ALL = (*FEATURES, *NULL_FEATURES)
INDEX = {f: i for i, f in enumerate(ALL)}
KINDS_OVERRIDABLE = (
    frozenset({"none"}),
    frozenset({"none", "inherited"}),
    frozenset({"none", "inherited", "before"}),
)
THRESHOLDS = (0.0, 0.5, 1.0, 2.0)
MIN_PROBS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Where the model's choice is never taken: an organisation ("persons": only a person or no
#: one), a person whose gender the cue contradicts ("agree"), a quotation a cue credits to
#: someone the rules cannot name ("cued").
GATES = tuple(
    frozenset(g) for n in range(4) for g in itertools.combinations(("agree", "cued", "persons"), n)
)
L2S = (0.001, 0.01, 0.1)
#: The rules' kinds of the quotations the model is fitted on (where it may act; in grouped
#: CV this fitted slightly better than all quotations: nested strict F1 0.853 vs 0.852).
TRAIN_KINDS = frozenset({"none", "inherited", "before"})


@dataclass
class Item:
    """One quotation the rules found that matches a non-optional gold quotation."""

    group: str
    kind: str  # the rules' attribution kind
    rules_ok: bool  # the rules' speaker is the gold one
    x: np.ndarray  # candidates × features
    names: list[str | None]
    rules_index: int  # the rules' answer among the candidates
    gold: int  # the candidate with the gold speaker, or -1


def training_docs() -> list[tuple[str, dict[str, Any]]]:
    """The training documents as (file, document), quotations annotated."""
    out = []
    for path in sorted(GOLD.glob("*.jsonl")):
        name = path.stem
        if name in HELD_OUT:
            continue
        docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        if name in SPLIT:
            docs = docs[:12]
        for d in docs:
            kinds = (d.get("meta") or {}).get("kinds_annotated")
            if kinds is None or "quote" in kinds:
                out.append((name, d))
    return out


def vector(c: Candidate) -> np.ndarray:
    v = np.zeros(len(ALL))
    for k, x in c.features.items():
        v[INDEX[k]] = x
    return v


def items_of(docs: list[tuple[str, dict[str, Any]]]) -> tuple[list[Item], int, int]:
    """Items, and the scorer's counts: predicted quotations and gold quotations (non-optional).

    Matching is the scorer's (``claimkit.evaluation``): pairs by overlap, greatest first.
    """
    items: list[Item] = []
    n_pred = n_gold = 0
    for group, d in docs:
        text = d["text"]
        doc, quotes, cued = _by_rules(_usual_marks(text))
        golds = [g for g in _gold_spans(d) if g["kind"] == "quote"]
        preds = [q.model_dump(mode="json") for q in quotes]
        pairs = sorted(
            (
                (min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
                if _spans_match("quote", g, p)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        match: dict[int, int] = {}
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            match[pi] = gi
        optional_hits = sum(1 for pi, gi in match.items() if golds[gi].get("optional"))
        n_pred += len(preds) - optional_hits
        n_gold += sum(1 for g in golds if not g.get("optional"))
        if doc is None:
            continue
        cands = candidates(doc, quotes, None, cued)
        for pi, q in enumerate(quotes):
            gi = match.get(pi)
            if gi is None or golds[gi].get("optional"):
                continue
            gkey = _key(golds[gi].get("speaker"))
            names = [c.name for c in cands[pi]]
            keys = [_key(n) for n in names]
            rk = _key(q.speaker)
            items.append(Item(
                group=group,
                kind=q.attribution,
                rules_ok=rk == gkey,
                x=np.stack([vector(c) for c in cands[pi]]),
                names=names,
                rules_index=keys.index(rk),
                gold=keys.index(gkey) if gkey in keys else -1,
            ))  # fmt: skip
    return items, n_pred, n_gold


def fit(items: list[Item], l2: float, steps: int = 600) -> np.ndarray:
    """Softmax over each quotation's candidates, L2-penalised; gradient descent from zero.

    Fitted on the quotations the rules credit weakly (``TRAIN_KINDS``), whose gold speaker
    is among the candidates: those the model may override.
    """
    train = [it for it in items if it.gold >= 0 and it.kind in TRAIN_KINDS]
    w = np.zeros(len(ALL))
    lr = 0.5
    xs = [it.x for it in train]
    ys = [it.gold for it in train]
    sizes = np.array([x.shape[0] for x in xs])
    big = np.concatenate(xs)
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gold_rows = offsets + np.array(ys)
    seg = np.repeat(np.arange(len(xs)), sizes)
    n = len(xs)
    for _ in range(steps):
        s = big @ w
        m = np.maximum.reduceat(s, offsets)
        e = np.exp(s - m[seg])
        z = np.add.reduceat(e, offsets)
        p = e / z[seg]
        grad = big.T @ p - big[gold_rows].sum(axis=0)
        grad = grad / n + l2 * w
        w -= lr * grad
    return w


def decide(
    it: Item,
    w: np.ndarray,
    threshold: float,
    min_prob: float,
    kinds: frozenset[str],
    gates: frozenset[str],
) -> tuple[bool, int]:
    """Whether the final speaker is the gold one, and the change to wrong names (+1, 0, -1).

    The model's choice replaces the rules' answer as ``ranker.choose`` does: the rules' kind
    one of *kinds*, a margin of *threshold* over the rules' answer's score, a softmax
    probability of *min_prob* at least, and the *gates* passed.
    """
    if it.kind not in kinds:
        return it.rules_ok, 0
    s = it.x @ w
    best = int(np.argmax(s))  # ties: the first, as ``ranker.choose``
    p = np.exp(s - s[best])
    if best == it.rules_index or s[best] - s[it.rules_index] < threshold:
        return it.rules_ok, 0
    if p[best] / p.sum() < min_prob:
        return it.rules_ok, 0
    x = it.x[best]
    if (
        ("persons" in gates and it.names[best] is not None and x[INDEX["is_person"]] == 0)
        or ("agree" in gates and x[INDEX["gender_clash"]] > 0)
        or ("cued" in gates and it.x[0, INDEX["null_cue_unresolved"]] > 0)
    ):
        return it.rules_ok, 0
    ok = best == it.gold
    was_wrong_name = not it.rules_ok and it.names[it.rules_index] is not None
    now_wrong_name = not ok and it.names[best] is not None
    return ok, int(now_wrong_name) - int(was_wrong_name)


def f1(correct: int, n_pred: int, n_gold: int) -> float:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def folds_of(groups: list[str]) -> list[set[str]]:
    names = sorted(set(groups))
    random.Random(SEED).shuffle(names)
    return [set(names[i::FOLDS]) for i in range(FOLDS)]


Config = tuple[float, float, float, frozenset[str], frozenset[str]]


def cross_validate(items: list[Item], n_pred: int, n_gold: int) -> dict[str, Any]:
    """Out-of-fold weights per L2, then the threshold, probability, kinds and gates.

    The settings maximise the speakers the model puts right minus the wrong names it
    brings (a wrong name is worse than none: each costs what a right one gains).
    """
    folds = folds_of([it.group for it in items])
    fold_of = {g: i for i, f in enumerate(folds) for g in f}
    oof = {
        l2: [fit([it for it in items if fold_of[it.group] != i], l2) for i in range(FOLDS)]
        for l2 in L2S
    }
    rules_correct = sum(it.rules_ok for it in items)

    def tally(cfg: Config, which: set[int]) -> tuple[int, int, int]:
        """Speakers right, overrides right, overrides to a wrong name."""
        l2, t, p, kinds, gates = cfg
        right = fixed = wrong = 0
        for it in items:
            if fold_of[it.group] not in which:
                continue
            ok, more_wrong = decide(it, oof[l2][fold_of[it.group]], t, p, kinds, gates)
            right += ok
            fixed += ok and not it.rules_ok
            wrong += max(0, more_wrong) + (it.rules_ok and not ok)
        return right, fixed, wrong

    def pick(which: set[int]) -> Config:
        def key(cfg: Config) -> tuple[float, ...]:
            _, fixed, wrong = tally(cfg, which)
            return (fixed - wrong, -wrong, cfg[2], cfg[1], -len(cfg[3]), len(cfg[4]))

        return max(grid, key=key)

    grid: list[Config] = list(
        itertools.product(L2S, THRESHOLDS, MIN_PROBS, KINDS_OVERRIDABLE, GATES)
    )
    every = set(range(FOLDS))
    best = pick(every)
    right, fixed, wrong = tally(best, every)
    # Nested: each fold's settings chosen on the other folds' out-of-fold decisions.
    nested = [0, 0, 0]
    for i in range(FOLDS):
        got = tally(pick(every - {i}), {i})
        nested = [a + b for a, b in zip(nested, got, strict=True)]
    return {
        "rules": f1(rules_correct, n_pred, n_gold),
        "best": best,
        "best_f1": f1(right, n_pred, n_gold),
        "nested_f1": f1(nested[0], n_pred, n_gold),
        "rules_correct": rules_correct,
        "best_counts": (right, fixed, wrong),
        "nested_counts": tuple(nested),
    }


def write_weights(
    w: np.ndarray,
    l2: float,
    t: float,
    p: float,
    kinds: frozenset[str],
    gates: frozenset[str],
    info: str,
) -> None:
    lines = [
        '"""Weights of the speaker re-ranker (written by benchmarks/train_ranker.py; do not edit).',
        "",
        info,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "#: The L2 penalty of the fit (chosen by grouped cross-validation).",
        f"L2: Final = {l2!r}",
        "#: Feature weights of the linear score (features of ``claimkit.quotes.ranker``).",
        "WEIGHTS: Final[dict[str, float]] = {",
        *(f'    "{f}": {float(x)!r},' for f, x in zip(ALL, w, strict=True)),
        "}",
        "#: The margin over the rules' answer the model's choice needs.",
        f"THRESHOLD: Final = {t!r}",
        "#: The softmax probability the model's choice needs.",
        f"MIN_PROB: Final = {p!r}",
        "#: The rules' attribution kinds the model may override.",
        f"OVERRIDABLE: Final = frozenset({json.dumps(sorted(kinds))})",
        "#: Where the model's choice is never taken (see ``ranker.Model.gates``).",
        f"GATES: Final = frozenset({json.dumps(sorted(gates))})",
        "",
    ]
    WEIGHTS.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the weights module")
    ap.add_argument("--cache", help="pickle the items here (or read them if it exists)")
    args = ap.parse_args()
    docs = training_docs()
    if args.cache and Path(args.cache).exists():
        items, n_pred, n_gold = pickle.loads(Path(args.cache).read_bytes())
    else:
        items, n_pred, n_gold = items_of(docs)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps((items, n_pred, n_gold)))
    files = len({g for g, _ in docs})
    reach = sum(it.gold >= 0 for it in items)
    print(
        f"{len(docs)} documents from {files} files; {len(items)} quotations matched "
        f"(scorer: {n_pred} predicted, {n_gold} gold); gold speaker among the candidates "
        f"for {reach} ({reach / len(items):.1%}); rules right on "
        f"{sum(it.rules_ok for it in items)}"
    )
    cv = cross_validate(items, n_pred, n_gold)
    l2, t, p, kinds, gates = cv["best"]
    print(
        f"grouped {FOLDS}-fold CV strict F1: rules {cv['rules']:.3f}, rules+model "
        f"{cv['best_f1']:.3f} (settings chosen on the same out-of-fold decisions: "
        f"l2={l2}, threshold={t}, min_prob={p}, kinds={sorted(kinds)}, "
        f"gates={sorted(gates)}), "
        f"nested {cv['nested_f1']:.3f}"
    )
    print(
        f"speakers right: rules {cv['rules_correct']}; with the model (right, overrides "
        f"right, overrides wrong) {cv['best_counts']}, nested {cv['nested_counts']}"
    )
    if args.write:
        w = fit(items, l2)
        held = ", ".join(sorted(n.removesuffix("-quotes") for n in HELD_OUT if n != "seeds"))
        info = (
            f"Trained on {len(items)} quotations of {len(docs)} documents ({files} gold files:\n"
            + textwrap.fill(
                f"every tests/fixtures/gold file but the held-out batches {held}, the last six"
                " lines of dev-quotes and dev-money, and seeds), seed"
                f" {SEED}.  Grouped {FOLDS}-fold cross-validation (files as groups): strict F1"
                f" {cv['rules']:.3f} by the rules, {cv['best_f1']:.3f} with the model (nested"
                f" {cv['nested_f1']:.3f}).",
                width=88,
                break_on_hyphens=False,
            )
        )
        write_weights(w, l2, t, p, kinds, gates, info)
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
