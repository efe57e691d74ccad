"""Patterns compiled on first use, once, under a lock (start-up cost paid only when needed).

Compiling every pattern at import cost each process hundreds of milliseconds before its
first call, although a short article needs few of them (``docs/performance.md``, items 10
to 12).  A module builds its pattern *sources* at import, wraps each in :class:`LazyRegex`
(the :mod:`regex` engine) or :class:`LazyRe` (the standard :mod:`re`), and calls it as it
would the compiled pattern: the first call compiles it, and later calls cost what the
compiled pattern's own do.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Final

import regex

__all__ = ["AnyMatch", "LazyRe", "LazyRegex"]

#: Held while a pattern compiles: each is compiled once, whichever thread asks first.
_COMPILE_LOCK: Final = threading.Lock()

#: A match of a :class:`LazyRegex` or of its :mod:`re` twin (:meth:`LazyRegex.matcher`).
AnyMatch = regex.Match[str] | re.Match[str]


#: The flags a :meth:`LazyRegex.twin` keeps: case and verbosity.
_TWIN_FLAGS: Final = int(re.IGNORECASE | re.VERBOSE)


def _re_flags(flags: int) -> int:
    """Return *flags* as a plain int for :func:`re.compile` (same value, same pattern).

    :mod:`re` turns its own flag enum into an int, but not :mod:`regex`'s (nor a mix of
    both): with one, its parser and compiler test every flag through :mod:`enum`'s Python
    operators, which made compiling the dates' twins about a third slower.
    """
    return int(flags)


def _source_of(lazy: LazyRegex | LazyRe) -> str:
    """Return *lazy*'s source, calling (once, then keeping) the function that builds it.

    Two threads may both build it: the function is pure, so either result is the same.
    """
    source = lazy._source
    if not isinstance(source, str):
        source = lazy._source = source()
    return source


def _bind(lazy: LazyRegex | LazyRe, found: regex.Pattern[str] | re.Pattern[str]) -> None:
    """Bind the compiled pattern's own methods on *lazy*: later calls skip the wrapper."""
    vars(lazy).update(
        match=found.match,
        search=found.search,
        fullmatch=found.fullmatch,
        finditer=found.finditer,
        findall=found.findall,
        split=found.split,
        sub=found.sub,
    )


class LazyRegex:
    r"""A :mod:`regex` pattern compiled on first use, once, then used as the compiled one.

    The first call of :meth:`match`, :meth:`search`, :meth:`fullmatch`, :meth:`finditer`,
    :meth:`findall`, :meth:`split` or :meth:`sub` compiles the source (under a lock, so
    threads never compile one twice nor see it half-built) and binds the compiled pattern's
    own methods on the instance: later calls cost what the compiled pattern's do.
    :meth:`twin` is the same source compiled by the standard :mod:`re`, also once and on
    first use.  The source may be given as a function that builds it, for a source whose
    building (long word alternations) is itself worth deferring.

    >>> p = LazyRegex(r"(?P<d>\d+) juin", regex.IGNORECASE)
    >>> p.search("Le 3 JUIN")["d"]
    '3'
    """

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self.flags: Final = flags
        self._compiled: regex.Pattern[str] | None = None
        self._twin: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """Return the source (built by the callable given for it on first need)."""
        return _source_of(self)

    def compiled(self) -> regex.Pattern[str]:
        """Return the pattern compiled by :mod:`regex`, compiling it on the first call."""
        found = self._compiled
        if found is None:
            with _COMPILE_LOCK:
                found = self._compiled
                if found is None:
                    found = regex.compile(self.pattern, self.flags)
                    _bind(self, found)
                    self._compiled = found
        return found

    def twin(self) -> re.Pattern[str]:
        r"""Return the same source compiled by the standard :mod:`re` (case and verbosity kept).

        About twice as fast as :mod:`regex` to try at one position; they match alike where
        their ``\w``, ``\d`` and case folding agree (see :mod:`claimkit.dates.scan`).
        """
        found = self._twin
        if found is None:
            with _COMPILE_LOCK:
                found = self._twin
                if found is None:
                    found = re.compile(self.pattern, _re_flags(self.flags) & _TWIN_FLAGS)
                    self._twin = found
        return found

    def matcher(self, plain: bool) -> regex.Pattern[str] | re.Pattern[str]:
        """Return the :meth:`twin` when *plain*, else the :mod:`regex` pattern.

        *plain* says the text holds no character outside the ranges where the two engines
        were checked to agree (:func:`claimkit.anchors.plain_text`): there they match alike.
        """
        return self.twin() if plain else self.compiled()

    def match(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize, overlapped: bool = False
    ) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(string, pos, endpos, overlapped=overlapped)

    def findall(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize, overlapped: bool = False
    ) -> list[Any]:
        return self.compiled().findall(string, pos, endpos, overlapped=overlapped)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def sub(
        self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0
    ) -> str:
        return self.compiled().sub(repl, string, count)


class LazyRe:
    r"""A standard :mod:`re` pattern compiled on first use, once (see :class:`LazyRegex`).

    >>> p = LazyRe(lambda: r"(?P<d>\d+) " + "juin", re.IGNORECASE)
    >>> p.search("Le 3 JUIN")["d"]
    '3'
    """

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self.flags: Final = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """Return the source (built by the callable given for it on first need)."""
        return _source_of(self)

    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern, compiling it on the first call."""
        found = self._compiled
        if found is None:
            with _COMPILE_LOCK:
                found = self._compiled
                if found is None:
                    found = re.compile(self.pattern, _re_flags(self.flags))
                    _bind(self, found)
                    self._compiled = found
        return found

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)
