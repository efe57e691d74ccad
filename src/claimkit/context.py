"""Document-level facts, worked out once per document and shared by every extractor.

A :class:`DocumentContext` holds what a reader knows about the whole article before reading
any one claim in it: its text, its reference (publication) date, the caller's currency hint,
and facts derived lazily from the text (the lowered text, and whatever further stages add:
place cues, people and organisations named).  Each derived fact is computed at most once, on
first use, and only when an extractor asks for it.

:func:`claimkit.extract` builds one context per document and makes it current while its
extractors run (:func:`document_context`); an extractor called on its own gets a fresh one
from :func:`context_for`.  The current context is a context variable, so each thread and
asyncio task has its own and results never depend on another call.
"""

from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from functools import cached_property
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claimkit._places import PlaceCues
    from claimkit.dates.tense import Tenses

__all__ = [
    "DocumentContext",
    "coerce_reference_date",
    "context_for",
    "document_context",
]


_ISO_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def coerce_reference_date(value: object, func: str = "extract") -> dt.date | None:
    """Accept a :class:`datetime.date`, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string.

    Exactly what the error message says: other ISO 8601 spellings that
    :meth:`datetime.date.fromisoformat` would take ("20230727", "2023-W30-4") are refused.

    >>> coerce_reference_date("2023-07-27")
    datetime.date(2023, 7, 27)
    >>> coerce_reference_date("20230727")
    Traceback (most recent call last):
    ...
    ValueError: extract() expects reference_date as an ISO date 'YYYY-MM-DD', got '20230727'
    >>> coerce_reference_date(None) is None
    True
    >>> coerce_reference_date(20230727)
    Traceback (most recent call last):
    ...
    TypeError: extract() expects reference_date as datetime.date, ISO string or None, got int...
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            if not _ISO_DATE_RE.fullmatch(value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"{func}() expects reference_date as an ISO date 'YYYY-MM-DD', got {value!r}"
            ) from None
    raise TypeError(
        f"{func}() expects reference_date as datetime.date, ISO string or None, "
        f"got {type(value).__name__}: {value!r:.40}"
    )


class DocumentContext:
    """What is known about one document as a whole, computed lazily and at most once.

    >>> ctx = DocumentContext("Le 3 mars, à Dakar.", reference_date="2023-07-27")
    >>> ctx.reference_date
    datetime.date(2023, 7, 27)
    >>> ctx.lowered
    'le 3 mars, à dakar.'
    """

    def __init__(
        self,
        text: str,
        *,
        reference_date: dt.date | str | None = None,
        currency_hint: str | None = None,
    ) -> None:
        self.text: Final[str] = text
        self.reference_date: Final[dt.date | None] = coerce_reference_date(reference_date)
        self.currency_hint: Final[str | None] = currency_hint

    def __repr__(self) -> str:
        return (
            f"DocumentContext({self.text[:30]!r}{'…' if len(self.text) > 30 else ''}, "
            f"reference_date={self.reference_date!r}, currency_hint={self.currency_hint!r})"
        )

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased (same length and offsets for the text claimkit handles)."""
        return self.text.lower()

    @cached_property
    def tenses(self) -> Tenses:
        """The tense-marked verbs of the text (:class:`claimkit.dates.tense.Tenses`)."""
        from claimkit.dates.tense import Tenses

        return Tenses(self.text)

    @cached_property
    def places(self) -> PlaceCues:
        """The document's place cues (cities, countries, institutions, demonyms), found once.

        ``places.main`` is where the document is from, as its cues weigh (the dateline and
        lead count more); ``places.nearest(pos, "franc")`` what a bare word means at *pos*.

        >>> DocumentContext("Dakar - Le budget du Sénégal.").places.main
        'SN'
        """
        from claimkit._places import find_places

        return find_places(self.text, self.lowered)


_CURRENT: Final[ContextVar[DocumentContext | None]] = ContextVar("claimkit_document", default=None)


class document_context:
    """Make *ctx* the current document for the extractors run inside the block.

    (A class rather than a generator-based context manager: :func:`claimkit.extract`
    enters one per call, and this costs a third as much.)
    """

    __slots__ = ("_ctx", "_token")

    def __init__(self, ctx: DocumentContext) -> None:
        self._ctx = ctx

    def __enter__(self) -> DocumentContext:
        self._token = _CURRENT.set(self._ctx)
        return self._ctx

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self._token)


def context_for(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    currency_hint: str | None = None,
) -> DocumentContext:
    """Return the current context when it is *text*'s, else a fresh one for *text*.

    Extractors call this on entry: inside :func:`claimkit.extract` they share the document's
    context; called on their own they build one.  Explicit arguments win over the current
    context's (an extractor called with another reference date gets its own context).

    >>> ctx = DocumentContext("87 %")
    >>> with document_context(ctx):
    ...     context_for("87 %") is ctx
    True
    >>> context_for("87 %") is ctx
    False
    """
    ctx = _CURRENT.get()
    ref = coerce_reference_date(reference_date)
    if (
        ctx is not None
        and (ctx.text is text or ctx.text == text)
        and (reference_date is None or ref == ctx.reference_date)
        and (currency_hint is None or currency_hint == ctx.currency_hint)
    ):
        return ctx
    return DocumentContext(text, reference_date=ref, currency_hint=currency_hint)
