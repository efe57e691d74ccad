"""Render claims over their text as a self-contained HTML page (displaCy-style highlights).

:func:`render_html` turns one text and its claims into a page with inline CSS and no external
asset: each claim is a coloured ``<mark>`` (one colour per kind), its normalised value shows on
hover (the ``title`` attribute), and a quotation links to the mention of its speaker, which
gets an anchor id.  :func:`render_documents` puts several documents on one page, as
``claimkit extract --format html`` does.

The page's visible text is exactly the input: kind labels are drawn by CSS (``::after``
content), not written into the document, and everything taken from the text or the claims is
HTML-escaped.  Claims may nest (an amount inside a quotation); a claim that *crosses* another
is split into fragments so the markup stays well-formed and no offset moves.

:func:`layout` is the shared part: it turns a text and its claims into a flat list of
text/open/close events, which the terminal highlighter of ``claimkit show`` also uses.

This module does not fetch fonts, scripts or stylesheets, and it leaves serving the page
to you.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimkit.models import Claim, DateClaim, Money, Percentage, Quote

__all__ = [
    "KIND_COLOURS",
    "KIND_LABELS",
    "Close",
    "Mark",
    "Open",
    "describe",
    "layout",
    "render_documents",
    "render_html",
]

#: Background colour per kind, after displaCy's entity palette.
KIND_COLOURS: dict[str, str] = {
    "money": "#feca74",
    "percentage": "#c5e3a5",
    "date": "#bfe1d9",
    "quote": "#e5dcff",
    "speaker": "#7aecec",
}

#: The label drawn after each highlight; the same names as the spaCy component's span labels.
KIND_LABELS: dict[str, str] = {
    "money": "MONEY",
    "percentage": "PERCENT",
    "date": "DATE",
    "quote": "QUOTE",
    "speaker": "SPEAKER",
}


@dataclass(frozen=True)
class Mark:
    """A highlighted span: a claim, or the mention of a quotation's speaker (``claim=None``)."""

    start: int
    end: int
    kind: str
    claim: Claim | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Open:
    """Start of a fragment of *mark*; ``index`` of ``count`` fragments (1 unless crossed)."""

    mark: Mark
    index: int
    count: int


@dataclass(frozen=True)
class Close:
    """End of a fragment of *mark*; ``last`` when the mark ends here."""

    mark: Mark
    last: bool


Event = str | Open | Close


def _fmt(value: object) -> str:
    return "?" if value is None else str(value)


def describe(claim: Claim) -> str:
    """Summarise a claim's normalised value in one line (the hover text of the HTML page).

    >>> import claimkit
    >>> describe(claimkit.parse_money("près d'un million de dollars"))
    '1000000 USD (approximate)'
    >>> [describe(c) for c in claimkit.extract("Entre 3 et 5 % le 21 juillet 2023.")]
    ['3–5 % (range)', '2023-07-21']
    >>> describe(claimkit.extract_quotes("« Rien à dire », a déclaré Anne Martin.")[0])
    'Anne Martin, a déclaré (after)'
    >>> [describe(c) for c in claimkit.extract("En février dernier, il a lu « Le Petit Prince ».")]
    ['????-02 (relative)']
    """
    if isinstance(claim, Money):
        high = f"–{claim.value_max}" if claim.value_max is not None else ""
        currency = f" {claim.currency}" if claim.currency else " (no currency)"
        per = f" per {claim.per}" if claim.per else ""
        return f"{claim.value}{high}{currency} ({claim.qualifier}){per}"
    if isinstance(claim, Percentage):
        high = f"–{claim.value_max}" if claim.value_max is not None else ""
        unit = "%" if claim.unit == "percent" else "points"
        return f"{claim.value}{high} {unit} ({claim.qualifier})"
    if isinstance(claim, DateClaim):
        parts = [_fmt(claim.year).rjust(4, "?")]
        if claim.granularity != "year" or claim.month is not None:
            parts.append("??" if claim.month is None else f"{claim.month:02d}")
        if claim.granularity == "day":
            parts.append("??" if claim.day is None else f"{claim.day:02d}")
        extra = [x for x in (claim.modifier, "relative" if claim.relative else None) if x]
        return "-".join(parts) + (f" ({', '.join(extra)})" if extra else "")
    if isinstance(claim, Quote):
        who = claim.speaker or "speaker unknown"
        verb = f", {claim.verb}" if claim.verb else ""
        return f"{who}{verb} ({claim.attribution})"
    raise TypeError(f"describe() expects a claim, got {type(claim).__name__}")


def _marks(text: str, claims: Sequence[Claim], prefix: str) -> list[Mark]:
    marks: list[Mark] = []
    speakers: dict[tuple[int, int], str] = {}
    for claim in claims:
        if text[claim.start : claim.end] != claim.text:
            raise ValueError(
                f"claim {claim.text!r} at {claim.start}:{claim.end} does not match the text "
                f"there ({text[claim.start : claim.end]!r}): claims must come from this text"
            )
        anchor = None
        if isinstance(claim, Quote) and claim.speaker_start is not None:
            s, e = claim.speaker_start, claim.speaker_end
            if e is not None and 0 <= s < e <= len(text):
                anchor = speakers.setdefault((s, e), f"{prefix}speaker-{s}-{e}")
        if claim.end > claim.start:
            marks.append(Mark(claim.start, claim.end, claim.kind, claim, anchor))
    for (s, e), anchor in speakers.items():
        marks.append(Mark(s, e, "speaker", None, anchor))
    return marks


def layout(text: str, claims: Sequence[Claim], *, prefix: str = "") -> list[Event]:
    """Flatten *claims* over *text* into well-nested events: strings, :class:`Open`, :class:`Close`.

    The strings joined give *text* back.  Nested claims nest; a claim crossing another is
    closed and reopened around the boundary (several fragments).  Quotations with a speaker
    span add a ``speaker`` mark whose ``anchor`` is ``{prefix}speaker-{start}-{end}``.

    >>> import claimkit
    >>> text = "« Payer 900 000 $ ? », a déclaré Léa Martin."
    >>> events = layout(text, claimkit.extract(text))
    >>> [e if isinstance(e, str) else (type(e).__name__, e.mark.kind) for e in events]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['« ', ('Open', 'quote'), 'Payer ', ('Open', 'money'), '900 000 $', ('Close', 'money'),
     ' ?', ('Close', 'quote'), ' », a déclaré ', ('Open', 'speaker'), 'Léa Martin',
     ('Close', 'speaker'), '.']
    >>> layout("Rien à signaler.", [])
    ['Rien à signaler.']
    """
    marks = _marks(text, claims, prefix)
    order = {id(m): i for i, m in enumerate(marks)}
    marks.sort(key=lambda m: (m.start, -m.end, order[id(m)]))
    bounds = sorted({m.start for m in marks} | {m.end for m in marks})
    events: list[Event] = []
    stack: list[Mark] = []
    fragments: dict[int, int] = {}
    opens: list[Open] = []
    queue = list(reversed(marks))
    pos = 0
    for point in bounds:
        if point > pos:
            events.append(text[pos:point])
            pos = point
        ending = [i for i, m in enumerate(stack) if m.end == point]
        if ending:
            # Close everything above the lowest mark ending here, then reopen the survivors.
            above = stack[ending[0] :]
            del stack[ending[0] :]
            for m in reversed(above):
                events.append(Close(m, last=m.end == point))
            for m in above:
                if m.end != point:
                    fragments[id(m)] += 1
                    opens.append(Open(m, fragments[id(m)] - 1, 0))
                    events.append(opens[-1])
                    stack.append(m)
        while queue and queue[-1].start == point:
            m = queue.pop()
            fragments[id(m)] = 1
            opens.append(Open(m, 0, 0))
            events.append(opens[-1])
            stack.append(m)
    if pos < len(text):
        events.append(text[pos:])
    # Now that every mark's fragment count is known, fill it in.
    fixed = {id(o): Open(o.mark, o.index, fragments[id(o.mark)]) for o in opens}
    return [fixed.get(id(e), e) if isinstance(e, Open) else e for e in events]


_CSS = """
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  margin: 2em auto; max-width: 58em; padding: 0 1em; color: #222; background: #fff; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; color: #555; word-break: break-all; }
.ck-legend { margin: 0 0 1.5em; line-height: 2.2; }
.ck-legend .ck-item { margin-right: 1.6em; white-space: nowrap; }
.ck-legend .ck { font-size: .75em; font-weight: bold; }
article { border-top: 1px solid #ddd; padding-top: .5em; margin-bottom: 2em; }
.ck-text { white-space: pre-wrap; line-height: 2.4; font-size: 1.05em; }
.ck { padding: .15em .3em; border-radius: .35em; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; color: inherit; text-decoration: none; }
.ck[data-label]::after { content: attr(data-label); font-size: .62em; font-weight: bold;
  letter-spacing: .03em; margin-left: .45em; vertical-align: middle; opacity: .75; }
a.ck:hover, mark.ck:hover { outline: 1px solid #888; }
.ck-quote { border-bottom: 2px solid #9f86e6; }
.ck-speaker:target { outline: 3px solid #e0457b; }
.ck-summary { color: #666; font-size: .9em; }
"""


def _css() -> str:
    colours = "\n".join(
        f".ck-{kind} {{ background: {colour}; }}" for kind, colour in KIND_COLOURS.items()
    )
    return _CSS + colours + "\n"


def _open_tag(event: Open) -> str:
    m = event.mark
    esc = html.escape
    attrs = [f'class="ck ck-{m.kind}"']
    if m.claim is not None:
        attrs.append(f'title="{esc(describe(m.claim))}"')
    elif event.index == 0:
        attrs.append('title="speaker"')
    if m.kind == "speaker" and m.anchor is not None and event.index == 0:
        attrs.append(f'id="{esc(m.anchor)}"')
    if event.index == event.count - 1:
        attrs.append(f'data-label="{KIND_LABELS.get(m.kind, m.kind.upper())}"')
    if m.kind == "quote" and m.anchor is not None:
        return f'<a href="#{esc(m.anchor)}" {" ".join(attrs)}>'
    tag = "span" if m.kind == "speaker" else "mark"
    return f"<{tag} {' '.join(attrs)}>"


def _close_tag(event: Close) -> str:
    m = event.mark
    if m.kind == "quote" and m.anchor is not None:
        return "</a>"
    return "</span>" if m.kind == "speaker" else "</mark>"


def _body(text: str, claims: Sequence[Claim], prefix: str) -> str:
    out = []
    for event in layout(text, claims, prefix=prefix):
        if isinstance(event, str):
            out.append(html.escape(event, quote=False))
        elif isinstance(event, Open):
            out.append(_open_tag(event))
        else:
            out.append(_close_tag(event))
    return "".join(out)


def _legend(counts: dict[str, int]) -> str:
    items = [
        f'<span class="ck-item"><span class="ck ck-{kind}">{KIND_LABELS[kind]}</span> '
        f"{kind} × {counts.get(kind, 0)}</span>"
        for kind in ("money", "percentage", "date", "quote")
    ]
    speaker = (
        '<span class="ck-item"><span class="ck ck-speaker">SPEAKER</span> '
        "mention a quotation links to</span>"
    )
    return f'<p class="ck-legend">{"".join(items)}{speaker}</p>'


def render_documents(
    documents: Iterable[tuple[str, str, Sequence[Claim]]], *, title: str = "claimkit"
) -> str:
    """Render several ``(doc_id, text, claims)`` documents on one self-contained HTML page.

    Each document is an ``<article>`` whose ``<div class="ck-text">`` holds the text with its
    claims highlighted; anchor ids are prefixed per document (``d0-``, ``d1-``...).

    >>> import claimkit
    >>> docs = [(f"a{i}", t, claimkit.extract(t)) for i, t in enumerate(["87 %", "Rien."])]
    >>> page = render_documents(docs, title="Deux dépêches")
    >>> page.count("<article"), "<title>Deux dépêches</title>" in page
    (2, True)
    """
    counts: dict[str, int] = {}
    articles = []
    docs = list(documents)
    for n, (doc_id, text, claims) in enumerate(docs):
        for claim in claims:
            counts[claim.kind] = counts.get(claim.kind, 0) + 1
        summary = ", ".join(
            f"{sum(c.kind == k for c in claims)} {k}"
            for k in ("money", "percentage", "date", "quote")
        )
        # One document titled by its own id: the <h1> already names it.
        heading = "" if len(docs) == 1 and doc_id == title else f"<h2>{html.escape(doc_id)}</h2>\n"
        articles.append(
            f'<article id="d{n}">\n{heading}'
            f'<p class="ck-summary">{len(claims)} claims: {summary}</p>\n'
            f'<div class="ck-text">{_body(text, claims, f"d{n}-")}</div>\n</article>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="claimkit">\n<title>{html.escape(title)}</title>\n'
        f"<style>{_css()}</style>\n</head>\n<body>\n<h1>{html.escape(title)}</h1>\n"
        f"{_legend(counts)}\n" + "\n".join(articles) + "\n</body>\n</html>\n"
    )


def render_html(text: str, claims: Sequence[Claim], *, title: str = "claimkit") -> str:
    """Render *text* with its *claims* highlighted as a self-contained HTML page.

    Colours follow the kind, the hover text (``title``) gives the normalised value, and a
    quotation is a link to its speaker's mention.  Raises ``ValueError`` when a claim's span
    does not hold its text (claims from another text).

    >>> import claimkit
    >>> text = "Le poste est payé 900 000 $ <net>."
    >>> page = render_html(text, claimkit.extract(text))
    >>> '"900000 USD (exact)" data-label="MONEY">900 000 $</mark>' in page, "&lt;net&gt;" in page
    (True, True)
    >>> "<mark" in render_html("Aucun chiffre.", [])
    False
    """
    return render_documents([(title, text, claims)], title=title)
