"""Check that an optimisation leaves every claim byte-identical (issue 14).

Dumps ``[c.model_dump_json() for c in extract(text, reference_date=...)]`` for every
text the tests hold (gold, external, case and seed texts), each with its reference date
and without one, plus concatenations of them, and either saves that as a baseline or
compares it with a saved one.  Pickling is checked too: every claim must come back equal
from ``pickle.loads(pickle.dumps(claim))``.

Usage (from the repository root, with the project's virtualenv)::

    # before the change, on the unmodified code
    python benchmarks/identical.py save /tmp/baseline.json
    # after it
    python benchmarks/identical.py check /tmp/baseline.json

``check`` prints the first differing texts and exits 1 when any output differs.
``--kinds money,date`` restricts the run to some kinds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def texts() -> list[tuple[str, str, dt.date | None]]:
    """Return (name, text, reference date) for every test text, deduplicated."""
    found: list[tuple[str, str, dt.date | None]] = []
    seen: set[tuple[str, dt.date | None]] = set()

    def add(name: str, text: str, ref: dt.date | None) -> None:
        for when in (ref, None) if ref is not None else (None, dt.date(2023, 7, 14)):
            if (text, when) not in seen:
                seen.add((text, when))
                found.append((name, text, when))

    files = sorted((TESTS / "fixtures" / "gold").glob("*.jsonl"))
    files += sorted((TESTS / "fixtures" / "external").glob("*.jsonl"))
    files += sorted((TESTS / "cases").glob("*.jsonl"))
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if not line.strip():
                    continue
                row = json.loads(line)
                name = f"{path.parent.name}/{path.name}:{row.get('id') or row.get('label') or n}"
                add(name, row["text"], _date(row.get("reference_date")))
    for path in sorted((TESTS / "fixtures" / "seeds").glob("*.txt")):
        add(f"seeds/{path.name}", path.read_text(encoding="utf-8"), None)
    # Concatenations: the document-level steps (currency context, speakers named earlier,
    # years of dates) see other texts' claims.
    rng = random.Random(14)
    pool = [t for _, t, _ in found]
    for i in range(60):
        parts = rng.sample(pool, rng.randint(2, 6))
        sep = rng.choice(["\n\n", " ", "\n"])
        add(f"concat/{i}", sep.join(parts), rng.choice([None, dt.date(2021, 3, 9)]))
    return found


def dump(kinds: list[str] | None) -> dict[str, list[str]]:
    """Return every text's claims as JSON strings, keyed by name and a hash of the input."""
    import claimkit

    out: dict[str, list[str]] = {}
    for name, text, ref in texts():
        claims = claimkit.extract(text, reference_date=ref, kinds=kinds)
        for claim in claims:
            back = pickle.loads(pickle.dumps(claim))
            if back != claim or back.model_dump_json() != claim.model_dump_json():
                raise SystemExit(f"pickle round trip changed a claim of {name}: {claim!r}")
        key = hashlib.sha1(f"{text}\0{ref}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
        out[f"{name} [{ref}] {key}"] = [c.model_dump_json() for c in claims]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--kinds", default=None, help="comma-separated kinds (default: all)")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",") if args.kinds else None
    got = dump(kinds)
    n_claims = sum(len(v) for v in got.values())
    if args.action == "save":
        args.path.write_text(json.dumps(got, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(got)} calls, {n_claims} claims to {args.path}")
        return 0
    want = json.loads(args.path.read_text(encoding="utf-8"))
    bad = [k for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
    for k in bad[:10]:
        print(f"DIFFERS: {k}")
        w, g = want.get(k) or [], got.get(k) or []
        for a, b in zip(w, g, strict=False):
            if a != b:
                print(f"  before: {a}\n  after:  {b}")
                break
        else:
            print(f"  before: {len(w)} claims, after: {len(g)}")
    print(f"{len(got)} calls, {n_claims} claims: {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
