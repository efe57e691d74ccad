"""The one-call API: :func:`extract` runs every extractor and merges the claims."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimkit._wrapping import unwrapped
from claimkit.anchors import shared_scan
from claimkit.context import DocumentContext, coerce_reference_date, document_context
from claimkit.text import check_text

if TYPE_CHECKING:
    from claimkit.models import Claim

__all__ = [
    "KINDS",
    "Document",
    "coerce_reference_date",
    "extract",
    "extract_many",
    "iter_claims",
    "resolve_kinds",
    "split_text",
]


def _module(name: str) -> Any:
    """Return the imported module *name*, importing it on first need.

    A ``from claimkit.money import extract_money`` inside each wrapper cost ~0.6 µs a call
    (``importlib``'s from-list handling for a package), a tenth of a sentence's fixed cost.
    """
    module = sys.modules.get(name)
    return module if module is not None else importlib.import_module(name)


def _money(text: str, reference_date: dt.date | None, currency_hint: str | None) -> Sequence[Claim]:
    found: Sequence[Claim] = _module("claimkit.money").extract_money(
        text, currency_hint=currency_hint
    )
    return found


def _percentages(
    text: str, reference_date: dt.date | None, currency_hint: str | None
) -> Sequence[Claim]:
    found: Sequence[Claim] = _module("claimkit.percentages").extract_percentages(text)
    return found


def _dates(text: str, reference_date: dt.date | None, currency_hint: str | None) -> Sequence[Claim]:
    # extract_dates never reports a year outside 1..9999, even at the calendar's edge
    found: Sequence[Claim] = _module("claimkit.dates").extract_dates(
        text, reference_date=reference_date
    )
    return found


def _quotes(
    text: str, reference_date: dt.date | None, currency_hint: str | None
) -> Sequence[Claim]:
    found: Sequence[Claim] = _module("claimkit.quotes").extract_quotes(text)
    return found


_Extractor = Callable[[str, "dt.date | None", "str | None"], "Sequence[Claim]"]

#: Every kind :func:`extract` knows, in the order they run.
_EXTRACTORS: dict[str, _Extractor] = {
    "money": _money,
    "percentage": _percentages,
    "date": _dates,
    "quote": _quotes,
}

KINDS: tuple[str, ...] = tuple(_EXTRACTORS)

#: The module each kind's extractor lives in.
_MODULES: dict[str, str] = {
    "money": "claimkit.money",
    "percentage": "claimkit.percentages",
    "date": "claimkit.dates",
    "quote": "claimkit.quotes",
}


#: The kinds whose extractor module :func:`_load` has imported (only grows).
_LOADED: set[str] = set()


def _load(names: tuple[str, ...]) -> None:
    """Import the extractors of *names* before the shared scan is built.

    Each extractor registers its anchor words when its module is imported; the shared scan
    of :func:`extract` looks for the words registered when it first scans, so loading every
    extractor first lets the first call scan once for all of them (later calls do anyway).
    Only speed depends on it: an extractor whose words are missing scans on its own.
    """
    if _LOADED.issuperset(names):
        return
    for name in names:
        module = _MODULES[name]
        if module not in sys.modules:
            importlib.import_module(module)
        _LOADED.add(name)


def resolve_kinds(kinds: object, func: str = "extract") -> tuple[str, ...]:
    """Normalise the ``kinds`` argument: None (all), a name, "a,b", or an iterable of names.

    >>> resolve_kinds("money, percentage")
    ('money', 'percentage')
    >>> resolve_kinds(["monnaie"])
    Traceback (most recent call last):
    ...
    ValueError: extract() got unknown kind 'monnaie'; known kinds: money, percentage...
    >>> resolve_kinds([])
    Traceback (most recent call last):
    ...
    ValueError: extract() got no kind; give None for all, or some of: money, percentage...
    """
    if kinds is None:
        return KINDS
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
    if not out:  # kinds=[] would silently extract nothing
        raise ValueError(
            f"{func}() got no kind; give None for all, or some of: {', '.join(_EXTRACTORS)}"
        )
    return tuple(out)


def _check_hint(currency_hint: object, func: str) -> None:
    if currency_hint is not None and not isinstance(currency_hint, str):
        raise TypeError(
            f"{func}() expects currency_hint as an ISO 4217 str, got {type(currency_hint).__name__}"
        )


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
    _check_hint(currency_hint, "extract")
    claims: list[Claim] = []
    if not text:
        return claims
    _load(names)
    # hard-wrapped wire copy is read with its in-sentence line breaks as spaces (same
    # offsets); each claim's text is then taken back from the original
    read = unwrapped(text)
    ctx = DocumentContext(read, reference_date=ref, currency_hint=currency_hint)
    # the extractors share the document's context and one pass of anchor scanning
    with document_context(ctx), shared_scan(read):
        for name in names:
            claims.extend(_EXTRACTORS[name](read, ref, currency_hint))
    if read is not text:
        claims = [c.model_copy(update={"text": text[c.start : c.end]}) for c in claims]
    if len(claims) > 1:
        claims.sort(key=_order)
    return claims


def _order(claim: Claim) -> tuple[int, int, str]:
    """Sort key of :func:`extract`'s claims: by start, the longer first, then by kind."""
    return (claim.start, -claim.end, claim.kind)


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
    ``jobs > 1`` the work is spread over that many processes (claims are picklable), which
    ignore Ctrl-C (the caller's process gets it and stops the pool); ``jobs=1`` runs in
    this process.  The arguments are checked at the call, before any text is read.

    >>> docs = ["87 %", "Rien.", ("Hier, 5 $.", "2023-07-27")]
    >>> [[c.kind for c in claims] for claims in extract_many(docs)]
    [['percentage'], [], ['date', 'money']]
    >>> next(extract_many([b"87 %"]))
    Traceback (most recent call last):
    ...
    TypeError: extract_many() expects text as str, got bytes; decode it first, e.g. ...
    >>> extract_many("87 %")
    Traceback (most recent call last):
    ...
    TypeError: extract_many() expects an iterable of texts, got one str; use extract(text)...
    """
    if isinstance(texts, str | bytes | bytearray):
        raise TypeError(
            f"extract_many() expects an iterable of texts, got one {type(texts).__name__}; "
            "use extract(text) for one text, or extract_many([text])"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many() expects an iterable of texts, got {type(texts).__name__}")
    ref = coerce_reference_date(reference_date, "extract_many")
    names = resolve_kinds(kinds, "extract_many")
    _check_hint(currency_hint, "extract_many")
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"extract_many() expects jobs as an int >= 1, got {jobs!r}")
    size = window if window is not None else 4 * jobs
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"extract_many() expects window as an int >= 1, got {window!r}")
    if jobs == 1:
        return (_extract_one(item, ref, names, currency_hint) for item in texts)
    return _pooled(texts, ref, names, currency_hint, jobs, size)


def _ignore_sigint() -> None:
    """Worker initialiser: Ctrl-C reaches the whole process group; the parent handles it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pooled(
    texts: Iterable[Document],
    ref: dt.date | None,
    names: tuple[str, ...],
    currency_hint: str | None,
    jobs: int,
    size: int,
) -> Iterator[list[Claim]]:
    from concurrent.futures import Future, ProcessPoolExecutor

    pending: deque[Future[list[Claim]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    try:
        for item in texts:
            pending.append(pool.submit(_extract_one, item, ref, names, currency_hint))
            if len(pending) >= size:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # On an error, Ctrl-C or a consumer that stops early, drop the queued work
        # instead of finishing it: only the texts already running are waited for.
        pool.shutdown(wait=True, cancel_futures=True)


#: Texts longer than this are read in pieces by :func:`iter_claims` (and ``claimkit extract``).
CHUNK_SIZE: int = 500_000


def split_text(text: str, size: int = CHUNK_SIZE) -> Iterator[tuple[int, int]]:
    r"""Cut *text* into consecutive (start, end) pieces of at most *size* characters.

    A piece ends after the last line break of its second half, else after its last
    sentence end (". "), else after its last space; a piece of *size* characters with none
    of these (base64) is cut where it is.  A text of at most *size* characters is one piece.

    >>> list(split_text("Un.\nDeux.\nTrois.", size=10))
    [(0, 10), (10, 16)]
    >>> list(split_text(""))
    [(0, 0)]
    """
    n = len(text)
    pos = 0
    while n - pos > size:
        hi = pos + size
        lo = pos + size // 2
        cut = text.rfind("\n", lo, hi)
        if cut < 0:
            cut = text.rfind(". ", lo, hi - 1)
            if cut >= 0:
                cut += 1
        if cut < 0:
            cut = text.rfind(" ", lo, hi)
        end = cut + 1 if cut >= 0 else hi
        yield pos, end
        pos = end
    yield pos, n


def _shift(claim: Claim, offset: int) -> Claim:
    """Return *claim* with its offsets moved *offset* characters on."""
    update: dict[str, int] = {"start": claim.start + offset, "end": claim.end + offset}
    speaker_start = getattr(claim, "speaker_start", None)
    speaker_end = getattr(claim, "speaker_end", None)
    if speaker_start is not None and speaker_end is not None:
        update["speaker_start"] = speaker_start + offset
        update["speaker_end"] = speaker_end + offset
    moved = claim.model_copy(update=update)
    # model_copy gives the copy a set of its own; share the original's (see models.py)
    object.__setattr__(moved, "__pydantic_fields_set__", claim.model_fields_set)
    return moved


def iter_claims(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    currency_hint: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Claim]:
    r"""Yield the claims of *text* in order, holding the claims of one piece at a time.

    For a text of at most *chunk_size* characters (any article: the default is 500,000)
    this yields exactly :func:`extract`'s list.  A longer text (a corpus dump, a scraped
    page of figures) is read in pieces cut at line breaks (see :func:`split_text`), each
    extracted as a document of its own, so memory stays bounded by one piece's claims
    whatever the text's size: facts a piece takes from the whole document (a speaker's full
    name given pieces earlier, a currency implied far away) are not carried across pieces.
    Arguments are checked at the call.

    >>> [c.text for c in iter_claims("Hier, 87 % et 5 $.", reference_date="2023-07-27")]
    ['Hier', '87 %', '5 $']
    >>> [(c.start, c.text) for c in iter_claims("1 %\n2 %\n3 %", chunk_size=4)]
    [(0, '1 %'), (4, '2 %'), (8, '3 %')]
    """
    check_text(text, "iter_claims")
    ref = coerce_reference_date(reference_date, "iter_claims")
    names = resolve_kinds(kinds, "iter_claims")
    _check_hint(currency_hint, "iter_claims")
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise ValueError(f"iter_claims() expects chunk_size as an int >= 1, got {chunk_size!r}")
    return _iter_pieces(text, ref, names, currency_hint, chunk_size)


def _iter_pieces(
    text: str, ref: dt.date | None, names: tuple[str, ...], hint: str | None, size: int
) -> Iterator[Claim]:
    if len(text) <= size:
        yield from extract(text, reference_date=ref, kinds=names, currency_hint=hint)
        return
    for start, end in split_text(text, size):
        claims = extract(text[start:end], reference_date=ref, kinds=names, currency_hint=hint)
        for claim in claims:
            yield _shift(claim, start) if start else claim
        del claims
