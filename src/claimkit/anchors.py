"""The shared anchor scan: each extractor's trigger words, found once per document.

Extractors register the words that can open one of their claims (:class:`Anchors`); a
document's text is scanned once for every registered word (:class:`shared_scan`), and each
extractor runs its patterns only in windows around its own hits (:meth:`Anchors.windows`).
:func:`plain_text` tells whether a text holds only characters where :mod:`re`,
:mod:`regex` and ``str.lower`` agree, so the faster standard-library twins may run.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Callable, Container, Iterable, Mapping
from contextvars import ContextVar
from typing import Any, Final

__all__ = [
    "OTHER_CHAR_RE",
    "SYMBOL_RANGES",
    "WINDOW_REACH",
    "Anchors",
    "lowered",
    "merge_windows",
    "plain_text",
    "shared_scan",
]

_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")


def _trie(words: Iterable[str]) -> str:
    """Build a regex alternation of *words* as a trie: one branch per first letter.

    The standard :mod:`re` tries the branches of a flat alternation one by one at every
    position; a trie tests each letter once.  At every node the longer continuations come
    first, so with a look-ahead after the group the longest word that fits still wins.

    >>> _trie(["an", "ans", "avril"])
    '(?:a(?:n(?:s)?|vril))'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")" if root else "(?!)"


#: Every anchor word of every :class:`Anchors` built so far, in order of registration; the
#: shared scan looks for all of them in one pass.  Only grows (at import time, under
#: ``_VOCABULARY_LOCK``); it decides what is computed once, never what is found.
_VOCABULARY: dict[str, None] = {}
_VOCABULARY_LOCK: Final = threading.Lock()
_UNION: list[_Union] = []


def _word_sources(trie: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """Return the (source, flags) of the whole-word patterns of a *trie*: lower, any case.

    The lower-case one opens on the non-letter before the word, so the engine skips letters
    at C speed instead of trying a look-behind inside every word; a word at the very start
    of the text has no such character and is matched apart (see :func:`_find_words`).
    """
    body = rf"(?P<w>{trie})(?![^\W\d_])"
    return (rf"[\W\d_]{body}", 0), (rf"(?<![^\W\d_]){body}", re.IGNORECASE)


def _opening_reach(words: Iterable[str]) -> int:
    """Return how far :func:`_find_words` reads an ASCII opening case-sensitively, or -1.

    On the lower-cased text a case-insensitive match differs from a case-sensitive one only
    where a character of the text is a case variant of a different letter of the words
    (``s`` of ``ſ``, ``i`` of ``ı``).  When no letter of *words* is a case variant of an
    ASCII letter, a word at the very start of an ASCII opening is found case-sensitively;
    the opening is then the longest word plus one character (for the look-ahead).
    """
    words = list(words)
    odd = sorted({c for w in words for c in w if not c.isascii()})
    if odd and re.search(f"[{re.escape(''.join(odd))}]", string.ascii_letters, re.IGNORECASE):
        return -1
    return max(map(len, words), default=0) + 1


def _find_words(
    text: str,
    lowered: str,
    lower: re.Pattern[str],
    any_case: Callable[[], re.Pattern[str]],
    reach: int,
) -> list[tuple[int, int, str]]:
    """Return the whole words of *text* the patterns match, as (start, end, lower-cased).

    *any_case* returns the case-insensitive pattern, compiled on first need: for a text
    whose lower case is longer, or for a word at its very start unless the opening is
    plain ASCII (up to *reach* characters, see :func:`_opening_reach`) or opens on a
    character that is neither a letter nor a digit.
    """
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        return [(m.start(), m.end(), m.group().lower()) for m in any_case().finditer(text)]
    found = [(m.start("w"), m.end(), m.group("w")) for m in lower.finditer(lowered)]
    if not lowered[:1].isalnum():  # no word opens on it (an empty text, «, a dash)
        return found
    opening = lowered[:reach]
    if reach >= 0 and opening.isascii():
        # the same pattern on " " + opening: the space stands for the text's start
        head = lower.match(" " + opening)
        if head is not None:
            found.insert(0, (0, head.end() - 1, head.group("w")))
        return found
    first = any_case().match(lowered)
    if first is not None:
        found.insert(0, (0, first.end(), first.group("w")))
    return found


class _Union:
    """The shared scan's patterns for every anchor word registered so far."""

    __slots__ = ("_any_case", "_any_case_source", "lower", "reach", "size")

    def __init__(self, size: int, words: Iterable[str]) -> None:
        words = list(words)
        lower, self._any_case_source = _word_sources(_trie(words))
        self.size = size
        self.lower = re.compile(*lower)
        self.reach = _opening_reach(words)
        self._any_case: re.Pattern[str] | None = None

    def any_case(self) -> re.Pattern[str]:
        """Return the case-insensitive pattern, compiled on first need (under a lock)."""
        pattern = self._any_case
        if pattern is None:
            with _COMPILE_LOCK:
                pattern = self._any_case
                if pattern is None:
                    pattern = self._any_case = re.compile(*self._any_case_source)
        return pattern


def _union_patterns() -> _Union:
    """Return the shared scan's patterns for every anchor word registered so far."""
    if _UNION and _UNION[-1].size == len(_VOCABULARY):
        return _UNION[-1]  # the usual case: no anchor set registered since the last build
    with _VOCABULARY_LOCK:
        if not _UNION or _UNION[-1].size != len(_VOCABULARY):
            _UNION.append(_Union(len(_VOCABULARY), _VOCABULARY))
        return _UNION[-1]


#: Symbol blocks where no character is a word character, a digit or a space to :mod:`re`
#: or :mod:`regex`, nor has a case (the circled digits of the dingbats and the enclosed
#: digits and letters of the emoji blocks are left out).
SYMBOL_RANGES: Final = (
    "\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u2900-\u2bff\U0001f000-\U0001f0ff"
    "\U0001f10d-\U0001f12f\U0001f14a-\U0001f14f\U0001f16a-\U0001f16f\U0001f18a-\U0001faff"
)

#: A character outside the ranges where ``str.lower``, :mod:`re` and :mod:`regex` were
#: checked to agree on case, ``\w`` and ``\d`` (see :mod:`claimkit.dates.scan`); texts
#: without one take the fast paths of the date scan and tense stages, and the :mod:`re`
#: twins of the money and number patterns (:func:`plain_text`).  The symbol blocks (the
#: minus sign, arrows, mathematical operators, shapes, dingbats, emoji) hold only
#: characters that are neither word characters, digits nor spaces to either engine and
#: have no case (``tests/test_dates.py`` checks every one).
OTHER_CHAR_RE: Final = re.compile(
    "[^\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\xff\u0152\u0153\u0178"
    "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf" + SYMBOL_RANGES + "]"
)


class _Scan:
    """One document's lower-cased text and anchor words, computed once for all extractors."""

    __slots__ = ("_lowered", "_plain", "_words", "_words_size", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._plain: bool | None = None
        self._words: list[tuple[int, int, str]] | None = None
        self._words_size = 0

    def plain(self) -> bool:
        """Tell whether the text holds no character of :data:`OTHER_CHAR_RE` (once)."""
        if self._plain is None:
            self._plain = OTHER_CHAR_RE.search(self.text) is None
        return self._plain

    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def words(self, needed: int) -> list[tuple[int, int, str]] | None:
        """Return every anchor word of the text as (start, end, lower-cased word).

        None when the scan predates the registration of an anchor set (word number *needed*).
        """
        if self._words is None:
            union = _union_patterns()
            self._words = _find_words(
                self.text, self.lowered(), union.lower, union.any_case, union.reach
            )
            self._words_size = union.size
        return self._words if needed <= self._words_size else None


#: Indexes of an :class:`Anchors`' patterns (see its ``_sources``).
_ONE_LOWER, _ONE_ANY_CASE, _EXTRAS_LOWER, _EXTRAS_ANY_CASE, _EXACT = 0, 1, 2, 3, 4
_WORDS_LOWER, _WORDS_ANY_CASE = 5, 6
#: Held while an :class:`Anchors` pattern is compiled on first use.
_COMPILE_LOCK: Final = threading.Lock()

_SCAN: Final[ContextVar[_Scan | None]] = ContextVar("claimkit_scan", default=None)


def plain_text(text: str) -> bool:
    """Tell whether *text*, being scanned, holds no character of :data:`OTHER_CHAR_RE`.

    On such a text a pattern and its :mod:`re` twin (:meth:`claimkit._lazy.LazyRegex.twin`)
    match alike, and the twin is about twice as fast to try.  False outside a shared scan
    of *text* (the answer is worked out once per document, never per call).
    """
    scan = _SCAN.get()
    return scan is not None and scan.text is text and scan.plain()


def lowered(text: str) -> str:
    """Return ``text.lower()``, the shared scan's copy when *text* is being scanned."""
    scan = _SCAN.get()
    return scan.lowered() if scan is not None and scan.text is text else text.lower()


class shared_scan:
    """Let every :class:`Anchors` scan of *text* inside the block share one pass.

    :func:`claimkit.extract` runs its extractors in this block: the text is lower-cased
    once and the anchor words of all extractors are found in one scan.  Outside it (or for
    another text), each :meth:`Anchors.hits` scans on its own; the hits are the same.
    The state is a context variable: each thread (and asyncio task) has its own.  (A class
    rather than a generator-based context manager: it is entered once per call of
    :func:`claimkit.extract`, and this costs a third as much.)
    """

    __slots__ = ("_text", "_token")

    def __init__(self, text: str) -> None:
        self._text = text

    def __enter__(self) -> None:
        self._token = _SCAN.set(_Scan(self._text))

    def __exit__(self, *exc: object) -> None:
        _SCAN.reset(self._token)


class Anchors:
    r"""Cheap anchors that every match of an extractor contains, to skip the rest of a text.

    Each *group* is lower-case words (whole words only) and an optional extra pattern
    matched on the lower-cased text (such as ``\d{4}``); *exact* is matched
    case-sensitively on the original (ISO codes: "EUR", never "eur"), its hits kept only
    when they are in *exact_in* if given.  :meth:`hits` finds
    the anchors by group in one scan; :meth:`windows` turns hits into the windows of the
    text worth running the expensive patterns on: ``before`` characters before each anchor
    and ``after`` after it, merged when they overlap.  A window ends on white space (or the
    end of the text), so a look-ahead at its end sees what it would see in the whole text;
    in a run of more than :data:`WINDOW_REACH` characters without white space (base64,
    URL-encoded junk) it ends :data:`WINDOW_REACH` characters on, so each window costs at
    most that much more and a text without white space is still read in linear time.

    The scan runs case-sensitively on ``text.lower()`` when lower-casing keeps every offset
    (almost always), several times faster than a case-insensitive scan; it uses the standard
    :mod:`re`, faster than :mod:`regex` on plain alternations, with the words as a trie.
    Words made only of letters (all of claimkit's) can also be found by one scan shared by
    every extractor (:func:`shared_scan`): a whole-word match of a letter-only word is a
    maximal run of letters, so the shared scan finds exactly the same words.
    """

    __slots__ = (
        "_after",
        "_before",
        "_exact_in",
        "_patterns",
        "_reach",
        "_registered",
        "_sources",
        "_word_group",
        "groups",
    )

    def __init__(
        self,
        words: Iterable[str] = (),
        extra: str = "",
        *,
        groups: Mapping[str, tuple[Iterable[str], str]] | None = None,
        exact: str = "",
        exact_in: Container[str] | None = None,
        before: int,
        after: int,
    ) -> None:
        spec = dict(groups) if groups is not None else {"anchor": (words, extra)}
        # One alternation for every word (one look-behind per position, not one per group);
        # a hit's group is then looked up by its word.  Extras keep a named group each.
        self._word_group: dict[str, str] = {}
        parts = []
        for name, (group_words, group_extra) in spec.items():
            for w in group_words:
                if w:
                    self._word_group.setdefault(w.lower(), name)
            if group_extra:
                parts.append(f"(?P<{name}>{group_extra})")
        extras = "|".join(parts)
        trie = _trie(self._word_group)
        if self._word_group:
            parts.append(rf"(?P<_word>(?<![^\W\d_]){trie}(?![^\W\d_]))")
        self.groups: tuple[str, ...] = tuple(spec)
        # The patterns are compiled on first use (see _pattern): inside extract() a set of
        # letter-only words needs only its extras and exact pattern, the words coming from
        # the shared scan, and an extractor whose text holds no candidate compiles nothing.
        whole = "|".join(parts)
        words_lower, words_any_case = _word_sources(trie)
        self._sources: tuple[tuple[str, int] | None, ...] = (
            (whole, 0),  # _ONE_LOWER: extras and words in one scan, on the lowered text
            (whole, re.IGNORECASE),  # _ONE_ANY_CASE: the same on the original
            (extras, 0) if extras else None,  # _EXTRAS_LOWER
            (extras, re.IGNORECASE) if extras else None,  # _EXTRAS_ANY_CASE
            (exact, 0) if exact else None,  # _EXACT
            words_lower,  # _WORDS_LOWER: the words alone (outside a shared scan)
            words_any_case,  # _WORDS_ANY_CASE
        )
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._sources)
        self._exact_in = exact_in
        self._before = before
        self._after = after
        # Letter-only words (all of claimkit's) are found by a word scan merged with the
        # extras, alone or shared with other extractors (see the class docstring).
        self._registered = -1
        self._reach = _opening_reach(self._word_group)
        if all(_LETTERS_RE.fullmatch(w) for w in self._word_group):
            with _VOCABULARY_LOCK:
                _VOCABULARY.update(dict.fromkeys(self._word_group))
                self._registered = len(_VOCABULARY)

    def _pattern(self, index: int) -> re.Pattern[str]:
        """Return pattern *index* of ``_sources`` (which must not be None), compiled once.

        Thread-safe: the first users compile under a lock; later ones read the list.
        """
        pattern = self._patterns[index]
        if pattern is None:
            with _COMPILE_LOCK:
                pattern = self._patterns[index]
                if pattern is None:
                    source = self._sources[index]
                    assert source is not None
                    pattern = self._patterns[index] = re.compile(*source)
        return pattern

    def hits(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Return the anchors of *text* by group, each a sorted list of (start, end)."""
        out: dict[str, list[tuple[int, int]]] = {name: [] for name in self.groups}
        scan = _SCAN.get()
        if self._registered >= 0:
            words = None
            if scan is not None and scan.text is text:
                words = scan.words(self._registered)
                lowered = scan.lowered()
            if words is None:
                lowered = text.lower()
                words = _find_words(
                    text,
                    lowered,
                    self._pattern(_WORDS_LOWER),
                    lambda: self._pattern(_WORDS_ANY_CASE),
                    self._reach,
                )
            self._merge_shared(text, lowered, words, out)
        else:
            self._one_scan(text, out)
        if self._sources[_EXACT] is not None:
            first = out[self.groups[0]]
            keep = self._exact_in
            first.extend(
                (m.start(), m.end())
                for m in self._pattern(_EXACT).finditer(text)
                if keep is None or m.group() in keep
            )
            first.sort()
        return out

    def _one_scan(self, text: str, out: dict[str, list[tuple[int, int]]]) -> None:
        """Fill *out* with one scan of extras and words together: the reference reading."""
        lowered = text.lower()
        found = (
            self._pattern(_ONE_LOWER).finditer(lowered)
            if len(lowered) == len(text)
            else self._pattern(_ONE_ANY_CASE).finditer(text)  # lower case is longer
        )
        word_group = self._word_group
        for m in found:
            group = m.lastgroup
            if group == "_word":
                group = word_group.get(m.group().lower(), self.groups[0])
            out[group or self.groups[0]].append((m.start(), m.end()))

    def _merge_shared(
        self,
        text: str,
        lowered: str,
        words: list[tuple[int, int, str]],
        out: dict[str, list[tuple[int, int]]],
    ) -> None:
        """Fill *out* from the shared word scan and this set's extras, as one scan would.

        One scan tries the extras before the words at each position and resumes after each
        match; merging the two sorted lists with that rule gives the same hits.
        """
        word_group = self._word_group
        extras: list[tuple[int, int, int, str]] = []
        if self._sources[_EXTRAS_LOWER] is not None:
            found = (
                self._pattern(_EXTRAS_LOWER).finditer(lowered)
                if len(lowered) == len(text)
                else self._pattern(_EXTRAS_ANY_CASE).finditer(text)
            )
            extras = [(m.start(), 0, m.end(), m.lastgroup or self.groups[0]) for m in found]
        if not extras:
            # The usual case: the words of one scan are sorted and never overlap.
            for start, end, w in words:
                group = word_group.get(w)
                if group is not None:
                    out[group].append((start, end))
            return
        mine = [(s, 1, e, word_group[w]) for s, e, w in words if w in word_group]
        mine.extend(extras)
        mine.sort()
        reach = 0
        for start, _, end, group in mine:
            if start >= reach:
                out[group].append((start, end))
                reach = end

    def windows(
        self, text: str, hits: Iterable[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        r"""Return the sorted, disjoint (start, end) windows of *text* around anchors.

        *hits* defaults to every anchor of every group; pass a union of :meth:`hits` groups
        to get the windows of some groups only.

        >>> Anchors(["juin"], r"\d", before=3, after=3).windows("Le 3 Juin. Puis rien du tout.")
        [(0, 15)]
        """
        if hits is None:
            found = self.hits(text)
            if len(found) == 1:  # one group: its hits are sorted already
                (hits,) = found.values()
            else:
                hits = sorted(h for group in found.values() for h in group)
        if not hits:
            return []
        n = len(text)
        spans: list[tuple[int, int]] = []
        for hit_start, hit_end in hits:
            start = max(0, hit_start - self._before)
            end = min(n, hit_end + self._after)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        out: list[tuple[int, int]] = []
        for start, end in spans:
            # Bounded: searching to the end of a text without white space for every window
            # made such a text quadratic (1 MB of base64 took 9 s).
            limit = min(n, end + WINDOW_REACH)
            stop = _NEXT_SPACE_RE.search(text, end, limit)
            end = stop.start() if stop is not None else limit
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
        return out


def merge_windows(parts: Iterable[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Merge lists of :meth:`Anchors.windows` into the windows of all their hits together.

    Windows are merged where they overlap or touch, as :meth:`Anchors.windows` merges them.
    The windows of a union of hits are the merged windows of its parts: a window is a run
    of overlapping reaches of hits, extended to the next white space, and that extension
    never moves an end back (``tests/test_text_scan.py`` checks it on random hits).

    >>> merge_windows([[(0, 5), (20, 30)], [(4, 10)], [(30, 31)]])
    [(0, 10), (20, 31)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(w for part in parts for w in part):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_NEXT_SPACE_RE: Final = re.compile(r"\s")

#: How far past its last anchor's reach a window looks for the white space it ends on.
#: No claim is longer than this without white space, so the bound changes no result on text.
WINDOW_REACH: Final = 64
