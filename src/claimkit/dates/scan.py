"""Scanning stage of :mod:`claimkit.dates`: where each pass runs, and the candidates found.

Every match of every pass holds an anchor (a month, weekday, unit or holiday word, or
digits), so passes run only in windows around anchors, and, on texts of common characters,
only at the positions where a match can start (see "Where a pass can start" below).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import regex

from claimkit.anchors import (
    Anchors,
    lowered,
    merge_windows,
    plain_text,
)
from claimkit.dates.parsing import _PASSES
from claimkit.dates.patterns import (
    _AROUND_RE,
    _DAY_LIST_RE,
    _DM_NUM_RE,
    _DMY_NUM_RE,
    _DMY_RE,
    _EASTER_RE,
    _ENGLISH_RE,
    _HOLIDAY_RE,
    _MIXED_RE,
    _MONTH_FIRST_RE,
    _MY_RE,
    _NTH_WEEKDAY_RE,
    _OFFSET_RE,
    _ORDINAL_DAY_RE,
    _OTHER_CHAR_RE,
    _PERIOD_REL_RE,
    _SHIFT_RE,
    _SPACED_NUM_RE,
    _WEEKDAY_REL_RE,
    _YEAR_CONTEXT_RE,
    _YEAR_LIST_RE,
    _YM_NUM_RE,
    _YMD_NUM_RE,
    _Lazy,
    _Match,
)
from claimkit.dates.resolve import (
    _around,
    _elided_days,
    _resolve_pending,
    _select,
    _share_years,
    _year_lists,
)
from claimkit.dates.starts import (
    _AFTER_DIGITS,
    _DIGIT_CORES,
    _DIGITS,
    _GAP,
    _GROUP_WORDS,
    _KINDS_OF_WORD,
    _LETTERS,
    _PASS_STARTS,
    _Starts,
)
from claimkit.dates.tense import Tenses
from claimkit.dates.values import _Cand
from claimkit.text import DASH, HSPACE

_LETTER_RUN_RE: Final = regex.compile(r"[^\W\d_]+")


#: Every match of every pass holds one of these anchors, so the passes only run in windows
#: around them: most of an article holds no date.  Digits make a date on their own only as
#: a year ("en 2023", "(2024)") or joined by a separator ("21/07/2023", "2023-07",
#: "18 08 78"); "87 %" or "900 000" need a month or unit word, an anchor of another group.
_ANCHORS: Final = Anchors(
    groups={
        "digits": (
            (),
            # "\d{4} | \d[/.-]\d | (?<!\d)\d{1,2} \d{1,2}(?!\d)" with the first digit taken out
            # of the three branches, so the scan skips to digits.
            rf"\d(?:\d{{3}}|[/.{DASH[1:-1]}]\d|(?<!\d.)\d?{HSPACE}\d{{1,2}}(?!\d))",
        ),
        **{name: (words, "") for name, words in _GROUP_WORDS.items() if name != "digits"},
    },
    before=64,
    after=96,
)

#: The letter runs of each group's words, as sets (what :func:`_pass_groups` looks for).
_GROUP_TOKENS: Final = {
    name: [frozenset(_LETTER_RUN_RE.findall(w)) for w in words]
    for name, words in _GROUP_WORDS.items()
}


def _pass_groups(pattern: _Lazy) -> tuple[str, ...]:
    """Name the anchor groups a pattern can match: a safe superset, read from its source.

    A group counts when one of its words appears in the pattern (the patterns are built
    from the same tables) or, for digits, when the pattern reads a digit.
    """
    source = pattern.pattern.lower()
    present = set(_LETTER_RUN_RE.findall(source))
    groups = []
    for name, tokens in _GROUP_TOKENS.items():
        if (name == "digits" and "\\d" in source) or any(t <= present for t in tokens):
            groups.append(name)
    return tuple(groups)


#: The anchor groups of each pass, and of the two follow-up patterns.
_PASS_GROUPS: Final = {id(p): _pass_groups(p) for p in (*(p for p, _ in _PASSES), _AROUND_RE,
                                                       _YEAR_LIST_RE)}  # fmt: skip


#: Texts up to this long are scanned whole by every pass that has an anchor in them.
_SHORT: Final = 256

#: The passes also compiled by the standard :mod:`re` (:meth:`_Lazy.twin`), about twice as
#: fast to try at one position; they match alike on the texts :class:`_Walk` handles (same
#: ``\w``, ``\d`` and case folding there).  Every pass has one (group names are unique).
_RE_TWINS: Final[frozenset[int]] = frozenset(
    id(p)
    for p in (_DMY_RE, _ORDINAL_DAY_RE, _MY_RE, _YEAR_CONTEXT_RE, _YMD_NUM_RE, _DMY_NUM_RE,
              _YM_NUM_RE, _DM_NUM_RE, _OFFSET_RE, _PERIOD_REL_RE,
              _SPACED_NUM_RE, _SHIFT_RE, _WEEKDAY_REL_RE, _HOLIDAY_RE, _EASTER_RE,
              _MONTH_FIRST_RE, _MIXED_RE, _DAY_LIST_RE, _NTH_WEEKDAY_RE, _AROUND_RE, _ENGLISH_RE,
              _YEAR_LIST_RE)
)  # fmt: skip


def _walk_match(pattern: _Lazy) -> Callable[[str, int, int], _Match | None]:
    """Return the ``match`` the walk calls for *pattern*: its :mod:`re` twin's if it has one.

    Compiles the pattern on its first use, so a text compiles only the passes it has cores
    for (and, walked, only the twin).
    """
    return pattern.twin().match if id(pattern) in _RE_TWINS else pattern.compiled().match


class _Walk:
    """One text's cores and the starts they allow (texts without :data:`_OTHER_CHAR_RE`).

    Built from the anchor hits of the text: the core words are anchor words, and the digit
    runs are found here.  :meth:`starts` walks left from the cores; :meth:`finditer` then
    gives what ``finditer`` would.
    """

    __slots__ = ("_ends", "_lefts", "_low", "_text", "cores")

    def __init__(self, text: str, hits: dict[str, list[tuple[int, int]]]) -> None:
        self._text = text
        self._low = low = lowered(text)  # the shared scan's copy inside extract()
        self._lefts: dict[int, tuple[int, int, str, bool]] = {}
        #: The start of each core by kind, sorted; only kinds the text has.
        self.cores: dict[str, list[int]] = {}
        cores = self.cores
        #: The end of each core word.
        self._ends: dict[int, int] = {}
        words = [span for group, spans in hits.items() if group != "digits" for span in spans]
        words.sort()
        for start, end in words:
            kinds = _KINDS_OF_WORD.get(low[start:end])
            if kinds is not None:
                self._ends[start] = end
                for kind in kinds:
                    cores.setdefault(kind, []).append(start)
                if "month" in kinds and _MONTH_JOINED_RE.match(low, end) is not None:
                    cores.setdefault("mixed", []).append(start)  # "Sep-23-2020", "août/2019"
        months_mixed = "mixed" in cores
        for m in _DIGIT_RUN_RE.finditer(low):
            start, end = m.span()
            size = end - start
            if size == 4:
                cores.setdefault("year", []).append(start)  # "en 2023", "(2024)"
            after = low[end : end + 1]
            if after in _AFTER_DIGITS:
                for kind, sizes, follow, pattern in _DIGIT_CORES:
                    if size in sizes and after in follow and pattern.match(low, start):
                        cores.setdefault(kind, []).append(start)
        if months_mixed:
            cores["mixed"].sort()

    def _left(self, i: int) -> tuple[int, int, str, bool]:
        """Return the word or digit run before *i* past :data:`_GAP` characters.

        As (start of the gap, start of the word, the word, whether it is digits); the start
        of the word is -1 when the gap follows something else, or the start of the text.
        """
        found = self._lefts.get(i)
        if found is None:
            low = self._low
            j = i
            while j > 0 and low[j - 1] in _GAP:
                j -= 1
            k = j
            if k > 0 and low[k - 1] in _DIGITS:
                while k > 0 and low[k - 1] in _DIGITS:
                    k -= 1
                found = (j, k, low[k:j], True)
            else:
                while k > 0 and low[k - 1] in _LETTERS:
                    k -= 1
                found = (j, k, low[k:j], False) if k < j else (j, -1, "", False)
            self._lefts[i] = found
        return found

    def starts(self, spec: _Starts, cores: list[int], lo: int, hi: int) -> list[int]:
        """Return, sorted, every position of [lo, hi) where a match of the pass may start.

        A word cut by *lo* is no start: no pass can start right after a letter or digit.
        """
        low, lefts = self._low, self._lefts
        _, before, digits, at_core, punct, glued, after, need = spec
        if lo > 0 or hi < len(low):
            first = bisect.bisect_left(cores, lo)
            cores = cores[first : bisect.bisect_left(cores, hi, first)]
        if not (before or digits or punct or glued or after):
            return cores if at_core and not need else []  # nothing before the core: "2023-07"
        out: list[int] = []
        # Where a walk has gone on from, with how many digit runs (up to *need*) it had
        # passed: a walk arriving there with no more has nothing new to find.  (With one
        # core, no walk arrives anywhere twice.)
        walked: dict[int, int] | None = {} if len(cores) > 1 else None
        for core in cores:
            if after is not None and after.match(low, self._ends[core]) is None:
                continue
            if at_core and not need:
                out.append(core)
            i = core
            runs = 0  # digit runs passed, up to *need*
            while True:
                if walked is not None:
                    if walked.get(i, -1) >= runs:
                        break
                    walked[i] = runs
                left = lefts.get(i)
                j, k, word, is_digits = left if left is not None else self._left(i)
                if punct and i == core:
                    out.extend(x for x in range(max(j, lo), i) if low[x] in punct)
                if k < lo:
                    break
                if is_digits:
                    if not digits:
                        break
                    runs = min(runs + 1, need)
                elif word not in before and (glued is None or glued.fullmatch(word) is None):
                    break
                if runs >= need:
                    out.append(k)
                i = k
        return sorted(set(out)) if len(out) > 1 else out

    def finditer(self, pattern: _Lazy, lo: int, hi: int) -> list[_Match]:
        """Return what ``pattern.finditer(text, lo, hi)`` finds, trying only the starts."""
        spec = _PASS_STARTS[id(pattern)]
        cores = self.cores.get(spec.core)
        if not cores:
            return []
        return self.matches(pattern, spec, cores, lo, hi)

    def matches(
        self, pattern: _Lazy, spec: _Starts, cores: list[int], lo: int, hi: int
    ) -> list[_Match]:
        """Return what ``finditer`` finds in [lo, hi) with *pattern* (of *spec*).

        The pattern is compiled only when a start is there to try it at.
        """
        text = self._text
        found: list[_Match] = []
        reach = lo
        match: Callable[[str, int, int], _Match | None] | None = None
        for start in self.starts(spec, cores, lo, hi):
            if start >= reach:  # not inside the previous match
                if match is None:
                    match = _walk_match(pattern)
                m = match(text, start, hi)
                if m is not None:
                    found.append(m)
                    reach = m.end()
        return found


#: :mod:`regex`, not :mod:`re`: the same runs of ASCII digits, found about five times as fast
#: (the standard engine tries ``[0-9]+`` at every position: ≈ 18 µs on a 1,600-character
#: article, against ≈ 4).
_DIGIT_RUN_RE: Final = regex.compile(r"[0-9]+")
_MONTH_JOINED_RE: Final = re.compile(r"[/\-][0-9a-z]")

#: Each pass's starts, anchor groups, pattern and handler.
_WALK_PASSES: Final = tuple(
    (_PASS_STARTS[id(pattern)], frozenset(_PASS_GROUPS[id(pattern)]), pattern, handler)
    for pattern, handler in _PASSES
)


def _candidates(
    text: str, ref: dt.date | None, tenses: Callable[[], Tenses] | None = None
) -> list[_Cand]:
    hits = _ANCHORS.hits(text)
    present = {group for group, found in hits.items() if found}
    if not present:
        return []
    # The walk needs the lower-cased text to keep the offsets (it does but for a few
    # letters such as "İ"); windows holding a character outside its set (see above) take
    # the plain scan, the others the walk: one "ğ" or emoji no longer slows the whole text.
    other = not plain_text(text) and _OTHER_CHAR_RE.search(text) is not None  # once a call
    walk = _Walk(text, hits) if not other or len(text.lower()) == len(text) else None
    cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    by_hits: dict[frozenset[str], list[tuple[int, int]]] = {}
    whole = [(0, len(text))]
    short = len(text) <= _SHORT  # a sentence: windows would cost more than they save

    def windows_of(pattern: _Lazy) -> list[tuple[int, int]]:
        groups = _PASS_GROUPS[id(pattern)]
        if short:
            return whole if not present.isdisjoint(groups) else []
        found = cache.get(groups)
        if found is None:
            # Passes whose groups differ only by groups absent from the text share windows.
            key = frozenset(present.intersection(groups))
            found = by_hits.get(key)
            if found is None:
                # The windows of a union of groups are the merged windows of each group
                # (claimkit.anchors.merge_windows): each group's are worked out once.
                parts = []
                for g in key:
                    part = by_hits.get(frozenset((g,)))
                    if part is None:
                        part = by_hits[frozenset((g,))] = _ANCHORS.windows(text, hits[g])
                    parts.append(part)
                found = parts[0] if len(parts) == 1 else merge_windows(parts)
                by_hits[key] = found
            cache[groups] = found
        return found

    def plain(lo: int, hi: int) -> bool:
        """Whether [lo, hi) (and a character either side) needs the plain scan."""
        return other and _OTHER_CHAR_RE.search(text, max(0, lo - 1), hi + 1) is not None

    def find(pattern: _Lazy) -> Iterator[_Match]:
        """Yield what ``finditer`` finds in the pattern's windows."""
        for lo, hi in windows_of(pattern):
            if walk is None or plain(lo, hi):
                yield from pattern.finditer(text, lo, hi, overlapped=False)
            else:
                yield from walk.finditer(pattern, lo, hi)

    out: list[_Cand] = []
    cores = walk.cores if walk is not None else {}
    for spec, groups, pattern, handler in _WALK_PASSES:
        if present.isdisjoint(groups) or (
            walk is not None and not other and spec.core not in cores
        ):
            continue  # no anchor, or (all windows walked) no core of this pass
        for lo, hi in windows_of(pattern):
            if walk is None or plain(lo, hi):
                hits_in: Iterable[_Match] = pattern.finditer(text, lo, hi, overlapped=False)
            elif spec.core not in cores:
                continue  # no core of this pass: no match can start here
            else:
                pass_cores = cores[spec.core]
                first = bisect.bisect_left(pass_cores, lo)
                if first == len(pass_cores) or pass_cores[first] >= hi:
                    continue  # no core of this pass in the window (half of them): no start
                # What finditer would find, trying only where a match can start.
                hits_in = walk.matches(pattern, spec, pass_cores, lo, hi)
            for hit in hits_in:
                try:
                    out.extend(handler(hit, text, ref))
                except (OverflowError, ValueError):
                    continue  # a reference date at the edge of datetime's range (year 1, 9999)
    chosen = _select(out)
    if (walk is None or other or "around" in walk.cores) and any(
        c.month is not None and c.day is not None for c in chosen
    ):
        around = _around(text, chosen, ref, find(_AROUND_RE))
        if around:
            chosen = _select(around + chosen)
    if (walk is None or other or "year" in walk.cores) and any(
        c.granularity == "year" and c.day is None for c in chosen
    ):
        more = _year_lists(text, chosen, find(_YEAR_LIST_RE))
        if more:
            chosen = _select(chosen + more)
    chosen = _share_years(text, chosen)
    if any(c.day is not None and c.month is not None for c in chosen):
        elided = _elided_days(text, chosen)
        if elided:
            chosen = _select(chosen + elided)
    return _resolve_pending(text, chosen, ref, tenses or (lambda: Tenses(text)))
