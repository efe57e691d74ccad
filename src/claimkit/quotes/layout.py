r"""Attributions read from the page's layout: lines, headings, list items and ledes.

"« … »\n\n– Nick Suzuki" (a name line under a quotation), "Les déclarations de Martin
St-Louis :\n• « … »" (a heading over a list), "Le plus abattu : Antoine Kombouaré
(Dijon)\n\n« … »" (a heading ending on a name), "« … » Beau joueur, Ludovic Magnin
reconnaissait …" (a quotation opening a paragraph, then a sentence about its speaker).
Each reads a bounded stretch of text around one quotation.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.models import Quote
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.marks import _Cand
from claimkit.quotes.mentions import _Attr, _Mention


def _lede_subject(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Credit a quotation opening its paragraph to the person the next sentence is about.

    "« Nous avons perdu contre une équipe qui marche sur l'eau ! » Beau joueur, Ludovic
    Magnin reconnaissait la supériorité du Servette.": the sentence right after the marks,
    in the same paragraph, opens (maybe after a short phrase and a comma) on a person named
    in full, followed by a verb.  Read from the text: the tokens of the fast reading stop at
    the sentence after a quotation.
    """
    text = doc.text
    if cand.close is None or cand.part or text[cand.para : cand.open].strip(BULLETS):
        return None
    lo = cand.close + 1
    stop = _STOP_AFTER_RE.match(text, lo)
    if stop is None and text[cand.close - 1] not in ".!?…":
        return None
    m = _LEDE_SUBJECT_RE.match(text, stop.end() if stop is not None else lo)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in lex.NOT_SPEAKERS or words[0] in lex.NOT_NAMES or not doc.name_count.get(name):
        return None  # a person's name the document lists, not "Le Conseil"
    start = m.start("name")
    return _Attr(_Mention("name", start, start + len(name), name), "after", None, False)


#: The start of the sentence after a quotation: maybe a short phrase and a comma, then a
#: name of two to four capitalised words, then a verb (an auxiliary or a lower-case word).
_LEDE_SUBJECT_RE: Final = LazyRegex(
    r"[ \t\u00a0]+(?:[^\n,.;:!?«»]{1,40},[ \t\u00a0]+)?"
    r"(?P<name>\p{Lu}[\p{L}'\u2019\-]+(?:[ \u00a0]\p{Lu}[\p{L}'\u2019\-]+){1,3})"
    r"[ \u00a0]+(?:a|ont|est|s['\u2019]|se|\p{Ll}{3,})(?![\p{L}])"
)


def _name_line(doc: _Doc, cand: _Cand) -> _Attr | None:
    r"""Credit a quotation to the name that follows it alone: "« … »\n\n– Nick Suzuki".

    A dash then a name ending its line, or a name in parentheses right after the marks
    ("« … » (Sven Mary)").
    """
    if cand.close is None:
        return None
    m = _NAME_LINE_RE.match(doc.text, cand.close + 1, min(len(doc.text), cand.close + 160))
    if m is None:
        return None
    name = m.group("name") or m.group("paren")
    start = m.start("name") if m.group("name") else m.start("paren")
    words = name.split()
    if len(words) < 2 or any(w in lex.NOT_SPEAKERS for w in words):
        return None
    return _Attr(_Mention("name", start, start + len(name), name), "after", None, True)


#: Characters that open a list item ("• « … »", "– « … »") or surround it.
BULLETS: Final = " \t\u00a0\u202f\u2022\u2023\u25aa\u25cf\u25ba\u2013\u2014-*\u00b7"


def _colon_heading(doc: _Doc, cand: _Cand) -> _Attr | None:
    r"""Credit a list of quotations to the one person a heading above it names.

    "Les déclarations de Martin St-Louis :\n• « … »\n• Sur l'arbitrage : « … »": a short
    line ending with a colon and naming one person, then lines each opening on a bullet or
    a quotation mark; the quotation is on one of them.  A heading that ends on the name
    ("Le plus abattu : Antoine Kombouaré (Dijon)") heads the quotation opening the line
    under it.  At most twelve lines are read back.
    """
    text = doc.text
    nl = text.rfind("\n", max(0, cand.open - _LINE), cand.open)
    if nl < 0 and cand.open > _LINE:
        return None  # a long line: no list item (and a bounded look back on any text)
    line = nl + 1
    lead = text[line : cand.open]
    item = bool(lead.strip(BULLETS))
    if item and not (lead[:1] in BULLETS and lead.lstrip(BULLETS)[:1].isupper()):
        return None  # words before the mark, and no bullet: not a list item
    for _ in range(12):
        if line <= 0:
            return None
        end = line - 1
        nl = text.rfind("\n", max(0, end - _LINE), end)
        if nl < 0 and end > _LINE:
            return None
        line = nl + 1
        body = text[line:end].strip()
        if not body:
            continue
        if body[0] in BULLETS or body[0] in '«“"':
            continue  # another item of the list
        names = doc.names_between(line, end)
        if len({name for _, name in names}) != 1 or len(body) > 160:
            return None
        pos, name = names[0]
        if not body.endswith(":") and (
            item or _HEADING_NAME_END_RE.match(text, pos + len(name), end) is None
        ):
            return None
        return _Attr(_Mention("name", pos, pos + len(name), name), "before", None, True)
    return None


_STOP_AFTER_RE: Final = LazyRegex(r"[ \u00a0]*[.!?…]")
_LINE: Final = 600  # the longest line read back for a list item or its heading


#: What may end a heading after the name it gives the quotation below to: nothing, or a
#: club, party or country in parentheses ("Le plus abattu : Antoine Kombouaré (Dijon)").
_HEADING_NAME_END_RE: Final = LazyRegex(r"[ \t\u00a0]*(?:\([^()\n]{1,40}\))?[ \t\u00a0]*\Z")


_NAME_WORD: Final = r"\p{Lu}[\p{L}'\u2019.\-]*"


_NAME_RE: Final = (
    rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|de|du|des|van|von|ben|bin|el|al|da)){{1,4}}"
)


_NAME_LINE_RE: Final = LazyRegex(
    # a name in parentheses right after the marks, then the end of the line or of a sentence
    rf"[ \t.,]*(?:\([ \t]*(?P<paren>{_NAME_RE})[ \t]*\)[ \t]*(?:[.…][ \t]|[ \t.…]*(?:\n|\Z))"
    rf"|[ \t]*\n(?:[ \t]*\n)*[ \t]*[\-\u2013\u2014][ \t]*(?P<name>{_NAME_RE})[ \t.]*(?:\n|\Z))"
)


def _pull_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a quotation alone on its line the speaker of the same words quoted elsewhere.

    "« Pourquoi deux prix différents ? Nous sommes menacés… »" as a heading, then the same
    words in the body, credited to Maurice Sawadogo: a pull quote (or an intertitle) is
    theirs, over a weaker credit (none, inherited, or the paragraph before's subject).  Only
    quotations of four words or more alone on their line (at most ``_PULL_QUOTES`` of
    them), whose words one speaker is credited with elsewhere, alone or within a longer
    quotation.
    """
    credited = [(k, _pulled(q.text), q.speaker) for k, q in enumerate(quotes) if q.speaker]
    out = list(quotes)
    tried = 0
    for k, q in enumerate(quotes):
        if q.attribution not in _WEAK or len(q.text.split()) < 4:
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip(_PULL_MARKS) != q.text.strip(_PULL_MARKS):
            continue  # not alone on its line
        tried += 1
        if tried > _PULL_QUOTES:
            break  # bounded: each is looked for in every credited quotation
        words = _pulled(q.text)
        speakers = {speaker for i, said, speaker in credited if i != k and words in said}
        if len(speakers) == 1 and q.speaker not in speakers:
            out[k] = q.model_copy(
                update={"speaker": next(iter(speakers)), "attribution": "inherited"}
            )
    return out


#: Credits a pull quote's speaker elsewhere overrides.
_WEAK: Final = frozenset({"none", "inherited", "before"})
#: Pull quotes looked for per document: each is searched in every credited quotation.
_PULL_QUOTES: Final = 16
#: Marks, spaces and ellipses around a pull quote's words.
_PULL_MARKS: Final = " \t\u00a0\u202f«»\"“”„'‘’…."


def _pulled(words: str) -> str:
    """Return the words of a quotation as a pull quote repeats them: case and marks aside."""
    return " ".join(words.strip(_PULL_MARKS).lower().split())
