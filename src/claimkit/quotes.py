"""Direct quotations in French news text, and who the document credits with them.

The extractor works in three passes, all linear in the length of the text:

1. **Pairing.**  One left-to-right scan per paragraph pairs the quotation marks « » “ ” „ ‘ ’
   and straight ``"`` (whose direction is read from the characters around it).  Closing marks
   close whatever is open, so the mixed pairs of damaged text (``"… »``, ``“… “``) still
   pair; an opening mark left open at the end of a paragraph runs to the end of it when it
   starts a sentence (the French habit of not closing a quotation before a new paragraph),
   and is dropped otherwise.  Only outermost quotations are returned; nested marks stay in
   the span.
2. **Attribution.**  Around each quotation, inside its sentence and a bounded window, the
   extractor looks for a reporting verb (``_quotes_lexicon.REPORTING_VERBS``) after it
   (« … », a déclaré X / dit-il / X, négociateur, a dit), before it (X a ajouté : « … »,
   X estime que « … »), a source preposition (selon X, d'après X), a bare colon
   (X : « … »), the subject of the sentence that contains a quoted fragment, or the
   speaker of the previous quotation in the paragraph (inherited).
3. **Resolution.**  A surname becomes the fullest name the document gives ("Zhao" →
   "Ben Zhao"), a pronoun the last person quoted, a written source ("l'offre d'emploi",
   "le dossier") or an anaphor ("la plateforme") the organisation that published it.

Left alone: titles of works and scare quotes (one or two words, or Title Case words, with no
reporting verb), quotations inside quotations, and indirect speech without marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Final, Literal

import regex

from claimkit import _quotes_lexicon as lex
from claimkit.models import AttributionKind, Quote
from claimkit.text import APOS, HSPACE, check_text, fold_apostrophes

__all__ = ["extract_quotes"]

#: Any quotation mark this module pairs.  ‹ › (rare in French news) are left out.
#: (The standard ``re`` module: it scans for a class of plain characters twice as fast.)
_MARK_RE: Final = re.compile(r"""["«»“”„‘’]""")
_MARK_NO_APOSTROPHE_RE: Final = re.compile(r"""["«»“”„‘]""")

#: A token: an elided article or pronoun ("l'", "qu'"), a word (hyphens inside: "a-t-il",
#: "SAG-AFTRA"), or one punctuation character.
_TOKEN_RE: Final = regex.compile(
    rf"""
    (?P<elided>(?<!\p{{L}})(?i:jusqu|lorsqu|puisqu|qu|[cdjlmnst]){APOS}(?=\p{{L}}))
    | (?P<word>[\p{{L}}\p{{N}}]+(?:[\-\u2010\u2011][\p{{L}}\p{{N}}]+){{0,6}})
    | (?P<punct>[^\s\p{{L}}\p{{N}}])
    """,
    flags=regex.VERBOSE,
)

#: Words of a quotation, for the scare-quote and title tests: "d'expression" is one word.
_WORD_RE: Final = regex.compile(
    rf"[\p{{L}}\p{{N}}]+(?:(?:{APOS}|[\-\u2010\u2011])[\p{{L}}\p{{N}}]+){{0,6}}"
)

#: End of a sentence: ".", "!", "?", "…" then space.  "M. Dupont" is handled by the caller.
_SENTENCE_END_RE: Final = regex.compile(
    rf"""[.!?…]+[»”"’)]{{0,2}}(?=[\s{HSPACE[1:-1]}])""", flags=regex.VERBOSE
)

#: ``_SENTENCE_END_RE`` read without the pattern (``_sentence_ends``): final punctuation,
#: closing marks, and the characters ``regex`` matches with ``\s`` (checked by the tests).
_FINAL_PUNCT: Final = ".!?…"
_SENTENCE_CLOSERS: Final = frozenset('»”"’)')
_WHITE_SPACE: Final = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

#: Clause separators inside a sentence: comma, dash with spaces, parentheses, semicolon.
_SEPARATORS: Final = frozenset({",", "(", ")", "–", "—", "-", ";", "«", "»", '"', "“", "”"})

#: Words that open an adverbial phrase, not a subject: "Juste après …, X a déclaré".
_ADVERBIAL_OPENERS: Final = frozenset({
    "après", "avant", "dans", "depuis", "pendant", "lors", "juste", "en", "pour", "par",
    "avec", "sans", "sur", "sous", "chez", "grâce", "malgré", "si", "quand", "lorsque",
    "alors", "puis", "ensuite", "enfin", "cependant", "pourtant", "néanmoins", "toutefois",
    "parmi", "au", "aux", "à", "dès", "vers", "entre", "contre", "hier", "aujourd",
    "selon", "d'après", "comme", "ainsi", "or", "bref", "dont", "où", "que", "qu'",
})  # fmt: skip

#: Conjunctions that open a clause with "que" before its subject: "tandis que X dit".
_SUBORDINATORS: Final = frozenset(
    {"tandis", "alors", "pendant", "bien", "lorsque", "puisque", "parce", "dès", "sitôt", "ainsi"}
)

#: Words skipped between a verb and the inverted subject: "indique d'ailleurs Netflix".
_ADVERBS: Final = frozenset({
    "d'ailleurs", "encore", "également", "aussi", "ainsi", "alors", "même", "enfin", "pour",
    "sa", "son", "part", "plus", "tard", "ensuite", "aujourd'hui", "hier", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "récemment", "déjà", "notamment",
})  # fmt: skip

_DETERMINERS: Final = frozenset({
    "le", "la", "les", "l'", "un", "une", "des", "cette", "ce", "cet", "ces", "son", "sa",
    "ses", "leur", "leurs", "notre",
})  # fmt: skip

_PREPOSITIONS: Final = frozenset({
    "de", "du", "des", "d'", "à", "au", "aux", "par", "pour", "avec", "sur", "chez", "en",
    "dans", "contre", "vers", "entre", "sans", "sous",
})  # fmt: skip

#: Small words a Title Case title may keep in lower case: « Le Bon, la Brute et le Truand ».
_TITLE_SMALL: Final = frozenset({
    "de", "du", "des", "la", "le", "les", "et", "l", "d", "of", "the", "and", "a", "an",
    "in", "on", "to", "for", "&", "à", "au", "en", "un", "une",
})  # fmt: skip

#: Words right before a nickname: « Jean, dit « le Sage » », "surnommé « le Boss »".
_NICKNAME_CUES: Final = frozenset({"dit", "dite", "dits", "surnommé", "surnommée", "alias"})

#: Civilities before a surname: "a affirmé M. Dupont".
_CIVILITIES: Final = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me"})

#: Name particles kept inside a name: "Charles de Gaulle", "Ben Zhao", "Vincent van Gogh".
_PARTICLES: Final = frozenset({"de", "du", "van", "von", "da", "di", "del", "der", "bin"})

_ADVERBS_AUX: Final = _ADVERBS | {"a", "ont"}
_OWNER_DETERMINERS: Final = frozenset({"la", "le", "l'"}) | lex.ORG_ANAPHORS

#: The token after an organisation when ``_published`` may hold: an adverb, an auxiliary, or
#: the first word of a verb of ``PUBLISH_VERBS``.
_PUBLISH_CUES: Final = _ADVERBS_AUX | {
    v[:k]
    for v in lex.PUBLISH_VERBS
    for k in range(1, len(v) + 1)
    if k == len(v) or v[k] == " " or v[k - 1] == "'"
}
#: The token before an organisation when ``_owned`` may hold.
_OWNER_CUES: Final = _OWNER_DETERMINERS | {"de", "d'", "du"}
_OWNER_CUE_TUPLE: Final = tuple(sorted(_OWNER_CUES))


def _words_re(phrases: frozenset[str] | set[str]) -> str:
    """Return an alternation of folded phrases, any whitespace (or none) between words."""
    alts = sorted({regex.escape(w) for w in phrases}, key=len, reverse=True)
    return "|".join(a.replace("\\ ", r"\s*") for a in alts)


#: What folded text must look like after a word for ``_published`` to hold (a superset: the
#: exact test follows): up to three adverbs or auxiliaries, then a publishing verb.
_PUBLISHED_HINT_RE: Final = regex.compile(
    rf"\s*(?:(?:{_words_re(_ADVERBS_AUX)})\s*){{0,3}}"
    rf"(?:{_words_re(lex.PUBLISH_VERBS | {v.removeprefix('a ') for v in lex.PUBLISH_VERBS})})"
)
_PUBLISHED_FIRSTS: Final = frozenset(
    w[0]
    for w in _ADVERBS_AUX | lex.PUBLISH_VERBS | {v.removeprefix("a ") for v in lex.PUBLISH_VERBS}
)
#: What folded text must look like before a word for ``_owned`` to hold (a superset),
#: matched backwards from the end of the token before it: the last word of a source noun,
#: maybe "web", "de", then up to three determiners or nouns ("de la société").
_SOURCE_LAST_WORDS: Final = {n.split()[-1].split("'")[-1] for n in lex.SOURCE_NOUNS}
_OWNED_HINT_RE: Final = regex.compile(
    rf"(?:{_words_re(_SOURCE_LAST_WORDS)})(?:\s*web)?\s*"
    rf"(?:de|du|d')(?:\s*(?:{_words_re(_OWNER_DETERMINERS)})){{0,3}}",
    flags=regex.REVERSE,
)

_PARTICLE_FIRSTS: Final = frozenset(p[0] for p in _PARTICLES)
#: A name particle as the whole next token: "Charles de Gaulle", not "de-facto".
_PARTICLE_RE: Final = regex.compile(
    rf"\s+(?:{'|'.join(sorted(_PARTICLES))})(?![\p{{L}}\p{{N}}]|[\-\u2010\u2011][\p{{L}}\p{{N}}])"
)

#: The word before a full stop, to tell "M. Dupont" from the end of a sentence.
_ABBREVIATION_RE: Final = regex.compile(r"(?<![\p{L}\-])(\p{L}+)\.?$")
#: What may join the parts of a word of ``_WORD_RE``: an apostrophe or a hyphen.
_WORD_GLUE_RE: Final = re.compile(r"['\u2019\u02bc\u00b4`\-\u2010\u2011]")
_MAX_WORDS: Final = 9  # words of a quotation read: tests compare the count with 2 to 8
_ABBREVIATIONS: Final = frozenset({"M", "Mme", "Dr", "Pr", "Me", "St", "cf", "p", "etc"})
_ABBREVIATION_ENDS: Final = frozenset(a[-1] for a in _ABBREVIATIONS)
_WINDOW: Final = 300  # characters searched before a quotation for its sentence
_AFTER: Final = 220  # characters searched after a quotation for its attribution
_MAX_UNCLOSED: Final = 2500  # an unclosed quotation longer than this is damage, not speech
_MAX_DEPTH: Final = 6  # deeper nesting is damage; extra openings are ignored
_ORG_WINDOW: Final = 2000  # characters searched back for the publisher of a source

#: Partial tokenisation (``_Doc._partial_tokens``): characters that are always one
#: punctuation token (neither letters, digits nor spaces to ``_TOKEN_RE``).
_PUNCT_CHARS: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”„‘’…–—€£°§")
#: Elisions read without the token pattern: a letter or "qu", then an apostrophe.
_ELIDED_LETTERS: Final = frozenset("cdjlmnstCDJLMNST")
_ELIDED_WORDS: Final = frozenset({"qu", "jusqu", "lorsqu", "puisqu"})
_ELISION_APOS: Final = frozenset("'\u2019\u02bc\u00b4`")  # APOS
_PUNCT_STRING: Final = "".join(sorted(_PUNCT_CHARS))
_BLOCK: Final = 160  # characters split into chunks at a time
_SMALL_BLOCK: Final = 48  # the same, for a few tokens past the stop
_HYPHENS: Final = "-\u2010\u2011"
#: A run of word characters and hyphens: where tokens start inside it depends on all of it.
_RUN_RE: Final = regex.compile(r"[\p{L}\p{N}\-\u2010\u2011]*")
#: A capitalised word token, or where a misaligned one starts (checked by the caller).  It
#: opens on an ``Uppercase`` letter or digit (Ⅻ) with none before: ``regex`` skips to such a
#: character fast.  ``str.isupper`` holds for a word character only if it is ``Uppercase``
#: (checked on every code point by the tests), so no capitalised word is missed; the words
#: skipped (titlecase "ǅ", lower-case numerals "ⅻ") are never ``_Tok.cap``, and a word read
#: from its middle (after a hyphen) is told by the caller.
_CAP_WORD_RE: Final = regex.compile(
    r"\p{Uppercase}(?<![\p{L}\p{N}].)(?<=[\p{L}\p{N}])"
    r"[\p{L}\p{N}]*(?:[\-\u2010\u2011][\p{L}\p{N}]+){0,6}"
)
#: The last character before a position that is not a space (" "), searched backwards.
_NOT_BLANK_RE: Final = regex.compile(r"[^ ]", flags=regex.REVERSE)
_BLANKS_RE: Final = regex.compile(r" +")
#: A letter or digit that surely starts a token (an elided one is followed by a word).
_WORD_START_RE: Final = regex.compile(r"(?<![\p{L}\p{N}\-\u2010\u2011])[\p{L}\p{N}]")
_MERGE_GAP: Final = 24  # characters between two stretches read as one
#: Whitespace and the last non-space character before a position (searched backwards).
_SPACES_RE: Final = regex.compile(r"\s*")
_NON_SPACE_RE: Final = regex.compile(r"\S", flags=regex.REVERSE)
_NOT_NEWLINE_RE: Final = regex.compile(r"[^\n]")

_Role = Literal["open", "close", "none"]
_MentionKind = Literal["name", "pronoun", "source", "anaphor", "desc", "org"]


@dataclass(frozen=True, slots=True)
class _Phrases:
    """A word table ready for token matching: folded entries and their possible first tokens."""

    entries: frozenset[str]
    first: frozenset[str]
    longest: int

    @classmethod
    def of(cls, words: frozenset[str]) -> _Phrases:
        entries = frozenset(_fold(w) for w in words)
        tokenized = [[m.group() for m in _TOKEN_RE.finditer(w)] for w in entries]
        return cls(entries, frozenset(t[0] for t in tokenized if t), max(map(len, tokenized)))


@dataclass(slots=True)  # not frozen: a frozen __init__ costs twice as much, per token
class _Tok:
    start: int
    end: int
    norm: str  # lower case, apostrophes folded to "'"
    kind: str  # "elided", "word" or "punct"
    raw: str
    cap: bool = False  # a capitalised word that may name someone ("Ben", "SAG-AFTRA")
    title: bool = False  # capitalised with a lower-case second letter: "Ben", not "IA"


@dataclass(frozen=True, slots=True)
class _Cap:
    """A capitalised word token (``_Tok.cap``), as the partial scan finds it."""

    start: int
    end: int
    raw: str
    title: bool  # _Tok.title


@dataclass(frozen=True, slots=True)
class _Cand:
    """A paired quotation: marks at ``open``/``close`` (None when unclosed)."""

    open: int
    close: int | None
    start: int  # content span, spaces trimmed
    end: int
    para: int  # start of the paragraph


@dataclass(frozen=True, slots=True)
class _Mention:
    kind: _MentionKind
    start: int
    end: int
    text: str  # the name, noun phrase or pronoun, determiner removed
    desc: str | None = None
    owner: str | None = None  # "l'offre d'emploi de la société Realeyes" -> Realeyes


@dataclass(frozen=True, slots=True)
class _Attr:
    mention: _Mention
    kind: AttributionKind
    verb: str | None
    strong: bool  # a verb, a preposition or a colon, not just the sentence subject


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
        if ch in "«„":
            role = "open"
        elif ch == "»":
            role = "close"
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
        # Left open: runs to the paragraph end when it opens a sentence ("« Ma voix…").
        before = text[start:o].rstrip()
        if (not before or before[-1] in ".!?:…") and end - o <= _MAX_UNCLOSED:
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


# --------------------------------------------------------------------------- tokens


def _fold(s: str) -> str:
    return fold_apostrophes(s).lower()


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


_Span = tuple[int, int, str]  # a token as (start, end, kind), before it becomes a _Tok


class _Fallback(Exception):
    """Reading tokens part by part would cost more than tokenising the whole document."""


class _Scanner:
    """Exact tokens of parts of a document, read from positions where a token boundary lies.

    A token never runs across whitespace, nor across a punctuation character other than a
    hyphen or an apostrophe ("a-t-il", "l'"): ``_TOKEN_RE`` started right before or after
    such a character finds the tokens the whole document has from there on.  The text is
    read in chunks between two spaces (" "): most are one word, maybe with one punctuation
    character glued to it ("dit,", "«Non"), whose tokens are read without the pattern; the
    others are handed to ``_TOKEN_RE``.  Work is metered against a budget linear in the
    length of the text; past it, ``_Fallback`` is raised and the caller tokenises
    everything, so hostile text stays linear.
    """

    def __init__(self, masked: str, folded: str, budget: int) -> None:
        self.masked = masked
        # Slices of the folded text are the tokens' norms, when that keeps every offset (it
        # does unless a character lower-cases to two, like "İ").
        self.folded = folded if len(folded) == len(masked) else None
        self.budget = budget

    def _spend(self, n: int) -> None:
        self.budget -= n
        if self.budget < 0:
            raise _Fallback

    def tok(self, s: int, e: int, kind: str) -> _Tok:
        raw = self.masked[s:e]
        norm = self.folded[s:e] if self.folded is not None else _fold(raw)
        cap = kind == "word" and raw[0].isupper() and raw not in lex.NOT_NAMES
        return _Tok(s, e, norm, kind, raw, cap, cap and len(raw) > 1 and raw[1].islower())

    def _chunk(self, s: int, e: int, out: list[_Tok]) -> None:
        """Append the tokens of ``masked[s:e]``, which spaces (or a token boundary) bound.

        The common shapes are read without the token pattern: punctuation characters
        (``_PUNCT_CHARS``, one token each) around an elided word ("l'", "qu'", then a letter)
        and a word of letters and digits (``str.isalnum`` holds only for letters and digits of
        ``_TOKEN_RE``, checked on every code point by the tests) with up to six hyphens
        inside.  Anything else is left to ``_TOKEN_RE``.
        """
        masked = self.masked
        chunk = masked[s:e]
        if not chunk.isalnum():
            if "\n" in chunk:  # line breaks are spaces too
                for part in chunk.split("\n"):
                    if part:
                        self._chunk(s, s + len(part), out)
                    s += len(part) + 1
                return
            i, j = s, e
            while i < j and masked[i] in _PUNCT_CHARS:
                i += 1
            while j > i and masked[j - 1] in _PUNCT_CHARS:
                j -= 1
            k = i  # end of an elided word
            if j - i > 2 and masked[i + 1] in _ELISION_APOS:
                if masked[i] in _ELIDED_LETTERS and masked[i + 2].isalpha():
                    k = i + 2
            else:
                # "qu'", "jusqu'", "lorsqu'", "puisqu'": plain letters, any case, that
                # ``_TOKEN_RE`` tries in this order (none is a prefix of a longer one).
                for a in range(i + 2, min(i + 7, j - 1)):
                    if masked[a] in _ELISION_APOS:
                        head = masked[i:a]
                        if head.isascii() and head.lower() in _ELIDED_WORDS:
                            k = a + 1 if masked[a + 1].isalpha() else i
                        break
            word = masked[k:j]
            if k < j and not word.isalnum():
                parts = word.split("-")
                if len(parts) > 7 or not all(p.isalnum() for p in parts):
                    for m in _TOKEN_RE.finditer(masked, s, e):
                        out.append(self.tok(m.start(), m.end(), m.lastgroup or "punct"))
                    return
            for p in range(s, i):
                out.append(self.tok(p, p + 1, "punct"))
            if k > i:
                out.append(self.tok(i, k, "elided"))
            if k < j:
                out.append(self.tok(k, j, "word"))
            for p in range(j, e):
                out.append(self.tok(p, p + 1, "punct"))
            return
        folded = self.folded
        cap = chunk[0].isupper() and chunk not in lex.NOT_NAMES
        norm = folded[s:e] if folded is not None else _fold(chunk)
        out.append(
            _Tok(s, e, norm, "word", chunk, cap, cap and len(chunk) > 1 and chunk[1].islower())
        )

    def toks(self, b: int, stop: int, extra: int) -> tuple[list[_Tok], bool]:
        """Tokens from boundary *b* that start before *stop*, then *extra* tokens more.

        With them, whether the text ran out before *extra* tokens were found.
        """
        masked, folded, not_names = self.masked, self.folded, lex.NOT_NAMES
        n = len(masked)
        out: list[_Tok] = []
        append, Tok = out.append, _Tok
        pos = b
        done = False
        known = -1  # how many tokens start before *stop*, once read past it
        while pos < n and not done:
            end = pos + (_BLOCK if stop - pos > _SMALL_BLOCK else _SMALL_BLOCK)
            # Line breaks and no-break spaces bound tokens too ("\n\nLes", "«\xa0").
            parts = masked[pos:end].replace("\n", " ").replace("\xa0", " ").split(" ")
            if end < n:
                if len(parts) == 1:
                    # No space in a whole block: the token pattern reads on from here.
                    for m in _TOKEN_RE.finditer(masked, pos):
                        s = m.start()
                        if s >= stop:
                            if known < 0:
                                known = len(out) - _count_from(out, stop)
                            if len(out) - known >= extra:
                                break
                        out.append(self.tok(s, m.end(), m.lastgroup or "punct"))
                        pos = m.end()
                    else:
                        pos = n
                    break
                parts.pop()  # cut by the block: read with the next one
            for part in parts:
                if pos >= stop:
                    if known < 0:
                        known = len(out) - _count_from(out, stop)
                    if len(out) - known >= extra:
                        done = True
                        break
                if not part:
                    if masked.startswith("  ", pos):  # a run of spaces (a blanked quotation)
                        pos = _BLANKS_RE.match(masked, pos).end()  # type: ignore[union-attr]
                        break
                    pos += 1
                    continue
                e = pos + len(part)
                # The common shapes of ``_chunk``, inline: "mot", "dit,", "«", "l'homme"
                # (all of them in ``_chunk`` when the folded text is unusable).
                if folded is None:
                    self._chunk(pos, e, out)
                elif part.isalnum():
                    if part[0].isupper() and part not in not_names:
                        title = e - pos > 1 and part[1].islower()
                        append(Tok(pos, e, folded[pos:e], "word", part, True, title))
                    else:
                        append(Tok(pos, e, folded[pos:e], "word", part, False, False))
                elif part[-1] in _PUNCT_CHARS and part[:-1].isalnum():
                    w = part[:-1]
                    if w[0].isupper() and w not in not_names:
                        title = e - pos > 2 and w[1].islower()
                        append(Tok(pos, e - 1, folded[pos : e - 1], "word", w, True, title))
                    else:
                        append(Tok(pos, e - 1, folded[pos : e - 1], "word", w, False, False))
                    append(Tok(e - 1, e, folded[e - 1], "punct", part[-1], False, False))
                elif e - pos == 1 and part in _PUNCT_CHARS:
                    append(Tok(pos, e, folded[pos], "punct", part, False, False))
                elif not part.strip(_PUNCT_STRING):  # '",', '».'
                    for p in range(pos, e):
                        append(Tok(p, p + 1, folded[p], "punct", masked[p], False, False))
                elif (
                    part[1:2] in _ELISION_APOS
                    and part[0] in _ELIDED_LETTERS
                    and part[2:3].isalpha()
                    and part[2:].isalnum()
                ):
                    append(
                        Tok(pos, pos + 2, folded[pos : pos + 2], "elided", part[:2], False, False)
                    )
                    w = part[2:]
                    cap = w[0].isupper() and w not in not_names
                    title = cap and e - pos > 3 and w[1].islower()
                    append(Tok(pos + 2, e, folded[pos + 2 : e], "word", w, cap, title))
                else:
                    self._chunk(pos, e, out)
                pos = e + 1
        self._spend(pos - b)
        k = _count_from(out, stop)
        if k > extra:
            del out[len(out) - k + extra :]
        return out, k < extra

    def before(self, pos: int, k: int) -> list[_Tok]:
        """Return the last *k* tokens that start before *pos* (all if fewer).

        Read from a space far enough back (runs of spaces jumped), then further back while
        too few were found.
        """
        masked = self.masked
        found: list[_Tok] = []
        hi = pos  # the tokens starting in [hi, pos) are found; hi is pos or a boundary
        while len(found) < k and hi > 0:
            lo = hi
            for _ in range(k - len(found)):
                e = lo - 1  # the space before the boundary lo (or the last character)
                if e > 0 and masked[e - 1] == " ":
                    m = _NOT_BLANK_RE.search(masked, 0, e)
                    e = 0 if m is None else m.end()
                lo = masked.rfind(" ", 0, e) + 1 if e > 0 else 0
                if lo == 0:
                    break
            found[:0] = self.toks(lo, hi, 0)[0]
            hi = lo
        return found[-k:] if len(found) > k else found

    def caps(self, blanks: list[tuple[int, int]]) -> list[_Cap]:
        """Every capitalised word token of the document (``_Tok.cap``), in order.

        *blanks* are the stretches the mask turned into spaces (quotations), in order: no
        token lies there, so they are not scanned.
        """
        out: list[_Cap] = []
        pos = 0
        for start, end in [*blanks, (len(self.masked), len(self.masked))]:
            if start > pos:
                self._caps_in(pos, start, out)
            pos = max(pos, end)
        return out

    def _caps_in(self, pos: int, end: int, out: list[_Cap]) -> None:
        """Append the capitalised words of ``masked[pos:end]``.

        Spaces (or the ends of the text) bound the stretch: no token runs across them.
        """
        masked = self.masked
        n = len(masked)
        not_names = lex.NOT_NAMES
        while True:  # pos is a token boundary: everything before it is read
            tangled = -1
            for m in _CAP_WORD_RE.finditer(masked, pos, end):
                s, e = m.span()
                if s and masked[s - 1] in _HYPHENS:
                    tangled = s
                    break
                pos = e
                if e < n and e - s <= 6 and masked[e] in _ELISION_APOS:
                    t = _TOKEN_RE.match(masked, s)
                    if t is not None and t.lastgroup != "word":
                        pos = t.end()
                        continue  # an elision: "L'Oréal", "Qu'il"
                raw = m.group()
                if raw[0].isupper() and raw not in not_names:
                    out.append(_Cap(s, e, raw, len(raw) > 1 and raw[1].islower()))
            if tangled < 0:
                return
            # In a hyphenated run ("x-a-b-c-d-e-f-G-h") where tokens start depends on the
            # whole run ("{0,6}" parts per word): read it from the space before.
            run = _RUN_RE.match(masked, tangled)
            found = self.toks(
                masked.rfind(" ", pos, tangled) + 1 or pos, tangled if run is None else run.end(), 0
            )[0]
            out.extend(_Cap(t.start, t.end, t.raw, t.title) for t in found if t.cap)
            pos = found[-1].end


def _count_from(toks: list[_Tok], stop: int) -> int:
    """Count the last tokens of *toks* that start at or after *stop*."""
    k = len(toks)
    while k and toks[k - 1].start >= stop:
        k -= 1
    return len(toks) - k


def _join(toks: list[_Tok], i: int, j: int) -> str:
    """Return the folded text of ``toks[i:j]``, elisions glued: "d' ailleurs" -> "d'ailleurs"."""
    parts: list[str] = []
    for t in toks[i:j]:
        if parts and not parts[-1].endswith("'"):
            parts.append(" ")
        parts.append(t.norm)
    return "".join(parts)


def _is_cap(t: _Tok) -> bool:
    return t.cap


def _is_titlecase(t: _Tok) -> bool:
    """'Ben', 'Crabtree-Ireland', not 'IA' or 'SAG-AFTRA' (acronyms start organisations)."""
    return t.title


# --------------------------------------------------------------------------- document


def _is_space(ch: str) -> bool:
    """Tell whether *ch* is a space to the token pattern (U+001C to U+001F are not)."""
    return ch.isspace() and not "\x1c" <= ch <= "\x1f"


def _all_spans(masked: str) -> Iterator[_Span]:
    for m in _TOKEN_RE.finditer(masked):
        yield m.start(), m.end(), m.lastgroup or "punct"


def _sentence_ends(masked: str) -> list[tuple[int, int]]:
    """Return the spans ``_SENTENCE_END_RE.finditer(masked)`` gives, found with ``str.find``.

    A match starts a run of final punctuation and takes all of it: the pattern can only
    match there, when up to two closing marks then a space (``_WHITE_SPACE``) follow, the
    most closing marks that allow it (tried greedily).
    """
    found: list[int] = []
    for ch in _FINAL_PUNCT:
        i = masked.find(ch)
        while i >= 0:
            found.append(i)
            i = masked.find(ch, i + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(found):
        start = end = found[k]
        k += 1
        while k < len(found) and found[k] == end + 1:
            end += 1
            k += 1
        end += 1  # past the run
        closers = 0
        while closers < 2 and masked[end + closers : end + closers + 1] in _SENTENCE_CLOSERS:
            closers += 1
        for c in range(closers, -1, -1):
            if masked[end + c : end + c + 1] in _WHITE_SPACE:
                out.append((start, end + c))
                break
    return out


class _Doc:
    """Everything computed once per document: tokens, sentence starts, names, quotations."""

    def __init__(self, text: str, cands: list[_Cand]) -> None:
        self.text = text
        self.masked = _mask(text, cands)
        self.breaks = self._sentence_breaks(cands)
        self.scanner = _Scanner(self.masked, _fold(self.masked), 4 * len(text) + 4096)
        try:
            # The tokens around the quotations, and the capitalised words of the whole text.
            caps = self.scanner.caps([(c.start, c.end) for c in cands])
            self.toks = self._partial_tokens(cands)
            self.tok_starts = [t.start for t in self.toks]
            self.names = self._cap_names(caps)
            self.orgs = self._cap_orgs(caps)
        except _Fallback:
            # Every token of the text (the reference the partial reading reproduces).
            scanner = self.scanner
            self.toks = [scanner.tok(*t) for t in _all_spans(self.masked)]
            self.tok_starts = [t.start for t in self.toks]
            self.names = self._names()
            self.orgs = self._orgs()
        self.name_pos = [p for p, _ in self.names]
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        #: The gender of each person once worked out (their mentions can be many).
        self.name_genders: dict[str, str | None] = {}
        for _, name in self.names:
            self.by_surname.setdefault(name.split()[-1].lower(), []).append((_, name))

    # -- tokens

    def _partial_tokens(self, cands: list[_Cand]) -> list[_Tok]:
        """Return the tokens the attribution steps read, in document order.

        That is, around each quotation, the sentence before it (and the one before that when
        the quotation opens its sentence, for ``_previous_sentence``) and the one after it,
        each with four tokens before and two after, so that every index a step computes
        (``toks[i - 1]``, ``toks[j]``) is the token the whole document has there.
        """
        masked = self.masked
        scan = self.scanner
        wanted: list[tuple[int, int]] = []
        for c in cands:
            lo = self.sentence_start(c.open)
            start = lo
            if lo > 0 and _WORD_START_RE.search(masked, lo, c.open) is None:
                start = self.sentence_start(lo - 1)
            end = self.sentence_end(c.close + 1) if c.close is not None else c.open + 1
            wanted.append((start, end))
        wanted.sort()
        merged: list[tuple[int, int]] = []
        for start, end in wanted:
            if merged and start - merged[-1][1] <= _MERGE_GAP:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        out: list[_Tok] = []
        reach = -1  # end of the last token kept
        for start, end in merged:
            # One read from a space four chunks back, which holds four tokens as a rule.
            lo = start
            for _ in range(4):
                lo = masked.rfind(" ", 0, lo - 1) + 1 if lo > 1 else 0
            group = scan.toks(lo, end, 2)[0]
            k = bisect.bisect_left([t.start for t in group], start)
            if k < 4 and lo > 0:  # too few: read them backwards
                group = scan.before(start, 4)
                group += scan.toks(group[-1].end if group else 0, end, 2)[0]
            else:
                group = group[max(0, k - 4) :]
            if group and group[0].start < reach:  # overlaps the stretch before: same tokens
                group = [t for t in group if t.start >= reach]
            if group:
                out.extend(group)
                reach = group[-1].end
        return out

    # -- sentences

    def _sentence_breaks(self, cands: list[_Cand]) -> list[int]:
        text, masked = self.text, self.masked
        breaks = [0]
        for start, end in _sentence_ends(masked):
            if (
                masked[start] == "."
                and start > 0
                # the last letter of an abbreviation below, or a capital: the test is cheap
                and ((last := masked[start - 1]) in _ABBREVIATION_ENDS or last.isupper())
                and (word := _ABBREVIATION_RE.search(masked[max(0, start - 4) : start + 1]))
                and len(word.group(1)) <= 3
                and (
                    word.group(1) in _ABBREVIATIONS
                    or (len(word.group(1)) == 1 and word.group(1).isupper())
                )
            ):
                continue  # "M. Dupont" is not the end of a sentence
            breaks.append(end)
        nl = masked.find("\n")
        while nl >= 0:
            breaks.append(nl + 1)
            nl = masked.find("\n", nl + 1)
        for c in cands:
            # « … faux-fuyant. » Il a ajouté : the sentence ended inside the marks.
            if c.close is not None and text[c.end - 1] in ".!?…":
                breaks.append(c.close + 1)
        breaks.sort()
        return breaks

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos) - 1
        return max(self.breaks[i] if i >= 0 else 0, pos - _WINDOW)

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos)
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return min(end, pos + _AFTER)

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.tok_starts, start), bisect.bisect_left(self.tok_starts, end)

    # -- names and organisations

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
                if _is_titlecase(toks[j]) and toks[j].start - toks[j - 1].end <= 1:
                    j += 1
                elif (
                    toks[j].norm in _PARTICLES
                    and j + 1 < len(toks)
                    and _is_titlecase(toks[j + 1])
                    and toks[j].raw.islower()
                    and j - i < 3
                ):
                    j += 2
                else:
                    break
            particle = any(t.norm in _PARTICLES for t in toks[i:j])
            after_noun = i > 0 and toks[i - 1].kind == "word" and toks[i - 1].raw.islower()
            if j - i >= 2 and toks[i].raw.lower() != "the" and not (particle and after_noun):
                out.append((toks[i].start, self.text[toks[i].start : toks[j - 1].end]))
            i = j
        return out

    def _orgs(self) -> list[tuple[int, str, bool]]:
        """Capitalised single words that may name an organisation: (position, name, anchored).

        *anchored* is true when the context shows the organisation published something ("Netflix
        a récemment publié", "le site Web de Realeyes"), the best antecedent of "l'annonce".
        """
        out: list[tuple[int, str, bool]] = []
        toks = self.toks
        # A capitalised word opening a sentence ("Trop, c'est trop") names an organisation only
        # if the document also capitalises it inside a sentence.
        inside = {t.raw for t in toks[1:] if _is_cap(t) and self.sentence_start(t.start) != t.start}
        for i, t in enumerate(toks):
            if not _is_cap(t):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prev = toks[i - 1] if i > 0 else None
            if nxt is not None and _is_titlecase(nxt) and nxt.start - t.end <= 1:
                continue  # part of a longer name
            if prev is not None and _is_titlecase(prev) and t.start - prev.end <= 1:
                continue
            anchored = self._anchored(i)
            if not anchored and t.raw not in inside:
                continue
            out.append((t.start, t.raw, anchored))
        return out

    def _anchored(self, i: int) -> bool:
        """Tell whether the capitalised word at token i publishes or owns a source."""
        return _published(self.toks, i) or _owned(self.toks, i)

    # The same two lists from the capitalised words alone, when self.toks holds only the
    # tokens around the quotations.  A capitalised word's neighbour is another one exactly
    # when a single space separates them: two word tokens never touch.

    def _norm(self, s: int, e: int) -> str:
        folded = self.scanner.folded
        return folded[s:e] if folded is not None else _fold(self.masked[s:e])

    def _after_space(self, e: int, caps: dict[int, _Cap]) -> _Cap | None:
        """Return the capitalised word one space after position e, if it is the next token."""
        nxt = caps.get(e + 1)
        return nxt if nxt is not None and _is_space(self.masked[e]) else None

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
                        particle = True
                        continue
                break
            reach = end
            if size < 2 or first.raw.lower() == "the":
                continue
            if particle:
                prev = self.scanner.before(first.start, 1)
                if prev and prev[-1].kind == "word" and prev[-1].raw.islower():
                    continue  # a particle after a lower-case word: not a person's name
            out.append((first.start, self.text[first.start : end]))
        return out

    def _cap_orgs(self, caps: list[_Cap]) -> list[tuple[int, str, bool]]:
        """``_orgs`` from the capitalised words and the tokens next to them."""
        masked = self.masked
        starts = {c.start: c for c in caps}
        ends = {c.end: c for c in caps}
        first_token = caps and _NON_SPACE_RE.search(masked, 0, caps[0].start) is None
        breaks = set(self.breaks)  # sentence_start(p) == p exactly at a break
        inside = {
            c.raw for k, c in enumerate(caps) if (k or not first_token) and c.start not in breaks
        }
        out: list[tuple[int, str, bool]] = []
        for c in caps:
            nxt = self._after_space(c.end, starts)
            if nxt is not None and nxt.title:
                continue  # part of a longer name
            prev = ends.get(c.start - 1)
            if prev is not None and prev.title and _is_space(masked[c.start - 1]):
                continue
            anchored = self._cap_published(c) or self._cap_owned(c)
            if not anchored and c.raw not in inside:
                continue
            out.append((c.start, c.raw, anchored))
        return out

    def _cap_tok(self, c: _Cap) -> _Tok:
        return self.scanner.tok(c.start, c.end, "word")

    def _cap_published(self, c: _Cap) -> bool:
        folded = self.scanner.folded
        if folded is not None:
            # Cheap tests first: a plain word next ("Netflix recrute") must be a cue, else
            # the letter after a space must start one.
            k = c.end + 1 if folded.startswith(" ", c.end) else c.end
            e = folded.find(" ", k, k + 24)
            if e > k and self.masked[k:e].isalnum() and folded[k:e] not in _PUBLISH_CUES:
                return False
            if folded[k : k + 1] not in _PUBLISHED_FIRSTS and not folded[k : k + 1].isspace():
                return False
            if _PUBLISHED_HINT_RE.match(folded, c.end) is None:
                return False
        m = _TOKEN_RE.search(self.masked, c.end)
        if m is None or self._norm(*m.span()) not in _PUBLISH_CUES:
            return False
        return _published([self._cap_tok(c), *self.scanner.toks(c.end, c.end, 6)[0]], 0)

    def _cap_owned(self, c: _Cap) -> bool:
        masked = self.masked
        end = c.start  # end of the token before
        while end > 0 and masked[end - 1] == " ":
            end -= 1
        if end > 0 and masked[end - 1].isspace():
            m = _NON_SPACE_RE.search(masked, 0, end)
            end = 0 if m is None else m.end()
        folded = self.scanner.folded
        if end == 0 or (
            folded is not None
            and (
                not folded.endswith(_OWNER_CUE_TUPLE, 0, end)
                or _OWNED_HINT_RE.match(folded, 0, end) is None
            )
        ):
            return False
        toks = self.scanner.before(c.start, 8)
        return _owned([*toks, self._cap_tok(c)], len(toks))

    def full_name(self, surname: str, pos: int) -> str:
        """Return the fullest name ending in *surname*: nearest before *pos*, else first after."""
        same = self.names_ending(surname.lower())
        if not same:
            return surname
        k = bisect.bisect_left(same, (pos, ""))
        return same[k - 1][1] if k > 0 else same[0][1]

    def names_ending(self, key: str) -> list[tuple[int, str]]:
        return self.by_surname.get(key, [])

    def names_before(self, pos: int, span: int) -> list[tuple[int, str]]:
        """Names found in the *span* characters before *pos*, in document order."""
        lo = bisect.bisect_left(self.name_pos, pos - span)
        hi = bisect.bisect_left(self.name_pos, pos)
        return self.names[lo:hi]

    def last_org(self, pos: int) -> str | None:
        """Return the organisation a source or anaphor at *pos* refers to."""
        i = bisect.bisect_left(self.orgs, (pos, "", False)) - 1
        fallback: str | None = None
        while i >= 0 and self.orgs[i][0] >= pos - _ORG_WINDOW:
            _, name, anchored = self.orgs[i]
            if anchored:
                return name
            if fallback is None:
                fallback = name
            i -= 1
        return fallback


def _published(toks: list[_Tok], i: int) -> bool:
    """Tell whether the organisation at token i publishes: "Netflix a publié une offre"."""
    k = i + 1
    aux = ""
    while k < len(toks) and k - i < 4 and toks[k].norm in _ADVERBS_AUX:
        if toks[k].norm in {"a", "ont"}:
            aux = "a "
        k += 1
    return any(aux + _join(toks, k, k + n) in lex.PUBLISH_VERBS for n in (3, 2, 1))


def _owned(toks: list[_Tok], i: int) -> bool:
    """Tell whether token i owns a source: "l'offre d'emploi de la société Realeyes"."""
    k = i - 1
    while k >= 0 and i - k < 4 and toks[k].norm in _OWNER_DETERMINERS:
        k -= 1
    if k < 1 or toks[k].norm not in {"de", "d'", "du"}:
        return False
    if toks[k - 1].norm == "web":
        k -= 1
    return any(_join(toks, k - n, k) in lex.SOURCE_NOUNS for n in (3, 2, 1) if k - n >= 0)


# --------------------------------------------------------------------------- mentions

_REPORTING_VERBS: Final = _Phrases.of(lex.REPORTING_VERBS)
_INVERTED_VERBS: Final = _Phrases.of(lex.INVERTED_VERBS)
_JOB_NOUNS: Final = _Phrases.of(lex.JOB_NOUNS)
_SOURCE_NOUNS: Final = _Phrases.of(lex.SOURCE_NOUNS)
_ACCORDING_TO: Final = _Phrases.of(lex.ACCORDING_TO)
#: Every norm a reporting verb of ``_verb_at`` may start with: the first tokens of its
#: tables, gerunds, and the bare participles of "a <participle>" (maybe glued to "que").
_BARE_PARTICIPLES: Final = {v[2:] for v in lex.REPORTING_VERBS if v.startswith("a ")}
_VERB_STARTS: Final = (
    _INVERTED_VERBS.first
    | _REPORTING_VERBS.first
    | lex.GERUND_VERBS
    | _BARE_PARTICIPLES
    | {p + "que" for p in _BARE_PARTICIPLES}
)


def _parse_name(doc: _Doc, i: int, j: int) -> tuple[int, str] | None:
    """Parse Capitalised words (with particles) from token i; return (end index, text)."""
    toks = doc.toks
    if i >= j or not _is_cap(toks[i]):
        return None
    k = i + 1
    while k < j and k - i < 5:
        if (
            _is_cap(toks[k])
            and toks[k].start - toks[k - 1].end <= 1
            # "à l'AFP Jean Dupont": an acronym does not start a person's name
            and not (toks[k - 1].raw.isupper() and _is_titlecase(toks[k]))
        ):
            k += 1
        elif toks[k].norm in _PARTICLES and k + 1 < j and _is_titlecase(toks[k + 1]):
            k += 2
        else:
            break
    return k, doc.text[toks[i].start : toks[k - 1].end]


def _match_phrase(doc: _Doc, i: int, j: int, table: _Phrases) -> int:
    """Length in tokens of the longest entry of *table* starting at token i (0 if none)."""
    toks = doc.toks
    if toks[i].norm not in table.first:
        return 0  # the common case, decided without building any string
    joined: list[str] = []
    text = ""
    for t in toks[i : min(j, i + table.longest)]:
        text = f"{text}{t.norm}" if not text or text.endswith("'") else f"{text} {t.norm}"
        joined.append(text)
    for n in range(len(joined), 0, -1):
        if joined[n - 1] in table.entries:
            return n
    return 0


def _parse_mention(doc: _Doc, i: int, j: int) -> tuple[int, _Mention] | None:
    """Parse a speaker mention starting at token i (before token j)."""
    toks = doc.toks
    if i >= j:
        return None
    t = toks[i]
    if t.norm in lex.PRONOUNS:
        return i + 1, _Mention("pronoun", t.start, t.end, t.norm)
    k = i
    if t.norm in _DETERMINERS:
        k += 1
    if k >= j:
        return None
    # Written source: "l'offre d'emploi (de la société Realeyes)", "le dossier".
    n = _match_phrase(doc, k, j, _SOURCE_NOUNS)
    if n and k > i:
        end = k + n
        if end < j and toks[end].norm == "web":
            end += 1
        owner = None
        if end < j and toks[end].norm in {"de", "d'", "du"}:
            m = end + 1
            if m < j and toks[m].norm in {"la", "l'", "le"}:
                m += 1
            if m < j and toks[m].norm in lex.ORG_ANAPHORS:
                m += 1
            parsed = _parse_name(doc, m, j)
            if parsed:
                owner = parsed[1]
                end = parsed[0]
            elif m < j and _match_phrase(doc, m, j, _SOURCE_NOUNS):
                end = m + _match_phrase(doc, m, j, _SOURCE_NOUNS)  # "de la fiche de poste"
        text = doc.text[toks[k].start : toks[end - 1].end]
        return end, _Mention("source", t.start, toks[end - 1].end, text, owner=owner)
    # Civility: "M. Dupont", "Mme Lambert".
    if toks[k].raw in _CIVILITIES:
        m = k + 1
        if m < j and toks[m].norm == ".":
            m += 1
        parsed = _parse_name(doc, m, j)
        if parsed:
            start = toks[m].start
            return parsed[0], _Mention("name", start, toks[parsed[0] - 1].end, parsed[1])
    # Job noun, then maybe the name: "l'acteur Rob Delaney", "la ministre".
    n = _match_phrase(doc, k, j, _JOB_NOUNS)
    if n:
        end = k + n
        desc = doc.text[toks[k].start : toks[end - 1].end]
        parsed = _parse_name(doc, end, j)
        if parsed:
            return parsed[0], _Mention(
                "name", toks[end].start, toks[parsed[0] - 1].end, parsed[1], desc=desc
            )
        # "le porte-parole du gouvernement, Olivier Véran": the name after the complement.
        m = end
        while m < j and m - end < 8 and toks[m].kind != "punct":
            m += 1
        if m > end and m + 1 < j and toks[m].norm == "," and toks[end].norm in _PREPOSITIONS:
            parsed = _parse_name(doc, m + 1, j)
            if parsed and " " in parsed[1]:
                desc = doc.text[toks[k].start : toks[m - 1].end]
                name_start = toks[m + 1].start
                end_tok = toks[parsed[0] - 1]
                return parsed[0], _Mention("name", name_start, end_tok.end, parsed[1], desc=desc)
        return end, _Mention("desc", t.start, toks[end - 1].end, desc, desc=desc)
    if k > i and toks[k].norm in lex.ORG_ANAPHORS:
        end = k + 1
        if end + 1 < j and toks[end].norm in {"du", "de", "des"} and toks[end + 1].kind == "word":
            end += 2  # "le géant du streaming"
        return end, _Mention("anaphor", t.start, toks[end - 1].end, toks[k].raw)
    parsed = _parse_name(doc, k, j)
    if parsed is None:
        return None
    end, name = parsed
    if k > i:
        # "l'Alliance des producteurs de films et de télévision": the whole noun phrase.
        m = end
        # Only through a complement: "la WGA veut …" is followed by a verb, not a name part.
        while (
            m < j
            and m - k < 9
            and toks[m].kind != "punct"
            and (m > end or toks[m].norm in {"de", "des", "du", "d'"})
        ):
            if _match_phrase(doc, m, j, _REPORTING_VERBS) or toks[m].norm in {"qui", "que"}:
                break
            m += 1
        if m > end and toks[m - 1].kind == "word" and toks[m - 1].norm not in _PREPOSITIONS:
            end = m
        name = doc.text[toks[k].start : toks[end - 1].end]
        return end, _Mention("org", toks[k].start, toks[end - 1].end, name)
    return end, _Mention("name", t.start, toks[end - 1].end, name)


def _skip_to_mention(doc: _Doc, i: int, j: int) -> int:
    """Skip adverbs and an addressee between a verb and its inverted subject.

    "a déclaré à The Intercept l'acteur Rob Delaney", "indique d'ailleurs Netflix".
    """
    toks = doc.toks
    while i < j:
        if toks[i].kind == "elided" and _join(toks, i, i + 2) in _ADVERBS:
            i += 2
        elif toks[i].norm in _ADVERBS or (toks[i].norm == "," and i + 1 < j):
            i += 1
        elif toks[i].norm in {"à", "au", "aux"} and i + 1 < j:
            k = i + 1
            if toks[k].norm in _DETERMINERS:
                k += 1
            parsed = _parse_name(doc, k, j)
            nxt = parsed[0] if parsed else k + 1
            if nxt >= j or toks[nxt].kind == "punct":
                return i  # the addressee is the last thing: not a subject after it
            i = nxt
        else:
            break
    return i


def _with_apposition(doc: _Doc, m: _Mention, k: int, j: int) -> _Mention:
    """Add the apposition after a name as its description: "Ben Zhao, professeur à Chicago"."""
    toks = doc.toks
    if m.desc is not None or m.kind != "name" or k + 1 >= j or toks[k].norm != ",":
        return m
    s = k + 1
    if toks[s].norm in _DETERMINERS:
        s += 1
    if s >= j or not _match_phrase(doc, s, j, _JOB_NOUNS):
        return m
    e = s
    while e < j and e - s < 12 and toks[e].norm not in {",", ".", ";", "!", "?", "(", ")"}:
        e += 1
    desc = doc.text[toks[k + 1].start : toks[e - 1].end]
    return _Mention(m.kind, m.start, m.end, m.text, desc=desc, owner=m.owner)


def _verb_at(doc: _Doc, i: int, j: int, gerunds: bool = False) -> tuple[int, bool]:
    """Tokens taken by a reporting verb at token i, and whether it is inverted ("dit-il").

    With *gerunds*, present participles count too ("…, soulignant que « … »").
    """
    toks = doc.toks
    if toks[i].norm not in _VERB_STARTS or toks[i].kind != "word":
        return 0, False  # the common case: no reading below can hold
    if i > 0 and toks[i - 1].norm in _DETERMINERS:
        return 0, False  # "l'annonce", "la note": nouns, not verbs
    n = _match_phrase(doc, i, j, _INVERTED_VERBS)
    if n:
        return n, True
    n = _match_phrase(doc, i, j, _REPORTING_VERBS)
    if n:
        return n, False
    norm = toks[i].norm
    if gerunds and norm in lex.GERUND_VERBS:
        return 1, False
    # Glued words of damaged text: "expliquéque", and a bare participle before "que".
    before_que = i + 1 < j and toks[i + 1].norm in {"que", "qu'"}
    for stem in (norm.removesuffix("que"), norm):
        if (stem != norm or before_que) and f"a {stem}" in lex.REPORTING_VERBS:
            return 1, False
    return 0, False


def _pronoun_mention(doc: _Doc, i: int, n: int) -> _Mention:
    """Return the clitic subject of an inverted verb: "a-t-il déclaré" -> "il", own span."""
    for t in doc.toks[i : i + n]:
        m = regex.search(r"-(?:t-)?(elles|ils|elle|il|on)\b", t.raw, flags=regex.IGNORECASE)
        if m:
            return _Mention("pronoun", t.start + m.start(1), t.start + m.end(1), m.group(1).lower())
    t = doc.toks[i + n - 1]
    return _Mention("pronoun", t.start, t.end, "il")


# --------------------------------------------------------------------------- attribution


def _subject_before(doc: _Doc, lo: int, vi: int) -> _Mention | None:
    """Return the subject of the verb at token vi, looking back to token lo (sentence start).

    The name right before the verb wins ("qu'Iger a jugées"); otherwise the clause chain is
    walked back over appositions ("X, négociateur en chef, SAG-AFTRA, a dit") and its
    earliest name is taken.
    """
    toks = doc.toks
    # Name or pronoun immediately before the verb.
    k = vi
    while k > lo and _is_cap(toks[k - 1]) and vi - k < 4:
        k -= 1
    if k < vi:
        prev = toks[k - 1].norm if k > lo else ""
        if prev not in _PREPOSITIONS:
            parsed = _parse_mention(doc, k, vi)
            if parsed and parsed[0] == vi:
                return parsed[1]
    if vi > lo and toks[vi - 1].norm in lex.PRONOUNS:
        t = toks[vi - 1]
        return _Mention("pronoun", t.start, t.end, t.norm)
    # Walk the clause chain back from the verb.
    segments: list[tuple[int, int]] = []
    end = vi
    for k in range(vi - 1, lo - 1, -1):
        if toks[k].norm in _SEPARATORS:
            segments.append((k + 1, end))
            end = k
    segments.append((lo, end))
    chain: list[_Mention] = []
    for s, e in segments:
        if s >= e:
            continue
        first = toks[s].norm
        if first in lex.PARTICIPIAL_OPENERS:
            break  # "Interrogé par franceinfo, le ministre, X, a assuré": circumstance
        if first in {"et", "mais", "donc", "car", "or", "puis"}:
            s += 1
        elif first in _SUBORDINATORS and s + 1 < e and toks[s + 1].norm in {"que", "qu'"}:
            s += 2  # "tandis que le ministre rappelle que « … »": the subject follows
        if s >= e:
            continue
        parsed = _parse_mention(doc, s, e)
        if parsed is None:
            if toks[s].norm in _ADVERBIAL_OPENERS or toks[s].kind == "punct":
                break
            if toks[s].raw[0].islower():
                continue  # an apposition: "scénariste de films comme …"
            break
        chain.append(parsed[1])
    for kinds in (("name", "org"), ("source", "anaphor"), ("desc", "pronoun")):
        found = [m for m in chain if m.kind in kinds]
        if found:
            return found[-1]  # the earliest in the sentence
    return None


def _after(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Attribution after the closing mark: « … », a déclaré X / dit-il / X, desc, a dit."""
    if cand.close is None:
        return None
    lo = cand.close + 1
    hi = doc.sentence_end(lo)
    i, j = doc.tok_range(lo, hi)
    toks = doc.toks
    comma = False
    while i < j and toks[i].norm in {",", "!", "?", "…"}:
        comma = comma or toks[i].norm == ","
        i += 1
    if i >= j:
        return None
    # « … », selon X
    if toks[i].norm in {"selon", "d'après"} or _join(toks, i, i + 2) == "d'après":
        step = 2 if toks[i].norm == "d'" else 1
        parsed = _parse_mention(doc, i + step, j)
        if parsed:
            verb = doc.text[toks[i].start : toks[i + step - 1].end]  # "selon", "d'après"
            return _Attr(parsed[1], "selon", verb, True)
        return None
    n, inverted = _verb_at(doc, i, j)
    if n:
        verb = doc.text[toks[i].start : toks[i + n - 1].end]
        if inverted:
            return _Attr(_pronoun_mention(doc, i, n), "after", verb, True)
        k = _skip_to_mention(doc, i + n, j)
        parsed = _parse_mention(doc, k, j)
        if parsed:
            return _Attr(_with_apposition(doc, parsed[1], parsed[0], j), "after", verb, True)
        return None
    if not comma:
        return None
    # « … », Duncan Crabtree-Ireland, négociateur en chef du syndicat, a dit.
    first = _parse_mention(doc, i, j)
    if first is None or first[1].kind not in {"name", "org", "pronoun", "source", "desc"}:
        return None
    for v in range(first[0], min(j, first[0] + 30)):
        if toks[v].norm in {".", "!", "?", ":", ";"}:
            break
        n, inverted = _verb_at(doc, v, j)
        if n and not inverted:
            subject = _subject_before(doc, i, v) or first[1]
            if subject is first[1]:
                subject = _with_apposition(doc, subject, first[0], v)
            verb = doc.text[toks[v].start : toks[v + n - 1].end]
            return _Attr(subject, "after", verb, True)
    return None


def _before(doc: _Doc, cand: _Cand, floor: int) -> _Attr | None:
    """Attribution in the sentence before the opening mark, not looking back past *floor*.

    *floor* is the end of the previous quotation: « A », a-t-elle ajouté, « B » is read from
    the incise, and a run of quotations costs no more than one.
    """
    lo = max(doc.sentence_start(cand.open), floor)
    i, j = doc.tok_range(lo, cand.open)
    toks = doc.toks
    if i >= j:
        return None
    # Colon right before: "X : « … »", "Iger a ajouté: « … »".
    colon = toks[j - 1].norm == ":"
    # Reporting verb, the closest to the quotation first.
    for v in range(j - 1, i - 1, -1):
        if toks[v].norm not in _VERB_STARTS:
            continue  # ``_verb_at`` is 0, decided without a call
        n, inverted = _verb_at(doc, v, j, gerunds=True)
        if not n:
            continue
        verb = doc.text[toks[v].start : toks[v + n - 1].end]
        kind: AttributionKind = "colon" if colon else "before"
        if (
            v > i
            and toks[v - 1].norm in {",", "«", "»", '"', "“", "”"}
            and any(t.norm in {"«", "»", '"', "“", "”"} for t in toks[i:v])
        ):
            kind = "incise"  # « A », a-t-elle ajouté, « B »
        if inverted:
            return _Attr(_pronoun_mention(doc, v, n), kind, verb, True)
        k = _skip_to_mention(doc, v + n, j)
        parsed = _parse_mention(doc, k, j) if k < j else None
        if (
            parsed
            and parsed[1].kind in {"name", "org", "source"}
            and (parsed[0] == j or doc.toks[parsed[0]].norm in {",", ":"})
        ):
            return _Attr(parsed[1], kind, verb, True)  # "…», a déclaré Zhao, « … »"
        subject = _subject_before(doc, i, v)
        if subject is not None:
            return _Attr(subject, kind, verb, True)
        break
    # Source preposition: "selon X, « … »", "d'après X, l'enjeu est de « … »".
    according_first = _ACCORDING_TO.first
    for s in range(i, j):
        if toks[s].norm not in according_first:
            continue  # ``_match_phrase`` is 0, decided without a call
        n = _match_phrase(doc, s, j, _ACCORDING_TO)
        if not n:
            continue
        if toks[s].norm == "pour" and s > i and toks[s - 1].norm != ",":
            continue  # "pour" credits a speaker only at the head of a clause: "Pour X, « … »"
        parsed = _parse_mention(doc, s + n, j)
        if parsed is None:
            continue
        end, mention = parsed
        institution = mention.kind == "anaphor" and _is_institution(mention)
        if toks[s].norm == "pour" and (
            (mention.kind not in {"name", "desc"} and not institution)
            or end >= j
            or toks[end].norm != ","
        ):
            continue
        verb = doc.text[toks[s].start : toks[s + n - 1].end]
        # "Selon The Intercept, Disney recrute … pour « … »": the clause subject wins.
        rest = _clause_subject(doc, end, j)
        if rest is not None and rest.kind in {"name", "org"}:
            return _Attr(rest, "before", None, False)
        return _Attr(mention, "selon", verb, True)
    if colon:
        parsed = _parse_mention(doc, i, j - 1)
        if parsed and parsed[0] == j - 1 and parsed[1].kind in {"name", "org", "desc"}:
            return _Attr(parsed[1], "colon", None, True)
    subject = _clause_subject(doc, i, j)
    if subject is not None and subject.kind in {"name", "org", "source", "anaphor"}:
        return _Attr(subject, "before", None, False)
    return None


def _previous_sentence(doc: _Doc, cand: _Cand) -> _Attr | None:
    """Credit a quotation opening a sentence to the verb of the sentence before it.

    "Une section du site de Netflix décrit sa plateforme, notant que … . « Historiquement … »"
    """
    lo = doc.sentence_start(cand.open)
    i, j = doc.tok_range(lo, cand.open)
    if any(t.kind == "word" for t in doc.toks[i:j]) or lo == 0:
        return None
    ps = doc.sentence_start(lo - 1)
    if "\n" in doc.text[ps:lo].rstrip():
        return None
    i, j = doc.tok_range(ps, lo)
    toks = doc.toks
    if any(t.norm in {"«", "»", '"', "“", "”"} for t in toks[i:j]):
        return None
    for v in range(j - 1, i - 1, -1):
        n, inverted = _verb_at(doc, v, j, gerunds=True)
        if not n or inverted:
            continue
        subject = _subject_before(doc, i, v)
        if subject is not None and subject.kind != "pronoun":
            verb = doc.text[toks[v].start : toks[v + n - 1].end]
            return _Attr(subject, "before", verb, False)
        break
    return None


def _clause_subject(doc: _Doc, i: int, j: int) -> _Mention | None:
    """Return the mention heading the first clause of tokens i..j that starts with one."""
    toks = doc.toks
    s = i
    while s < j:
        while s < j and toks[s].norm in _SEPARATORS | {"et", "mais", "donc", "par", "ailleurs"}:
            s += 1
        if s >= j:
            return None
        parsed = _parse_mention(doc, s, j)
        if parsed is not None and parsed[1].kind != "desc":
            return parsed[1]
        # skip this segment (an adverbial phrase or an apposition) to the next comma
        while s < j and toks[s].norm != ",":
            if toks[s].norm in {"«", "»", '"', "“", "”"}:
                return None
            s += 1
    return None


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


# --------------------------------------------------------------------------- filters


def _words(text: str, start: int, end: int) -> list[str]:
    """Return the words of ``text[start:end]``, at most ``_MAX_WORDS`` of them.

    Callers compare their number with smaller ones, and read them only when there are fewer.
    A word never holds a space, so the stretches between spaces are read first: one made of
    letters and digits (with apostrophes or hyphens inside, ``_WORD_GLUE``) between
    punctuation characters (``_PUNCT_CHARS``) is one word; any other shape goes to
    ``_WORD_RE``.
    """
    words: list[str] = []
    parts = text[start:end].split(maxsplit=_MAX_WORDS)
    for part in parts:
        core = part.strip(_PUNCT_STRING)
        if not core:
            continue
        if not core.isalnum():
            pieces = _WORD_GLUE_RE.split(core)
            if len(pieces) > 7 or not all(p.isalnum() for p in pieces):
                break  # "1,5", "x/y", a long run of hyphens: the pattern decides
        words.append(core)
        if len(words) == _MAX_WORDS:
            return words
    else:
        if len(parts) <= _MAX_WORDS:  # the whole text was read
            return words
    return [m.group() for m in islice(_WORD_RE.finditer(text, start, end), _MAX_WORDS)]


def _looks_like_title(doc: _Doc, cand: _Cand, words: list[str]) -> bool:
    """« Deep Fake Love », "Black Mirror": Title Case words, or a title cue before."""
    content = doc.text[cand.start : cand.end]
    if content[-1:] in ".!?…":
        return False
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    # "iPhone 15 Pro" counts as capitalised: a product name.
    if len(caps) >= 2 and len(words) <= 8 and all(not w.islower() for w in caps):
        return True
    i, _ = doc.tok_range(cand.open, cand.open)
    if i > 0 and doc.toks[i - 1].norm in _NICKNAME_CUES:
        return True  # Jean, dit « le Sage »
    before = _join(doc.toks, max(0, i - 3), i)
    return len(words) <= 6 and not lex.TITLE_CUES.isdisjoint(before.split())


def _weak_minimum(attr: _Attr) -> int:
    """Words a fragment needs when only the sentence subject credits it.

    A written source quoted in fragments ("l'offre promet « un cadre stimulant »") is
    credited from three words; a name or an organisation as mere subject needs a clause.
    """
    return 3 if attr.mention.kind == "source" else 5


def extract_quotes(text: str) -> list[Quote]:
    """Find the direct quotations in French *text* and the speakers the text credits.

    Spans exclude the outer marks; ``speaker`` is the fullest name the document gives.

    >>> q = extract_quotes("Anne Martin enseigne. « C'est un faux-fuyant », a déclaré Martin.")
    >>> [(x.text, x.speaker, x.attribution) for x in q]
    [("C'est un faux-fuyant", 'Anne Martin', 'after')]
    >>> [(x.text, x.speaker) for x in extract_quotes('Iger a ajouté : "Je peux vous le dire."')]
    [('Je peux vous le dire.', 'Iger')]
    >>> q = extract_quotes("Selon l'Insee, « la croissance ralentit nettement ».")
    >>> [(x.text, x.speaker, x.attribution) for x in q]
    [('la croissance ralentit nettement', 'Insee', 'selon')]
    >>> extract_quotes("Il a revu la série « Black Mirror » et des « deepfakes ».")
    []
    """
    check_text(text, "extract_quotes")
    if not text:
        return []
    cands = _pair_marks(text)
    if not cands:
        return []
    doc = _Doc(text, cands)
    seen = _Speakers([], [])
    out: list[Quote] = []
    last_para = -1
    floor = 0
    last_speaker: tuple[str | None, int | None, int | None] | None = None
    prev_unclosed_speaker: tuple[str | None, int | None, int | None] | None = None
    unclosed: list[bool] = []  # per quote in *out*: no closing mark (runs to paragraph end)
    for cand in cands:
        para = cand.para
        if para != last_para:
            carried = prev_unclosed_speaker if text[para : cand.open].strip() == "" else None
            last_speaker = carried
            last_para = para
        words = _words(text, cand.start, cand.end)
        if len(words) < 2:
            continue  # a scare quote; its text stays in the sentence read for the next one
        if _looks_like_title(doc, cand, words):
            continue  # a title stays in the sentence read for the next quotation
        attr = _after(doc, cand) or _before(doc, cand, floor)
        floor = cand.end + 1
        if attr is not None and not attr.strong and len(words) < _weak_minimum(attr):
            attr = None  # "Netflix mise sur des « contenus de qualité »": a scare quote
        speaker: str | None = None
        s_start: int | None = None
        s_end: int | None = None
        kind: AttributionKind = "none"
        verb: str | None = None
        desc: str | None = None
        if attr is not None:
            speaker = _resolve(doc, attr.mention, seen)
        if attr is not None and speaker is not None:
            kind, verb, desc = attr.kind, attr.verb, attr.mention.desc
            s_start, s_end = attr.mention.start, attr.mention.end
        elif last_speaker is not None and len(words) >= 3:
            speaker, s_start, s_end = last_speaker
            kind = "inherited"
        elif (prev := _previous_sentence(doc, cand)) is not None and (
            speaker := _resolve(doc, prev.mention, seen)
        ) is not None:
            kind, verb, desc = prev.kind, prev.verb, prev.mention.desc
            s_start, s_end = prev.mention.start, prev.mention.end
        elif len(words) < 4:
            continue  # a short fragment credited to no one: a scare quote
        if speaker is not None:
            last_speaker = (speaker, s_start, s_end)
            seen.anyone.append(speaker)
            if " " in speaker and attr is not None and attr.mention.kind in {"name", "pronoun"}:
                seen.people.append(speaker)
        prev_unclosed_speaker = last_speaker if cand.close is None else None
        unclosed.append(cand.close is None)
        out.append(
            Quote(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                speaker=speaker,
                speaker_start=s_start,
                speaker_end=s_end,
                speaker_description=desc,
                verb=verb,
                attribution=kind,
            )
        )
    return _credit_reopened(text, out, unclosed)


_REOPENED_RE: Final = regex.compile(r"\s*\n\s*[«“\"]\s*")


def _credit_reopened(text: str, quotes: list[Quote], unclosed: list[bool]) -> list[Quote]:
    r"""Credit a paragraph of a quotation to the speaker named at its end.

    French reopens « at each paragraph of a long quotation and closes it only at the end:
    "« Premier paragraphe.\n« Second », dit X." gives the first paragraph to X too.
    Walked backwards, so a speaker reaches back over several paragraphs.
    """
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.speaker is not None or not unclosed[i] or nxt.speaker is None:
            continue
        if _REOPENED_RE.fullmatch(text, q.end, nxt.start) is None:
            continue
        quotes[i] = q.model_copy(
            update={
                "speaker": nxt.speaker,
                "speaker_start": nxt.speaker_start,
                "speaker_end": nxt.speaker_end,
                "speaker_description": nxt.speaker_description,
                "verb": nxt.verb,
                "attribution": "inherited",
            }
        )
    return quotes


def _score_adapter(text: str, reference_date: object = None) -> list[Quote]:
    """Adapter for ``score.py --extractor``: the reference date plays no part in quotations."""
    return extract_quotes(text)
