"""The spaCy component: registration, spans, the claim extension, config, serialisation."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402

import claimkit  # noqa: E402
from claimkit.spacy import LABELS, ClaimkitComponent  # noqa: E402

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))
TEXT = "« Il faut payer 900 000 $ par an », a déclaré Léa Martin hier, soit 87 % de plus."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("claimkit", config={"reference_date": "2023-07-27"})
    return nlp


def test_factory_is_found_through_the_entry_point_without_importing_claimkit_spacy() -> None:
    code = (
        "import sys, spacy\n"
        "assert 'claimkit.spacy' not in sys.modules\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('claimkit')\n"
        "doc = nlp('Il gagne 900 000 $.')\n"
        "print([(s.label_, s.text) for s in doc.spans['claims']])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('MONEY', '900 000 $')]"


def test_spans_and_claims_match_extract(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    claims = claimkit.extract(TEXT, reference_date="2023-07-27")
    spans = list(doc.spans["claims"])
    assert [s.label_ for s in spans] == [LABELS[c.kind] for c in claims]
    assert {s.label_ for s in spans} == {"MONEY", "PERCENT", "DATE", "QUOTE"}
    assert [s._.claim for s in spans] == claims
    assert doc._.claims == claims
    for span, claim in zip(spans, claims, strict=True):
        assert span.start_char <= claim.start < claim.end <= span.end_char
    quote = next(s for s in spans if s.label_ == "QUOTE")
    assert quote._.claim.speaker == "Léa Martin"
    date = next(s for s in spans if s.label_ == "DATE")
    assert str(date._.claim.date) == "2023-07-26"


def test_a_claim_inside_a_token_expands_to_whole_tokens() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("claimkit", config={"kinds": ["money"]})
    text = "Prix:900$."
    doc = nlp(text)
    (claim,) = claimkit.extract(text, kinds="money")
    (span,) = doc.spans["claims"]
    assert span.start_char <= claim.start
    assert span.end_char >= claim.end
    assert span._.claim == claim


def test_kinds_and_spans_key_config() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("claimkit", config={"kinds": ["percentage"], "spans_key": "sc"})
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["sc"]] == ["87 %"]
    assert "claims" not in doc.spans


def test_bad_config_is_refused() -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="unknown kind 'monnaie'"):
        nlp.add_pipe("claimkit", config={"kinds": ["monnaie"]})
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        nlp.add_pipe("claimkit", name="ck2", config={"reference_date": "hier"})


def test_empty_doc_and_no_claims(nlp: spacy.language.Language) -> None:
    assert len(nlp("").spans["claims"]) == 0
    doc = nlp("Aucun chiffre ici.")
    assert len(doc.spans["claims"]) == 0
    assert doc._.claims == []


def test_serialisation_keeps_claims(nlp: spacy.language.Language, tmp_path: Path) -> None:
    doc = nlp(TEXT)
    claims = doc._.claims
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.claim for s in restored.spans["claims"]] == claims
    unpickled = pickle.loads(pickle.dumps(doc))
    assert [s._.claim for s in unpickled.spans["claims"]] == claims
    bin_ = DocBin(store_user_data=True, docs=[doc])
    (again,) = bin_.get_docs(nlp.vocab)
    assert again._.claims == claims
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["claimkit"]
    assert loaded.get_pipe_config("claimkit")["reference_date"] == "2023-07-27"
    assert loaded(TEXT)._.claims == claims


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_articles_through_nlp_pipe(nlp: spacy.language.Language, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    (doc,) = list(nlp.pipe([text]))
    expected = claimkit.extract(text, reference_date="2023-07-27")
    assert doc._.claims == expected
    assert len(doc.spans["claims"]) == len(expected)


def test_component_class_directly() -> None:
    component = ClaimkitComponent(kinds="money,date", reference_date="2023-07-27")
    doc = component(spacy.blank("fr")(TEXT))
    assert {s.label_ for s in doc.spans["claims"]} == {"MONEY", "DATE"}


def test_two_claims_in_one_token_keep_their_own_claim() -> None:
    vocab = spacy.blank("fr").vocab
    doc = Doc(vocab, words=["Prix", "5€/6€", "fin"], spaces=[True, True, False])
    doc = ClaimkitComponent(kinds=["money"])(doc)
    spans = list(doc.spans["claims"])
    assert [s.text for s in spans] == ["5€/6€", "5€/6€"]
    assert [s._.claim.text for s in spans] == ["5€", "6€"]
    restored = Doc(vocab).from_bytes(doc.to_bytes())
    assert [s._.claim.text for s in restored.spans["claims"]] == ["5€", "6€"]
