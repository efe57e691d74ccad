"""Tokens of the text around quotations: word classes, the token scanner, sentence ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from claimkit._lazy import LazyRe, LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.text import APOS, HSPACE, fold_apostrophes

#: A token: an elided article or pronoun ("l'", "qu'"), a word (hyphens inside: "a-t-il",
#: "SAG-AFTRA"), or one punctuation character.
_TOKEN_RE: Final = LazyRegex(
    rf"""
    (?P<elided>(?<!\p{{L}})(?i:jusqu|lorsqu|puisqu|qu|[cdjlmnst]){APOS}(?=\p{{L}}))
    | (?P<word>[\p{{L}}\p{{N}}]+(?:[\-\u2010\u2011][\p{{L}}\p{{N}}]+){{0,6}})
    | (?P<punct>[^\s\p{{L}}\p{{N}}])
    """,
    flags=regex.VERBOSE,
)

#: Words of a quotation, for the scare-quote and title tests: "d'expression" is one word.
_WORD_RE: Final = LazyRegex(
    rf"[\p{{L}}\p{{N}}]+(?:(?:{APOS}|[\-\u2010\u2011])[\p{{L}}\p{{N}}]+){{0,6}}"
)

#: End of a sentence: ".", "!", "?", "…" then space.  "M. Dupont" is handled by the caller.
_SENTENCE_END_RE: Final = LazyRegex(
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
_SUBORDINATORS: Final = frozenset({
    "tandis", "alors", "pendant", "bien", "lorsque", "puisque", "parce", "dès", "sitôt", "ainsi",
    "avant", "après", "pour", "sans", "depuis", "maintenant", "si",
})  # fmt: skip

#: Words skipped between a verb and the inverted subject: "indique d'ailleurs Netflix".
_ADVERBS: Final = frozenset({
    "d'ailleurs", "encore", "également", "aussi", "ainsi", "alors", "même", "enfin", "pour",
    "sa", "son", "part", "plus", "tard", "ensuite", "aujourd'hui", "hier", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "récemment", "déjà", "notamment",
    "soir", "matin", "midi", "après-midi", "publiquement", "aussitôt", "finalement",
    "auparavant", "toutefois", "cependant", "pourtant", "néanmoins", "clairement",
    "fermement", "simplement", "immédiatement", "souvent", "longuement", "vivement",
})  # fmt: skip

#: Words before "que" that open a comparative clause like "comme", whose subject may come
#: after its verb: "ainsi que le dit X", "tel que l'a rappelé X".
_AS_HEADS: Final = frozenset({"ainsi", "tel", "telle"})

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
_CIVILITIES: Final = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr"})

#: Name particles kept inside a name: "Charles de Gaulle", "Ben Zhao", "Vincent van Gogh".
_PARTICLES: Final = frozenset({
    "de", "du", "van", "von", "da", "di", "del", "der", "bin", "dos", "das", "della", "ibn",
    "den", "ter", "ten", "het", "vanden", "vander",
})  # fmt: skip
#: Capitalised particles, which open sentences too ("Le", "La") but sit inside a name
#: between two capitalised words: "Marine Le Pen", "Stéphane Le Foll", "Jean De Bruyne".
_CAP_PARTICLES: Final = frozenset({"Le", "La", "De", "Du", "Des", "Del"})
#: An elided particle glued to the next part of a name: "N'Diaye", "N'Guessan".
_NAME_ELISIONS: Final = frozenset({"N'", "N\u2019"})

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
_PUBLISHED_HINT_RE: Final = LazyRegex(
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
_OWNED_HINT_RE: Final = LazyRegex(
    rf"(?:{_words_re(_SOURCE_LAST_WORDS)})(?:\s*web)?\s*"
    rf"(?:de|du|d')(?:\s*(?:{_words_re(_OWNER_DETERMINERS)})){{0,3}}",
    flags=regex.REVERSE,
)

_PARTICLE_FIRSTS: Final = frozenset(p[0] for p in _PARTICLES | _CAP_PARTICLES)
#: A name particle as the whole next token: "Charles de Gaulle", not "de-facto".
_PARTICLE_RE: Final = LazyRegex(
    rf"\s+(?:{'|'.join(sorted(_PARTICLES | _CAP_PARTICLES))})"
    r"(?![\p{L}\p{N}]|[\-\u2010\u2011][\p{L}\p{N}])"
)

#: The word before a full stop, to tell "M. Dupont" from the end of a sentence.
_ABBREVIATION_RE: Final = LazyRegex(r"(?<![\p{L}\-])(\p{L}+)\.?$")
#: What may join the parts of a word of ``_WORD_RE``: an apostrophe or a hyphen.
_WORD_GLUE_RE: Final = LazyRe(r"['\u2019\u02bc\u00b4`\-\u2010\u2011]")
_MAX_WORDS: Final = 9  # words of a quotation read: tests compare the count with 2 to 8
_ABBREVIATIONS: Final = frozenset({"M", "Mme", "Dr", "Pr", "Me", "St", "cf", "p", "etc"})
_ABBREVIATION_ENDS: Final = frozenset(a[-1] for a in _ABBREVIATIONS)
_WINDOW: Final = 500  # characters searched before a quotation for its sentence
_AFTER: Final = 220  # characters searched after a quotation for its attribution

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
_RUN_RE: Final = LazyRegex(r"[\p{L}\p{N}\-\u2010\u2011]*")
#: A capitalised word token, or where a misaligned one starts (checked by the caller).  It
#: opens on an ``Uppercase`` letter or digit (Ⅻ) with none before: ``regex`` skips to such a
#: character fast.  ``str.isupper`` holds for a word character only if it is ``Uppercase``
#: (checked on every code point by the tests), so no capitalised word is missed; the words
#: skipped (titlecase "ǅ", lower-case numerals "ⅻ") are never ``_Tok.cap``, and a word read
#: from its middle (after a hyphen) is told by the caller.
_CAP_WORD_RE: Final = LazyRegex(
    r"\p{Uppercase}(?<![\p{L}\p{N}].)(?<=[\p{L}\p{N}])"
    r"[\p{L}\p{N}]*(?:[\-\u2010\u2011][\p{L}\p{N}]+){0,6}"
)
#: The last character before a position that is not a space (" "), searched backwards.
_NOT_BLANK_RE: Final = LazyRegex(r"[^ ]", flags=regex.REVERSE)
_BLANKS_RE: Final = LazyRegex(r" +")
#: A letter or digit that surely starts a token (an elided one is followed by a word).
_WORD_START_RE: Final = LazyRegex(r"(?<![\p{L}\p{N}\-\u2010\u2011])[\p{L}\p{N}]")
_MERGE_GAP: Final = 24  # characters between two stretches read as one
#: Whitespace and the last non-space character before a position (searched backwards).
_SPACES_RE: Final = LazyRegex(r"\s*")
_NON_SPACE_RE: Final = LazyRegex(r"\S", flags=regex.REVERSE)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """A word table ready for token matching: folded entries and their possible first tokens."""

    entries: frozenset[str]
    first: frozenset[str]
    longest: int

    @classmethod
    def of(cls, words: frozenset[str]) -> _Phrases:
        entries = _fold_all(words)
        first: set[str] = set()
        longest = 0
        # Entries without an apostrophe are read in bulk when all of them are plain (see
        # _plain_tokens): each is then its words between single spaces.
        bare = [w for w in entries if "'" not in w]
        if _all_plain(bare):
            first.update(w.split(" ", 1)[0] for w in bare)
            longest = max((w.count(" ") + 1 for w in bare), default=0)
            rest = [w for w in entries if "'" in w]
        else:
            rest = list(entries)
        for w in rest:
            # Most entries are letters, single spaces and hyphens: each part between spaces
            # is one word token (``str.isalpha`` is ``\p{L}``, checked by the tests).
            tokens = _plain_tokens(w)
            if tokens is None:
                tokens = [m.group() for m in _TOKEN_RE.finditer(w)]
            if tokens:
                first.add(tokens[0])
            longest = max(longest, len(tokens))
        return cls(entries, frozenset(first), longest)


def _fold_all(words: frozenset[str]) -> frozenset[str]:
    """Return ``{_fold(w) for w in words}``, folded in one piece when that is the same.

    Lower-casing is per character but for the Greek final sigma (which depends on the
    letters around it); joined by line breaks (no word holds one), the words fold alike.
    """
    joined = "\n".join(words)
    if joined.count("\n") != len(words) - 1 or "σ" in joined or "Σ" in joined or not words:
        return frozenset(_fold(w) for w in words)
    return frozenset(_fold(joined).split("\n"))


def _all_plain(phrases: list[str]) -> bool:
    """Whether :func:`_plain_tokens` holds for every phrase (none holding an apostrophe)."""
    if not phrases or "" in phrases:
        return False
    joined = "\n".join(phrases)
    return (
        joined.replace(" ", "").replace("-", "").replace("\n", "").isalpha()
        and joined.count("\n") == len(phrases) - 1
        and not any(bad in joined for bad in ("  ", " \n", "\n ", "--", "- ", " -", "-\n", "\n-"))
        and joined[0] not in " -"
        and joined[-1] not in " -"
        # at most seven parts a word (a sufficient condition: at most six hyphens a phrase)
        and max(p.count("-") for p in phrases) <= 6
    )


def _plain_tokens(phrase: str) -> list[str] | None:
    """Return the tokens ``_TOKEN_RE`` finds in *phrase* when it is plain, else None.

    Plain: words of letters (``str.isalpha``) joined by single hyphens, at most seven parts
    each, separated by single spaces, maybe behind an elided word in lower case ("d'",
    "qu'").  Each such word is one token of ``_TOKEN_RE``, an elided word another.

    >>> _plain_tokens("a-t-il déclaré")
    ['a-t-il', 'déclaré']
    >>> _plain_tokens("a d'ailleurs dit")
    ['a', "d'", 'ailleurs', 'dit']
    >>> _plain_tokens("aujourd'hui") is None
    True
    """
    if not phrase.replace(" ", "").replace("-", "").replace("'", "").isalpha():
        return None
    tokens: list[str] = []
    for part in phrase.split(" "):
        if "'" in part:
            head, _, part = part.partition("'")
            if head not in _PLAIN_ELISIONS or "'" in part:
                return None
            tokens.append(head + "'")
        if not part or ("-" in part and ("" in (pieces := part.split("-")) or len(pieces) > 7)):
            return None
        tokens.append(part)
    return tokens


#: Elided words ``_TOKEN_RE`` reads before a letter at the start of a chunk (lower case).
_PLAIN_ELISIONS: Final = frozenset({"jusqu", "lorsqu", "puisqu", "qu", *"cdjlmnst"})


@dataclass(slots=True)  # not frozen: a frozen __init__ costs twice as much, per token
class _Tok:
    start: int
    end: int
    norm: str  # lower case, apostrophes folded to "'"
    kind: str  # "elided", "word" or "punct"
    raw: str
    cap: bool = False  # a capitalised word that may name someone ("Ben", "SAG-AFTRA")
    title: bool = False  # capitalised with a lower-case second letter: "Ben", not "IA"


@dataclass(slots=True, unsafe_hash=True)  # not frozen: a frozen __init__ costs twice as much
class _Cap:
    """A capitalised word token (``_Tok.cap``), as the partial scan finds it."""

    start: int
    end: int
    raw: str
    title: bool  # _Tok.title


# --------------------------------------------------------------------------- tokens


def _fold(s: str) -> str:
    return fold_apostrophes(s).lower()


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


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """Return the word ending right before *pos* (spaces between) and where it starts.

    ("", pos) when no space separates it from *pos* or no word is there.  Plain string
    reading, at most 40 characters back: cheaper than a pattern on hot paths.
    """
    j = pos
    while j > 0 and text[j - 1] in " \t\u00a0\u202f":
        j -= 1
    if j == pos or j == 0:
        return "", pos
    i = j
    stop = max(0, j - 40)
    while i > stop and not text[i - 1].isspace() and text[i - 1] not in "'\u2019":
        i -= 1
    return text[i:j], i


#: Endings of a demonym (lower case): "le Genevois", "la Sénégalaise", "l'Ivoirien",
#: "la ministre Congolaise".
_DEMONYM_ENDINGS: Final = (
    "ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "éen", "éenne",
    "aisan", "aisanne",  # "le Valaisan"
)  # fmt: skip
