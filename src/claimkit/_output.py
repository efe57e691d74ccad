"""Output of the ``claimkit`` command: writers, the progress bar, safe streams, Ctrl-C.

Every output line is one ``write`` call on a stream that writes lone surrogates as U+FFFD
(:class:`SafeOut`), so a line is never cut and UTF-8 never fails; a Ctrl-C arriving while a
line is written waits for its end (:class:`Interrupts`).  The progress bar and messages go
to stderr (:class:`Status`).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import signal
from collections.abc import Iterator
from typing import IO, Any, Final

from claimkit._api import _shift
from claimkit._inputs import Document
from claimkit.html import describe, render_documents
from claimkit.models import Claim, DateClaim, Money, Percentage, Quote, scrub_surrogates

__all__ = ["CSV_COLUMNS", "INTERRUPTS", "Interrupts", "SafeOut", "Status", "Writer"]

PROG = "claimkit"


def _columns() -> list[str]:
    cols = ["doc_id", "kind", "start", "end", "text"]
    for model in (Money, Percentage, DateClaim, Quote):
        cols.extend(name for name in model.model_fields if name not in cols)
    return cols


#: Columns of ``--format csv``: the document id, then every claim field of every kind.
CSV_COLUMNS: tuple[str, ...] = tuple(_columns())


class SafeOut:
    """A text stream that writes lone surrogates as U+FFFD, so UTF-8 never fails."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, s: str) -> int:
        return self.stream.write(scrub_surrogates(s))

    def flush(self) -> None:
        self.stream.flush()


class Status:
    """Errors, warnings and the progress bar (tqdm), all on stderr.

    The bar is drawn only when stderr is a terminal; it counts bytes of input (advanced
    piece by piece inside a large document) and shows documents and claims done.  Messages
    and, when standard output is the same terminal, output lines are written around it.
    """

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.failed = 0
        self.docs = 0
        self.claims = 0
        self.bar: Any = None

    def start(self, total_bytes: int | None) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm  # only when a bar is drawn

        try:
            size = os.get_terminal_size(self.stream.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size((0, 0))
        known = size.columns > 0 and size.lines > 0  # a bare pty reports 0x0: tqdm draws nothing
        self.bar = tqdm(
            total=total_bytes,
            file=self.stream,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            ncols=None if known else 80,
            nrows=None if known else 24,
            dynamic_ncols=known,
            leave=True,
            mininterval=0.1,
        )

    def _say(self, line: str) -> None:
        line = scrub_surrogates(line)
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def error(self, message: str) -> None:
        self.failed += 1
        self._say(f"{PROG}: {message}")

    @contextlib.contextmanager
    def around_output(self, shared_terminal: bool) -> Iterator[None]:
        """Clear the bar while output goes to the same terminal, then redraw it."""
        if self.bar is None or not shared_terminal:
            yield
            return
        self.bar.clear()
        try:
            yield
        finally:
            self.bar.refresh()

    def advance(self, nbytes: int, docs: int = 0, claims: int = 0) -> None:
        self.docs += docs
        self.claims += claims
        if self.bar is not None:
            if docs or claims:
                tail = f"{self.docs} docs, {self.claims} claims"
                if self.failed:
                    tail += f", {self.failed} errors"
                self.bar.set_postfix_str(tail, refresh=False)
            self.bar.update(nbytes)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Interrupts:
    """Ctrl-C handling: raise KeyboardInterrupt at once, except while a line is written.

    A KeyboardInterrupt raised inside a write can abort the flush of the output buffer
    half-way and cut a line; inside :meth:`writing` the interrupt waits for the end of it.
    """

    def __init__(self) -> None:
        self._writing = False
        self._pending = False

    def handle(self, signum: int, frame: object) -> None:
        if self._writing:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self._pending:
            self._pending = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        try:
            previous = signal.signal(signal.SIGINT, self.handle)
        except ValueError:  # not the main thread: leave signals alone
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


INTERRUPTS = Interrupts()


def _record(doc_id: str, claim: Claim, offset: int = 0) -> dict[str, Any]:
    """Return the output record of *claim*, found at *offset* in its document."""
    record = {"doc_id": doc_id, **claim.model_dump(mode="json")}
    if offset:  # claims of a later piece of a long document: offsets into the document
        for key in ("start", "end", "speaker_start", "speaker_end"):
            if record.get(key) is not None:
                record[key] += offset
    return record


_NUMBER_RE: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:E[+-]?[0-9]+)?")


def _cell(value: object) -> str:
    """Return a CSV cell; text a spreadsheet would run as a formula is quoted (OWASP rule)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    cell = str(value)
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER_RE.fullmatch(cell):
        return "'" + cell
    return cell


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _left_short(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


class Writer:
    """Writes claims as they come; each line is one ``write`` call, so it is never cut."""

    def __init__(self, fmt: str, out: SafeOut, excel: bool = False) -> None:
        self.fmt = fmt
        self.out = out
        self.html_docs: list[tuple[str, str, list[Claim]]] = []
        self._last_doc: Document | None = None
        if excel:
            out.write("\ufeff")  # the byte-order mark Excel needs to read UTF-8
        self.csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
        elif fmt == "table":
            head = f"{'doc':<28} {'start':>6} {'end':>6}  {'kind':<10}  {'text':<44}  value"
            out.write(head + "\n")

    def write(self, doc: Document, claims: list[Claim], offset: int = 0) -> None:
        """Write the *claims* found at *offset* in *doc* (a piece of a long document)."""
        if self.fmt == "jsonl":
            for claim in claims:
                line = json.dumps(_record(doc.doc_id, claim, offset), ensure_ascii=False)
                self.out.write(line + "\n")
        elif self.csv is not None:
            for claim in claims:
                row = _record(doc.doc_id, claim, offset)
                self.csv.writerow([_cell(row.get(col)) for col in CSV_COLUMNS])
        elif self.fmt == "table":
            name = _left_short(doc.doc_id, 28)
            for c in claims:
                self.out.write(
                    f"{name:<28} {c.start + offset:>6} {c.end + offset:>6}  {c.kind:<10}  "
                    f"{_short(c.text, 44):<44}  {describe(c)}\n"
                )
        else:
            if doc is not self._last_doc:  # the pieces of a document come one after another
                self.html_docs.append((doc.doc_id, doc.text, []))
                self._last_doc = doc
            self.html_docs[-1][2].extend(_shift(c, offset) if offset else c for c in claims)

    def close(self) -> None:
        if self.fmt == "html":
            docs = self.html_docs
            title = docs[0][0] if len(docs) == 1 else "claimkit"
            self.out.write(render_documents(docs, title=title))
            self.html_docs = []
        self.out.flush()
