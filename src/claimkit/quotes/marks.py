"""Pairing quotation marks, paragraph by paragraph, and masking the quoted words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

import regex

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.text import fold_apostrophes

#: Any quotation mark this module pairs.  ‹ › (rare in French news) are left out.
#: (The standard ``re`` module: it scans for a class of plain characters twice as fast.)
_MARK_RE: Final = re.compile(r"""["«»“”„‘’]""")
_MARK_NO_APOSTROPHE_RE: Final = re.compile(r"""["«»“”„‘]""")

_MAX_UNCLOSED: Final = 2500  # an unclosed quotation longer than this is damage, not speech
_MAX_DEPTH: Final = 6  # deeper nesting is damage; extra openings are ignored

_NOT_NEWLINE_RE: Final = LazyRegex(r"[^\n]")

_Role = Literal["open", "close", "none"]


@dataclass(frozen=True, slots=True)
class _Cand:
    """A paired quotation: marks at ``open``/``close`` (None when unclosed)."""

    open: int
    close: int | None
    start: int  # content span, spaces trimmed
    end: int
    para: int  # start of the paragraph
    part: int = 0  # 1 and 2 for the halves of a quotation an incise splits, else 0


# --------------------------------------------------------------------------- pairing


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int, top_is_straight: bool) -> _Role:
    """Read a straight quote's direction from its neighbours: ' "mot' opens, 'mot" ' closes."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_open = prev.isspace() or prev in "([{—–-:/'’«“"
    right_open = nxt.isspace() or nxt in ".,;:!?)]}»”…" or nxt == ""
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "close" if top_is_straight else "open"


def _pair_paragraph(
    text: str, start: int, end: int, marks: re.Pattern[str] = _MARK_RE
) -> list[_Cand]:
    """Pair the quotation marks of ``text[start:end]`` in one left-to-right scan."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int | None]] = []
    for m in marks.finditer(text, start, end):
        i, ch = m.start(), m.group()
        nxt = text[i + 1] if i + 1 < end else " "
        prev = text[i - 1] if i > start else " "
        role: _Role
        if ch in "«„":
            role = "open"
        elif ch == "»":
            role = "close"
        elif ch == "“":
            # "…en salle“," : a typo closing with an opening mark.
            role = "close" if stack and not prev.isspace() and not _is_word_char(nxt) else "open"
        elif ch == "”":
            role = "open" if not stack and prev.isspace() and _is_word_char(nxt) else "close"
        elif ch == "‘":
            role = "open"
        elif ch == "’":
            # An apostrophe unless a ‘ is open and no letter follows.
            role = "close" if stack and stack[-1][1] == "‘" and not _is_word_char(nxt) else "none"
        else:
            role = _straight_role(text, i, bool(stack) and stack[-1][1] == '"')
        if role == "open":
            if len(stack) < _MAX_DEPTH:
                stack.append((i, ch))
        elif role == "close" and stack:
            o, _ = stack.pop()
            pairs.append((o, i))
    if stack:
        o = stack[0][0]
        # Left open: runs to the paragraph end when it opens a sentence ("« Ma voix…").
        before = text[start:o].rstrip()
        if (not before or before[-1] in ".!?:…") and end - o <= _MAX_UNCLOSED:
            pairs.append((o, None))
    pairs.sort(key=lambda p: (p[0], -(p[1] if p[1] is not None else end)))
    out: list[_Cand] = []
    reach = -1
    for o, c in pairs:
        stop = c if c is not None else end
        if o < reach:  # nested inside a quotation already kept
            continue
        reach = stop
        s, e = o + 1, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Cand(o, c, s, e, start))
    return out


def _pair_marks(text: str) -> list[_Cand]:
    """Pair marks paragraph by paragraph: a quotation never crosses a line break.

    Only paragraphs holding a mark are read.  Without any ‘ in the text, ’ is always an
    apostrophe (it closes only an open ‘), so the scan skips it: French uses it in every
    other word.
    """
    marks = _MARK_RE if "‘" in text else _MARK_NO_APOSTROPHE_RE
    out: list[_Cand] = []
    n = len(text)
    m = marks.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        nl = text.find("\n", m.start())
        stop = n if nl < 0 else nl
        out.extend(_pair_paragraph(text, start, stop, marks))
        if nl < 0:
            break
        m = marks.search(text, nl + 1)
    return out


def _mask(text: str, cands: list[_Cand]) -> str:
    """Blank the content of every quotation, line breaks kept.

    Words quoted are never read as names, verbs or sentence ends.  *cands* are in order and
    do not overlap.
    """
    parts: list[str] = []
    pos = 0
    for c in cands:
        parts.append(text[pos : c.start])
        content = text[c.start : c.end]
        parts.append(_NOT_NEWLINE_RE.sub(" ", content) if "\n" in content else " " * len(content))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)


#: An incise inside the marks: "…, dit-elle, …", "…?, clame-t-il. …", "…, a-t-il ajouté, …".
_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>[?!…]?,|[?!…])[ \t\xa0\u202f]+"
    r"(?P<verb>(?:a|avait|ont)-t?-?(?:il|elle|ils|elles)[ \t\xa0\u202f]+\p{Ll}+"
    r"|\p{Ll}+(?:-t)?-(?:il|elle|ils|elles))"
    r"[ \t\xa0\u202f]*(?P<post>[,.;])[ \t\xa0\u202f]+(?=\S)"
)


#: An incise with a noun subject: "…, réagit le candidat, …", "…, explique Awa Diop. …".
_NOUN_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>[?!…]?,|[?!…])[ \t\xa0\u202f]+"
    r"(?P<verb>(?:(?:a|ont|avait)[ \t\xa0\u202f]+)?\p{Ll}+)[ \t\xa0\u202f]+"
    r"(?:(?:ainsi|aussi|encore|alors|également|donc|enfin|même)[ \t\xa0\u202f]+)?"
    r"(?:(?:le|la|les|l['\u2019])[ \t\xa0\u202f]*\p{L}[^,.;:!?«»\"“”\n]{0,60}?"
    r"|\p{Lu}[\p{L}\d'\u2019\-]+(?:\.\p{Ll}{2,4})?"
    r"(?:[ \t\xa0\u202f]+(?:\p{Lu}[\p{L}'\u2019\-]+|de|du|Le|La)){0,3})"
    r"[ \t\xa0\u202f]*(?P<post>[,.;])[ \t\xa0\u202f]+(?=\S)"
)


#: A source incise: "« Ce qui l'atteste, selon lui, c'est le respect »".
_SOURCE_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>,)[ \t\xa0\u202f]+"
    r"(?P<verb>(?:selon|d'après|d\u2019après)[ \t\xa0\u202f]+(?:lui|elle|eux|elles))"
    r"[ \t\xa0\u202f]*(?P<post>,)[ \t\xa0\u202f]+(?=\S)"
)
_SOURCE_INCISES: Final = frozenset(
    f"{p} {w}" for p in ("selon", "d'après") for w in ("lui", "elle", "eux", "elles")
)


def _verb(m: regex.Match[str]) -> str:
    return " ".join(fold_apostrophes(m.group("verb")).lower().split())


def _find_incise(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Return the first incise inside ``text[start:end]`` whose verb is one of saying."""
    found: regex.Match[str] | None = None
    for pattern, table in (
        (_INCISE_RE, lex.INVERTED_VERBS),
        (_NOUN_INCISE_RE, lex.REPORTING_VERBS),
        (_SOURCE_INCISE_RE, _SOURCE_INCISES),
    ):
        m = pattern.search(text, start, end)
        while m is not None and _verb(m) not in table:
            m = pattern.search(text, m.end("verb"), end)
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    return found


def _split_incises(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Split each quotation an incise interrupts inside its marks into two halves.

    « Nous irons, dit-elle, jusqu'au bout » is two quotations, « Nous irons » and « jusqu'au
    bout », both credited to the speaker of the incise; the incise is left outside both, as
    text the attribution reads.  Only a verb of saying counts, with its clitic subject
    ("dit-elle", "a-t-il ajouté") or a noun subject after it ("réagit le candidat"), or a
    source pronoun ("selon lui").
    """
    out: list[_Cand] = []
    for c in cands:
        m = _find_incise(text, c.start, c.end)
        if m is None:
            out.append(c)
            continue
        kept = 1 if m.group("pre")[0] in "?!…" else 0
        first_end = m.start("pre") + kept
        comma = m.start("pre") + kept  # the first half closes here, for its attribution
        second_start = m.end()
        if first_end <= c.start or second_start >= c.end:
            out.append(c)
            continue
        out.append(_Cand(c.open, comma, c.start, first_end, c.para, 1))
        out.append(_Cand(m.end("post") - 1, c.close, second_start, c.end, c.para, 2))
    return out
