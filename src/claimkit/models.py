r"""Typed, frozen claim models.

Every claim carries ``kind`` (the discriminator of the :data:`Claim` union), ``start`` and
``end`` (character offsets into the *original* input, so ``text[start:end] == claim.text``)
and ``text``, the surface span.  The value fields follow the project's gold format
(``docs/gold-format.md``): amounts are :class:`~decimal.Decimal`, never ``float``, currencies are
ISO 4217 codes.

Models are immutable (``frozen=True``), hashable, picklable and round-trip through JSON:

>>> from decimal import Decimal
>>> m = Money(start=0, end=9, text="900 000 $", value=Decimal("900000"), currency="USD")
>>> ClaimList.validate_json(ClaimList.dump_json([m])) == [m]
True

**Lone surrogates.**  A Python ``str`` may hold lone surrogates (``"\udcff"``, left by a
truncated emoji in scraped data), which UTF-8 cannot encode.  claimkit's policy: in Python
the claim keeps the input's characters (``text[start:end] == claim.text``); every JSON
output (``model_dump_json``, ``ClaimList.dump_json``, ``model_dump(mode="json")``, and all
of the command line's formats) writes each lone surrogate as U+FFFD, one character for one,
so ``start`` and ``end`` are unchanged and still count the input's characters.

>>> q = Percentage(start=0, end=5, text="\udcff87 %", value=Decimal("87"))
>>> q.model_dump_json().startswith('{"start":0,"end":5,"text":"\ufffd87 %"')
True
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from decimal import Decimal
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    model_validator,
)

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
    "record_schema",
    "scrub_surrogates",
]

_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


def scrub_surrogates(s: str) -> str:
    r"""Replace each lone surrogate of *s* by U+FFFD, one character for one (offsets survive).

    >>> scrub_surrogates("87\udcff %")
    '87\ufffd %'
    >>> scrub_surrogates("déjà") == "déjà"
    True
    """
    if _SURROGATE_RE.search(s) is None:  # the usual case: nothing to copy
        return s
    return _SURROGATE_RE.sub("\ufffd", s)


#: A str written to JSON with lone surrogates replaced (see the module docstring).
_Text = Annotated[str, PlainSerializer(scrub_surrogates, return_type=str, when_used="json")]

#: One shared set per distinct ``model_fields_set``: pydantic gives every instance a set of
#: the field names it was built with (700 bytes, half a claim's size); claims built the same
#: way share one.  pydantic copies the set before changing it (``model_copy``), and frozen
#: models never add to it, so the shared sets are never mutated.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}
_FIELD_SETS_LOCK: Final = threading.Lock()


def _shared_fields_set(names: set[str]) -> set[str]:
    key = frozenset(names)
    shared = _FIELD_SETS.get(key)
    if shared is None:
        with _FIELD_SETS_LOCK:
            shared = _FIELD_SETS.setdefault(key, set(key))
    return shared


#: How a stated amount relates to the true one (the gold format's qualifier values).
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
    text: _Text = Field(description="The surface span: input[start:end].")

    def model_post_init(self, context: Any, /) -> None:
        """Share the set of explicitly set field names with claims built alike (memory)."""
        object.__setattr__(
            self, "__pydantic_fields_set__", _shared_fields_set(self.__pydantic_fields_set__)
        )

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Unpickle (claims from worker processes), sharing the field set as above."""
        super().__setstate__(state)
        object.__setattr__(
            self, "__pydantic_fields_set__", _shared_fields_set(self.__pydantic_fields_set__)
        )

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
    speaker: _Text | None = Field(default=None, description="Fullest name the document gives.")
    speaker_start: int | None = Field(default=None, description="Span of the attributing mention.")
    speaker_end: int | None = None
    speaker_description: _Text | None = None
    verb: _Text | None = Field(default=None, description="Reporting verb: 'a déclaré', 'selon'.")
    attribution: AttributionKind = "none"


# ---------------------------------------------------------------------------------------------
# The extractors' constructors
# ---------------------------------------------------------------------------------------------
#
# pydantic validates every claim an extractor builds (≈ 4 µs a claim: the schema, then
# model_post_init and _check_span in Python), although the extractors pass values that are
# already of their fields' types and within their bounds.  These constructors check exactly
# that, cheaply, and then fill the instance as pydantic would (the same ``__dict__`` in
# field order, the same objects, which pydantic keeps as given; the shared set of the
# fields passed; no extra or private values): equal claims, the same JSON, repr, hash and
# pickle (``tests/test_models_fast.py``).  Any other value goes through validation and
# raises what it always did.

_set: Final = object.__setattr__
_QUALIFIERS: Final = frozenset(get_args(Qualifier))
_PERIODS: Final = frozenset(get_args(Period))
_GRANULARITIES: Final = frozenset(get_args(DateGranularity))
_MODIFIERS: Final = frozenset(get_args(DateModifier))
_MONEY_FIELDS: Final = _shared_fields_set(
    {"start", "end", "text", "value", "value_max", "currency", "qualifier", "per"}
)
_PERCENTAGE_FIELDS: Final = _shared_fields_set(
    {"start", "end", "text", "value", "value_max", "qualifier", "unit"}
)
_DATE_FIELDS: Final = _shared_fields_set(
    {"start", "end", "text", "year", "month", "day", "granularity", "relative", "modifier"}
)


def _span_ok(start: object, end: object, text: object) -> bool:
    return (
        type(start) is int
        and type(end) is int
        and type(text) is str
        and 0 <= start <= end
        and end - start == len(text)
    )


def _decimal_ok(value: object) -> bool:
    return type(value) is Decimal and value.is_finite()


def _word_ok(value: object, allowed: frozenset[str]) -> bool:
    return type(value) is str and value in allowed


def _int_or_none(value: object, low: int | None = None, high: int | None = None) -> bool:
    if value is None:
        return True
    if type(value) is not int:
        return False
    return (low is None or value >= low) and (high is None or value <= high)


def _built(cls: type[_ClaimBase], values: dict[str, Any], fields: set[str]) -> Any:
    claim = cls.__new__(cls)
    _set(claim, "__dict__", values)
    _set(claim, "__pydantic_fields_set__", fields)
    _set(claim, "__pydantic_extra__", None)
    _set(claim, "__pydantic_private__", None)
    return claim


def money_claim(
    start: int,
    end: int,
    text: str,
    value: Decimal,
    value_max: Decimal | None,
    currency: str | None,
    qualifier: str,
    per: str | None,
) -> Money:
    """Return ``Money(start=…, per=…)`` with these eight fields, validated only if needed."""
    if (
        _span_ok(start, end, text)
        and _decimal_ok(value)
        and (value_max is None or _decimal_ok(value_max))
        and (currency is None or type(currency) is str)
        and _word_ok(qualifier, _QUALIFIERS)
        and (per is None or _word_ok(per, _PERIODS))
    ):
        values = {"start": start, "end": end, "text": text, "kind": "money", "value": value,
                  "value_max": value_max, "currency": currency, "qualifier": qualifier,
                  "per": per}  # fmt: skip
        built: Money = _built(Money, values, _MONEY_FIELDS)
        return built
    return Money(start=start, end=end, text=text, value=value, value_max=value_max,
                 currency=currency, qualifier=qualifier, per=per)  # fmt: skip


def percentage_claim(
    start: int,
    end: int,
    text: str,
    value: Decimal,
    value_max: Decimal | None,
    qualifier: str,
    unit: str,
) -> Percentage:
    """Return ``Percentage(start=…, unit=…)`` with these seven fields, validated if needed."""
    if (
        _span_ok(start, end, text)
        and _decimal_ok(value)
        and (value_max is None or _decimal_ok(value_max))
        and _word_ok(qualifier, _QUALIFIERS)
        and (unit == "percent" or unit == "point")
        and type(unit) is str
    ):
        values = {"start": start, "end": end, "text": text, "kind": "percentage", "value": value,
                  "value_max": value_max, "qualifier": qualifier, "unit": unit}  # fmt: skip
        built: Percentage = _built(Percentage, values, _PERCENTAGE_FIELDS)
        return built
    return Percentage(start=start, end=end, text=text, value=value, value_max=value_max,
                      qualifier=qualifier, unit=unit)  # fmt: skip


def date_claim(
    start: int,
    end: int,
    text: str,
    year: int | None,
    month: int | None,
    day: int | None,
    granularity: str,
    relative: bool,
    modifier: str | None,
) -> DateClaim:
    """Return ``DateClaim(start=…, modifier=…)`` with these nine fields, validated if needed."""
    if (
        _span_ok(start, end, text)
        and _int_or_none(year)
        and _int_or_none(month, 1, 12)
        and _int_or_none(day, 1, 31)
        and _word_ok(granularity, _GRANULARITIES)
        and type(relative) is bool
        and (modifier is None or _word_ok(modifier, _MODIFIERS))
    ):
        values = {"start": start, "end": end, "text": text, "kind": "date", "year": year,
                  "month": month, "day": day, "granularity": granularity,
                  "relative": relative, "modifier": modifier}  # fmt: skip
        built: DateClaim = _built(DateClaim, values, _DATE_FIELDS)
        return built
    return DateClaim(start=start, end=end, text=text, year=year, month=month, day=day,
                     granularity=granularity, relative=relative,
                     modifier=modifier)  # fmt: skip


Claim = Annotated[Money | Percentage | DateClaim | Quote, Field(discriminator="kind")]
"""Any claim; ``kind`` tells which model it is."""

#: Validates and serialises lists of claims: ``ClaimList.dump_json(claims)``.
ClaimList: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])


_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a list of claims.

    >>> schema = json_schema()
    >>> sorted(schema["$defs"])
    ['DateClaim', 'Money', 'Percentage', 'Quote']
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    return {"$schema": _DRAFT, **ClaimList.json_schema()}


def record_schema() -> dict[str, Any]:
    """Return the JSON Schema of one line of ``claimkit extract``'s JSON Lines output.

    A line is one claim with the id of its document, ``doc_id``, first.

    >>> schema = record_schema()
    >>> schema["$defs"]["Money"]["required"][:2]
    ['doc_id', 'start']
    """
    base = ClaimList.json_schema()
    defs = base["$defs"]
    doc_id = {"type": "string", "description": "Id of the document the claim was found in."}
    for model in defs.values():
        model["properties"] = {"doc_id": doc_id, **model["properties"]}
        model["required"] = ["doc_id", *model.get("required", [])]
    one_of = base["items"]["oneOf"]
    return {
        "$schema": _DRAFT,
        "title": "claimkit extract record",
        "description": "One line of `claimkit extract --format jsonl`: a claim and its doc_id.",
        "oneOf": one_of,
        "discriminator": base["items"]["discriminator"],
        "$defs": defs,
    }
