"""Who said what: every quotation of the seed articles grouped by speaker.

    python examples/who_said_what.py [PATH ...]

Without PATH it reads every seed article (tests/fixtures/seeds/). A speaker's name is the
fullest the article gives ("Ben Zhao" where the attribution says "Zhao" or "il").
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import claimkit

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv[1:]] or sorted(SEEDS.glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        by_speaker: dict[str, list[claimkit.Quote]] = defaultdict(list)
        for quote in claimkit.extract_quotes(text):
            by_speaker[quote.speaker or "(speaker unknown)"].append(quote)
        print(f"== {path.name}: {sum(map(len, by_speaker.values()))} quotations")
        for speaker, quotes in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
            print(f"  {speaker} ({len(quotes)})")
            for q in quotes:
                said = q.text if len(q.text) <= 70 else q.text[:67] + "..."
                mention = ""
                if q.speaker_start is not None and q.speaker_end is not None:
                    mention = f" [via {text[q.speaker_start:q.speaker_end]!r}, {q.attribution}]"
                print(f"    « {said} »{mention}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
