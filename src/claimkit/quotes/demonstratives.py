"""Demonstratives that stand for a person: "ce dernier", "celle-ci".

The last person named before one, unless something else that may stand for a person, or a
body, was mentioned since (read by :mod:`~claimkit.quotes.chains`).
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import _compatible
from claimkit.quotes.mentions import _Mention
from claimkit.quotes.titlewords import _JOB_ALT
from claimkit.quotes.tokens import _fold

_PRONOUN_WINDOW: Final = 600  # characters searched back for the person a pronoun names


#: "celle-ci", "cette dernière": demonstratives, with their gender.
_DEMONSTRATIVES: Final = {
    "celle-ci": "f", "cette dernière": "f", "celui-ci": "m", "ce dernier": "m",
}  # fmt: skip


#: A title in apposition right after a name: ", le maire de Ghisonaccia,", " (la ministre)".
_OWN_APPOSITION_RE: Final = LazyRegex(
    r"[ \u00a0]*(?:\p{Ll}+[ \u00a0]*)?[,(][ \u00a0]*(?:le|la|l['\u2019]|son|sa)[^,()\n]{1,80}[,)]"
)


#: A body named since: an acronym in parentheses, or an institution with its article.
_BODY_SINCE_RE: Final = LazyRegex(
    lambda: (
        r"\(\p{Lu}{2,8}\)|(?i:(?<![\p{L}])(?:la|le|l['\u2019])\s*(?:"
        + "|".join(sorted(lex.INSTITUTIONS, key=len, reverse=True))
        + r"|chambre)(?![\p{L}]))"
    )
)


def _demonstrative(doc: _Doc, m: _Mention) -> str | None:
    """Resolve "ce dernier", "celle-ci": the last one *mentioned*, if that is a name.

    The last person named before it, gender permitting, unless something else that may
    stand for a person was mentioned since: a title with its article ("l'ancienne
    ministre") or a lone first name or surname ("Marine").  Then: None.
    """
    recent = doc.names_before(m.start, _PRONOUN_WINDOW)
    if not recent:
        return None
    pos, name = recent[-1]
    between = doc.text[pos + len(name) : m.start]
    own = _OWN_APPOSITION_RE.match(between)
    if own is not None:
        between = between[own.end() :]  # "X notamment, le maire de Ghisonaccia, …": X's
    if _BODY_SINCE_RE.search(between) is not None:
        return None  # "… par la chambre régionale des comptes (CRC). Cette dernière …"
    if _TITLE_MENTION_RE.search(_fold(between)) is not None:
        return None
    for word in _CAP_WORD_RE.findall(between):
        if word in doc.by_first or doc.names_ending(word.lower()):
            return None
    return name if _compatible(doc, name, pos, _DEMONSTRATIVES[m.text]) else None


#: A title with its article: someone mentioned without a name ("l'ancienne ministre").
_TITLE_MENTION_RE: Final = LazyRegex(
    rf"(?<![\p{{L}}])(?:le|la|l'|les)\s*(?:\p{{L}}+\s+)?(?:{_JOB_ALT})(?![\p{{L}}])"
)


_CAP_WORD_RE: Final = LazyRegex(r"\p{Lu}[\p{L}'\u2019\-]+")
