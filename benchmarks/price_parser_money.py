"""Measure price-parser on the money gold, beside claimkit, on the same texts.

price-parser (Zyte) reads one price out of a short string such as a product page's price
tag.  claimkit's money extractor needs to find every amount in running French text, so
this script gives price-parser its best chance: it is handed each gold span alone (the exact
surface, already found) and only has to read the value and the currency.

    python benchmarks/price_parser_money.py
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

from price_parser import Price

import claimkit

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
FILES = [
    FIXTURES / "gold" / "seeds.jsonl",
    FIXTURES / "external" / "recognizers_fr.jsonl",
    FIXTURES / "external" / "duckling_fr.jsonl",
]
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


def main() -> None:
    spans = []
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for c in doc["claims"]:
                if c["kind"] == "money" and not c.get("optional") and c.get("value"):
                    spans.append(c)
    pp_value = pp_both = ck_value = ck_both = 0
    t0 = time.perf_counter()
    for c in spans:
        price = Price.fromstring(c["text"], decimal_separator=",")
        cur = price.currency
        cur = SYMBOLS.get(cur or "", (cur or "").upper() or None)
        ok = price.amount is not None and price.amount == Decimal(c["value"])
        pp_value += ok
        pp_both += ok and cur == c["currency"]
    pp_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    for c in spans:
        m = claimkit.parse_money(c["text"])
        ok = m is not None and m.value == Decimal(c["value"])
        ck_value += ok
        ck_both += ok and m is not None and m.currency == c["currency"]
    ck_seconds = time.perf_counter() - t0
    n = len(spans)
    print(f"{n} gold money spans (seeds, Recognizers-Text, Duckling), each parsed alone")
    print(f"{'parser':<14}{'value ok':>10}{'value+currency':>16}{'spans/s':>10}")
    print(f"{'price-parser':<14}{pp_value / n:>10.1%}{pp_both / n:>16.1%}{n / pp_seconds:>10.0f}")
    print(f"{'claimkit':<14}{ck_value / n:>10.1%}{ck_both / n:>16.1%}{n / ck_seconds:>10.0f}")
    print("price-parser misreads, e.g.:")
    shown = 0
    for c in spans:
        price = Price.fromstring(c["text"], decimal_separator=",")
        if price.amount != Decimal(c["value"]) and shown < 8:
            got = f"{price.amount} {price.currency!r}"
            print(f"  {c['text']!r}: price-parser {got}, gold {c['value']}")
            shown += 1


if __name__ == "__main__":
    main()
