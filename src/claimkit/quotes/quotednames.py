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

#: Two capitalised words in a row, maybe after a title or civility in lower case: a given
#: name and a surname ("du professeur Abou Karamoko", "Aminata Touré").
_PAIR_RE: Final = LazyRegex(
    r"(?:(?<![\p{L}])(\p{Ll}+|M\.|Mme|Me|Dr|Pr)[ \u00a0]+)?"
    r"(?<![\p{L}\-'’])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+"
    r"(\p{Lu}[\p{Ll}'’\-]*\p{Ll})(?![\p{L}\-])"
)
#: Lower-case words and civilities that announce a person's full name after them.
_NAME_CUES: Final = frozenset(w.lower() for w in lex.JOB_NOUNS) | {
    "m.", "mme", "me", "dr", "pr", "monsieur", "madame", "maître", "docteur",
}  # fmt: skip


def _full_names(text: str, quotes: list[Quote]) -> dict[str, set[str]]:
    """Map each surname to the "Given Surname" forms the quotations' words hold.

    The given name is a known one, or the pair follows a title or civility; never a word
    that opens sentences or a title itself ("Président Karamoko").
    """
    found: dict[str, set[str]] = {}
    for q in quotes:
        for m in _PAIR_RE.finditer(text, q.start, q.end):
            cue, given, surname = m.group(1), m.group(2), m.group(3)
            if given in lex.NOT_NAMES or given.lower() in _NAME_CUES:
                continue
            if given in lex.GIVEN_NAMES or (cue is not None and cue.lower() in _NAME_CUES):
                found.setdefault(surname, set()).add(f"{given} {surname}")
    return found


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
    names = _full_names(text, quotes)
    out = list(quotes)
    for k, q in enumerate(quotes):
        if q.speaker in single:
            full = names.get(q.speaker)
            if full is not None and len(full) == 1:
                out[k] = q.model_copy(update={"speaker": next(iter(full))})
    return out
