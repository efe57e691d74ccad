"""claimkit: checkable claims out of French news text.

>>> import claimkit
>>> [c.text for c in claimkit.extract("Un salaire de 300 000 à 900 000 dollars par an.")]
['de 300 000 à 900 000 dollars par an']
"""

from claimkit._api import KINDS, extract, extract_many
from claimkit.dates import extract_dates, parse_date
from claimkit.evaluate import evaluate
from claimkit.models import (
    Claim,
    ClaimList,
    DateClaim,
    Money,
    Percentage,
    Quote,
    json_schema,
)
from claimkit.money import extract_money, parse_money
from claimkit.percentages import extract_percentages, parse_percentage
from claimkit.quotes import extract_quotes

__version__ = "0.1.0"

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
    "json_schema",
    "parse_date",
    "parse_money",
    "parse_percentage",
]
