"""The one-call API: :func:`extract` runs every extractor and merges the claims."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from claimkit.context import DocumentContext, coerce_reference_date, document_context
from claimkit.text import check_text, shared_scan

if TYPE_CHECKING:
    from claimkit.models import Claim

__all__ = [
    "KINDS",
    "Document",
    "coerce_reference_date",
    "extract",
    "extract_many",
    "resolve_kinds",
]


def _money(text: str, reference_date: dt.date | None, currency_hint: str | None) -> list[Claim]:
    from claimkit.money import extract_money

    return list(extract_money(text, currency_hint=currency_hint))


def _percentages(
    text: str, reference_date: dt.date | None, currency_hint: str | None
) -> list[Claim]:
    from claimkit.percentages import extract_percentages

    return list(extract_percentages(text))


def _dates(text: str, reference_date: dt.date | None, currency_hint: str | None) -> list[Claim]:
    from claimkit.dates import extract_dates

    return list(extract_dates(text, reference_date=reference_date))


def _quotes(text: str, reference_date: dt.date | None, currency_hint: str | None) -> list[Claim]:
    from claimkit.quotes import extract_quotes

    return list(extract_quotes(text))


_Extractor = Callable[[str, "dt.date | None", "str | None"], "list[Claim]"]

#: Every kind :func:`extract` knows, in the order they run.
_EXTRACTORS: dict[str, _Extractor] = {
    "money": _money,
    "percentage": _percentages,
    "date": _dates,
    "quote": _quotes,
}

KINDS: tuple[str, ...] = tuple(_EXTRACTORS)


def resolve_kinds(kinds: object, func: str = "extract") -> tuple[str, ...]:
    """Normalise the ``kinds`` argument: None (all), a name, "a,b", or an iterable of names.

    >>> resolve_kinds("money, percentage")
    ('money', 'percentage')
    >>> resolve_kinds(["monnaie"])
    Traceback (most recent call last):
    ...
    ValueError: extract() got unknown kind 'monnaie'; known kinds: money, percentage...
    """
    if kinds is None:
        return tuple(_EXTRACTORS)
    names: Sequence[object]
    if isinstance(kinds, str):
        names = [k.strip() for k in kinds.split(",") if k.strip()]
    elif isinstance(kinds, Iterable):
        names = list(kinds)
    else:
        raise TypeError(
            f"{func}() expects kinds as None, a str or an iterable of str, "
            f"got {type(kinds).__name__}"
        )
    out = []
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"{func}() expects kind names as str, got {type(name).__name__}")
        if name not in _EXTRACTORS:
            raise ValueError(
                f"{func}() got unknown kind {name!r}; known kinds: {', '.join(_EXTRACTORS)}"
            )
        if name not in out:
            out.append(name)
    return tuple(out)


def extract(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    currency_hint: str | None = None,
) -> list[Claim]:
    """Find every claim in French *text*, sorted by position.

    ``reference_date`` (the article's publication date) resolves relative dates;
    ``kinds`` restricts the extractors run; ``currency_hint`` (an ISO code) is what a bare
    ``$`` or ``francs`` means in this document when the text does not say.

    >>> [(c.kind, c.text) for c in extract("Le salaire atteint 900 000 $, soit 87 % de plus.")]
    [('money', '900 000 $'), ('percentage', '87 %')]
    >>> extract("Aucun chiffre ici.")
    []
    >>> extract(b"87 %")
    Traceback (most recent call last):
    ...
    TypeError: extract() expects text as str, got bytes; decode it first, e.g. data.decode('utf-8')
    """
    check_text(text, "extract")
    ref = coerce_reference_date(reference_date)
    names = resolve_kinds(kinds)
    if currency_hint is not None and not isinstance(currency_hint, str):
        raise TypeError(
            f"extract() expects currency_hint as an ISO 4217 str, "
            f"got {type(currency_hint).__name__}"
        )
    claims: list[Claim] = []
    if not text:
        return claims
    ctx = DocumentContext(text, reference_date=ref, currency_hint=currency_hint)
    # the extractors share the document's context and one pass of anchor scanning
    with document_context(ctx), shared_scan(text):
        for name in names:
            claims.extend(_EXTRACTORS[name](text, ref, currency_hint))
    claims.sort(key=lambda c: (c.start, -c.end, c.kind))
    return claims


Document = (
    str | tuple[str, "dt.date | str | None"] | tuple[str, "dt.date | str | None", "str | None"]
)
"""An item of :func:`extract_many`: a text, a (text, reference_date) pair, or a
(text, reference_date, currency_hint) triple whose hint wins over the call's."""


def _extract_one(
    item: Document,
    reference_date: dt.date | None,
    kinds: tuple[str, ...],
    currency_hint: str | None,
) -> list[Claim]:
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            raise TypeError(
                "extract_many() expects each item as a str, a (text, reference_date) pair or "
                f"a (text, reference_date, currency_hint) triple, got a tuple of {len(item)}"
            )
        text, ref = item[0], item[1]
        if len(item) == 3 and item[2] is not None:
            currency_hint = item[2]
        ref_date = coerce_reference_date(ref, "extract_many")
    else:
        text, ref_date = item, reference_date
    check_text(text, "extract_many")
    return extract(text, reference_date=ref_date, kinds=kinds, currency_hint=currency_hint)


def extract_many(
    texts: Iterable[Document],
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    currency_hint: str | None = None,
    jobs: int = 1,
    window: int | None = None,
) -> Iterator[list[Claim]]:
    """Extract from many texts, yielding one list of claims per text, in input order.

    Streaming: *texts* is read lazily and at most *window* texts (default ``4 * jobs``)
    are in flight, so a corpus never has to fit in memory.  Each item is a text or a
    ``(text, reference_date)`` pair; ``reference_date`` applies to plain texts.  With
    ``jobs > 1`` the work is spread over that many processes (claims are picklable);
    ``jobs=1`` runs in this process.

    >>> docs = ["87 %", "Rien.", ("Hier, 5 $.", "2023-07-27")]
    >>> [[c.kind for c in claims] for claims in extract_many(docs)]
    [['percentage'], [], ['date', 'money']]
    >>> next(extract_many([b"87 %"]))
    Traceback (most recent call last):
    ...
    TypeError: extract_many() expects text as str, got bytes; decode it first, e.g. ...
    """
    ref = coerce_reference_date(reference_date, "extract_many")
    names = resolve_kinds(kinds, "extract_many")
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"extract_many() expects jobs as an int >= 1, got {jobs!r}")
    size = window if window is not None else 4 * jobs
    if not isinstance(size, int) or size < 1:
        raise ValueError(f"extract_many() expects window as an int >= 1, got {window!r}")
    if jobs == 1:
        for item in texts:
            yield _extract_one(item, ref, names, currency_hint)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    pending: deque[Future[list[Claim]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in texts:
            pending.append(pool.submit(_extract_one, item, ref, names, currency_hint))
            if len(pending) >= size:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
