"""Shared pattern pieces: French typography as regex character classes.

Web text mixes spaces (U+0020, no-break U+00A0, narrow no-break U+202F, thin U+2009, figure
U+2007), apostrophes (' ’ ʼ) and dashes.  Rather than rewriting the input (and carrying an
offset map around), every extractor builds its patterns from these tolerant pieces, so offsets
always point into the original string.

The pieces are plain strings meant to be joined with f-strings inside ``regex.VERBOSE``
patterns; each is already a single group or class, safe to quantify.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import regex

__all__ = [
    "APOS",
    "DASH",
    "HSPACE",
    "SPACE",
    "alternation",
    "check_text",
    "fold_apostrophes",
    "trie_alternation",
]

#: One horizontal space of any kind French web text uses (never a newline: an amount and its
#: currency are not split across lines).  Written as escapes so VERBOSE does not eat them.
HSPACE: Final = r"[\x20\u00A0\u202F\u2009\u2007\u2008\u200A]"

#: Zero or more horizontal spaces, bounded so a hostile run of spaces cannot blow up matching.
SPACE: Final = rf"{HSPACE}{{0,3}}"

#: Apostrophes: ASCII, typographic right quote, modifier letter, and the acute/grave accents
#: that OCR and keyboard layouts leave in "jusqu´à".
APOS: Final = r"['\u2019\u02BC\u00B4`]"

#: Hyphen-minus, non-breaking hyphen, en and em dashes, minus sign: "300 000-900 000 $",
#: "10 – 20 euros".
DASH: Final = r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]"

#: The apostrophe variants :func:`fold_apostrophes` folds to "'".
_APOS_VARIANTS: Final = ("\u2019", "\u02bc", "\u00b4", "`")


def fold_apostrophes(s: str) -> str:
    """Replace every apostrophe variant by ``'``, one character for one (offsets survive).

    >>> fold_apostrophes("jusqu’à")
    "jusqu'à"
    >>> len(fold_apostrophes("d’un")) == len("d’un")
    True
    """
    # One str.replace per variant: on a whole article ~100x faster than str.translate.
    for variant in _APOS_VARIANTS:
        if variant in s:
            s = s.replace(variant, "'")
    return s


def _alternation_piece(ch: str) -> str:
    if ch == "'":
        return APOS
    if ch == " ":
        return rf"{HSPACE}+"
    return regex.escape(ch)


#: Each character's piece, computed once (``regex.escape`` per character was a third of
#: building the tries; the cache only spares work, its values are the functions').
_PIECES: dict[str, str] = {}
_ESCAPED: dict[str, str] = {}


def _cached_piece(ch: str) -> str:
    found = _PIECES.get(ch)
    if found is None:
        found = _PIECES[ch] = _alternation_piece(ch)
    return found


def _cached_escape(ch: str) -> str:
    found = _ESCAPED.get(ch)
    if found is None:
        found = _ESCAPED[ch] = regex.escape(ch)
    return found


def alternation(words: Iterable[str]) -> str:
    r"""Build a non-capturing alternation, longest first, of escaped words.

    Apostrophes and spaces inside the words become the tolerant pieces above, so the lexicon
    can be written in plain ASCII typography.

    >>> alternation(["d'euros", "euro", "euros"])
    "(?:d['\\u2019\\u02BC\\u00B4`]euros|euros|euro)"
    """
    pieces = [
        "".join(map(_cached_piece, word)) for word in sorted(set(words), key=lambda w: (-len(w), w))
    ]
    return "(?:" + "|".join(pieces) + ")"


#: Characters a lexicon word must not hold for :func:`trie_alternation`: the ones the
#: apostrophe and space pieces match besides "'" and " ", and other white space.
_TRIE_UNSAFE: Final = frozenset("\u2019\u02bc\u00b4`\u00a0\u202f\u2009\u2007\u2008\u200a")


def trie_alternation(words: Iterable[str], *, tolerant: bool = True) -> str:
    r"""Return :func:`alternation` of *words* written as a trie: it matches the same.

    A flat alternation of hundreds of words (currency names, qualifiers) is slow for
    :mod:`regex` to compile and to try; sharing prefixes makes it about a third as long
    and several times faster to try.  The order of attempts is kept: two words can both
    match at a position only if one is a prefix of the other (the words are told apart
    where they first differ, by characters that never match the same one), and at each
    node the longer continuations come before the end of a word, as longest-first does.
    Where that cannot be shown (two letters alike but for case at a node, white space other
    than single spaces, apostrophe variants), the flat alternation is returned.  With
    ``tolerant=False`` every character stands for itself (``regex.escape``): the words'
    spaces and apostrophes match only themselves, and the result is that of a
    longest-first ``"|".join`` of the escaped words.

    >>> trie_alternation(["euro", "euros", "dollar"])
    '(?:dollar|euro(?:s|))'
    >>> trie_alternation(["Euro", "euros"]) == alternation(["Euro", "euros"])
    True
    """
    unique = sorted(set(words))
    piece = _cached_piece if tolerant else _cached_escape

    def flat() -> str:
        if tolerant:
            return alternation(unique)
        return "(?:" + "|".join(map(regex.escape, sorted(unique, key=lambda w: (-len(w), w)))) + ")"

    if not all(unique) or (
        tolerant
        and (
            any("  " in word or word[0] == " " or word[-1] == " " for word in unique)
            or any(c in _TRIE_UNSAFE or (c.isspace() and c != " ") for c in set("".join(unique)))
        )
    ):
        return flat()
    root: dict[str, Any] = {}
    for word in unique:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str | None:
        # A run of nodes with one edge and no word ending (most of a word) is one piece
        # after another: read it in a loop rather than a call per character.
        run = []
        while len(node) == 1:
            (ch,) = node
            if not ch:
                break
            run.append(piece(ch))
            node = node[ch]
        head = "".join(run)
        edges = sorted(ch for ch in node if ch)
        if len(edges) > 1:
            cases: dict[str, str] = {}
            for ch in edges:
                for case in (ch.lower(), ch.upper(), ch.casefold()):
                    if cases.setdefault(case, ch) != ch:
                        return None  # alike but for case: both may match one character
        alts = []
        for ch in edges:
            rest = emit(node[ch])
            if rest is None:
                return None
            alts.append(piece(ch) + rest)
        if not alts:
            return head
        if len(alts) == 1 and "" not in node:
            return head + alts[0]
        return head + "(?:" + "|".join(alts) + ("|)" if "" in node else ")")

    body = emit(root)
    if body is None:
        return flat()
    return body if len(root) > 1 else "(?:" + body + ")"  # several edges: one group already


def check_text(text: object, func: str) -> str:
    """Return *text* if it is a ``str``; otherwise raise a TypeError naming what was given.

    >>> check_text("87 %", "extract")
    '87 %'
    >>> check_text(b"87 %", "extract")
    Traceback (most recent call last):
    ...
    TypeError: extract() expects text as str, got bytes; decode it first, e.g. data.decode('utf-8')
    """
    if isinstance(text, str):
        return text
    given = type(text).__name__
    hint = " first, e.g. data.decode('utf-8')" if isinstance(text, bytes | bytearray) else ""
    if hint:
        raise TypeError(f"{func}() expects text as str, got {given}; decode it{hint}")
    raise TypeError(f"{func}() expects text as str, got {given}: {text!r:.60}")
