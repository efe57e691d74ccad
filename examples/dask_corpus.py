"""Extract claims from a folder of JSON Lines with dask.bag, writing JSON Lines.

    python examples/dask_corpus.py [FOLDER] [--out OUT_FOLDER] [--scheduler processes]

FOLDER holds *.jsonl files, one {"id", "text", "reference_date"?} object per line. Without
FOLDER the script builds one in a temporary folder from the seed articles (two documents per
file), so it runs anywhere. Results go to OUT_FOLDER as one part-file per partition, or to
stdout when --out is not given. Install with: pip install "claimkit[dask]".

The local "processes" scheduler gives real parallelism (claimkit is pure Python, so threads
would share one core); on a cluster, create a distributed Client first and the same bag code
runs there.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask.bag as db

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def claims_of(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One document in, one JSON-ready record per claim out."""
    import claimkit  # imported in the worker process

    claims = claimkit.extract(doc["text"], reference_date=doc.get("reference_date"))
    return [{"doc_id": doc["id"], **c.model_dump(mode="json")} for c in claims]


def partition_claims(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One partition in, its claims out (a list: dask ships results between processes)."""
    return [record for doc in docs for record in claims_of(doc)]


def make_demo_folder(folder: Path) -> Path:
    paths = sorted(SEEDS.glob("*.txt"))
    for i in range(0, len(paths), 2):
        with (folder / f"part-{i // 2:03d}.jsonl").open("w", encoding="utf-8") as fh:
            for path in paths[i : i + 2]:
                doc = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def run(folder: Path, out: Path | None, scheduler: str) -> int:
    bag = (
        db.read_text(str(folder / "*.jsonl"), encoding="utf-8")
        .filter(lambda line: line.strip() != "")
        .map(json.loads)
        .map_partitions(partition_claims)
    )
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        files = bag.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
            str(out / "claims-*.jsonl"), compute_kwargs={"scheduler": scheduler}
        )
        print(f"wrote {len(files)} files to {out}")
        return 0
    count = 0
    for record in bag.compute(scheduler=scheduler, num_workers=2):
        print(json.dumps(record, ensure_ascii=False))
        count += 1
    print(f"{count} claims", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--scheduler", default="processes",
                        choices=("processes", "threads", "sync"))
    args = parser.parse_args(argv[1:])
    if args.folder is not None:
        return run(args.folder, args.out, args.scheduler)
    with tempfile.TemporaryDirectory() as tmp:
        return run(make_demo_folder(Path(tmp)), args.out, args.scheduler)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
