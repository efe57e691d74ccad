"""Pairing quotation marks, paragraph by paragraph, and masking the quoted words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

import regex

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.text import fold_apostrophes

#: Any quotation mark this module pairs.  ‹ › (rare in French news) are left out.
#: (The standard ``re`` module: it scans for a class of plain characters twice as fast.)
_MARK_RE: Final = re.compile(r"""["«»“”„‘’]""")
_MARK_ALL_RE: Final = re.compile(r"""["«»“”„‘’']""")
_MARK_NO_APOSTROPHE_RE: Final = re.compile(r"""["«»“”„‘]""")
#: With the straight apostrophe too, for texts that quote with it ('Vous avez devant vous
#: un homme fatigué', a lancé X: Swiss wire copy).
_MARK_STRAIGHT_SINGLE_RE: Final = re.compile(r"""["«»“”„‘']""")
#: A straight apostrophe opening words after a space: the text quotes with it.
_OPENING_SINGLE_RE: Final = LazyRegex(
    r"(?:^|[\s(])'\p{L}(?:[^'\n]|(?<=\p{L})'(?=\p{L})){0,400}?\p{L}[.!?…]?'(?=[\s,.;:!?)]|$)"
)

_MAX_UNCLOSED: Final = 2500  # an unclosed quotation longer than this is damage, not speech
_MAX_DEPTH: Final = 6  # deeper nesting is damage; extra openings are ignored

_NOT_NEWLINE_RE: Final = LazyRegex(r"[^\n]")
_ONLY_SPACE_RE: Final = LazyRegex(r"\s*\Z")  # nothing but white space to the end

_Role = Literal["open", "close", "none"]


@dataclass(frozen=True, slots=True)
class _Cand:
    """A paired quotation: marks at ``open``/``close`` (None when unclosed)."""

    open: int
    close: int | None
    start: int  # content span, spaces trimmed
    end: int
    para: int  # start of the paragraph
    part: int = 0  # 1 and 2 for the halves of a quotation an incise splits, else 0


# --------------------------------------------------------------------------- pairing


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int, top_is_straight: bool) -> _Role:
    """Read a straight quote's direction from its neighbours: ' "mot' opens, 'mot" ' closes."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_open = prev.isspace() or prev in "([{—–-:/'’«“"
    right_open = nxt.isspace() or nxt in ".,;:!?)]}»”…" or nxt == ""
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "close" if top_is_straight else "open"


def _char(text: str, i: int, end: int) -> str:
    return text[i] if i < end else " "


def _pair_paragraph(
    text: str, start: int, end: int, marks: re.Pattern[str] = _MARK_RE
) -> list[_Cand]:
    """Pair the quotation marks of ``text[start:end]`` in one left-to-right scan."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int | None]] = []
    for m in marks.finditer(text, start, end):
        i, ch = m.start(), m.group()
        nxt = text[i + 1] if i + 1 < end else " "
        prev = text[i - 1] if i > start else " "
        role: _Role
        if ch == "«":
            # "… débloqués« , a déclaré X": glued to a word, before a space and punctuation,
            # with a quotation open, it closes it (a reversed mark)
            role = (
                "close"
                if stack
                and (prev.isalnum() or prev in ".!?…")
                and (nxt in ",.;:" or (nxt.isspace() and _char(text, i + 2, end) in ",.;:"))
                else "open"
            )
        elif ch == "„":
            role = "open"
        elif ch == "»":
            # "que » nous sommes … »", "\n» On ne peut pas … »": a reversed mark opening a
            # quotation where none is open, before words
            role = (
                "open"
                if not stack
                and (prev.isspace() or prev in "'’:(")
                and (_is_word_char(nxt) or (nxt == " " and _is_word_char(_char(text, i + 2, end))))
                and text.find("»", i + 1, end) > 0
                else "close"
            )
        elif ch == "“":
            # "…en salle“," : a typo closing with an opening mark.
            role = "close" if stack and not prev.isspace() and not _is_word_char(nxt) else "open"
        elif ch == "”":
            role = "open" if not stack and prev.isspace() and _is_word_char(nxt) else "close"
        elif ch == "‘":
            role = "open"
        elif ch == "’":
            # An apostrophe unless a ‘ is open and no letter follows.
            role = "close" if stack and stack[-1][1] == "‘" and not _is_word_char(nxt) else "none"
        elif ch == "'":
            # Quoting with the apostrophe: it opens after a space, before a letter, and
            # closes an open one before a space or punctuation; else it elides ("l'accueil")
            if stack and stack[-1][1] == "'" and not _is_word_char(nxt) and not prev.isspace():
                role = "close"
            elif (prev.isspace() or prev == "(") and nxt.isalpha() and not stack:
                role = "open"
            else:
                role = "none"
        else:
            role = _straight_role(text, i, bool(stack) and stack[-1][1] == '"')
        if role == "open":
            if len(stack) < _MAX_DEPTH:
                stack.append((i, ch))
        elif role == "close" and stack:
            o, _ = stack.pop()
            pairs.append((o, i))
    if stack:
        o = stack[0][0]
        # Left open: runs to the paragraph end when it opens a sentence ("« Ma voix…"), or
        # when the text stops inside it (an excerpt cut mid-quotation: "Selon lui, « la")
        before = text[start:o].rstrip()
        # (cut: the text ends on a letter, not a full stop)
        last = _ONLY_SPACE_RE.match(text, end) is not None and _is_word_char(
            text[start:end].rstrip()[-1:] or "."
        )
        if (not before or before[-1] in ".!?:…" or last) and end - o <= _MAX_UNCLOSED:
            pairs.append((o, None))
    pairs.sort(key=lambda p: (p[0], -(p[1] if p[1] is not None else end)))
    out: list[_Cand] = []
    reach = -1
    for o, c in pairs:
        stop = c if c is not None else end
        if o < reach:  # nested inside a quotation already kept
            continue
        reach = stop
        s, e = o + 1, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Cand(o, c, s, e, start))
    return out


def _pair_marks(text: str) -> list[_Cand]:
    """Pair marks paragraph by paragraph: a quotation never crosses a line break.

    Only paragraphs holding a mark are read.  Without any ‘ in the text, ’ is always an
    apostrophe (it closes only an open ‘), so the scan skips it: French uses it in every
    other word.
    """
    marks = _MARK_RE if "‘" in text else _MARK_NO_APOSTROPHE_RE
    if "'" in text and _OPENING_SINGLE_RE.search(text) is not None:
        marks = _MARK_STRAIGHT_SINGLE_RE if marks is _MARK_NO_APOSTROPHE_RE else _MARK_ALL_RE
    out: list[_Cand] = []
    n = len(text)
    m = marks.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        nl = text.find("\n", m.start())
        stop = n if nl < 0 else nl
        out.extend(_pair_paragraph(text, start, stop, marks))
        if nl < 0:
            break
        m = marks.search(text, nl + 1)
    return out


def _mask(text: str, cands: list[_Cand]) -> str:
    """Blank the content of every quotation, line breaks kept.

    Words quoted are never read as names, verbs or sentence ends.  *cands* are in order and
    do not overlap.
    """
    parts: list[str] = []
    pos = 0
    for c in cands:
        parts.append(text[pos : c.start])
        content = text[c.start : c.end]
        parts.append(_NOT_NEWLINE_RE.sub(" ", content) if "\n" in content else " " * len(content))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)


#: An incise inside the marks: "…, dit-elle, …", "…?, clame-t-il. …", "…, a-t-il ajouté, …".
_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>[?!…]?,|[?!…])[ \t\xa0\u202f]+"
    r"(?P<verb>(?:a|avait|ont)-t?-?(?:il|elle|ils|elles)[ \t\xa0\u202f]+\p{Ll}+"
    r"(?:[ \t\xa0\u202f]+(?:en|à|au|de|d'|la|le|l'|les|garde|compte|savoir|état|part"
    r"|valoir|remarquer|observer|entendre|comprendre)){0,2}"
    r"|\p{Ll}+(?:-t)?-(?:il|elle|ils|elles))"
    r"[ \t\xa0\u202f]*(?P<post>[,.;])[ \t\xa0\u202f]+(?=\S)"
)


#: An incise with a noun subject: "…, réagit le candidat, …", "…, explique Awa Diop. …".
_NOUN_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>[?!…]?,|[?!…])[ \t\xa0\u202f]+"
    r"(?P<verb>(?:(?:a|ont|avait)[ \t\xa0\u202f]+|s['\u2019]|se[ \t\xa0\u202f]+)?\p{Ll}+)"
    r"[ \t\xa0\u202f]+"
    r"(?:(?:ainsi|aussi|encore|alors|également|donc|enfin|même)[ \t\xa0\u202f]+)?"
    r"(?:(?:M\.|Mme|Me|Dr)[ \t\xa0\u202f]+\p{Lu}[\p{L}'\u2019\-]+"
    # "affirme celui pour qui cette place n'est qu'un détail."
    r"|(?:celui|celle)[ \t\xa0\u202f]+(?:qui|dont|pour[ \t\xa0\u202f]+qui)"
    r"[^,.;:!?«»\"“”\n]{0,100}?"
    # "rappelle son avocate Lorella Bertani": a possessive as the subject's determiner
    r"|(?:le|la|les|l['\u2019]|(?:son|sa|ses|leur|leurs)(?=[ \t\xa0\u202f]))"
    r"[ \t\xa0\u202f]*\p{L}[^,.;:!?«»\"“”\n]{0,60}?"
    r"|\p{Lu}[\p{L}\d'\u2019\-]+(?:\.\p{Ll}{2,4})?"
    r"(?:[ \t\xa0\u202f]+(?:\p{Lu}[\p{L}'\u2019\-]+|de|du|Le|La)){0,3})"
    # a short complement after the subject: "a précisé M. Ducharme en entrevue téléphonique."
    r"(?:[ \t\xa0\u202f]+(?:en|à|au|aux|lors|devant|dans|sur|auprès)[ \t\xa0\u202f]"
    r"[^,.;:!?«»\"“”\n]{1,40}?)?"
    r"[ \t\xa0\u202f]*(?P<post>[,.;])[ \t\xa0\u202f]+(?=\S)"
)


#: A source incise: "« Ce qui l'atteste, selon lui, c'est le respect »".
_SOURCE_INCISE_RE: Final = LazyRegex(
    r"(?P<pre>,)[ \t\xa0\u202f]+"
    r"(?P<verb>(?:selon|d'après|d\u2019après)[ \t\xa0\u202f]+(?:lui|elle|eux|elles))"
    r"[ \t\xa0\u202f]*(?P<post>,)[ \t\xa0\u202f]+(?=\S)"
)
_SOURCE_INCISES: Final = frozenset(
    f"{p} {w}" for p in ("selon", "d'après") for w in ("lui", "elle", "eux", "elles")
)


def _verb(m: regex.Match[str]) -> str:
    return " ".join(fold_apostrophes(m.group("verb")).lower().split())


#: After a verb no lexicon lists, the noun subject that still makes an incise: a title and
#: a capitalised name ("rembobine le capitaine Oger"), or a civility and a name ("M. Roy").
_TITLED_SUBJECT_RE: Final = LazyRegex(
    r"(?:(?:le|la|l['\u2019])[ \t\xa0\u202f]*\p{Ll}[\p{Ll}\-]+[ \t\xa0\u202f]+"
    r"|(?:M\.|Mme|Me|Dr)[ \t\xa0\u202f]+)\p{Lu}\p{Ll}"
)


_TITLECASE_RE: Final = LazyRegex(r"\p{Lu}\p{Ll}+(?:[\-'\u2019]\p{Lu}?\p{Ll}+)*")


def _clear_incise(m: regex.Match[str], pattern: LazyRegex) -> bool:
    """Tell whether an incise is one whatever its verb.

    "a-t-il mis en garde" (an inverted pronoun after "a"), "…, rembobine le capitaine Oger.
    …" (a title or civility and a name after the verb).
    """
    verb = _verb(m)
    if pattern is _INCISE_RE:
        return verb[:2] in {"a-", "av", "on"}  # "a-t-il …", "avait-elle …", "ont-ils …"
    if pattern is _NOUN_INCISE_RE:
        subject = m.string[m.end("verb") : m.start("post")].lstrip(" \t\xa0\u202f")
        words = subject.split()
        named = (
            2 <= len(words) <= 3
            and all(_TITLECASE_RE.fullmatch(w) for w in words)
            and words[0] not in lex.NOT_SPEAKERS
            and words[0] not in {"Le", "La", "Les", "L'"}
        )  # "appuie Violette Spillebout": a person's name, not "Le Monde"
        return (named or _TITLED_SUBJECT_RE.match(subject) is not None) and verb.split()[-1][
            -1:
        ] in "eétiu"
    return False


def _find_incise(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Return the first incise inside ``text[start:end]`` whose verb is one of saying."""
    found: regex.Match[str] | None = None
    for pattern, table in (
        (_INCISE_RE, lex.INVERTED_VERBS),
        (_NOUN_INCISE_RE, lex.REPORTING_VERBS),
        (_SOURCE_INCISE_RE, _SOURCE_INCISES),
    ):
        m = pattern.search(text, start, end)
        while m is not None and _verb(m) not in table and not _clear_incise(m, pattern):
            m = pattern.search(text, m.end("verb"), end)
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    return found


#: What may follow an incise's subject and its comma without being the quotation going on:
#: a relative clause or a title in apposition ("estime Elsa, qui s'y rend chaque jour.").
_APPOSITION_RE: Final = LazyRegex(
    lambda: (
        r"(?:qui|dont|lui-même|elle-même|(?:un|une|le|la|l['\u2019])?[ \u00a0]*(?:"
        + "|".join(regex.escape(w) for w in sorted(lex.JOB_NOUNS, key=len, reverse=True))
        + r"))(?![\p{L}\-])"
    )
)  # the source is built on first use too
_SENTENCE_END_IN_RE: Final = LazyRegex(r"[.!?…][ \t\u00a0\u202f]+(?=\S)")


def _after_apposition(text: str, m: regex.Match[str], end: int, noun: bool) -> int:
    """Return where the second half of a split quotation starts, after the incise *m*.

    Right after the incise, unless a noun subject and a comma are followed by a relative
    clause or a title in apposition: then after the end of that sentence ("…, estime
    Elsa, qui s'y rend quotidiennement. Même pour un jour travaillé …"), within 200
    characters and before the closing mark.
    """
    if m.group("post") != "," or not noun:
        return m.end()
    if _APPOSITION_RE.match(text, m.end(), min(end, m.end() + 80)) is None:
        return m.end()
    stop = _SENTENCE_END_IN_RE.search(text, m.end(), min(end, m.end() + 200))
    return stop.end() if stop is not None else m.end()


def _is_noun_incise(m: regex.Match[str]) -> bool:
    """Tell whether the incise *m* has a noun subject ("estime Elsa,").

    Not a clitic one ("dit-elle,") nor a source ("selon lui,").
    """
    verb = _verb(m)
    return "-" not in verb and not verb.startswith(("selon", "d'après"))


def _split_incises(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Split each quotation an incise interrupts inside its marks into two halves.

    « Nous irons, dit-elle, jusqu'au bout » is two quotations, « Nous irons » and « jusqu'au
    bout », both credited to the speaker of the incise; the incise is left outside both, as
    text the attribution reads.  Only a verb of saying counts, with its clitic subject
    ("dit-elle", "a-t-il ajouté") or a noun subject after it ("réagit le candidat"), or a
    source pronoun ("selon lui").
    """
    out: list[_Cand] = []
    for c in cands:
        m = _find_incise(text, c.start, c.end)
        if m is None:
            out.append(c)
            continue
        kept = 1 if m.group("pre")[0] in "?!…" else 0
        first_end = m.start("pre") + kept
        comma = m.start("pre") + kept  # the first half closes here, for its attribution
        second_start = _after_apposition(text, m, c.end, _is_noun_incise(m))
        if first_end <= c.start or second_start >= c.end:
            out.append(c)
            continue
        out.append(_Cand(c.open, comma, c.start, first_end, c.para, 1))
        out.append(_Cand(m.end("post") - 1, c.close, second_start, c.end, c.para, 2))
    return out
