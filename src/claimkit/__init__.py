"""claimkit: checkable claims out of French news text.

>>> import claimkit
>>> [c.text for c in claimkit.extract("Un salaire de 300 000 à 900 000 dollars par an.")]
['de 300 000 à 900 000 dollars par an']

Importing the package is cheap: each public name is loaded on first use (PEP 562), so a
program that only parses dates never compiles the money patterns, and ``import claimkit``
costs a few milliseconds.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> module that defines it.
_EXPORTS: dict[str, str] = {
    "KINDS": "claimkit._api",
    "extract": "claimkit._api",
    "extract_many": "claimkit._api",
    "iter_claims": "claimkit._api",
    "evaluate": "claimkit.evaluation",
    "Claim": "claimkit.models",
    "ClaimList": "claimkit.models",
    "DateClaim": "claimkit.models",
    "Money": "claimkit.models",
    "Percentage": "claimkit.models",
    "Quote": "claimkit.models",
    "json_schema": "claimkit.models",
    "record_schema": "claimkit.models",
    "extract_money": "claimkit.money",
    "parse_money": "claimkit.money",
    "extract_percentages": "claimkit.percentages",
    "parse_percentage": "claimkit.percentages",
    "extract_dates": "claimkit.dates",
    "parse_date": "claimkit.dates",
    "extract_quotes": "claimkit.quotes",
    "render_html": "claimkit.html",
}

__all__ = [
    "KINDS",
    "Claim",
    "ClaimList",
    "DateClaim",
    "Money",
    "Percentage",
    "Quote",
    "__version__",
    "evaluate",
    "extract",
    "extract_dates",
    "extract_many",
    "extract_money",
    "extract_percentages",
    "extract_quotes",
    "iter_claims",
    "json_schema",
    "parse_date",
    "parse_money",
    "parse_percentage",
    "record_schema",
    "render_html",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # cache: later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from claimkit._api import KINDS, extract, extract_many, iter_claims
    from claimkit.dates import extract_dates, parse_date
    from claimkit.evaluation import evaluate
    from claimkit.html import render_html
    from claimkit.models import (
        Claim,
        ClaimList,
        DateClaim,
        Money,
        Percentage,
        Quote,
        json_schema,
        record_schema,
    )
    from claimkit.money import extract_money, parse_money
    from claimkit.percentages import extract_percentages, parse_percentage
    from claimkit.quotes import extract_quotes
