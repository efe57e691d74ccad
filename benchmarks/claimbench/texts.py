"""The texts every system is timed and scored on, and the gold files.

A *text set* is a list of documents, each a ``(text, reference_date)`` pair, timed one call
per document.  They differ in length, which is what separates per-call costs (start of each
call, model construction) from per-character costs (scans, patterns):

* ``real``: real short news articles, the texts of the dev and extra gold files
  (``tests/fixtures/gold/{dev,extra}-{money,quotes}.jsonl``, 52 articles of 900–1,900
  characters from outlets across the French-speaking world), each with its gold
  ``reference_date``: what users mostly feed an extractor;
* ``seeds``: the five seed articles (``tests/fixtures/seeds/*.txt``, 2,700–14,400
  characters), the long articles claimkit's rules were first written on;
* ``sentences``: every document of the external suites converted from Duckling's and
  Recognizers-Text's French tests (``tests/fixtures/external/*.jsonl``), one sentence each
  (about 45 characters);
* ``mixed``: the seeds and the sentences repeated in a fixed shuffled order to ~1.5 MB,
  the corpus of the first versions of this benchmark (kept for comparison).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS_DIR = FIXTURES / "seeds"
GOLD_DIR = FIXTURES / "gold"
DOCS = ROOT / "docs"

#: Real short articles: the dev and extra gold files, annotated by hand for all four kinds.
REAL_FILES: dict[str, Path] = {
    name: GOLD_DIR / f"{name}.jsonl"
    for name in ("dev-money", "dev-quotes", "extra-money", "extra-quotes")
}
#: The peers' own French suites, converted to the gold format (one sentence a document).
EXTERNAL_FILES: dict[str, Path] = {
    "recognizers_fr": FIXTURES / "external" / "recognizers_fr.jsonl",
    "duckling_fr": FIXTURES / "external" / "duckling_fr.jsonl",
}
#: Every gold file scored, in report order: real articles first, then the peers' suites.
GOLD_FILES: dict[str, Path] = {
    "seeds": GOLD_DIR / "seeds.jsonl",
    **REAL_FILES,
    **EXTERNAL_FILES,
}
#: Gold files made of real news articles (pooled for the headline F1).
ARTICLE_GOLD = ("seeds", *REAL_FILES)

#: The text sets, in report order: key -> (label, one-line description).
TEXT_SETS: dict[str, tuple[str, str]] = {
    "real": (
        "real short articles",
        "the 52 articles of the dev and extra gold files (900-1,900 characters), one call"
        " each with its reference date",
    ),
    "seeds": ("seed articles", "the five seed articles (2,700-14,400 characters), one call each"),
    "sentences": (
        "one-sentence documents",
        "the external suites' documents (Duckling's and Recognizers-Text's French tests,"
        " ~45 characters), one call each",
    ),
    "mixed": (
        "mixed corpus",
        "seeds and sentences repeated in a fixed shuffled order to ~1.5 MB, one call each",
    ),
}
#: claimkit's full extraction against Duckling, per text set (issue 14); None: no target.
TARGETS: dict[str, int | None] = {"real": 40, "seeds": 60, "sentences": 12, "mixed": None}

CORPUS_TARGET_CHARS = 1_500_000

Doc = tuple[str, "dt.date | None"]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _ref(doc: dict[str, Any]) -> dt.date | None:
    ref = doc.get("reference_date")
    return dt.date.fromisoformat(ref) if ref else None


def seed_articles() -> list[Doc]:
    """The five seed articles (no reference date: the seed gold has none)."""
    return [(p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS_DIR.glob("*.txt"))]


def real_articles() -> list[Doc]:
    """The dev and extra gold files' articles, each with its gold reference date."""
    return [(d["text"], _ref(d)) for path in REAL_FILES.values() for d in _jsonl(path)]


def sentences() -> list[Doc]:
    """Every document of the external suites (the peers' French tests)."""
    return [(d["text"], None) for path in EXTERNAL_FILES.values() for d in _jsonl(path)]


def first_call_article() -> Doc:
    """The short article the first call of a fresh process is timed on (dev-m01, 1.5 kB)."""
    return real_articles()[0]


def large_corpus(texts: Sequence[Doc], target: int = CORPUS_TARGET_CHARS) -> list[Doc]:
    """Repeat *texts* until *target* characters, each copy in its own fixed shuffled order.

    The shuffle makes any prefix a fair mix of long articles and short test sentences, which
    matters for the systems too slow to get through the whole corpus in their time budget.
    """
    out: list[Doc] = []
    size, copy = 0, 0
    while size < target:
        batch = list(texts)
        random.Random(copy).shuffle(batch)
        out.extend(batch)
        size += sum(len(t) for t, _ in batch)
        copy += 1
    return out


def text_sets() -> dict[str, list[Doc]]:
    """Every text set, keyed as in :data:`TEXT_SETS`."""
    seeds, sents = seed_articles(), sentences()
    return {
        "real": real_articles(),
        "seeds": seeds,
        "sentences": sents,
        "mixed": large_corpus(seeds + sents),
    }


def describe_sets() -> str:
    """Plain-text list of the text sets, for ``--help``."""
    return "\n".join(
        textwrap.fill(
            f"{key:<10} {label}: {desc}",
            width=88,
            initial_indent="  ",
            subsequent_indent=" " * 13,
        )
        for key, (label, desc) in TEXT_SETS.items()
    )
