"""What is not a quotation: scare quotes and titles of works."""

from __future__ import annotations

from itertools import islice

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.marks import _Cand
from claimkit.quotes.mentions import _Attr
from claimkit.quotes.tokens import (
    _MAX_WORDS,
    _NICKNAME_CUES,
    _PUNCT_STRING,
    _TITLE_SMALL,
    _WORD_GLUE_RE,
    _WORD_RE,
    _join,
)

# --------------------------------------------------------------------------- filters


def _words(text: str, start: int, end: int) -> list[str]:
    """Return the words of ``text[start:end]``, at most ``_MAX_WORDS`` of them.

    Callers compare their number with smaller ones, and read them only when there are fewer.
    A word never holds a space, so the stretches between spaces are read first: one made of
    letters and digits (with apostrophes or hyphens inside, ``_WORD_GLUE``) between
    punctuation characters (``_PUNCT_CHARS``) is one word; any other shape goes to
    ``_WORD_RE``.
    """
    words: list[str] = []
    parts = text[start:end].split(maxsplit=_MAX_WORDS)
    for part in parts:
        core = part.strip(_PUNCT_STRING)
        if not core:
            continue
        if not core.isalnum():
            pieces = _WORD_GLUE_RE.split(core)
            if len(pieces) > 7 or not all(p.isalnum() for p in pieces):
                break  # "1,5", "x/y", a long run of hyphens: the pattern decides
        words.append(core)
        if len(words) == _MAX_WORDS:
            return words
    else:
        if len(parts) <= _MAX_WORDS:  # the whole text was read
            return words
    return [m.group() for m in islice(_WORD_RE.finditer(text, start, end), _MAX_WORDS)]


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _looks_like_title(doc: _Doc, cand: _Cand, words: list[str]) -> bool:
    """« Deep Fake Love », "Black Mirror": Title Case words, or a title cue before."""
    content = doc.text[cand.start : cand.end]
    if content[-1:] in ".!?…":
        return False
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    # "iPhone 15 Pro" counts as capitalised: a product name.
    if len(caps) >= 2 and len(words) <= 8 and all(not w.islower() for w in caps):
        return True
    i, _ = doc.tok_range(cand.open, cand.open)
    if i > 0 and doc.toks[i - 1].norm in _NICKNAME_CUES:
        return True  # Jean, dit « le Sage »
    lo = max(0, i - 3)
    for k in range(i - 1, lo - 1, -1):
        if doc.toks[k].norm in _SENTENCE_ENDS:  # "… du magazine. « Non, … »": a new sentence
            lo = k + 1
            break
    before = _join(doc.toks, lo, i)
    return len(words) <= 6 and not lex.TITLE_CUES.isdisjoint(before.split())


def _weak_minimum(attr: _Attr) -> int:
    """Words a fragment needs when only the sentence subject credits it.

    A written source quoted in fragments ("l'offre promet « un cadre stimulant »") is
    credited from three words; a name or an organisation as mere subject needs a clause.
    """
    return 3 if attr.mention.kind in {"source", "pronoun"} else 5
