"""Pronouns and the speakers credited so far: who "a-t-il ajouté" refers back to.

The last person quoted, as a rule; a person brought in as a subject since; the person of
the pronoun's gender when the last speaker is known to be of the other one (a name's or a
title's gender, or the article of a speaker credited as written: "la juge"); the unnamed
title credited last; a body heading a recent sentence for "elle"/"ils". Titles, surnames
and bodies are :mod:`~claimkit.quotes.chains`'.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes.bodies import _org_name
from claimkit.quotes.demonstratives import _DEMONSTRATIVES, _PRONOUN_WINDOW, _demonstrative
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import _gender, _name_gender, _pick
from claimkit.quotes.mentions import _PERSON_NOUNS, _Mention
from claimkit.quotes.titlewords import _JOB_WORDS, _title_gender
from claimkit.quotes.tokens import _ORG_WINDOW

# --------------------------------------------------------------------------- pronouns


@dataclass(slots=True)
class _Speakers:
    """Speakers already credited, in document order, for pronouns."""

    people: list[str]
    anyone: list[str]
    last_end: int  # end of the last quotation read
    credited_end: int = 0  # end of the last quotation credited to someone
    credited: set[str] = field(default_factory=set)  # every speaker credited so far
    written: set[str] = field(default_factory=set)  # titles credited as written, unnamed
    # titles read as a person by anaphora: "s'est empressé de dire le premier ministre"
    titles: dict[tuple[str, str | None], str] = field(default_factory=dict)
    # people a title was read as because they are the only one of its gender named
    by_gender: set[str] = field(default_factory=set)


def _main_person(doc: _Doc, pos: int, seen: _Speakers, want: str | None = None) -> str | None:
    """Return the one person the document is about so far, when nobody else speaks in it.

    "Dominique Laurens, la procureure, a tenu une conférence. … Détail terrifiant : « … »":
    with a single person brought in as a subject or a source before *pos*, and no other
    speaker credited yet, the words nobody else is credited with are that person's.
    """
    main = doc.only_person_before(pos, seen.credited)
    if main is None or not seen.credited <= {main}:
        return None
    if want is not None:
        gender = doc.title_genders.get(main) if doc.titles[0] else None
        if (gender or _name_gender(doc, main)) not in (None, want):
            return None
    return main


_PRONOUN_GENDER: Final = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}


def _resolve_pronoun(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    """Resolve "a-t-il déclaré" / "a-t-elle ajouté" to a person.

    The last person quoted, as a rule ("« … », a déclaré Zhao. « … », a-t-il ajouté"); but
    when that person is known to be of the other gender, or nobody was quoted yet, the
    person most recently named whose gender fits ("a annoncé la mairesse Valérie Plante.
    « … », a-t-elle lancé").
    """
    if m.text in _DEMONSTRATIVES:
        return _demonstrative(doc, m)
    pool = seen.people if m.text in {"il", "elle"} else seen.anyone
    want = _PRONOUN_GENDER.get(m.text)
    if m.text in {"ils", "elles"}:
        # "Les CFF vont devoir renoncer … Ils estiment que « … »": a body named since the
        # last person stands for the plural pronoun.
        k = bisect.bisect_left(doc.orgs, (m.start, "", False)) - 1
        names = doc.names_before(m.start, _PRONOUN_WINDOW)
        after = names[-1][0] if names else m.start - _PRONOUN_WINDOW
        nearest: str | None = None
        for pos, org, _ in reversed(doc.orgs[max(0, k - 5) : k + 1]):
            if pos < after:
                break
            if nearest is None and org.isupper():
                nearest = org  # an acronym ("les CFF"), not a place ("La Seyne-sur-mer")
            if pos - doc.sentence_start(pos) <= 4:  # "Les CFF …": the sentence's subject
                nearest = org
                break
        if nearest is not None:
            return _org_name(doc, nearest)
        # several people: never one person; the last body credited, if that is who spoke
        last = pool[-1] if pool else None
        return last if last is not None and last not in seen.people else None
    if m.text in {"il", "elle"}:
        # A person brought in as a subject since the last quotation takes the pronoun:
        # "« … », dit Maître Hayat. Me Mangeat entre en scène. « … », clame-t-il."
        since = doc.subjects_between(max(seen.last_end, m.start - _PRONOUN_WINDOW), m.start)
        # "a indiqué Me Fradet" is the last speaker "Thierry Fradet" again, no one new
        since = [(p, n) for p, n in since if not pool or doc.full_name(n, p) != pool[-1]]
        if since and (found := _pick(doc, since, want)) is not None:
            if want is None or _gender(doc, found, since[-1][0]) == want:
                return found
            # Of unknown gender: ambiguous if someone named before is known to fit.
            known = [
                (p, n)
                for p, n in doc.subjects_between(m.start - _PRONOUN_WINDOW, m.start)
                if n != found and _gender(doc, n, p) == want
            ]
            return None if known else found
        if not since and (found := _demonstrative_subject(doc, seen, m.start, want)):
            return found
    recent = doc.names_before(m.start, _PRONOUN_WINDOW)
    if want is not None and (
        not pool or (_name_gender(doc, pool[-1]) or _written_gender(pool[-1])) not in (None, want)
    ):
        found = _pick(doc, recent, want)
        if found is not None or pool:
            return found  # None: the last speaker is of the other gender, nobody else fits
    if pool:
        return pool[-1]
    if not recent and want is not None:
        # Nobody named nearby: a body heading a recent sentence with the pronoun's gender
        # ("La Cour suprême a tranché. Dans sa décision, elle estime que « … »").
        k = bisect.bisect_left(doc.orgs, (m.start, "", False)) - 1
        for pos, org, _ in reversed(doc.orgs[max(0, k - 3) : k + 1]):
            if pos < m.start - _PRONOUN_WINDOW:
                break
            article = doc.text[doc.sentence_start(pos) : pos].strip().lower()
            if article in {"la", "le"} and ("f" if article == "la" else "m") == want:
                return _org_name(doc, doc._org_in_full(pos, org))
    names = recent or doc.names_before(m.start, _ORG_WINDOW)
    if not names:
        return None
    pos, name = names[-1]
    if want is not None and _gender(doc, name, pos) not in (None, want):
        return None  # "Le président X a reçu la ministre. « … », a-t-elle dit": not X
    return name


def _written_gender(speaker: str) -> str | None:
    """Return the gender a speaker credited as written shows by its article ("la juge")."""
    head = speaker[:4].lower()
    if head.startswith(("la ", "une ")):
        return "f"
    if head.startswith(("le ", "un ")):
        return "m"
    return None


#: A sentence opening on a demonstrative and a person's noun: "Ce producteur de cacao …".
_DEMONSTRATIVE_SUBJECT_RE: Final = LazyRegex(
    r"(?:^|[.!?…][ \t\u00a0]+|\n[ \t\u00a0]*)(?:Ce|Cet|Cette)[ \u00a0]+"
    r"(?:(?:jeune|vieil|vieux|vieille|ancien|ancienne|nouveau|nouvel|nouvelle)[ \u00a0]+)?"
    r"(\p{Ll}+)(?![\p{L}\-'\u2019])"
)


def _demonstrative_subject(doc: _Doc, seen: _Speakers, pos: int, want: str | None) -> str | None:
    """Return the person a demonstrative subject since the last quotation refers back to.

    "Un avis que ne partage pas Maurice Sawadogo. Ce producteur de café-cacao espérait …
    « … », explique-t-il.": the person named last before "Ce producteur", when it is not
    the last speaker and the gender fits.
    """
    lo = max(seen.last_end, pos - _PRONOUN_WINDOW)
    found = None
    for m in _DEMONSTRATIVE_SUBJECT_RE.finditer(doc.masked, lo, pos):
        if m.group(1) in _PERSON_NOUNS or m.group(1) in _JOB_WORDS:
            found = m
    if found is None:
        return None
    named = doc.names_between(lo, found.start(1))
    if not named:
        return None
    at, name = named[-1]
    name = doc.fullest(name)
    if seen.people and name == seen.people[-1]:
        return None
    return name if want is None or _gender(doc, name, at) in (None, want) else None


#: A source preposition right before a name: "pour Yohann Serreau", "selon Awa Diop".
_SOURCE_BEFORE_RE: Final = LazyRegex(r"(?i)(?<![\p{L}])(?:pour|selon|d'après)[ \u00a0]+\Z")


def _unnamed_last(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    """Resolve a pronoun to the unnamed title credited last.

    "lâche le président du parti. « … » ajoute-t-il": when nobody was brought in as a
    subject since and the title's form does not tell the other gender.
    """
    if not seen.anyone or seen.anyone[-1] not in seen.written:
        return None
    if doc.subjects_between(seen.last_end, m.start) or any(
        _SOURCE_BEFORE_RE.search(doc.text, max(0, p - 12), p) is not None
        for p, _ in doc.names_between(seen.last_end, m.start)
    ):
        return None  # someone brought in since: "pour Yohann Serreau, … « … », explique-t-il"
    last = seen.anyone[-1]
    gender = _title_gender(last) or _written_gender(last)  # "la juge": an epicene noun
    return last if gender in (None, _PRONOUN_GENDER[m.text]) else None
