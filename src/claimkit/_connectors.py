"""What joins two quantities: a range, a change, a list (shared by money and percentages).

"de 300 000 à 900 000" (a range), "passe de 40 à 45" (a change), "10, 20 ou 30" (a list):
:func:`range_start` reads the opening of a range before a number, :func:`connector` the
words between two numbers, and :func:`is_range_start` whether a "de" opens a range.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit._lexicon import (
    CHANGE_NOUNS,
    CHANGE_VERB_STEMS,
    CHANGE_VERB_WIDE_FORMS,
    CHANGE_VERB_WIDE_STEMS,
    MONEY_HEAD_NOUNS,
)
from claimkit._quantity import _LETTER, _MAX_LOOKBACK
from claimkit.anchors import plain_text
from claimkit.text import APOS, DASH, HSPACE, SPACE, trie_alternation

__all__ = ["Connector", "connector", "is_range_start", "opened_by_entre", "range_start"]

#: "de" / "entre" / "du" just before the first quantity of a range.
_RANGE_START_RE: Final = LazyRegex(
    lambda: (
        rf"""
    (?<!{_LETTER})(?P<verb>(?i:{trie_alternation(CHANGE_VERB_STEMS)}){_LETTER}{{0,8}}{HSPACE}+)?
    (?P<marker>(?i:de|d{APOS}|entre|du)){SPACE}(?:[«“"]{SPACE})?$   # "passant de «6.740,1 …"
    """
    ),
    flags=regex.VERBOSE,
)


#: A verb of change earlier in the clause: "passera ainsi en septembre 2022 de 2 828 à 2 970
#: dirhams", "(soit de 2 638 à 2 769 DH)" after it.  Conjugated forms only, so nouns sharing
#: a stem ("montant", "passage", "portefeuille") do not count.
_CHANGE_VERB_RE: Final = LazyRegex(
    lambda: (
        rf"""
    (?<!{_LETTER})
    (?:(?i:{trie_alternation(CHANGE_VERB_WIDE_STEMS)})
       (?:e|es|ent|era|eras|eront|erait|eraient|ait|aient|é|ée|és|ées|er|a|èrent|i|it|is|ira|iront)
     | (?i:{trie_alternation(CHANGE_VERB_WIDE_FORMS)})
     | (?P<noun>(?i:{trie_alternation(CHANGE_NOUNS)})))
    (?!{_LETTER})
    """
    ),
    flags=regex.VERBOSE,
)


#: Words that make "de X à Y" a range even after a verb of change: "les hausses, allant de
#: 3 à 5 %", "des salaires qui vont de 300 à 900 dollars".
_RANGE_VERB_RE: Final = LazyRegex(
    rf"(?<!{_LETTER})(?i:allant|variant|oscillant|échelonnant|comprise?s?|vont|va|iront|ira|"
    rf"allaient|allait|varie|varient|variera|varieront|variait|variaient|s{APOS}étendant|"
    rf"s{APOS}étend(?:ent)?|s{APOS}échelonne(?:nt)?){HSPACE}+(?:{_LETTER}+{HSPACE}+)?$"
)


#: How far back a clause's verb of change is looked for, and where a clause stops.
#: A determiner before a word of change makes it a noun: "une baisse de 15 à 20 %" is a
#: range of falls, "les prix baissent de 15 à 20 %" a verb.
_DETERMINER_BEFORE_RE: Final = LazyRegex(
    rf"(?<!{_LETTER})(?i:une|la|sa|leur|cette|l{APOS}|d{APOS}une)"
    rf"(?:{HSPACE}+(?i:forte|légère|nouvelle|petite|faible|nette))?{HSPACE}*$"
)


_CLAUSE_BACK: Final = 90

#: Nouns of a sum that share a verb of change's stem ("montant", "monter"): their "de" opens
#: the sum, never a before-and-after.
_SUM_NOUNS: Final = frozenset(MONEY_HEAD_NOUNS)


_SENTENCE_BACK: Final = 300


_SENTENCE_END_RE: Final = LazyRegex(r"[.!?…](?:\s|$)|\n")


_CHANGE_NOUN_OF_RE: Final = LazyRegex(
    lambda: (
        rf"(?<!{_LETTER})(?i:{trie_alternation(CHANGE_NOUNS)})"
        rf"(?:{HSPACE}+(?i:de{HSPACE}+la|de{HSPACE}+l{APOS}|du|des)(?!{_LETTER}))"
    )
)


_CLAUSE_END_RE: Final = LazyRegex(r"[.;!?\n]\s|[.;!?\n]$|\n")


_CONNECTOR_RE: Final = LazyRegex(
    rf"""
    {SPACE}
    (?: (?P<dash>{DASH})
      | (?P<to>(?i:à|a|au|aux)(?!{_LETTER}))
      | (?P<and>(?i:et)(?!{_LETTER}))
      | (?P<list>,(?:{SPACE}(?i:ou|soit|contre|puis)(?!{_LETTER}))?
                |(?i:ou|soit|contre|puis)(?!{_LETTER}))
      | (?P<even>,?{SPACE}(?i:voire|et\ même|ou\ même|voire\ même)(?!{_LETTER}))
    )
    {SPACE}
    (?P<article>(?i:les|des|la|le)(?!{_LETTER}){SPACE})?
    """,
    flags=regex.VERBOSE,
)


def is_range_start(text: str, start: int) -> tuple[int, bool] | None:
    """Is the quantity at *start* opened by "de"/"entre"?  Return (marker start, is_change).

    ``is_change`` is True after a verb of change ("passe de 40 à 45"), where the two
    quantities are a before and an after, not a range.

    >>> t = "un salaire de 300 000 à 900 000 dollars"
    >>> is_range_start(t, t.index("300"))
    (11, False)
    >>> t = "le budget est passé de 40 à 45 millions d'euros"
    >>> is_range_start(t, t.index("40"))
    (20, True)
    """
    m = _RANGE_START_RE.matcher(plain_text(text)).search(text, max(0, start - _MAX_LOOKBACK), start)
    if m is None:
        return None
    verb = m.group("verb")
    if (
        verb is not None
        and verb.rstrip().lower() not in _SUM_NOUNS  # "un montant de 40 à 45": not "monter"
        and not _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
    ):
        return m.start("marker"), True
    marker = m.group("marker").lower()
    if marker == "entre" or _RANGE_VERB_RE.search(text, max(0, m.start() - 35), m.start()):
        return m.start("marker"), False  # "entre 3 et 5", "allant de 3 à 5": a range
    return m.start("marker"), _change_in_clause(text, m.start("marker"))


def _change_in_clause(text: str, pos: int) -> bool:
    """Tell whether a verb of change opens the clause before *pos* ("passera en mai de")."""
    lo = max(0, pos - _CLAUSE_BACK)
    clause = lo
    for end in _CLAUSE_END_RE.finditer(text, lo, pos):
        clause = end.end()
    for m in _CHANGE_VERB_RE.finditer(text, clause, pos):
        # "une hausse de 3 à 5 %" is a range of rises; "une hausse qui, en mai, de 3 à 5"
        # a change: a noun counts when its own "de" does not open the quantities.
        noun = m.group("noun") is not None or _DETERMINER_BEFORE_RE.search(
            text, max(0, m.start() - 20), m.start()
        )
        if not noun or pos - m.end() > 4:
            return True
    # Further back in the sentence, a change noun whose complement names what changes: "une
    # forte hausse de la valeur des dépôts …, de 3.900 à 8.000 LL".
    lo = max(0, pos - _SENTENCE_BACK)
    for end in _SENTENCE_END_RE.finditer(text, lo, pos):
        lo = end.end()
    if _CHANGE_NOUN_OF_RE.search(text, lo, pos) is not None:
        return True
    # A change whose verb is left out after "et": "la 95 est passée de 184 à 200 gourdes et
    # la 91 de 179 à 196 gourdes" (the second "de … à" is the first's verb's too)
    first = next(
        (m for m in _CHANGE_VERB_RE.finditer(text, lo, clause) if m.group("noun") is None), None
    )
    return first is not None and _GAPPED_AND_RE.search(text, first.end(), pos) is not None


#: "et" coordinating a second subject whose verb is left out, then its "de": "et la 91 de".
_GAPPED_AND_RE: Final = LazyRegex(
    rf"(?<!{_LETTER})(?i:et|ou){HSPACE}+(?:{_LETTER}+{APOS}?{HSPACE}*|\d+{HSPACE}+){{0,5}}\Z"
)
#: "passer de … à …" names a before and an after whatever follows ("selon la qualité").
_PASS_BEFORE_RE: Final = LazyRegex(rf"(?<!{_LETTER})(?i:pass){_LETTER}*(?!{_LETTER})[^.;!?\n]*\Z")


@dataclass(frozen=True, slots=True)
class Connector:
    """What joins two quantities: ``range`` (à, -, et), ``list`` (",", ou) or ``even``."""

    type: str
    article_start: int | None


#: After a pair of quantities, words saying the value varies: "de 5 à 10 % selon les produits".
_VARIES_RE: Final = LazyRegex(
    rf"{SPACE},?{SPACE}(?i:selon|suivant{HSPACE}+(?:les?|la|l{APOS})|en{HSPACE}+fonction{HSPACE}+d)"
    rf"(?!{_LETTER})"
)


#: A verb of decrease right before "de": "chuter", "baisser", "reculer", "diminuer".
_DECREASE_BEFORE_RE: Final = LazyRegex(
    r"(?i)(?<![\w])(?:chut|baiss|recul|diminu|tomb|plong|régress|regress|décroî|décroi|"
    r"contract|fléch|flech|rédui|redui|perd)\w*[ \u00a0]+(?:\w+[ \u00a0]+)?\Z"
)


def opened_by_entre(text: str, opened: tuple[int, bool] | None) -> bool:
    """Tell whether the marker :func:`is_range_start` found is "entre" (not "de", "du").

    >>> t = "entre 3 et 5 %"
    >>> opened_by_entre(t, is_range_start(t, t.index("3")))
    True
    """
    return opened is not None and text[opened[0] : opened[0] + 5].lower() == "entre"


def range_start(
    text: str, low_start: int, link: Connector, high_end: int | None = None
) -> int | None:
    """Where a range opens, if two quantities joined by *link* form one; else None.

    "de 3 à 5", "entre 3 et 5", "3-5" are ranges; "passe de 3 à 5" (a verb of change) is a
    before and an after; "3 et 5" without "entre" is a list.  The range opens at its "de" or
    "entre", except with a dash: in "de 3-5" the "de" is a preposition.
    (The caller still checks that the high end is not below the low one.)

    >>> t = "une hausse de 3 à 5 %"
    >>> range_start(t, t.index("3"), connector(t, t.index("3") + 1, t.index("5")))
    11
    >>> t = "le taux passe de 3 à 5 %"
    >>> range_start(t, t.index("3"), connector(t, t.index("3") + 1, t.index("5"))) is None
    True
    """
    if link.type == "dash":
        return low_start  # "passé de 2-3 %": a dash joins a range even after a verb of change
    opened = is_range_start(text, low_start)
    # A verb of change; "grimpé de 5 à 10 % selon les produits" still varies: a range.  A
    # verb of decrease cannot go from 0,1 up to 0,3: "chuter de 0,1 à 0,3 %" is by how much
    # (the caller drops the range when the high end is below the low one: "de 5 à 3").
    if (
        opened is not None
        and opened[1]
        and not (
            high_end is not None
            and _VARIES_RE.match(text, high_end)
            and not _PASS_BEFORE_RE.search(text, max(0, opened[0] - _CLAUSE_BACK), opened[0])
        )
        and _DECREASE_BEFORE_RE.search(text, max(0, opened[0] - 40), opened[0]) is None
    ):
        return None
    entre = opened_by_entre(text, opened)
    if link.type == "to" or (link.type == "and" and entre):
        return opened[0] if opened is not None else low_start
    return None


def connector(text: str, end: int, start: int) -> Connector | None:
    """Classify the text between two quantities (*end* of one, *start* of the next)."""
    if start - end > 20:
        return None
    m = _CONNECTOR_RE.matcher(plain_text(text)).fullmatch(text, end, start)
    if m is None:
        return None
    article = m.start("article") if m.group("article") is not None else None
    if m.group("dash") is not None:
        return Connector("dash", article)
    if m.group("to") is not None:
        return Connector("to", article)
    if m.group("and") is not None:
        return Connector("and", article)
    if m.group("even") is not None:
        return Connector("even", article)
    return Connector("list", article)
