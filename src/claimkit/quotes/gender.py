"""A person's gender as the text tells it: determiners, titles, first names, pronouns.

Read once per person and per mention, for pronouns ("a-t-elle ajouté") and titles ("la
ministre") to find who they stand for: never the other gender, and when the text tells
nothing, unknown (``None``) rather than a guess.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import _Mention
from claimkit.quotes.titlewords import _JOB_HEADS, _LETTER_RUN_RE, _title_gender
from claimkit.quotes.tokens import _fold

#: The last determiner or title before a name tells its gender: "la mairesse Valérie
#: Plante", "Mme Durand" (feminine); "le président Macky Sall", "M. Dupont" (masculine).  A
#: determiner after "de" or "à" belongs to a complement ("le président de la République").
#: "son" tells nothing: it stands before feminine nouns opening on a vowel ("son amie").
_GENDER_CUE_RE: Final = LazyRegex(
    r"(?i)(?<![\w.])(?<!\b(?:de|à)\s)"
    r"(?:(?P<f>la|sa|cette|mme|madame|mlle|lady|l'ancienne|ancienne|nouvelle|première)"
    r"|(?P<m>le|ce|du|au|m\.|monsieur|sir|lord|l'ancien|ancien|nouveau|premier))(?!\w)"
)
#: Feminine titles ("la cheffe", "l'avocate", "la présidente"), a cue by themselves.
_FEMININE_TITLE_RE: Final = LazyRegex(
    r"(?i)(?<!\w)(?:\w+(?:trice|euse|esse|ienne|ffe)|présidente|avocate|députée|élue|"
    r"conseillère|procureure|ministre-présidente|secrétaire générale|directrice générale|"
    r"gouverneure|sénatrice|représentante|déléguée|candidate|militante|dirigeante)(?!\w)"
)
#: A stretch ending on a preposition: the name after it is a complement ("le cas de X").
_COMPLEMENT_END_RE: Final = LazyRegex(
    r"(?i)(?<![\w'])(?:de|du|des|à|au|aux|pour|avec|chez|par|contre)\s+\Z|(?<![\w])d'\s*\Z"
)
_FIRST_WORD_RE: Final = LazyRegex(r"[\p{L}]+(?:-[\p{L}]+)?")


def _gender_at(doc: _Doc, pos: int) -> str | None:
    """Guess the gender of the name at *pos*, or None.

    The determiner or title just before it ("la mairesse", "M."), else a common first name
    ("Marie", "Paul"), else a determiner or a feminine title further back in the sentence.
    """
    lo = max(0, pos - 40, doc.sentence_start(pos))
    cues = list(_GENDER_CUE_RE.finditer(doc.text, lo, pos))
    last = cues[-1] if cues else None
    first = _FIRST_WORD_RE.match(doc.text, pos)
    given = None
    if first is not None:
        if first.group() in lex.FEMININE_FIRST_NAMES:
            given = "f"
        elif first.group() in lex.MASCULINE_FIRST_NAMES:
            given = "m"
    between = doc.text[last.end() : pos] if last is not None else ""
    # the determiner is a title's own, maybe before one adjective: "la nouvelle ministre X";
    # not "la voix de son avocat Me X" (the determiner of "voix")
    words = _LETTER_RUN_RE.findall(_fold(between)) if last is not None else []
    titled = bool(words) and (words[0] in _JOB_HEADS or (len(words) > 1 and words[1] in _JOB_HEADS))
    if (
        last is not None
        and between.count(",") == 0
        # "le cas de Tsiory", "la fille de Paul": the determiner is a noun's, the name its
        # complement
        and _COMPLEMENT_END_RE.search(doc.text, last.end(), pos) is None
        # "Ce à quoi Patricia X": words but no title between, the first name says more
        and (given is None or not between.strip() or titled)
        # "Le ton est plus sévère avec Me X": the determiner of a noun far before, no cue
        and (titled or len(between.split()) <= 2)
    ):
        return "f" if last.group("f") is not None else "m"
    if given is not None:
        return given
    if _FEMININE_TITLE_RE.search(doc.text, lo, pos) is not None:
        return "f"
    if last is not None and titled:
        # "la présidente du parti, X": the determiner of a title before the name; not "la
        # mairie de Faa'a, maître X", whose determiner belongs to a thing
        return "f" if last.group("f") is not None else "m"
    return None


def _name_gender(doc: _Doc, name: str) -> str | None:
    """Guess a person's gender from the cues before any of their mentions.

    Worked out for every person of the document at once, on first use: one look at each
    mention (a long text naming many people who share a surname stays linear).
    """
    genders = doc.name_genders
    if not genders and doc.names:
        for pos, full in doc.names:
            if genders.get(full) is None:
                genders[full] = _gender_at(doc, pos)
    return genders.get(name)


def _gender(doc: _Doc, name: str, pos: int) -> str | None:
    """Return the gender of *name* named at *pos*: cues there, else anywhere, else None."""
    gender = _gender_at(doc, pos)
    if gender is None:
        gender = doc.title_genders.get(name) if doc.titles[0] else None
    if gender is None:
        gender = _name_gender(doc, name)
    if gender is None:
        gender = _next_pronoun(doc, pos + len(name))
    return gender


def _next_pronoun(doc: _Doc, end: int) -> str | None:
    """Return the gender of a pronoun opening the sentence after a name: "X entre. Il…"."""
    m = _NEXT_PRONOUN_RE.match(doc.text, end, min(len(doc.text), end + 160))
    if m is None:
        return None
    return "f" if m.group(1) in {"Elle", "elle"} else "m"


#: The rest of a sentence, then a subject pronoun opening the next one (or a clause).
_NEXT_PRONOUN_RE: Final = LazyRegex(
    r"[^.!?«»\"\n]{0,120}[.!?:;]\s+(Il|Elle|il|elle)\s"
    # not an impersonal "il": "Il s'agit …", "Il faut …", "Il y a …"
    r"(?!s['\u2019]agi|faut|fallait|y\s|semble|paraît|suffit)"
)


def _compatible(doc: _Doc, name: str, pos: int, want: str | None) -> bool:
    return want is None or _gender(doc, name, pos) in (None, want)


def _pick(doc: _Doc, candidates: list[tuple[int, str]], want: str | None) -> str | None:
    """Return the nearest candidate (last in the list) whose gender fits *want*, or None.

    When the nearest that fits is of unknown gender and a farther one is known to fit,
    the pronoun is ambiguous to this reader: None (a wrong name is worse than none).
    """
    found: str | None = None
    for pos, name in reversed(candidates):
        gender = _gender(doc, name, pos) if want is not None else None
        if gender == want:
            return name if found is None or found == name else None
        if gender is None and found is None:
            found = name
            if want is None:
                return found
    return found


def _definite_gender(doc: _Doc, m: _Mention) -> str | None:
    """Return the gender a definite title shows ("la ministre", "le juge", "l'ancienne avocate")."""
    det = _fold(doc.text[m.start : m.start + 3])
    if det.startswith("la "):
        return "f"
    if det.startswith("le "):
        return "m"
    if det.startswith("l'"):
        cue = _GENDER_CUE_RE.search(doc.text, m.start, m.end)  # "l'ancienne ministre"
        return _title_gender(m.text) or (
            None if cue is None else "f" if cue.group("f") is not None else "m"
        )
    return None
