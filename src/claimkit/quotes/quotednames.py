"""A speaker named only by surname outside the marks, in full inside them.

"La CNEC exige la « révocation du professeur Abou Karamoko » … Le Pr Karamoko qui a affirmé
que « … »": the document names him in full only inside a quotation, where the other stages
never read names (words quoted are no speakers).  This last stage reads the quotations'
words once for "Given Surname" pairs, the given name a known one, and gives a one-word
speaker its full name when exactly one such pair ends in it.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.models import Quote
from claimkit.quotes import lexicon as lex
from claimkit.quotes.mentions import _LOWER_CIVILITIES
from claimkit.quotes.tokens import _CIVILITIES

#: The given name (and maybe a title or civility in lower case) before a surname: "du
#: professeur Abou Karamoko", "Aminata Touré"; read backwards from the surname.
_GIVEN_BEFORE_RE: Final = LazyRegex(
    r"(?:(?<![\p{L}])(\p{Ll}+|M\.|Mme|Me|Dr|Pr)[ \u00a0]+)?"
    r"(?<![\p{L}\-'’])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+\Z"
)
#: Lower-case words and civilities that announce a person's full name after them.
_NAME_CUES: Final = (
    frozenset(w.lower() for w in lex.JOB_NOUNS)
    | _LOWER_CIVILITIES
    | {c.lower() for c in _CIVILITIES}
    | {"m."}
)
#: Surnames looked for per document (each is searched in every quotation).
_MAX_SURNAMES: Final = 16
#: How far before a surname its given name (and a title before it) may start.
_GIVEN_REACH: Final = 60


def _full_names(text: str, quotes: list[Quote], surnames: set[str]) -> dict[str, set[str]]:
    """Map each of *surnames* to the "Given Surname" forms the quotations' words hold.

    The given name is a known one, or the pair follows a title or civility; never a word
    that opens sentences or a title itself ("Président Karamoko").  Only the surnames
    wanted are looked for, each occurrence read back a few words: linear in the quotations.
    """
    found: dict[str, set[str]] = {}
    for surname in sorted(surnames)[:_MAX_SURNAMES]:  # bounded: linear on any text
        for q in quotes:
            at = text.find(surname, q.start, q.end)
            while at >= 0:
                end = at + len(surname)
                if end == len(text) or not (text[end].isalpha() or text[end] == "-"):
                    lo = max(q.start, at - _GIVEN_REACH)
                    before = _GIVEN_BEFORE_RE.search(text, lo, at)
                    if before is not None and _introduces(before.group(1), before.group(2)):
                        found.setdefault(surname, set()).add(f"{before.group(2)} {surname}")
                at = text.find(surname, end, q.end)
    return found


def _introduces(cue: str | None, given: str) -> bool:
    """Tell whether *given* (maybe after *cue*) is a given name before a surname."""
    if given in lex.NOT_NAMES or given.lower() in _NAME_CUES:
        return False
    return given in lex.GIVEN_NAMES or (cue is not None and cue.lower() in _NAME_CUES)


def _fuller_from_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a one-word speaker the one full name the quotations' words give it.

    >>> from claimkit.quotes import extract_quotes
    >>> t = ("Le syndicat exige la « révocation du professeur Abou Karamoko ». "
    ...      "Le Pr Karamoko a affirmé que « toute perturbation sera punie ».")
    >>> [q.speaker for q in extract_quotes(t)]
    ['syndicat', 'Abou Karamoko']
    """
    single = {q.speaker for q in quotes if q.speaker and " " not in q.speaker}
    single = {s for s in single if s[:1].isupper() and not s.isupper()}
    if not single:
        return quotes
    names = _full_names(text, quotes, single)
    out = list(quotes)
    for k, q in enumerate(quotes):
        if q.speaker in single:
            full = names.get(q.speaker)
            if full is not None and len(full) == 1:
                out[k] = q.model_copy(update={"speaker": next(iter(full))})
    return out
