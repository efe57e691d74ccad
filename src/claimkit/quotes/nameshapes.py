"""Shapes of a person's name in running text, read from the characters around a word.

A given name standing alone ("Son amie Jessica"), a surname after a civility or a title
("M. Sellal", "la ministre Duranceau"), an age in apposition ("Tsiory, 12 ans"), a
surname's initial ("Karim M.").  No tokens: both readings of a document agree.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.names import _place_words
from claimkit.quotes.titlewords import _JOB_WORDS
from claimkit.quotes.tokens import _DEMONYM_ENDINGS, _fold, _word_before

#: Prepositions before a place: "à Florence", "de Nancy" (a given name there is no person).
_PLACE_PREPOSITIONS: Final = frozenset({"à", "de", "d'", "en", "du", "au", "vers"})


#: An age in apposition after a name: "Tsiory, 12 ans", "Nomena, 10 ans,".
_AGE_AFTER_RE: Final = LazyRegex(r"[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]*ans(?!\w)")


def _lone_name(text: str, start: int, end: int) -> bool:
    """Tell whether the one capitalised word at start..end names a person by itself.

    A given name of the lexicon ("Son amie Jessica", "Jean-Luc n'arrive plus") not after a
    preposition of place ("à Florence"); any word with an age in apposition ("Tsiory, 12
    ans"); a surname after a civility or a title ("M. Sellal", "la ministre Duranceau").
    Read from the text around the word (no tokens: both readings of a document agree).
    """
    word = text[start:end]
    if word in lex.NOT_SPEAKERS or not word[:1].isupper() or word.isupper():
        return False
    given = word in lex.GIVEN_NAMES
    if not given and (word.lower() in _place_words() or word.lower() in lex.PLACES):
        return False  # "la ministre Congolaise des Affaires étrangères": a demonym
    if not given and "," in text[end : end + 3] and _AGE_AFTER_RE.match(text, end, end + 12):
        return True
    prev = _word_before(text, start)[0]
    if given:
        return _fold(prev) not in _PLACE_PREPOSITIONS
    if prev in _CIVILITY_WORDS:
        return True
    # after a title, a capitalised demonym is an adjective: "la ministre Congolaise"
    return _fold(prev) in _JOB_WORDS and not word.lower().endswith(_DEMONYM_ENDINGS)


#: Another initial after one: "D. R." (a photo credit), "J. F. K.".
_INITIAL_AFTER_RE: Final = LazyRegex(r"[ \u00a0]?\p{Lu}\.")


def _initial_surname(first: str, word: str, masked: str, end: int) -> bool:
    """Tell whether *word* is a surname's initial: "Karim M.", "Jean-Pierre B.".

    One capital ending at *end*, then a full stop, after the given name *first*: how court
    reports name a defendant.
    """
    return (
        len(word) == 1
        and word.isupper()
        and masked[end : end + 1] == "."
        and not masked[end + 1 : end + 2].isalnum()  # not "M.Durand", "B.A.-BA"
        and _INITIAL_AFTER_RE.match(masked, end + 1) is None  # not "D. R.", a credit
        and first in lex.GIVEN_NAMES
    )


#: Civilities as written before a surname: "M. Sellal", "Me Prum", "Mme Durand".
_CIVILITY_WORDS: Final = frozenset({"M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr", "MM."})
