"""One word for a person: a surname, a first name, a misspelt surname, or a place.

"« … », a dit Martin" after "Anne Martin enseigne": which person of the document a single
capitalised word stands for, if any (chains resolve longer mentions themselves).
"""

from __future__ import annotations

from itertools import islice

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import _verb_at
from claimkit.quotes.names import _CURRENCIES


def _strip_honorific(name: str) -> tuple[str, bool]:
    """Drop an honorific: "Maître Hayat" → ("Hayat", True)."""
    words = name.split()
    dropped = False
    while len(words) > 1 and words[0].rstrip(".") in lex.HONORIFICS:
        words = words[1:]
        dropped = True
    return " ".join(words), dropped


def _single_name(doc: _Doc, word: str, pos: int, titled: bool) -> str | None:
    """Resolve a one-word name, or None when the evidence that it names someone is weak.

    The fullest name ending with it ("Zhao" → "Ben Zhao") or starting with it ("Marine" →
    "Marine Le Pen"), an acronym's spelled-out form; else the word itself when a title or
    civility stands before it or ``_Doc.plausible_name`` holds.  A word that opens a
    sentence and nothing else ("Pointant", "Samedi") names nobody.
    """
    if word in lex.NOT_SPEAKERS or word in _CURRENCIES:
        return None
    if "." in word:
        return word  # a news site: "Presseafrik.com"
    if _is_place(doc, word):
        return None  # "le ministre, ex-président de la région Bretagne condamne": a place
    if titled and doc.names_ending(word.lower()):
        return doc.full_name(word, pos)  # "M. Hassan" for "Hamad Hassan", not "Hassan Nasrallah"
    if word in doc.by_first and word in lex.GIVEN_NAMES:
        return doc.by_first[word]  # "Me Max" for "Max Loalngar"
    if doc.names_ending(word.lower()):
        return doc.full_name(word, pos)
    if word in doc.acronyms:
        return doc.acronyms[word]
    if word[1:].islower() and word.upper() in doc.acronyms:
        return doc.acronyms[word.upper()]  # "l'Ugtt" for the "UGTT" spelled out
    if titled or doc.plausible_name(word) or _before_verb(doc, pos + len(word)):
        return _misspelt_surname(doc, word, pos) or word
    return None


def _misspelt_surname(doc: _Doc, word: str, pos: int) -> str | None:
    """Return the person a surname one letter away names: "Tabouni" for "Taboubi".

    Only for a surname of five letters or more the document gives no one, against the
    surnames of its full names (same first letter, one letter replaced, added or dropped),
    when exactly one person fits.  At most 64 surnames are compared.
    """
    if len(word) < 5:
        return None
    key = word.lower()
    found = {
        doc.full_name(same[0][1].split()[-1], pos)
        for surname, same in islice(doc.by_surname.items(), 64)
        if surname[:1] == key[:1] and surname != key and _one_edit(surname, key)
    }
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Tell whether *a* and *b* differ by one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _is_place(doc: _Doc, word: str) -> bool:
    """Tell whether one capitalised word is a place, never a speaker: "Bretagne", "Sion".

    A region, province, canton, département or city of ``lexicon.PLACES`` (not the currency
    gazetteer of ``claimkit._places``, which holds institutions that speak, "Insee"), unless
    the document uses the word in a person's full name ("Mahamadou Oumar Koné").
    """
    key = word.lower()
    if key not in lex.PLACES:
        return False
    return not any(" " in n for _, n in doc.names_ending(key)[:8])


def _before_verb(doc: _Doc, end: int) -> bool:
    """Tell whether a verb of saying follows the word ending at *end*: "Iger a ajouté"."""
    i, j = doc.tok_range(end, end + 40)
    return i < j and _verb_at(doc, i, j)[0] > 0
