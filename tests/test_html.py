"""render_html: a self-contained page whose visible text is exactly the input."""

from __future__ import annotations

import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimkit
from claimkit.html import Close, Open, describe, layout, render_documents, render_html
from claimkit.models import DateClaim, Money, Percentage, Quote

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))
VOID = {"meta", "br", "link", "img", "hr", "input"}


class Page(HTMLParser):
    """Checks the tags nest and collects the text of every ``div.ck-text``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.texts: list[list[str]] = []
        self.depth: int | None = None  # stack depth of the open ck-text div
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.titles: list[str] = []
        self.labels: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if a.get("href") is not None:
            self.hrefs.append(a["href"] or "")
        if self.depth is not None:
            if a.get("title"):
                self.titles.append(a["title"] or "")
            if a.get("data-label"):
                self.labels.append(a["data-label"] or "")
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "div" and a.get("class") == "ck-text":
            self.depth = len(self.stack)
            self.texts.append([])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        if self.depth == len(self.stack):
            self.depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth is not None:
            self.texts[-1].append(data)


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def visible(page: str) -> list[str]:
    return ["".join(parts) for parts in parse(page).texts]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_visible_text_is_the_input_on_every_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    claims = claimkit.extract(text)
    page = render_html(text, claims, title=path.name)
    assert visible(page) == [text]
    parsed = parse(page)
    speakers = {
        (q.speaker_start, q.speaker_end)
        for q in claims
        if isinstance(q, Quote) and q.speaker_start is not None
    }
    expected = [describe(c) for c in claims] + ["speaker"] * len(speakers)
    assert sorted(parsed.titles) == sorted(expected)


def test_money_inside_a_quote_nests() -> None:
    text = "« Il faut payer 900 000 $ par an », a déclaré Léa Martin."
    claims = claimkit.extract(text)
    assert {c.kind for c in claims} == {"money", "quote"}
    page = render_html(text, claims)
    assert visible(page) == [text]
    body = page.split('class="ck-text">', 1)[1]
    # the <mark> of the amount sits inside the <a> of the quotation
    assert re.search(r'<a href="#[^"]+" class="ck ck-quote"[^>]*>Il faut payer <mark', body)
    assert "par an</mark></a>" in body


def test_quote_links_to_its_speaker_mention() -> None:
    text = "Anne Martin enseigne à Lyon. « C'est un faux-fuyant », a déclaré Martin."
    (quote,) = claimkit.extract_quotes(text)
    page = render_html(text, [quote])
    parsed = parse(page)
    anchor = f"d0-speaker-{quote.speaker_start}-{quote.speaker_end}"
    assert parsed.hrefs == [f"#{anchor}"]
    assert anchor in parsed.ids
    assert ">Martin</span>" in page
    assert 'title="Anne Martin, a déclaré (after)"' in page


def test_crossing_claims_are_split_and_stay_well_formed() -> None:
    text = "abcdefghijklmnop"
    a = Money(start=0, end=10, text=text[0:10], value=Decimal(1), currency="EUR")
    b = Percentage(start=5, end=15, text=text[5:15], value=Decimal(2))
    c = DateClaim(start=7, end=9, text=text[7:9], year=2023)
    page = render_html(text, [a, b, c])
    assert visible(page) == [text]
    parsed = parse(page)
    # every claim drawn with its label exactly once, on its last fragment
    assert sorted(parsed.labels) == ["DATE", "MONEY", "PERCENT"]
    events = layout(text, [a, b, c])
    assert "".join(e for e in events if isinstance(e, str)) == text
    opens = [e for e in events if isinstance(e, Open)]
    assert [(o.mark.kind, o.index, o.count) for o in opens if o.mark.kind == "percentage"] == [
        ("percentage", 0, 2),
        ("percentage", 1, 2),
    ]
    assert sum(isinstance(e, Close) and e.last for e in events) == 3


def test_same_span_claims_and_empty_text() -> None:
    text = "2023"
    d = DateClaim(start=0, end=4, text="2023", year=2023, granularity="year")
    p = Percentage(start=0, end=4, text="2023", value=Decimal(2023))
    assert visible(render_html(text, [d, p])) == [text]
    assert visible(render_html("", [])) == [""]


def test_everything_is_escaped_and_nothing_is_fetched() -> None:
    text = '<script>alert("x")</script> & <b>gras</b> payé 900 000 $ "net"'
    claims = claimkit.extract(text)
    page = render_html(text, claims, title="<titre> & co")
    assert "<script>" not in page
    assert "<b>" not in page
    assert "&lt;titre&gt; &amp; co" in page
    assert visible(page) == [text]
    parsed = parse(page)
    assert set(parsed.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "p",
        "span",
        "article",
        "h2",
        "div",
        "mark",
        "a",
    }
    assert not re.search(r"https?://|src=|<link|@import|url\(", page)
    assert all(h.startswith("#") for h in parsed.hrefs)


def test_several_documents_get_distinct_anchor_ids() -> None:
    text = "« C'est un faux-fuyant », a déclaré Anne Martin."
    claims = claimkit.extract(text)
    page = render_documents([("a", text, claims), ("b", text, claims)])
    parsed = parse(page)
    assert visible(page) == [text, text]
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(h[1:] in parsed.ids for h in parsed.hrefs)
    assert len(parsed.hrefs) == 2


def test_claims_from_another_text_are_refused() -> None:
    claims = claimkit.extract("Il gagne 900 000 $.")
    with pytest.raises(ValueError, match="does not match the text"):
        render_html("Un autre texte, bien plus long que le premier.", claims)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            Money(
                start=0,
                end=1,
                text="x",
                value=Decimal(300000),
                value_max=Decimal(900000),
                currency="USD",
                qualifier="range",
                per="year",
            ),
            "300000–900000 USD (range) per year",
        ),
        (Money(start=0, end=1, text="x", value=Decimal(5)), "5 (no currency) (exact)"),
        (Percentage(start=0, end=1, text="x", value=Decimal(3), unit="point"), "3 points (exact)"),
        (DateClaim(start=0, end=1, text="x", year=2023, month=7, day=21), "2023-07-21"),
        (DateClaim(start=0, end=1, text="x", year=1960, granularity="year"), "1960"),
        (
            DateClaim(start=0, end=1, text="x", month=6, granularity="month", modifier="start"),
            "????-06 (start)",
        ),
        (Quote(start=0, end=1, text="x"), "speaker unknown (none)"),
    ],
)
def test_describe(claim: claimkit.Claim, expected: str) -> None:
    assert describe(claim) == expected
