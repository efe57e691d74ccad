"""The people a document names, found from its capitalised words: "Paul Durand", "Awa N'Diaye".

Runs of capitalised words with the particles, elisions, initials and capitals of the names of
the French-speaking world ("Charles de Gaulle", "Sylvie d'Amours", "George W. Bush", "Macky
SALL", "Karim M."), read from the capitalised-word scan of the whole text (``_cap_names``) or,
past the partial reading's budget, from every token (``_names``, the reference the partial
reading reproduces). Mixed into :class:`~claimkit.quotes.document._Doc`; what the names say
(titles, genders, fullest forms) is :mod:`~claimkit.quotes.names`'.
"""

from __future__ import annotations

from claimkit.quotes import lexicon as lex
from claimkit.quotes.names import _CURRENCIES, _People
from claimkit.quotes.nameshapes import _initial_surname, _lone_name
from claimkit.quotes.tokens import (
    _CAP_PARTICLES,
    _ELISION_APOS,
    _NAME_ELISIONS,
    _PARTICLE_FIRSTS,
    _PARTICLE_RE,
    _PARTICLES,
    _SPACES_RE,
    _Cap,
    _fold,
    _is_titlecase,
    _Scanner,
    _Tok,
)


def _is_space(ch: str) -> bool:
    """Tell whether *ch* is a space to the token pattern (U+001C to U+001F are not)."""
    return ch.isspace() and not "\x1c" <= ch <= "\x1f"


def _middle_initial(word: str) -> bool:
    """Tell whether *word* is one capital letter, a middle name's initial ("W" of "George W.")."""
    return len(word) == 1 and word.isupper() and word.isalpha()


class _NameScan(_People):
    """The person-name readers of a document (mixed into ``_Doc``)."""

    toks: list[_Tok]
    scanner: _Scanner

    def _names(self) -> list[tuple[int, str]]:
        """Every person-like name of two or more Titlecase words, with its position."""
        out: list[tuple[int, str]] = []
        toks = self.toks
        i = 0
        while i < len(toks):
            if not _is_titlecase(toks[i]):
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j - i < 5:
                if (
                    _is_titlecase(toks[j])
                    and toks[j].start - toks[j - 1].end <= 1
                    and self.text[toks[j - 1].end : toks[j].start] not in {"\n", "\r"}
                ):
                    j += 1
                elif (
                    (toks[j].norm in _PARTICLES and toks[j].raw.islower())
                    or toks[j].raw in _CAP_PARTICLES
                ) and (
                    j + 1 < len(toks)
                    and _is_titlecase(toks[j + 1])
                    and toks[j].start - toks[j - 1].end <= 1
                    and toks[j + 1].start - toks[j].end <= 1
                    and j - i < 3
                ):
                    j += 2
                elif (
                    toks[j].raw in _NAME_ELISIONS
                    and j + 1 < len(toks)
                    and _is_titlecase(toks[j + 1])
                    and toks[j].start - toks[j - 1].end == 1
                    and toks[j + 1].start == toks[j].end
                    and j - i < 4
                ):
                    j += 2  # "Awa N'Diaye"
                elif (
                    j + 2 < len(toks)
                    and j - i < 3
                    and _middle_initial(toks[j].raw)
                    and toks[j + 1].norm == "."
                    and toks[j + 1].start == toks[j].end
                    and _is_titlecase(toks[j + 2])
                    and toks[j].start - toks[j - 1].end == 1
                    and toks[j + 2].start - toks[j + 1].end == 1
                    and self.text[toks[j - 1].end] not in "\n\r"
                    and self.text[toks[j + 1].end] not in "\n\r"
                    and toks[i].raw in lex.GIVEN_NAMES
                ):
                    j += 3  # "George W. Bush", "Ahmed K. Diallo": a middle initial
                elif (
                    toks[j].norm == "d'"
                    and toks[i].raw in lex.GIVEN_NAMES
                    and j + 1 < len(toks)
                    and _is_titlecase(toks[j + 1])
                    and toks[j].start - toks[j - 1].end == 1
                    and toks[j + 1].start == toks[j].end
                    and j - i < 4
                ):
                    j += 2  # "Sylvie d'Amours", after a given name only
                else:
                    break
            if (
                j < len(toks)
                and j - i < 4
                and toks[j].start - toks[j - 1].end == 1
                and self.text[toks[j - 1].end] not in "\n\r"
                and self._capitals_surname(toks[i].raw, toks[j].raw)
            ):
                j += 1  # "Abdoulaye Diouf SARR", "Macky SALL"
            elif (
                j + 1 < len(toks)
                and j - i == 1
                and toks[j].start - toks[j - 1].end == 1
                and self.text[toks[j - 1].end] not in "\n\r"
                and toks[j + 1].norm == "."
                and _initial_surname(toks[i].raw, toks[j].raw, self.masked, toks[j].end)
            ):
                j += 2  # "Karim M.", "Jean-Pierre B.": a surname's initial
            particle = any(t.norm in _PARTICLES and t.raw.islower() for t in toks[i:j])
            after_noun = i > 0 and toks[i - 1].kind == "word" and toks[i - 1].raw.islower()
            lone = j - i == 1 and _lone_name(self.text, toks[i].start, toks[i].end)
            if (
                (j - i >= 2 or lone)
                and toks[i].raw.lower() != "the"
                and not (particle and after_noun)
            ):
                out.append((toks[i].start, self.text[toks[i].start : toks[j - 1].end]))
            i = j
        return out

    def _norm(self, s: int, e: int) -> str:
        folded = self.scanner.folded
        return folded[s:e] if folded is not None else _fold(self.masked[s:e])

    def _after_space(self, e: int, caps: dict[int, _Cap]) -> _Cap | None:
        """Return the capitalised word one space after position e, if it is the next token."""
        nxt = caps.get(e + 1)
        ok = nxt is not None and _is_space(self.masked[e]) and self.masked[e] not in "\n\r"
        return nxt if ok else None  # a name never runs over a line break

    def _cap_names(self, caps: list[_Cap]) -> list[tuple[int, str]]:
        """Return ``_names`` from the capitalised words.

        The token after a name word is read from the text only for a particle ("de", "van").
        """
        masked = self.masked
        starts = {c.start: c for c in caps}
        out: list[tuple[int, str]] = []
        reach = -1  # words before it belong to a name already read
        for first in caps:
            if first.start < reach or not first.title:
                continue
            end = first.end
            size = 1  # tokens taken, particles included
            particle = self._norm(first.start, first.end) in _PARTICLES
            while size < 5:
                nxt = self._after_space(end, starts)
                if nxt is not None and nxt.title:
                    end = nxt.end
                    size += 1
                    particle = particle or self._norm(nxt.start, nxt.end) in _PARTICLES
                    continue
                if (
                    size < 3
                    # cheap test first: a space, then a space or a particle's first letter
                    and masked[end : end + 1].isspace()
                    and (
                        masked[end + 1 : end + 2] in _PARTICLE_FIRSTS
                        or masked[end + 1 : end + 2].isspace()
                    )
                    and (m := _PARTICLE_RE.match(masked, end)) is not None
                ):
                    nxt = starts.get(_SPACES_RE.match(masked, m.end()).end())  # type: ignore[union-attr]
                    if nxt is not None and nxt.title:
                        end = nxt.end
                        size += 2
                        particle = particle or m.group().strip().islower()
                        continue
                if (
                    size < 4
                    and masked[end : end + 2] == " N"
                    and masked[end + 2 : end + 3] in _ELISION_APOS
                    and (nxt := starts.get(end + 3)) is not None
                    and nxt.title
                ):
                    end = nxt.end  # "Awa N'Diaye"
                    size += 2
                    continue
                if (
                    size < 3
                    and masked[end + 2 : end + 3] == "."
                    and _middle_initial(masked[end + 1 : end + 2])
                    and _is_space(masked[end : end + 1] or "x")
                    and _is_space(masked[end + 3 : end + 4] or "x")
                    and masked[end] not in "\n\r"
                    and masked[end + 3] not in "\n\r"
                    and (nxt := starts.get(end + 4)) is not None
                    and nxt.title
                    # after a known given name only: "X. Y" is a new sentence as often
                    and first.raw in lex.GIVEN_NAMES
                ):
                    end = nxt.end  # "George W. Bush", "Ahmed K. Diallo": a middle initial
                    size += 2
                    continue
                if (
                    size < 4
                    and masked[end : end + 2] == " d"
                    and masked[end + 2 : end + 3] in _ELISION_APOS
                    and (nxt := starts.get(end + 3)) is not None
                    and nxt.title
                    and first.raw in lex.GIVEN_NAMES
                ):
                    end = nxt.end  # "Sylvie d'Amours", after a given name only
                    size += 2
                    continue
                break
            if (
                size < 4
                and (nxt := self._after_space(end, starts)) is not None
                and self._capitals_surname(first.raw, nxt.raw)
            ):
                end = nxt.end  # "Abdoulaye Diouf SARR", "Macky SALL"
                size += 1
            elif (
                size == 1
                and masked[end : end + 1] == " "
                and _initial_surname(first.raw, masked[end + 1 : end + 2], masked, end + 2)
            ):
                end += 3  # "Karim M.", "Jean-Pierre B.": a surname's initial
                size += 1
            reach = end
            if size < 2 and not self._lone_first_name(first):
                continue
            if first.raw.lower() == "the":
                continue
            if particle:
                prev = self.scanner.before(first.start, 1)
                if prev and prev[-1].kind == "word" and prev[-1].raw.islower():
                    continue  # a particle after a lower-case word: not a person's name
            out.append((first.start, self.text[first.start : end]))
        return out

    def _capitals_surname(self, first: str, word: str) -> bool:
        """Tell whether *word* is a surname in capitals: "Macky SALL", "Abdoulaye Diouf SARR".

        Right after a name opening on the given name *first* (West African usage).  Letters
        only, a vowel, no acronym the document spells out nor any word the lexicons know as no
        speaker ("AFP", "FCFA").
        """
        return (
            first in lex.GIVEN_NAMES
            and len(word) >= 3
            and word.isalpha()
            and word.isupper()
            and any(v in word for v in "AEIOUYÉÈÊËÏÎÔÖÜÛÀÂ")
            and word not in lex.NOT_SPEAKERS
            and word not in _CURRENCIES
            and word not in self.acronyms
        )

    def _lone_first_name(self, first: _Cap) -> bool:
        """Tell whether one capitalised word names a person alone (see ``_lone_name``)."""
        return _lone_name(self.text, first.start, first.end)
