"""Quotations: table-driven cases, seed gold thresholds and Hypothesis properties."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import Quote, extract, extract_quotes
from claimkit.evaluation import evaluate
from claimkit.strategies import quote_articles, quote_passages

HERE = Path(__file__).parent
CASES = HERE / "cases"
GOLD = HERE / "fixtures" / "gold" / "seeds.jsonl"

#: What the seed gold reaches today; the issue asks for strict >= 0.90 and span >= 0.95.
SEED_STRICT_F1 = 0.95
SEED_SPAN_F1 = 0.95


def _load(name: str) -> list[Any]:
    rows = [json.loads(line) for line in (CASES / name).read_text("utf-8").splitlines() if line]
    params = []
    for row in rows:
        marks = []
        if row.get("expect", "pass") == "fail":
            marks.append(pytest.mark.xfail(strict=True, reason=row.get("comment", "known gap")))
        params.append(pytest.param(row, id=row["label"], marks=marks))
    return params


def _check(row: dict[str, Any]) -> None:
    text = row["text"]
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    got = [(q.text, q.speaker) for q in quotes]
    assert got == [(e["text"], e["speaker"]) for e in row["expected"]], row.get("comment")


@pytest.mark.parametrize("row", _load("quotes.jsonl"))
def test_quote_cases(row: dict[str, Any]) -> None:
    _check(row)


@pytest.mark.parametrize("row", _load("quotes_negative.jsonl"))
def test_quote_negative_cases(row: dict[str, Any]) -> None:
    _check(row)


@pytest.mark.parametrize("name", ["quotes.jsonl", "quotes_negative.jsonl"])
def test_case_files_are_well_formed(name: str) -> None:
    labels = set()
    for line in (CASES / name).read_text("utf-8").splitlines():
        row = json.loads(line)
        assert set(row) <= {"label", "text", "expected", "comment", "expect"}
        assert row["label"] not in labels
        labels.add(row["label"])
        assert row.get("expect", "pass") in {"pass", "fail"}
        pos = 0
        for e in row["expected"]:
            start = row["text"].index(e["text"], pos)
            pos = start + len(e["text"])
            Quote(start=start, end=pos, text=e["text"], speaker=e["speaker"])


def test_seed_gold_thresholds() -> None:
    report = evaluate(GOLD, lambda text, ref: extract_quotes(text), kinds=["quote"])
    score = report.kinds["quote"]
    assert score.span_f1 >= SEED_SPAN_F1, [str(e) for e in report.errors]
    assert score.strict_f1 >= SEED_STRICT_F1, [str(e) for e in report.errors]


def test_registered_in_extract() -> None:
    claims = extract("« Nous ne lâcherons rien », a déclaré Marie Curie.", kinds=["quote"])
    assert [(c.kind, c.text) for c in claims] == [("quote", "Nous ne lâcherons rien")]


def test_fields_and_offsets() -> None:
    text = "Le physicien Pierre Martin était là. « La mesure est fiable », a déclaré Martin."
    (q,) = extract_quotes(text)
    assert q.speaker == "Pierre Martin"
    assert q.attribution == "after"
    assert q.verb == "a déclaré"
    assert q.speaker_start is not None
    assert q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end] == "Martin"


@pytest.mark.parametrize("bad", [b"\xc2\xab x \xc2\xbb", None, 42, ["« x »"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="extract_quotes"):
        extract_quotes(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["«" * 100_000, "»" * 100_000, '"' * 100_000, "“" * 100_000, 'a"b ' * 25_000, "«\n" * 50_000],
)
def test_hostile_inputs_are_fast(text: str) -> None:
    import time

    t0 = time.perf_counter()
    extract_quotes(text)
    assert time.perf_counter() - t0 < 5.0


# --------------------------------------------------------------------------- properties


@st.composite
def _quoted(draw: st.DrawFn) -> tuple[str, str, str]:
    """A passage from claimkit.strategies.quote_passages, after optional filler."""
    r = draw(quote_passages())
    filler = " ".join(draw(st.lists(st.sampled_from(["le", "projet", "avance", "dans", "la",
                                                     "ville", "et", "cela", "change"]),
                                    max_size=8)))  # fmt: skip
    prefix = f"{filler.capitalize()}. " if filler else ""
    return prefix + r.text, r.values["text"], r.values["speaker"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_quoted())
def test_rendered_quotations_round_trip(case: tuple[str, str, str]) -> None:
    text, content, speaker = case
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [(content, speaker)]
    for q in quotes:
        assert text[q.start : q.end] == q.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('«»“”"‘’ \n\u00a0a.,:—-Il dit'))))
def test_unbalanced_marks_never_raise(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        assert q.end - q.start <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text


def _quote_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((HERE / "fixtures" / "seeds").glob("*.txt"))]
    for path in sorted(CASES.glob("*quote*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    return texts


def test_partial_tokenising_matches_the_whole_document_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fast reading (tokens only around quotations, names from a capitalised-word scan)
    gives the same quotations as the reference reading that tokenises the whole document,
    which hostile inputs fall back to."""
    from claimkit import quotes

    texts = _quote_texts()
    assert len(texts) > 50
    fast = [extract_quotes(t) for t in texts]

    def over_budget(self: object, n: int) -> None:
        raise quotes._Fallback

    monkeypatch.setattr(quotes._Scanner, "_spend", over_budget)
    assert [extract_quotes(t) for t in texts] == fast
    assert sum(map(len, fast)) > 100


def test_character_classes_the_fast_readings_rely_on() -> None:
    """The str methods and sets that stand in for ``regex`` classes agree with them on every
    code point (``claimkit.quotes`` reads chunks between spaces with ``str.isalnum``, skips
    to capitals with ``\\p{Uppercase}``, finds sentence ends with ``str.find``)."""
    import sys

    import regex

    from claimkit import quotes

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    # A run of ``str.isalnum`` characters is one word of ``_TOKEN_RE`` / ``_WORD_RE``, and
    # ``str.isalpha`` is a letter to the lookahead of an elision.
    assert not regex.sub(r"[\p{L}\p{N}]", "", "".join(c for c in every if c.isalnum()))
    assert not regex.sub(r"\p{L}", "", "".join(c for c in every if c.isalpha()))
    # One punctuation token each: neither a letter, a digit nor a space.
    assert not regex.search(r"[\p{L}\p{N}\s]", "".join(quotes._PUNCT_CHARS))
    # ``_WHITE_SPACE`` is ``\s`` (the lookahead of ``_SENTENCE_END_RE``).
    assert set(regex.findall(r"\s", every)) == quotes._WHITE_SPACE
    # A word character that ``str.isupper`` accepts is one ``_CAP_WORD_RE`` opens on.
    upper_words = "".join(c for c in every if c.isupper() and regex.match(r"[\p{L}\p{N}]", c))
    assert not regex.sub(r"\p{Uppercase}", "", upper_words)


def _odd_texts() -> list[str]:
    """Fixture texts and short strings of the shapes the chunk reading treats apart."""
    import random

    rng = random.Random(5)
    atoms = [
        "Jean", "Dupont", "de", "la", "société", "Netflix", "a", "publié", "l'", "L'", "Qu'",
        "qu’", "jusqu'", "Lorsqu'", "squ'", "il", "à", "IA", "x-a-b-c-d-e-f-G-h", "A-B-C",
        "a\u2010b", "ǅemal", "Ⅻ", "ⅻ", "Ⓐ", "ℝ", "İstanbul", "ΟΔΟΣ", "1,5", "2023", "$", "€",
        "«", "»", '"', "“", "”", "‘", "’", "'", "-", ".", ",", "…", "!", "?", ")", "(", "M.",
        " ", " ", "  ", "\n", "\n\n", "\xa0", "\u202f", "\x1c",
    ]  # fmt: skip
    texts = _quote_texts()
    for _ in range(3000):
        texts.append("".join(rng.choice(atoms) for _ in range(rng.randint(1, 30))))
    return texts


def test_chunk_reading_matches_the_token_pattern() -> None:
    """``_Scanner`` (chunks between spaces, the token pattern only for odd ones) gives the
    tokens, capitalised words, words and sentence ends of the patterns it replaces."""
    import random

    from claimkit import quotes

    rng = random.Random(7)
    for text in _odd_texts():
        cands = quotes._pair_marks(text)
        masked = quotes._mask(text, cands)
        scan = quotes._Scanner(masked, quotes._fold(masked), 10**9)
        full = [scan.tok(*t) for t in quotes._all_spans(masked)]
        assert scan.toks(0, len(masked) + 1, 0)[0] == full
        caps = scan.caps([(c.start, c.end) for c in cands])
        assert [(c.start, c.end, c.raw, c.title) for c in caps] == [
            (t.start, t.end, t.raw, t.title) for t in full if t.cap
        ]
        bounds = [0] + [t.end for t in full]
        b = rng.choice(bounds)
        stop = rng.randrange(b, len(masked) + 2)
        extra = rng.choice([0, 2, 6])
        rest = [t for t in full if t.start >= b]
        want = [t for t in rest if t.start < stop] + [t for t in rest if t.start >= stop][:extra]
        assert scan.toks(b, stop, extra)[0] == want
        pos, k = rng.randrange(len(masked) + 1), rng.choice([1, 4, 8])
        assert scan.before(pos, k) == [t for t in full if t.start < pos][-k:]
        ends = [m.span() for m in quotes._SENTENCE_END_RE.finditer(masked)]
        assert quotes._sentence_ends(masked) == ends
        words = [m.group() for m in quotes._WORD_RE.finditer(text)]
        assert quotes._words(text, 0, len(text)) == words[: quotes._MAX_WORDS]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_articles())
def test_titled_person_quoted_later_is_never_someone_else(article: Any) -> None:
    """A person introduced with a title, quoted later by title, surname or pronoun with
    other people in between: the speaker is that person or nobody, never another person."""
    quotes = extract_quotes(article.text)
    last = [q for q in quotes if q.text == article.values["text"]]
    assert last, article.text
    assert last[-1].speaker in (article.values["speaker"], None), article.text


def _people_sharing_a_surname(k: int) -> str:
    """k different people called "K… Lee", each quoted, then referred to by a pronoun."""
    out = []
    for n in range(k):
        first = "K" + "".join(chr(97 + (n // 26**i) % 26) for i in range(4))
        out.append(f"« Non à cela », a dit {first} Lee. « Oui à ceci », a-t-elle ajouté.\n")
    return "".join(out)


def test_many_people_sharing_a_surname_stay_linear() -> None:
    """Issue 13: each person's gender used to be worked out by re-reading every mention of
    the surname (quadratic: 3.2 MB took 52 s).  Four times the text costs about four times
    the time, and each pronoun still goes to the person just quoted."""
    small, big = _people_sharing_a_surname(1500), _people_sharing_a_surname(6000)
    extract_quotes(small)
    t0 = time.process_time()
    quotes = extract_quotes(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    extract_quotes(big)
    t_big = time.process_time() - t0
    assert t_big <= 8 * t_small + 0.5  # 4x the text; quadratic would be 16x
    assert [q.speaker for q in quotes[:4]] == ["Kaaaa Lee", "Kaaaa Lee", "Kbaaa Lee", "Kbaaa Lee"]


#: Inputs that stress one speaker rule each, repeated: each must stay linear.
SPEAKER_HOSTILE = {
    "titles": "Le ministre de la Santé Paul Durand a parlé. « Nous tenons », a dit le ministre. ",
    "acronyms": "La Banque centrale du Congo (BCC) a parlé. « Le franc tient », rappelle la BCC. ",
    "incises": "« Nous irons, dit-elle, jusqu'au bout, ajoute-t-elle, ensemble, lance Awa Diop »\n",
    "demonstratives": "Paul Durand a reçu Amos Klein. Ce dernier a dit que « tout va bien ici ». ",
    "name-lines": "« Tout va bien pour nous ce soir. »\n\n– Nick Suzuki\n\n",
    "elided-names": "Awa N'Diaye a dit : « Oui à cela ». N'Diaye a ajouté : « Non à ceci ». ",
    "plural-bodies": "Les CFF vont renoncer. Ils estiment que « cet argent va manquer ». ",
    "main-person": "La procureure Awa Sy a parlé. Détail : « il était vivant ce soir-là ». ",
    "terms-after": "« Nous tenons bon. » C'est en ces termes que le ministre Paul Sy a répondu. ",
    "demonyms": "Le ministre malien Amadou Ba a parlé. « Non à tout », dit le ministre ghanéen. ",
    "body-anaphors": "L'ONG Human Rights Watch a parlé. « Tout va mal ici », note l'organisation. ",
    "narrative-infinitives": "Le président Awa Sy a répondu. Et d'ajouter : « Tout ira bien ». ",
    # third round
    "one-word-names": "Tsiory, 12 ans, et M. Sellal ont parlé. « Tout va bien ici », dit-elle. ",
    "unknown-verbs": "« Tout va bien, rembobine le capitaine Oger. Nous irons », abonde Claude. ",
    "pairs": "Amadou Ama et Moukel Amidou ont parlé. « Nous irons », raconte le second. ",
    "titles-later": "« Nous irons », selon son avocate. Puis l'avocate Souad Brahma a parlé. ",
    "role-nouns": "« Les renforts arrivent bientôt ici », souligne le pompier de la caserne. ",
}


@pytest.mark.parametrize("unit", SPEAKER_HOSTILE.values(), ids=SPEAKER_HOSTILE.keys())
def test_speaker_rules_stay_linear(unit: str) -> None:
    small = (unit * (60_000 // len(unit) + 1))[:60_000]
    big = (unit * (240_000 // len(unit) + 1))[:240_000]
    extract_quotes(small)
    t0 = time.process_time()
    extract_quotes(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    quotes = extract_quotes(big)
    t_big = time.process_time() - t0
    assert quotes
    assert t_big <= 8 * t_small + 0.5  # 4x the text; quadratic would be 16x
