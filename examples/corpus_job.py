"""Extract every claim of every seed article over 2 processes, as JSON Lines on stdout.

    python examples/corpus_job.py > claims.jsonl

`claimkit.extract_many` streams: it reads the texts lazily, keeps at most `window` of them
in flight and yields the claims in input order, so the same loop works on a corpus that
does not fit in memory (pass a generator reading files one by one).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import claimkit

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def texts(paths: list[Path]) -> Iterator[str]:
    for path in paths:  # one file in memory at a time
        yield path.read_text(encoding="utf-8")


def main() -> int:
    paths = sorted(SEEDS.glob("*.txt"))
    results = claimkit.extract_many(texts(paths), jobs=2)
    for path, claims in zip(paths, results, strict=True):
        for claim in claims:
            record = {"doc_id": path.name, **claim.model_dump(mode="json")}
            print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
