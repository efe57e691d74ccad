"""Tense stage of :mod:`claimkit.dates`: which way in time a clause points.

A reader places "mardi" or "le 3 mars" by the tense of the verb that governs it: "a été
signé mardi" is the last Tuesday, "sera voté mardi" the next one.  :class:`Tenses` reads the
tense-marked verb forms of a whole text once (one scan, linear in the text) and answers, for
a span, the tense of the nearest such form in the same sentence:

- past: passé composé and plus-que-parfait (an auxiliary then a participle: "a annoncé",
  "s'est réuni", "avait été adopté"), imparfait ("valait", "étaient"), passé simple plural
  ("adoptèrent");
- future: futur simple ("sera", "se tiendra", "débattront"), futur proche ("va
  annoncer", "vont se réunir"), "doit / devrait / pourrait + infinitive", a planned event
  ("est prévu", "sont attendus"), and future adverbs in the clause ("dès", "à partir de",
  "d'ici").

Present-tense clauses give no tense (``None``); so does a sentence with no verb.  The forms
are read from spelling alone, so a noun that looks like a verb ("le front", "un portrait")
is kept out by a short list (:data:`_NOT_VERBS`).
"""

from __future__ import annotations

import bisect
import re
from typing import Final, Literal

from claimkit.anchors import lowered, plain_text
from claimkit.dates.patterns import _OTHER_CHAR_RE, _Lazy

__all__ = ["Tense", "Tenses"]

Tense = Literal["past", "future"]

_L: Final = r"[a-zàâçéèêëîïôûùüœ]"
_AUX: Final = (
    r"a|ont|as|ai|avons|avez|avait|avaient|avais|avions|aviez|eut|eurent|est|sont|suis|es"
    r"|sommes|êtes|était|étaient|étais|fut|furent"
)
#: Words allowed between an auxiliary and its participle: "a déjà été", "n'a pas encore".
_BETWEEN: Final = (
    r"pas|plus|jamais|déjà|deja|encore|bien|aussi|également|egalement|notamment|enfin|ainsi"
    r"|finalement|officiellement|récemment|recemment|toujours|été|ete|eu|en|y|tout|très|tres"
)
_PARTICIPLE: Final = (
    rf"{_L}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes"
    rf"|int|inte|ints|aint|eint|ort|orte|os)"
)
#: Participles that plan an event rather than report it: "le vote est prévu mardi".
_PLANNED: Final = (
    r"prévue?s?|prevue?s?|attendue?s?|programmée?s?|programmee?s?|fixée?s?|fixee?s?"
    r"|agendée?s?|planifiée?s?|convoquée?s?|annoncée?s?\s+pour"
)
#: Compiled (by :mod:`re`) on the first text with a date to place.
_SCAN: Final = _Lazy(
    rf"""
    (?<!\w)(?P<aux>{_AUX})\s+(?:(?:{_BETWEEN})\s+){{0,2}}
        (?:(?P<planned>{_PLANNED})|(?P<pp>{_PARTICIPLE}))(?!\w)
  | (?<!\w)(?:va|vont|vais|allons|allez|doit|doivent|devra|devront|devrait|devraient
        |pourrait|pourraient|compte|comptent)
        \s+(?:(?:se|s'|s’|y|en|le|la|les|lui|leur|nous|vous|l'|l’|ne|pas|bientôt|encore)\s*){{0,2}}
        (?P<inf>{_L}{{2,}}(?:er|ir|re|oir))(?!\w)
  | (?<!\w)(?P<fut>{_L}{{2,}}(?:ra|ront|rons|rez))(?!\w)
  | (?<!\w)(?P<imp>{_L}{{2,}}(?:ait|aient|èrent))(?!\w)
  | (?<!\w)(?P<adv>dès|d'ici|d’ici|à\s+partir\s+de|a\s+partir\s+de|prochainement
        |pour(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w)))(?!\w)
  | (?<!\w)(?P<since>depuis)(?!\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Nouns and adjectives spelled like the verb forms above.
_NOT_VERBS: Final = frozenset(
    """extra opéra opera caméra camera cobra tiara sahara ultra contra mantra sierra zébra
    zebra front affront fronts environs patrons marrons citrons larrons barons hérons
    fait lait trait portrait attrait souhait parfait forfait bienfait méfait retrait extrait
    abstrait distrait surfait satisfait imparfait plait plaît jamais mais ait aient
    auparavant tantra algebra agora diaspora véra vera"""
    .split()
)  # fmt: skip
#: Conditionals that point forward ("devrait", "pourraient"); other "-rait" forms give none.
_CONDITIONAL_FUTURE: Final = re.compile(r"(?:dev|pourr)(?:ait|aient)$")
#: "[.!?;\n]+(?=\s|$)|\n" opening on one class, so the standard re skips to it (an
#: alternation gets no class prefix: ≈ 47 → 14 µs over a real short article); the branches
#: are tried in the same order, the second on a newline alone.
_SENTENCE_END: Final = re.compile(r"[.!?;\n](?:[.!?;\n]*(?=\s|$)|(?<=\n))")


class Tenses:
    """The tense-marked verb forms of one text, read sentence by sentence when asked.

    Only the sentences that hold a date to place are read, each at most once (and at most
    :data:`_REACH` characters either side of the date), so the cost stays linear in the text.

    >>> t = Tenses("Le budget a été adopté mardi. Il sera promulgué jeudi.")
    >>> t.at(23, 28), t.at(49, 54)
    ('past', 'future')
    >>> Tenses("Le marché ouvre mardi.").at(16, 21) is None
    True
    """

    __slots__ = ("_ends", "_low", "_read", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        #: The lower-cased text when the word filter of :func:`_marks` is exact on it.
        plain = plain_text(text) or _OTHER_CHAR_RE.search(text) is None
        self._low = lowered(text) if plain else None
        #: Sentence ends, sorted.
        self._ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        #: The marks read in each sentence window: (lo, hi) -> [(start, end, tense)].
        self._read: dict[tuple[int, int], list[tuple[int, int, Tense]]] = {}

    def at(self, start: int, end: int) -> Tense | None:
        """Return the tense of the nearest marked verb in the sentence of [start, end)."""
        ends = self._ends
        i = bisect.bisect_left(ends, start)
        lo = ends[i - 1] if i > 0 else 0
        j = bisect.bisect_left(ends, end)
        hi = ends[j] if j < len(ends) else len(self._text)
        # A sentence longer than the reach (a list, text without full stops) is cut into
        # overlapping blocks aligned on the reach, so each character is read a few times.
        if hi - lo > 2 * _REACH:
            lo = max(lo, start - start % _REACH - _REACH)
            hi = min(hi, lo + 3 * _REACH)
        marks = self._read.get((lo, hi))
        if marks is None:
            marks = []
            for m in _marks(self._text, self._low, lo, hi):
                kind = _kind(m)
                if kind is not None:
                    marks.append((m.start(), m.end(), kind))
            self._read[(lo, hi)] = marks
        best: tuple[int, Tense] | None = None
        # The gap between the verb and the date, edge to edge: in "a parlé mardi et reviendra
        # le 3 mars" the past verb is nearest to "mardi", the future one to "le 3 mars".
        for pos, mark_end, kind in marks:
            if mark_end <= start:
                gap = start - mark_end
            elif pos >= end:
                gap = pos - end
            else:
                gap = -1
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, kind)
        return None if best is None else best[1]


#: What a word must be, or end with, for a match of :data:`_SCAN` to start at it: the
#: auxiliaries, the verbs of the futur proche, the adverbs and "depuis" (the whole first
#: word of their branch), or a futur simple, imparfait or passé simple ending.
_FIRST_WORDS: Final = frozenset(
    _AUX.split("|")
    + "va vont vais allons allez doit doivent devra devront devrait devraient pourrait"
    " pourraient compte comptent dès d à a prochainement pour depuis".split()
)
_ENDINGS: Final = ("ra", "ront", "rons", "rez", "ait", "aient", "èrent")
_WORD_RE: Final = re.compile(r"\w+")


def _marks(text: str, low: str | None, lo: int, hi: int) -> list[re.Match[str]]:
    r"""Return what ``_SCAN.finditer(text, lo, hi)`` finds.

    A match starts at a word (every branch opens with ``(?<!\w)`` and a letter), and only
    at a word that is one of :data:`_FIRST_WORDS` or ends with one of :data:`_ENDINGS`.
    Given the lower-cased text (*low*, for texts where case folding is plain: see
    :data:`~claimkit.dates.patterns._OTHER_CHAR_RE`), the scan is tried at those words
    only, resuming after each match as ``finditer`` does: about ten times faster than
    trying the pattern at every position of the sentence.
    """
    scan = _SCAN.twin()
    if low is None:
        return list(scan.finditer(text, lo, hi))
    found: list[re.Match[str]] = []
    reach = lo
    first, endings, match = _FIRST_WORDS, _ENDINGS, scan.match
    for w in _WORD_RE.finditer(low, lo, hi):
        start = w.start()
        if start >= reach:
            word = w.group()
            if word in first or word.endswith(endings):
                m = match(text, start, hi)
                if m is not None:
                    found.append(m)
                    reach = m.end()
    return found


#: How far from a date a verb is looked for in a long sentence.
_REACH: Final = 400


def _kind(m: re.Match[str]) -> Tense | None:
    if m["aux"]:
        if m["planned"]:
            return "future"
        pp = m["pp"].lower()
        if pp in _NOT_VERBS:
            return None
        return "past"
    if m["inf"]:
        return "future"
    if m["adv"]:
        return "future"
    if m["since"]:
        return "past"  # "depuis mardi", as HeidelTime reads "depuis"
    word = (m["fut"] or m["imp"]).lower()
    if word in _NOT_VERBS:
        return None
    if m["fut"]:
        return "future"
    if word.endswith(("rait", "raient")):
        return "future" if _CONDITIONAL_FUTURE.search(word) else None
    return "past"
