"""Typed, frozen claim models.

Every claim carries ``kind`` (the discriminator of the :data:`Claim` union), ``start`` and
``end`` (character offsets into the *original* input, so ``text[start:end] == claim.text``)
and ``text``, the surface span.  The value fields follow the project's gold format
(``GOLD_FORMAT.md``): amounts are :class:`~decimal.Decimal`, never ``float``, currencies are
ISO 4217 codes.

Models are immutable (``frozen=True``), hashable, picklable and round-trip through JSON:

>>> from decimal import Decimal
>>> m = Money(start=0, end=9, text="900 000 $", value=Decimal("900000"), currency="USD")
>>> ClaimList.validate_json(ClaimList.dump_json([m])) == [m]
True
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

__all__ = [
    "AttributionKind",
    "Claim",
    "ClaimKind",
    "ClaimList",
    "DateClaim",
    "DateGranularity",
    "DateModifier",
    "Money",
    "Percentage",
    "Period",
    "Qualifier",
    "Quote",
    "json_schema",
]

#: How a stated amount relates to the true one (GOLD_FORMAT's qualifier values).
Qualifier = Literal[
    "exact",  # 900 000 $
    "approximate",  # environ, près de, quelque, autour de, presque, une dizaine de
    "at_most",  # jusqu'à, au plus, au maximum, pas plus de
    "at_least",  # au moins, au minimum, dès, pas moins de
    "less_than",  # moins de, inférieur à, en dessous de
    "more_than",  # plus de, supérieur à, dépassant
    "range",  # de X à Y, entre X et Y, X-Y
]

#: The period an amount is stated per ("par an", "/mois", "annuels").
Period = Literal["hour", "day", "week", "month", "quarter", "year"]

ClaimKind = Literal["money", "percentage", "date", "quote"]

DateGranularity = Literal["day", "month", "year"]

#: "début juin" (start), "mi-juillet" (mid), "fin 2023" (end), "courant mai" (current).
DateModifier = Literal["start", "mid", "end", "current"]

#: Where the attribution of a quotation was found relative to the quoted words.
AttributionKind = Literal["after", "before", "incise", "selon", "colon", "inherited", "none"]


class _ClaimBase(BaseModel):
    """Fields shared by every claim: the span and its surface text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character in the input text.")
    end: int = Field(ge=0, description="Offset just past the last character (exclusive).")
    text: str = Field(description="The surface span: input[start:end].")

    @model_validator(mode="after")
    def _check_span(self) -> Any:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} has length {self.end - self.start} "
                f"but text has length {len(self.text)}"
            )
        return self


class Money(_ClaimBase):
    """A monetary amount: ``jusqu'à 900 000 $``, ``8,9 millions de dollars``."""

    kind: Literal["money"] = "money"
    value: Decimal = Field(description="Amount with multipliers applied; low end of a range.")
    value_max: Decimal | None = Field(default=None, description="High end of a range.")
    currency: str | None = Field(
        default=None, description="ISO 4217 code, or None when no currency can be inferred."
    )
    qualifier: Qualifier = "exact"
    per: Period | None = Field(default=None, description="Period stated: 'par an' -> 'year'.")


class Percentage(_ClaimBase):
    """A percentage (``87 %``) or a difference in percentage points."""

    kind: Literal["percentage"] = "percentage"
    value: Decimal = Field(description="In percent units: '4,3 %' -> 4.3; low end of a range.")
    value_max: Decimal | None = None
    qualifier: Qualifier = "exact"
    unit: Literal["percent", "point"] = Field(
        default="percent",
        description="'point' for percentage points ('3 points de pourcentage').",
    )


class DateClaim(_ClaimBase):
    """A calendar date or part of one; unknown parts are None."""

    kind: Literal["date"] = "date"
    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    granularity: DateGranularity = "day"
    relative: bool = Field(
        default=False, description="True when resolved from a relative expression ('hier')."
    )
    modifier: DateModifier | None = None

    @property
    def date(self) -> dt.date | None:
        """The :class:`datetime.date` when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


class Quote(_ClaimBase):
    """Direct speech: the span is the quoted words without the outer marks."""

    kind: Literal["quote"] = "quote"
    speaker: str | None = Field(default=None, description="Fullest name the document gives.")
    speaker_start: int | None = Field(default=None, description="Span of the attributing mention.")
    speaker_end: int | None = None
    speaker_description: str | None = None
    verb: str | None = Field(default=None, description="Reporting verb: 'a déclaré', 'selon'.")
    attribution: AttributionKind = "none"


Claim = Annotated[Money | Percentage | DateClaim | Quote, Field(discriminator="kind")]
"""Any claim; ``kind`` tells which model it is."""

#: Validates and serialises lists of claims: ``ClaimList.dump_json(claims)``.
ClaimList: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a list of claims.

    >>> schema = json_schema()
    >>> sorted(schema["$defs"])
    ['DateClaim', 'Money', 'Percentage', 'Quote']
    """
    return ClaimList.json_schema()
