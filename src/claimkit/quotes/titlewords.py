"""Titles as words: their keys, genders and the patterns that find them around a name.

"le procureur de la République" → ("procureur", "republique"), "la présidente" is feminine,
"le ministre de la Santé Paul Durand" has a title before the name, "Thierry Bodson,
président de la FGTB" one after.  Pure functions of the text and ``lexicon.JOB_NOUNS``,
shared by the names, mentions and chains stages.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.tokens import _fold
from claimkit.text import trie_alternation


def title_key(title: str, folded: str, end: int) -> tuple[str, str | None]:
    """Return a title's key: its head (``_title_key``) and its complement's first noun.

    *folded* is folded text where the title ends at *end*; the complement follows it.
    Synonyms are made one (``lexicon.TITLE_SYNONYMS``).
    """
    inner = _TITLE_COMPLEMENT_RE.search(_fold(title))
    if inner is not None:  # "chef de l'État": the complement is part of the title
        head = _title_key(_fold(title)[: inner.start()])
        of: str | None = _strip_accents(inner.group(1))
    else:
        head = _title_key(title)
        m = _TITLE_COMPLEMENT_RE.match(folded, end)
        of = _strip_accents(m.group(1)) if m is not None else None
    if (head, of) in lex.TITLE_SYNONYMS:
        return lex.TITLE_SYNONYMS[head, of]
    return head, of


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


#: The complement of a title: "de la République", "du gouvernement", "de l'État".
_TITLE_COMPLEMENT_RE: Final = LazyRegex(
    r"\s*(?<![\p{L}])(?:(?:de|du|des)(?![\p{L}])|d')\s*(?:la\s+|le\s+|l'\s*|les\s+)?(\p{L}+)"
)


@lru_cache(maxsize=4096)
def _title_gender(title: str) -> str | None:
    """Tell a person's gender from the form of their title: "avocate" f, "avocat" m.

    Epicene titles ("ministre", "maire", "porte-parole") tell nothing.
    """
    word = _fold(title).split()[0] if title.split() else ""
    if word in {"homme", "femme"}:
        return "m" if word == "homme" else "f"  # "l'homme politique", "la femme d'affaires"
    key = _title_key(word)
    if key != word:
        return "f"  # a feminine ending was folded away
    if any(_title_key(f) == word and f != word for f in _feminine_forms(word)):
        return "m"
    return None


def _feminine_forms(word: str) -> list[str]:
    forms = [word + "e", word + "ne"]
    for fem, masc in _FEMININE_ENDINGS:
        if word.endswith(masc):
            forms.append(word[: len(word) - len(masc)] + fem)
    return [f for f in forms if f in _JOB_WORDS]


@lru_cache(maxsize=4096)
def _title_key(title: str) -> str:
    """Fold a title to its key, masculine: "présidente" → "président", "avocate" → "avocat"."""
    words = []
    for w in _fold(title).split():
        for fem, masc in _FEMININE_ENDINGS:
            if w.endswith(fem):
                w = w[: -len(fem)] + masc
                break
        else:
            if w.endswith("e") and w[:-1] in _JOB_WORDS:
                w = w[:-1]
        words.append(w)
    key = " ".join(words)
    return lex.TITLE_HEAD_SYNONYMS.get(key, key)


_FEMININE_ENDINGS: Final = (
    ("trice", "teur"), ("euse", "eur"), ("enne", "en"), ("ffe", "f"), ("ère", "er"), ("ée", "é"),
    ("oise", "ois"), ("aise", "ais"), ("aine", "ain"),
)  # fmt: skip


_JOB_WORDS: Final = frozenset(_fold(w) for w in lex.JOB_NOUNS)


#: The job words, longest first, as a trie (:func:`~claimkit.text.trie_alternation`).
_JOB_ALT: Final = trie_alternation(_JOB_WORDS, tolerant=False)


#: A title, maybe its complement, then the name (after a comma or not), at the end of the
#: stretch before a name.  Folded text.
_TITLE_BEFORE_RE: Final = LazyRegex(
    rf"(?<![\p{{L}}\-])({_JOB_ALT})(?![\p{{L}}\-])"
    # maybe an origin adjective: "la ministre haïtienne des Affaires étrangères X"
    r"(?:\s+\p{Ll}{3,}(?:aise?|oise?|ienne|ien|éenne|éen|aine?|ine?|ane?|ique|ite|ande?"
    r"|ole?|ec|èque)s?(?=\s+(?:de|du|des|d'|à|au|aux|en|chargée?)(?![\p{L}])))?"
    # a complement, never running over "et le …": "le chef de l'État et le ministre …, X"
    r"(?:\s+(?:de|du|des|d'|à|au|aux|en|chargée?)(?![\p{L}])"
    r"(?:(?!\set\s+(?:l'|le\s|la\s|les\s))[^,;:.!?«»\"()\n]){0,70}?)?"
    r"(?:\s+\p{L}+)?\s*,?\s*\Z"
)


#: A word's run of letters: a title word starts a run (no letter or hyphen before it) and
#: its first run ends where the text's does (no letter or hyphen after it, or the same
#: non-letter inside it), so a stretch holding none of ``_JOB_HEADS`` holds no title.
_LETTER_RUN_RE: Final = LazyRegex(r"\p{L}+")


def _letter_run(word: str) -> str:
    r"""``_LETTER_RUN_RE.match(word)``'s text ("" for none), read without compiling it.

    ``str.isalpha`` is ``\p{L}`` (checked by the tests on the job words).
    """
    n = 0
    while n < len(word) and word[n].isalpha():
        n += 1
    return word[:n]


_JOB_HEADS: Final = frozenset(run for w in _JOB_WORDS if (run := _letter_run(w)))


_EVERY_JOB_HEADED: Final = all(_letter_run(w) for w in _JOB_WORDS)


def _title_before(folded: str) -> regex.Match[str] | None:
    """``_TITLE_BEFORE_RE.search(folded)``, skipped (a search costs ~40 µs) without a title word."""
    if _EVERY_JOB_HEADED and _JOB_HEADS.isdisjoint(_LETTER_RUN_RE.findall(folded)):
        return None
    return _TITLE_BEFORE_RE.search(folded)


#: A title in apposition after a name: ", président de la FGTB", " (ancien ministre".
_TITLE_AFTER_RE: Final = LazyRegex(
    r"\s*[,(]\s*(?:(?:l'|le\s|la\s|un\s|une\s|son\s|sa\s|l'un\s+des\s|l'une\s+des\s)\s*)?"
    r"(?:(?:ancien|ancienne|nouveau|nouvelle|actuel|actuelle|futur|future|ex-)\s*)?"
    rf"({_JOB_ALT})(?![\p{{L}}\-])"
)
