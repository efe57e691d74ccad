"""The learned speaker re-ranker (``claimkit.quotes.ranker``): candidates, features, inference.

Texts are made up for these tests; the weights test re-runs the training script's fit.
"""

from __future__ import annotations

import importlib.util
import math
import pickle
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

from claimkit import Quote, extract_quotes
from claimkit.quotes import _by_rules
from claimkit.quotes import ranker_weights as rw
from claimkit.quotes.ranker import (
    _MAX_BEFORE,
    FEATURES,
    NULL_FEATURES,
    Candidate,
    Model,
    candidates,
    choose,
    extract_ranked,
    score,
    shipped,
)

ROOT = Path(__file__).resolve().parent.parent

#: A quotation alone in its paragraph, two paragraphs after the one person named: no cue.
ALONE = (
    "Le conseil municipal s'est réuni lundi soir. Sophie Garnier présentait le budget des "
    "écoles.\n\nLes parents attendaient des réponses.\n\n« Nous financerons trois nouvelles "
    "classes cette année grâce à la baisse des frais. »"
)
#: Two people, then a quotation whose incise's pronoun is feminine.
TWO = (
    "Paul Martin et Sophie Garnier ont présenté le budget lundi.\n« Nous financerons trois "
    "nouvelles classes cette année », a-t-elle précisé."
)


def _cands(text: str) -> tuple[list[Quote], list[list[Candidate]]]:
    doc, quotes, cued = _by_rules(text)
    assert doc is not None
    return quotes, candidates(doc, quotes, None, cued)


def _by_name(cands: list[Candidate]) -> dict[str | None, Candidate]:
    return {c.name: c for c in cands}


def test_features_are_known_names() -> None:
    for text in (ALONE, TWO):
        for cands in _cands(text)[1]:
            assert cands[0].name is None  # "no one" first
            assert set(cands[0].features) <= set(NULL_FEATURES)
            for c in cands[1:]:
                assert set(c.features) <= set(FEATURES)
                assert all(math.isfinite(v) for v in c.features.values())
    assert set(rw.WEIGHTS) == set(FEATURES) | set(NULL_FEATURES)


def test_candidate_from_paragraphs_before() -> None:
    quotes, cands = _cands(ALONE)
    assert [q.speaker for q in quotes] == [None]  # the rules find no cue
    sophie = _by_name(cands[0])["Sophie Garnier"].features
    assert sophie["is_person"] == 1.0
    assert sophie["has_before"] == 1.0
    assert sophie["paragraph_back_2"] == 1.0
    assert sophie["nearest_before"] == 1.0
    assert "is_rules" not in sophie
    assert "has_after" not in sophie
    assert cands[0][0].features["null_rules_none"] == 1.0


def test_gender_agreement_with_the_incise() -> None:
    quotes, cands = _cands(TWO)
    assert quotes[0].speaker == "Sophie Garnier"
    by = _by_name(cands[0])
    assert by["Sophie Garnier"].features["gender_match"] == 1.0
    assert by["Sophie Garnier"].features["is_rules"] == 1.0
    assert by["Sophie Garnier"].features["rules_after"] == 1.0
    assert by["Paul Martin"].features["gender_clash"] == 1.0
    assert "gender_match" not in by["Paul Martin"].features


def test_window_is_bounded() -> None:
    givens = ["Jean", "Paul", "Marie", "Anne", "Luc", "Marc", "Julie", "Emma"]
    surnames = ["Durand", "Morel", "Girard", "Roux", "Fournier", "Lambert", "Bonnet", "Vidal"]
    people = " ".join(f"{g} {s} parle." for g in givens for s in surnames)
    text = f"{people}\n« Nous financerons trois nouvelles classes cette année. »"
    doc, quotes, _ = _by_rules(text)
    assert doc is not None
    assert len(doc.names) == 64
    [cands] = candidates(doc, quotes)
    # no one, then the nearest names before the quotation, no more
    assert len(cands) == 1 + _MAX_BEFORE
    last = [f"{g} {s}" for g in givens for s in surnames][-_MAX_BEFORE:]
    assert [c.name for c in cands[1:]] == last


def test_only_overridable_kinds_get_candidates() -> None:
    doc, quotes, _ = _by_rules(TWO)
    assert doc is not None
    assert candidates(doc, quotes, frozenset({"none"})) == [[]]
    assert len(candidates(doc, quotes, frozenset({"after"}))[0]) == 3


def _quote(speaker: str | None, attribution: str) -> Quote:
    return Quote(
        start=0,
        end=5,
        text="Bonne",
        speaker=speaker,
        attribution=attribution,  # type: ignore[arg-type]
    )


def _model(
    threshold: float = 0.5, min_prob: float = 0.0, gates: frozenset[str] = frozenset()
) -> Model:
    weights = {"a": 1.0, "null_bias": 0.0}
    return Model(weights, threshold, min_prob, frozenset({"none", "before"}), gates)


def test_choose_needs_margin_kind_and_probability() -> None:
    null = Candidate(None, {"null_bias": 1.0}, None)
    anne = Candidate("Anne Roy", {"a": 2.0}, "anne roy")
    paul = Candidate("Paul Roy", {"a": 1.0}, "paul roy")
    cands = [null, anne, paul]
    assert score(anne, _model().weights) == 2.0
    # a null speaker is filled with the best candidate
    assert choose(_quote(None, "none"), cands, _model()) is anne
    # the rules' own answer wins: nothing to change
    assert choose(_quote("Anne Roy", "before"), cands, _model()) is None
    # a margin below the threshold keeps the rules' answer
    assert choose(_quote("Paul Roy", "before"), cands, _model(threshold=1.5)) is None
    assert choose(_quote("Paul Roy", "before"), cands, _model(threshold=1.0)) is anne
    # a kind the model may not override
    assert choose(_quote("Paul Roy", "after"), cands, _model()) is None
    # softmax probability of Anne: e^2 / (e^0 + e^2 + e^1) = 0.665
    assert choose(_quote(None, "none"), cands, _model(min_prob=0.66)) is anne
    assert choose(_quote(None, "none"), cands, _model(min_prob=0.67)) is None
    # ties go to the first candidate
    twin = Candidate("Paul Roy", {"a": 2.0}, "paul roy")
    assert choose(_quote(None, "none"), [null, anne, twin], _model()) is anne


def test_gates_shut_out_a_choice() -> None:
    null = Candidate(None, {"null_bias": 1.0}, None)
    body = Candidate("Croix-Rouge", {"a": 2.0, "is_org": 1.0}, "croix-rouge")
    anne = Candidate("Anne Roy", {"a": 2.0, "is_person": 1.0, "gender_clash": 1.0}, "anne roy")
    paul = Candidate("Paul Roy", {"a": 1.0, "is_person": 1.0}, "paul roy")
    none = _quote(None, "none")
    assert choose(none, [null, body, paul], _model()) is body
    assert choose(none, [null, body, paul], _model(gates=frozenset({"persons"}))) is None
    assert choose(none, [null, anne, paul], _model(gates=frozenset({"persons"}))) is anne
    assert choose(none, [null, anne, paul], _model(gates=frozenset({"agree"}))) is None
    cued = Candidate(None, {"null_bias": 1.0, "null_cue_unresolved": 1.0}, None)
    assert choose(none, [cued, paul], _model()) is paul
    assert choose(none, [cued, paul], _model(gates=frozenset({"cued"}))) is None


def test_shipped_model_fills_a_quotation_no_cue_credits() -> None:
    [q] = extract_ranked(ALONE)
    assert q.speaker == "Sophie Garnier"
    assert q.attribution == "none"  # no cue: the model's choice
    assert q.verb is None
    assert q.speaker_start is not None
    assert q.speaker_end is not None
    assert ALONE[q.speaker_start : q.speaker_end] == "Sophie Garnier"


def test_shipped_model_keeps_a_cue_it_may_not_override() -> None:
    [q] = extract_ranked(TWO)
    assert (q.speaker, q.attribution, q.verb) == ("Sophie Garnier", "after", "a-t-elle précisé")


def test_extract_quotes_stays_the_rules() -> None:
    """The re-ranker is an experiment: ``extract_quotes`` does not run it."""
    [q] = extract_quotes(ALONE)
    assert q.speaker is None
    for text in (ALONE, TWO):
        ranked = extract_ranked(text)
        rules = extract_quotes(text)
        assert [(q.start, q.end, q.text) for q in ranked] == [
            (q.start, q.end, q.text) for q in rules
        ]


def test_extract_ranked_reads_odd_marks_and_bad_input() -> None:
    odd = ALONE.replace("« ", "\u2018\u2019").replace(" »", "\u2019\u2019")
    [q] = extract_ranked(odd)
    assert q.text == odd[q.start : q.end]
    assert q.speaker == "Sophie Garnier"
    assert extract_ranked("") == []
    with pytest.raises(TypeError, match="extract_ranked"):
        extract_ranked(b"texte")  # type: ignore[arg-type]


def test_shipped_model_is_read_only() -> None:
    model = shipped()
    with pytest.raises(TypeError):
        model.weights["is_rules"] = 0.0  # type: ignore[index]
    assert model.overridable == rw.OVERRIDABLE
    assert model.threshold == rw.THRESHOLD
    assert model.min_prob == rw.MIN_PROB
    assert model.gates == rw.GATES


def test_deterministic_and_thread_safe() -> None:
    texts = [ALONE, TWO, ALONE.replace("Sophie", "Claire"), TWO.replace("Paul", "Marc")] * 4
    first = [extract_ranked(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(extract_ranked, texts))
    assert threaded == first
    assert [extract_ranked(t) for t in texts] == first
    assert pickle.loads(pickle.dumps(first)) == first
    doc, quotes, _ = _by_rules(ALONE)
    assert doc is not None
    again, quotes_again, _ = _by_rules(ALONE)
    assert again is not None
    assert candidates(doc, quotes) == candidates(again, quotes_again)


def _train_script() -> ModuleType:
    path = ROOT / "benchmarks" / "train_ranker.py"
    spec = importlib.util.spec_from_file_location("train_ranker", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ranker"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_weights_reproduce_the_training_script() -> None:
    np = pytest.importorskip("numpy")
    train = _train_script()
    items, _, _ = train.items_of(train.training_docs())
    weights = train.fit(items, rw.L2)
    shipped_weights = np.array([rw.WEIGHTS[f] for f in train.ALL])
    assert np.allclose(weights, shipped_weights, rtol=1e-7, atol=1e-9)
