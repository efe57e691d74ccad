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
from typing import Final

import regex

__all__ = [
    "APOS",
    "DASH",
    "HSPACE",
    "SPACE",
    "alternation",
    "check_text",
    "fold_apostrophes",
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

_APOS_TABLE: Final = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def fold_apostrophes(s: str) -> str:
    """Replace every apostrophe variant by ``'``, one character for one (offsets survive).

    >>> fold_apostrophes("jusqu’à")
    "jusqu'à"
    >>> len(fold_apostrophes("d’un")) == len("d’un")
    True
    """
    return s.translate(_APOS_TABLE)


def alternation(words: Iterable[str]) -> str:
    r"""Build a non-capturing alternation, longest first, of escaped words.

    Apostrophes and spaces inside the words become the tolerant pieces above, so the lexicon
    can be written in plain ASCII typography.

    >>> alternation(["d'euros", "euro", "euros"])
    "(?:d['\\u2019\\u02BC\\u00B4`]euros|euros|euro)"
    """
    pieces = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = []
        for ch in word:
            if ch == "'":
                parts.append(APOS)
            elif ch == " ":
                parts.append(rf"{HSPACE}+")
            else:
                parts.append(regex.escape(ch))
        pieces.append("".join(parts))
    return "(?:" + "|".join(pieces) + ")"


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
