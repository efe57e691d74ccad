"""A spaCy pipeline component: claimkit's claims as ``doc.spans["claims"]``.

Install with ``pip install "claimkit[spacy]"``.  The factory ``"claimkit"`` is registered
through the ``spacy_factories`` entry point (so ``nlp.add_pipe("claimkit")`` works without
importing this module) and again on import of ``claimkit.spacy``::

    import spacy

    nlp = spacy.blank("fr")  # or any French pipeline; no model is ever downloaded
    nlp.add_pipe("claimkit", config={"kinds": ["money", "quote"], "reference_date": "2023-07-27"})
    doc = nlp(text)
    for span in doc.spans["claims"]:
        print(span.label_, span.text, span._.claim)

Span labels are ``MONEY``, ``PERCENT``, ``DATE`` and ``QUOTE``.  Claims are found on the
characters of ``doc.text`` and their spans widened to whole tokens
(``doc.char_span(start, end, alignment_mode="expand")``); the claim itself (with its exact
character offsets) is ``span._.claim``, and ``doc._.claims`` lists them all.  The claims are
stored as plain JSON data (``doc._.claimkit_data``), so ``Doc.to_bytes``,
``DocBin(store_user_data=True)`` and pickling keep them.

The component does not tokenise, tag or parse: it only reads ``doc.text``.
"""

import datetime as dt
from collections.abc import Iterable
from typing import Any

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as _exc:  # pragma: no cover - only without spaCy
    raise ImportError("claimkit.spacy needs spaCy: pip install 'claimkit[spacy]'") from _exc

from claimkit._api import extract, resolve_kinds
from claimkit.context import coerce_reference_date
from claimkit.models import Claim, ClaimList

__all__ = ["DATA_EXTENSION", "LABELS", "ClaimkitComponent", "make_component"]

#: Span label per claim kind.
LABELS: dict[str, str] = {
    "money": "MONEY",
    "percentage": "PERCENT",
    "date": "DATE",
    "quote": "QUOTE",
}

#: The Doc extension holding the claims of a document as JSON data (``doc._.claimkit_data``).
#: An extension value lives in ``doc.user_data``, which ``DocBin(store_user_data=True)``,
#: ``Doc.to_bytes`` and pickling keep; the pydantic models are rebuilt on access.
DATA_EXTENSION = "claimkit_data"


def _stored(doc: Doc) -> list[dict[str, Any]]:
    data = doc._.get(DATA_EXTENSION)
    return list(data) if isinstance(data, list | tuple) else []  # msgpack gives tuples


def _doc_claims(doc: Doc) -> list[Claim]:
    return ClaimList.validate_python([entry["claim"] for entry in _stored(doc)])


_SPAN_ID_PREFIX = "claimkit-"


def _span_claim(span: Span) -> Claim | None:
    stored = _stored(span.doc)
    # The span id names the entry: two claims inside one token ("5€/6€") expand to the same
    # span and label, so offsets alone cannot tell them apart.
    span_id = span.id_
    if span_id.startswith(_SPAN_ID_PREFIX) and span_id[len(_SPAN_ID_PREFIX) :].isdigit():
        index = int(span_id[len(_SPAN_ID_PREFIX) :])
        if index < len(stored) and stored[index]["label"] == span.label_:
            return ClaimList.validate_python([stored[index]["claim"]])[0]
    for entry in stored:  # a span made by hand, or copied without its id
        if (
            entry["span_start"] == span.start_char
            and entry["span_end"] == span.end_char
            and entry["label"] == span.label_
        ):
            return ClaimList.validate_python([entry["claim"]])[0]
    return None


if not Span.has_extension("claim"):
    Span.set_extension("claim", getter=_span_claim)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_doc_claims)
if not Doc.has_extension(DATA_EXTENSION):
    Doc.set_extension(DATA_EXTENSION, default=None)


class ClaimkitComponent:
    """Find claims in ``doc.text`` and store them as spans in ``doc.spans[spans_key]``.

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> component = ClaimkitComponent(kinds=["money"])
    >>> doc = component(nlp("Le poste est payé 900 000 $ par an."))
    >>> [(s.label_, s.text) for s in doc.spans["claims"]]
    [('MONEY', '900 000 $ par an')]
    >>> component(nlp("Aucun chiffre ici.")).spans["claims"].__len__()
    0
    """

    def __init__(
        self,
        *,
        kinds: Iterable[str] | None = None,
        reference_date: dt.date | str | None = None,
        spans_key: str = "claims",
    ) -> None:
        self.kinds = resolve_kinds(kinds, "claimkit component")
        self.reference_date = coerce_reference_date(reference_date, "claimkit component")
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Add the claims of *doc* to ``doc.spans`` and ``doc._.claimkit_data``; return *doc*."""
        spans: list[Span] = []
        stored: list[dict[str, Any]] = []
        claims = extract(doc.text, reference_date=self.reference_date, kinds=self.kinds)
        for claim in claims:
            label = LABELS[claim.kind]
            span = doc.char_span(
                claim.start,
                claim.end,
                label=label,
                alignment_mode="expand",
                span_id=f"{_SPAN_ID_PREFIX}{len(stored)}",
            )
            if span is None:  # a span of whitespace only: no token to hang it on
                continue
            spans.append(span)
            stored.append(
                {
                    "label": label,
                    "span_start": span.start_char,
                    "span_end": span.end_char,
                    "claim": claim.model_dump(mode="json"),
                }
            )
        doc.spans[self.spans_key] = spans
        doc._.set(DATA_EXTENSION, stored)
        return doc


@Language.factory(
    "claimkit",
    default_config={"kinds": None, "reference_date": None, "spans_key": "claims"},
)
def make_component(
    nlp: Language,
    name: str,
    kinds: list[str] | None,
    reference_date: str | None,
    spans_key: str,
) -> ClaimkitComponent:
    """Build the ``"claimkit"`` pipeline component (spaCy calls this via ``nlp.add_pipe``).

    ``kinds`` (default: all) limits the extractors; ``reference_date`` (ISO string) resolves
    relative dates ("hier"); ``spans_key`` names the span group (default ``"claims"``).

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("claimkit", config={"reference_date": "2023-07-27"})
    >>> doc = nlp("Hier, 87 % des acteurs ont voté la grève.")
    >>> [(s.label_, s.text) for s in doc.spans["claims"]]
    [('DATE', 'Hier'), ('PERCENT', '87 %')]
    >>> doc.spans["claims"][0]._.claim.date
    datetime.date(2023, 7, 26)
    >>> [s._.claim.value for s in doc.spans["claims"] if s.label_ == "PERCENT"]
    [Decimal('87')]
    """
    return ClaimkitComponent(kinds=kinds, reference_date=reference_date, spans_key=spans_key)
