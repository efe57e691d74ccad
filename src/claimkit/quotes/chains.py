"""Resolving a mention to the speaker the document names: surnames, pronouns, titles, bodies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import _Mention
from claimkit.quotes.tokens import _ORG_WINDOW, _fold

# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Speakers:
    """Speakers already credited, in document order, for pronouns."""

    people: list[str]
    anyone: list[str]


#: The last determiner or title before a name tells its gender: "la mairesse Valérie
#: Plante", "Mme Durand" (feminine); "le président Macky Sall", "M. Dupont" (masculine).
_GENDER_CUE_RE: Final = regex.compile(
    r"(?i)(?<![\w.])(?:(?P<f>la|sa|cette|mme|madame|mlle)|(?P<m>le|son|ce|m\.|monsieur))(?!\w)"
)
_PRONOUN_GENDER: Final = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}
_PRONOUN_WINDOW: Final = 600  # characters searched back for the person a pronoun names
_FIRST_WORD_RE: Final = regex.compile(r"[\p{L}]+(?:-[\p{L}]+)?")


def _gender_at(doc: _Doc, pos: int) -> str | None:
    """Guess the gender of the name at *pos*, or None.

    The determiner or title just before it ("la mairesse", "M."), else a common first name
    ("Marie", "Paul").
    """
    lo = max(0, pos - 40, doc.sentence_start(pos))
    cues = list(_GENDER_CUE_RE.finditer(doc.text, lo, pos))
    last = cues[-1] if cues else None
    if last is not None and doc.text[last.end() : pos].count(",") == 0:
        return "f" if last.group("f") is not None else "m"
    first = _FIRST_WORD_RE.match(doc.text, pos)
    if first is not None:
        if first.group() in lex.FEMININE_FIRST_NAMES:
            return "f"
        if first.group() in lex.MASCULINE_FIRST_NAMES:
            return "m"
    if last is not None:
        return "f" if last.group("f") is not None else "m"
    return None


def _name_gender(doc: _Doc, name: str) -> str | None:
    """Guess a person's gender from the cues before any of their mentions."""
    if name in doc.name_genders:  # once per person: a long text can name them many times
        return doc.name_genders[name]
    found = None
    for pos, full in doc.names_ending(name.split()[-1].lower()):
        if full == name:
            found = _gender_at(doc, pos)
            if found is not None:
                break
    doc.name_genders[name] = found
    return found


def _resolve_pronoun(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    """Resolve "a-t-il déclaré" / "a-t-elle ajouté" to a person.

    The last person quoted, as a rule ("« … », a déclaré Zhao. « … », a-t-il ajouté"); but
    when that person is known to be of the other gender, or nobody was quoted yet, the
    person most recently named with the pronoun's gender ("a annoncé la mairesse Valérie
    Plante. « … », a-t-elle lancé").
    """
    pool = seen.people if m.text in {"il", "elle"} else seen.anyone
    want = _PRONOUN_GENDER.get(m.text)
    recent = doc.names_before(m.start, _PRONOUN_WINDOW)
    if want is not None and (not pool or _name_gender(doc, pool[-1]) not in (None, want)):
        for pos, name in reversed(recent):
            if _gender_at(doc, pos) == want:
                return name
    if pool:
        return pool[-1]
    names = recent or doc.names_before(m.start, _ORG_WINDOW)
    return names[-1][1] if names else None


def _is_institution(m: _Mention) -> bool:
    """Tell whether an anaphor names an institution by itself: "le gouvernement"."""
    words = _fold(m.text).split()
    return bool(words) and words[-1] in lex.INSTITUTIONS


def _resolve(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    if m.kind == "pronoun":
        return _resolve_pronoun(doc, m, seen)
    if m.kind == "name":
        if " " not in m.text:
            return doc.full_name(m.text, m.start)
        return m.text
    if m.kind == "org":
        return m.text
    if m.kind == "source":
        return m.owner or doc.last_org(m.start)
    if m.kind == "anaphor":
        org = doc.last_org(m.start)
        if _is_institution(m):
            noun = _fold(m.text).split()[-1]
            if org is None or noun not in _fold(org):
                return noun  # "Pour le gouvernement, « … »": the institution itself
        return org
    # A bare description: "la ministre" -> the name that follows the same noun earlier.
    key = _fold(m.text)
    for p, name in reversed(doc.names_before(m.start, _ORG_WINDOW)):
        if key in _fold(doc.text[max(0, p - 40) : p + len(name) + 40]):
            return name
    return m.text
