"""Titles credited as written, named after the fact: a pass over the whole document.

"« … », dit la ministre sénégalaise. … « … », a dit Yacine Fall." and "« … », selon son
avocate. … a rapporté l'avocate Souad Brahma": once every quotation is credited, a title
nobody was named with is given to the person the document names with it later, the one
person the next sentence brings in, or the one person it quotes by name, when gender,
titles, complement and origin fit.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit.models import Quote
from claimkit.quotes import lexicon as lex
from claimkit.quotes.chains import (
    _DEMONYM_AFTER_RE,
    _named_otherwise,
    _title_fits,
    _title_key_of,
)
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import _definite_gender, _name_gender
from claimkit.quotes.mentions import _Attr, _Mention
from claimkit.quotes.pronouns import _PRONOUN_GENDER, _Speakers
from claimkit.quotes.titlewords import _JOB_WORDS, title_key
from claimkit.quotes.tokens import _fold

#: A sentence that opens on a person's name, maybe after a civility: "M. Sellal intervenait".
_NAME_OPENING_RE: Final = LazyRegex(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)*"
    # maybe an adverbial phrase first: "Lors d'une rencontre avec la presse, Thomas Brezzo a"
    r"(?:(?:Lors|Après|Avant|Dans|Devant|Face|Interrogée?|Invitée?|Jeudi|Lundi|Mardi|Mercredi"
    r"|Vendredi|Samedi|Dimanche|Hier|Plus tard|Ensuite|Puis)[^.,;:!?«»\n]{0,80},[ \u00a0]+)?"
    r"(?P<civ>(?:M\.|Mme|Me|Dr|Maître|Monsieur|Madame)[ \u00a0]+)?"
    r"(?P<name>\p{Lu}[\p{L}'\u2019\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'\u2019\-]+){0,3})"
    r"[ \u00a0]+\p{Ll}"
)


def _named_next(doc: _Doc, quotes: list[Quote], seen: _Speakers) -> list[Quote]:
    """Name a title credited as written when the next sentence opens on a person.

    "« … », a fait remarquer le Premier ministre. M. Sellal intervenait à l'ouverture du
    colloque.": the title is the person the sentence after it brings in, when a civility
    or the document marks the words as a person's name, the gender and titles fit, and
    nobody else is named in between.  Every quotation credited to that title goes to them.
    """
    names: dict[str, str] = {}
    tried: set[str] = set()
    people = doc.people
    others = set(seen.people) - seen.written - people
    short = set(_SHORT_NAME_RE.findall(doc.text)) if others else set()
    # a person's name, or one capitalised word the text never gives as a body's short name
    # in parentheses ("Belmadi", not "(Ocha)")
    speakers = sorted(
        (set(seen.people) - seen.written) & people
        | {s for s in others if s.istitle() and " " not in s and s not in short}
    )
    for q in quotes:
        title = q.speaker
        if title is None or title not in seen.written or title in tried or q.speaker_end is None:
            continue
        if len(tried) >= 64:
            break  # a bounded number of titles: linear on any text
        tried.add(title)
        mention = _Mention("desc", q.speaker_start or 0, q.speaker_end, title)
        later = _titled_later(doc, mention)
        if later is not None:
            names[title] = later  # "selon son avocate. … a rapporté l'avocate Souad Brahma"
            continue
        sole = _sole_speaker(doc, mention, speakers)
        if sole is not None:
            names[title] = sole  # "« … », dit la ministre. … « … », a dit Yacine Fall."
            continue
        end = doc.sentence_end(q.speaker_end)
        if doc.names_between(q.speaker_end, end):
            continue
        m = _NAME_OPENING_RE.match(doc.text, end + 1, min(len(doc.text), end + 220))
        if m is None:
            continue
        name = m.group("name")
        if m.group("civ") is None and (" " not in name or not doc.name_count.get(name)):
            continue  # "Le Conseil …", "Cette annonce …": no person's name
        if name.split()[0] in lex.NOT_SPEAKERS:
            continue
        person = doc.fullest(name) if " " in name else doc.full_name(name, m.start("name"))
        want = _definite_gender(doc, mention)
        head = _title_key_of(doc, mention)
        if (want is not None and _name_gender(doc, person) not in (None, want)) or (
            doc.titles[0] and not _title_fits(doc, person, head)
        ):
            continue
        names[title] = person
    if not names:
        return quotes
    return [
        q.model_copy(update={"speaker": names[q.speaker]})
        if q.speaker is not None and q.speaker in names
        else q
        for q in quotes
    ]


def _named_later(
    doc: _Doc, quotes: list[Quote], seen: _Speakers, pending: list[tuple[int, _Attr]]
) -> list[Quote]:
    """Credit a pronoun read before the document names anyone to its one person quoted.

    "« … », a-t-il ajouté. … « … », a poursuivi Nasser Bourita.": an excerpt (or an article
    under a headline) that opens on a quotation credited by a pronoun; when the document
    quotes a single person by name and that person's gender fits the pronoun, the pronoun
    is that person.  Never with two people quoted by name.
    """
    if not pending:
        return quotes
    people = doc.people
    quoted = (set(seen.people) - seen.written) & people
    if len(quoted) != 1:
        return quotes
    (person,) = quoted
    out = list(quotes)
    for k, attr in pending:
        want = _PRONOUN_GENDER.get(attr.mention.text)
        if want is None or _name_gender(doc, person) not in (None, want):
            continue
        out[k] = out[k].model_copy(
            update={
                "speaker": person,
                "speaker_start": attr.mention.start,
                "speaker_end": attr.mention.end,
                "verb": attr.verb,
                "attribution": attr.kind,
            }
        )
    return out


def _sole_speaker(doc: _Doc, mention: _Mention, speakers: list[str]) -> str | None:
    """Return the one person credited by name whom a title nobody is named with may be.

    "« … », dit la ministre sénégalaise. … « … », a dit Yacine Fall.": when the document
    quotes a single person by name and that person fits the title (gender, and no other
    title of theirs), the title is that person.  Not when the document gives the title's word with
    another complement ("le président du Tavini" beside "le président du Tahoeraa": two
    people), nor for trial roles ("le procureur" is not the accused quoted by name).
    """
    if len(speakers) != 1:
        return None  # with two people quoted by name, a third may be the titled one
    head, of = _title_head(doc, mention)
    word = head if head in _JOB_WORDS else head.split()[0] if head else ""
    if word not in _JOB_WORDS or (doc.court and word in lex.COURT_ROLES):
        return None  # a title no lexicon lists ("le tavana de Faa'a") names nobody known
    want = _definite_gender(doc, mention)
    fits = [
        p
        for p in speakers
        if (want is None or _name_gender(doc, p) in (None, want))
        and (not doc.titles[0] or _title_fits(doc, p, head))
    ]
    if len(fits) != 1 or _other_complement(doc.text, word, of, want):
        return None
    if any(h == head and doc.fullest(name) != fits[0] for h, _, name in doc.titles[1]):
        return None  # "l'avocat Paul Durand": someone else the document names so
    adj = _DEMONYM_AFTER_RE.match(doc.text, mention.end)
    if adj is not None and _named_otherwise(doc, fits[0], adj.group(1)):
        return None  # "le ministre ghanéen" is not "le ministre sénégalais Amadou Ba"
    return fits[0]


def _other_complement(text: str, word: str, of: str | None, want: str | None) -> bool:
    """Tell whether *text* gives the title *word* to someone else, by another complement.

    "le président du Tavini … le président autonomiste du Tahoeraa": yes.  A title with no
    complement is ambiguous when the text gives the word two complements.  Uses of the
    other gender ("la présidente du CN" beside "le président") are someone else anyway.  At
    most 32 uses of the word are read.
    """
    pattern = _complement_pattern(word)
    seen: set[str] = set() if of is None else {of[:4]}
    feminine = not word.endswith("e")
    for n, m in enumerate(pattern.finditer(text)):
        if n >= 32:
            return True
        if feminine and want is not None and (m.group("e") in ("e", "es")) != (want == "f"):
            continue  # "la présidente du CN" is not "le président"
        seen.add(_fold(m.group("of"))[:4])
        if len(seen) > 1:
            return True
    return False


@lru_cache(maxsize=256)
def _complement_pattern(word: str) -> regex.Pattern[str]:
    """Compile the search for a title word and its complement ("président … du Tavini")."""
    return regex.compile(
        rf"(?i)(?<!\p{{L}}){regex.escape(word)}(?P<e>e|s|es)?"
        r"(?:[ \u00a0]+\p{Ll}+){0,2}?[ \u00a0]*(?:(?:de|du|des)[ \u00a0]+|d['\u2019])"
        r"(?:(?:la|le|les)[ \u00a0]+|l['\u2019])?(?P<of>\p{L}+)"
    )


def _title_head(doc: _Doc, mention: _Mention) -> tuple[str, str | None]:
    """Return the key of a title as written, without its determiner ("son avocate")."""
    words = mention.text.split()
    start = mention.start
    if len(words) > 1 and _fold(words[0]) in _TITLE_DETERMINERS:
        start += len(words[0]) + 1  # "son avocate": the title is "avocate"
    elif words and _fold(words[0]).startswith("l'"):
        start += 2
    folded = _fold(doc.text[start : mention.end + 60])
    return title_key(doc.text[start : mention.end], folded, mention.end - start)


#: A capitalised word in parentheses: a body's short name ("… humanitaires (Ocha)").
_SHORT_NAME_RE: Final = LazyRegex(r"\((\p{Lu}[\p{L}\-]*)\)")

_TITLE_DETERMINERS: Final = frozenset({"le", "la", "les", "son", "sa", "leur", "ce", "cette"})


def _titled_later(doc: _Doc, mention: _Mention) -> str | None:
    """Return the one person the document names later with the title of *mention*.

    "« … », selon son avocate. … a rapporté l'avocate Souad Brahma": a title first given
    alone and later with a name is that person, when no other person carries that title
    in the document (a trial's two lawyers stay unnamed).
    """
    positions, found = doc.titles
    if not positions:
        return None
    head, of = _title_head(doc, mention)
    k = bisect.bisect_left(positions, mention.end)
    same = [
        (i, doc.fullest(name))
        for i, (h, o, name) in enumerate(found)
        if h == head and (o is None or of is None or o == of)
    ]
    people = {name for _, name in same}
    later = {name for i, name in same if i >= k}
    if len(people) != 1 or len(later) != 1:
        return None
    return later.pop()
