"""The ``claimkit`` command: extract, schema, evaluate and show, from the shell.

::

    claimkit extract articles/ --format csv > claims.csv
    cat corpus.jsonl | claimkit extract - --jobs 2 > claims.jsonl
    claimkit schema
    claimkit evaluate gold.jsonl --kinds money,percentage
    claimkit show article.txt

Inputs of ``extract`` and ``show``: ``.txt`` files (one document each, its path as id),
JSON Lines files (``.jsonl``/``.ndjson``: one object per line with ``text`` and optionally
``id`` and ``reference_date``; a line without ``id`` is named ``path:line``), folders
(every ``*.txt`` and ``*.jsonl`` below them, sorted) and ``-`` for standard input (JSON Lines
when its first line is a JSON object with ``text``, plain text otherwise).

Nothing is dropped silently: an unreadable file or a bad line is reported on stderr with its
name and line number, the rest is still processed, and the exit code is 1.  Usage errors
exit with 2.  Only the standard library is used (argparse, csv, json).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Any

from claimkit._api import KINDS, extract_many, resolve_kinds
from claimkit.context import coerce_reference_date
from claimkit.html import Close, Open, describe, layout, render_documents
from claimkit.models import Claim, DateClaim, Money, Percentage, Quote, json_schema

__all__ = ["CSV_COLUMNS", "Document", "highlight", "main", "read_documents"]

PROG = "claimkit"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _columns() -> list[str]:
    cols = ["doc_id", "kind", "start", "end", "text"]
    for model in (Money, Percentage, DateClaim, Quote):
        cols.extend(name for name in model.model_fields if name not in cols)
    return cols


#: Columns of ``--format csv``: the document id, then every claim field of every kind.
CSV_COLUMNS: tuple[str, ...] = tuple(_columns())


@dataclass(frozen=True)
class Document:
    """One document read from the inputs."""

    doc_id: str
    text: str
    reference_date: dt.date | None
    size: int = 0  # bytes of input it came from, for the progress bar
    currency_hint: str | None = None  # a JSONL line's 'currency_hint' ("CAD", "fr_CA")


class _Status:
    """Error reporting and the progress bar, both on stderr."""

    def __init__(self, stream: IO[str], total_bytes: int | None, enabled: bool) -> None:
        self.stream = stream
        self.total = total_bytes
        self.enabled = enabled
        self.failed = 0
        self.docs = 0
        self.claims = 0
        self.done_bytes = 0
        self._shown = False
        self._last = 0.0

    def error(self, message: str) -> None:
        self.failed += 1
        self._clear()
        print(f"{PROG}: {message}", file=self.stream, flush=True)
        self._draw()

    def warn(self, message: str) -> None:
        self._clear()
        print(f"{PROG}: warning: {message}", file=self.stream, flush=True)
        self._draw()

    def advance(self, doc: Document, claims: int) -> None:
        self.docs += 1
        self.claims += claims
        self.done_bytes += doc.size
        self._draw(throttle=True)

    def _clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self._shown = False

    def _draw(self, throttle: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if throttle and now - self._last < 0.1:  # ten redraws a second are plenty
            return
        self._last = now
        tail = f"{self.docs} docs, {self.claims} claims"
        if self.failed:
            tail += f", {self.failed} errors"
        if self.total:
            frac = min(1.0, self.done_bytes / self.total)
            filled = int(frac * 30)
            line = f"[{'#' * filled}{'.' * (30 - filled)}] {frac:4.0%} {tail}"
        else:
            line = tail
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self.enabled and self.docs:
            self._draw()  # the final counts, whatever the throttle skipped
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def _expand(paths: Sequence[str], status: _Status) -> list[str | Path]:
    files: list[str | Path] = []
    for arg in paths:
        if arg == "-":
            files.append("-")
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", *_JSONL_SUFFIXES)
            )
            if not found:
                status.warn(f"{arg}: no .txt or .jsonl file in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            status.error(f"{arg}: no such file or folder")
    return files


def _json_line(
    line: str, where: str, default_ref: dt.date | None, report: Callable[[str], None]
) -> Document | None:
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        report(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
        return None
    if not isinstance(obj, dict):
        report(f"{where}: expected a JSON object, got {type(obj).__name__}")
        return None
    text = obj.get("text")
    if not isinstance(text, str):
        got = "no 'text' field" if text is None else f"'text' is {type(text).__name__}"
        report(f"{where}: expected a string 'text' field, {got}")
        return None
    ref = default_ref
    if obj.get("reference_date") is not None:
        try:
            ref = coerce_reference_date(obj["reference_date"], "claimkit extract")
        except (TypeError, ValueError) as exc:
            report(f"{where}: bad reference_date: {exc}")
            return None
    hint = obj.get("currency_hint")
    if hint is not None and not _valid_hint(hint):
        report(f"{where}: bad currency_hint {hint!r} (an ISO 4217 code or a locale like fr_CA)")
        return None
    doc_id = obj.get("id")
    name = str(doc_id) if isinstance(doc_id, str | int) and not isinstance(doc_id, bool) else where
    return Document(name, text, ref, len(line.encode("utf-8")), hint)


def _valid_hint(hint: object) -> bool:
    from claimkit.money import extract_money

    try:
        extract_money("", currency_hint=hint)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _currency_hint(value: str) -> str:
    if not _valid_hint(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is neither an ISO 4217 code (CAD, CHF, XOF…) nor a locale (fr_CA…)"
        )
    return value


def _jsonl(
    lines: Iterable[str], name: str, default_ref: dt.date | None, report: Callable[[str], None]
) -> Iterator[Document]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            doc = _json_line(line, f"{name}:{number}", default_ref, report)
            if doc is not None:
                yield doc


def _stdin_text() -> str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data.decode("utf-8-sig")
    return sys.stdin.read()


def _looks_like_jsonl(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(obj, dict) and "text" in obj


def read_documents(
    paths: Sequence[str | Path],
    *,
    reference_date: dt.date | None = None,
    report: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    r"""Read documents lazily from files, JSON Lines and ``-`` (stdin), as ``extract`` does.

    Problems (unreadable file, bad line) go to *report* (default: raise ``ValueError``) and
    reading goes on with the next file or line.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = ['{"id": "dépêche-1", "text": "87 %"}', '{"text": "Hier."}']
    >>> _ = (folder / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    >>> [(d.doc_id.replace(str(folder), "…"), d.text) for d in read_documents([folder / "a.jsonl"])]
    [('dépêche-1', '87 %'), ('…/a.jsonl:2', 'Hier.')]
    >>> list(read_documents([], reference_date=dt.date(2023, 7, 27)))
    []
    """

    def _raise(message: str) -> None:
        raise ValueError(message)

    emit = report or _raise
    for item in paths:
        if item == "-":
            try:
                data = _stdin_text()
            except (OSError, UnicodeDecodeError) as exc:
                emit(f"<stdin>: cannot read: {exc}")
                continue
            if _looks_like_jsonl(data):
                yield from _jsonl(data.splitlines(), "<stdin>", reference_date, emit)
            else:
                yield Document("<stdin>", data, reference_date, len(data.encode("utf-8")))
            continue
        path = Path(item)
        try:
            if path.suffix in _JSONL_SUFFIXES:
                with path.open(encoding="utf-8-sig", newline="") as fh:
                    # Read line by line: a corpus file never has to fit in memory.
                    yield from _jsonl(fh, str(path), reference_date, emit)
            else:
                # newline="" keeps "\r\n": offsets then count the file's own characters.
                with path.open(encoding="utf-8-sig", newline="") as fh:
                    text = fh.read()
                yield Document(str(path), text, reference_date, path.stat().st_size)
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            emit(f"{path}: cannot read: {reason}")


class _ReadError(Exception):
    """Wraps an unexpected error from the input reader, so it is not blamed on a document."""


def _extract_stream(
    docs: Iterator[Document],
    kinds: tuple[str, ...],
    jobs: int,
    status: _Status,
    currency_hint: str | None = None,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Run :func:`claimkit.extract_many` over *docs*, pairing each result with its document.

    A document that makes an extractor raise is reported and skipped; extraction restarts
    with the documents after it, so one bad document never loses the rest of the batch.
    """
    pending: deque[Document] = deque()

    def feed(source: Iterator[Document]) -> Iterator[tuple[str, dt.date | None, str | None]]:
        while True:
            try:
                doc = next(source)
            except StopIteration:
                return
            except Exception as exc:  # reading failed: not the fault of a pending document
                raise _ReadError from exc
            pending.append(doc)
            yield doc.text, doc.reference_date, doc.currency_hint

    source: Iterator[Document] = docs
    while True:
        try:
            for claims in extract_many(
                feed(source), kinds=kinds, jobs=jobs, currency_hint=currency_hint
            ):
                yield pending.popleft(), claims
            return
        except _ReadError as exc:
            raise exc.__cause__ or exc from None
        except Exception as exc:  # an extractor bug on one document: report it, go on
            if not pending:
                raise
            failed = pending.popleft()
            status.error(f"{failed.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
            status.advance(failed, 0)
            source = chain(list(pending), source)
            pending.clear()


def _record(doc_id: str, claim: Claim) -> dict[str, Any]:
    return {"doc_id": doc_id, **claim.model_dump(mode="json")}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _left_short(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


class _Writer:
    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.html_docs: list[tuple[str, str, list[Claim]]] = []
        self.csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
        elif fmt == "table":
            head = f"{'doc':<28} {'start':>6} {'end':>6}  {'kind':<10}  {'text':<44}  value"
            print(head, file=out)

    def write(self, doc: Document, claims: list[Claim]) -> None:
        if self.fmt == "jsonl":
            for claim in claims:
                print(json.dumps(_record(doc.doc_id, claim), ensure_ascii=False), file=self.out)
        elif self.csv is not None:
            for claim in claims:
                row = _record(doc.doc_id, claim)
                self.csv.writerow([_cell(row.get(col)) for col in CSV_COLUMNS])
        elif self.fmt == "table":
            name = _left_short(doc.doc_id, 28)
            for c in claims:
                print(
                    f"{name:<28} {c.start:>6} {c.end:>6}  {c.kind:<10}  "
                    f"{_short(c.text, 44):<44}  {describe(c)}",
                    file=self.out,
                )
        else:
            self.html_docs.append((doc.doc_id, doc.text, claims))

    def close(self) -> None:
        if self.fmt == "html":
            title = self.html_docs[0][0] if len(self.html_docs) == 1 else "claimkit"
            self.out.write(render_documents(self.html_docs, title=title))
        self.out.flush()


def _cmd_extract(args: argparse.Namespace, status: _Status) -> None:
    files = _expand(args.paths, status)
    if status.enabled and "-" not in files:
        status.total = sum(Path(f).stat().st_size for f in files if Path(f).exists())
    docs = read_documents(files, reference_date=args.reference_date, report=status.error)
    writer = _Writer(args.format, sys.stdout)
    hint = args.currency_hint
    for doc, claims in _extract_stream(docs, args.kinds, args.jobs, status, hint):
        writer.write(doc, claims)
        status.advance(doc, len(claims))
    writer.close()


_ANSI = {
    "money": "33",  # yellow
    "percentage": "36",  # cyan
    "date": "32",  # green
    "quote": "35",  # magenta
    "speaker": "1;4",  # bold underlined
}


def highlight(text: str, claims: Sequence[Claim], *, color: bool) -> str:
    r"""Mark *claims* in *text* for a terminal: ANSI colours, or ``[span]{kind}`` brackets.

    >>> import claimkit
    >>> text = "Il gagne 900 000 $ depuis 2020."
    >>> print(highlight(text, claimkit.extract(text), color=False))
    Il gagne [900 000 $]{money} [depuis 2020]{date}.
    >>> highlight(text, claimkit.extract(text), color=True)[:25]
    'Il gagne \x1b[0;33m900 000 $'
    >>> highlight("Rien.", [], color=False)
    'Rien.'
    """
    out: list[str] = []
    stack: list[str] = []
    for event in layout(text, claims):
        if isinstance(event, str):
            out.append(event)
        elif isinstance(event, Open):
            stack.append(_ANSI[event.mark.kind])
            out.append(f"\x1b[0;{';'.join(stack)}m" if color else "[")
        elif isinstance(event, Close):
            stack.pop()
            if color:
                out.append(f"\x1b[0;{';'.join(stack)}m" if stack else "\x1b[0m")
            else:
                out.append("]{" + event.mark.kind + "}" if event.last else "]")
    return "".join(out)


def _cmd_show(args: argparse.Namespace, status: _Status) -> None:
    if args.color == "auto":
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    else:
        color = args.color == "always"
    if color:
        legend = "  ".join(f"\x1b[{code}m{kind}\x1b[0m" for kind, code in _ANSI.items())
    else:
        legend = "claims as [text]{kind}; the mention a quotation is credited to as [name]{speaker}"
    files = _expand([args.file], status)
    docs = read_documents(files, reference_date=args.reference_date, report=status.error)
    first = True
    for doc, claims in _extract_stream(docs, args.kinds, 1, status, args.currency_hint):
        if first:
            print(legend)
            first = False
        print(f"\n== {doc.doc_id}: {len(claims)} claims\n")
        print(highlight(doc.text, claims, color=color).rstrip("\n"))
        status.advance(doc, len(claims))


def _cmd_schema(args: argparse.Namespace, status: _Status) -> None:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def _cmd_evaluate(args: argparse.Namespace, status: _Status) -> None:
    from claimkit.evaluation import evaluate

    try:
        report = evaluate(args.gold, kinds=args.kinds)
    except OSError as exc:
        status.error(f"{args.gold}: cannot read: {exc.strerror or exc}")
        return
    except (ValueError, KeyError, TypeError) as exc:
        # json.JSONDecodeError is a ValueError; a missing field is a KeyError.
        status.error(f"{args.gold}: bad gold file: {type(exc).__name__}: {exc}")
        return
    print(f"{report.documents} documents")
    print(report.table())
    if args.errors:
        print()
        for error in report.errors:
            print(error)


def _kinds(value: str) -> tuple[str, ...]:
    try:
        return resolve_kinds(value, "--kinds")
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("--kinds()", "--kinds")) from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        message = f"expected an ISO date YYYY-MM-DD, got {value!r}"
        raise argparse.ArgumentTypeError(message) from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {value!r}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract checkable claims (money, percentages, dates, quotations) "
        "from French news text.",
    )
    from claimkit import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    kinds_help = f"comma-separated kinds to extract (default: all: {','.join(KINDS)})"
    ref_help = "publication date YYYY-MM-DD, for relative dates (JSONL 'reference_date' wins)"
    hint_help = (
        "what a bare '$', 'francs', 'dinars' mean: an ISO code (CAD, CHF, XOF) or a locale "
        "(fr_CA, fr_SN); default: inferred from the places each document names "
        "(JSONL 'currency_hint' wins)"
    )

    ext = sub.add_parser(
        "extract",
        help="extract claims from .txt/.jsonl files, folders or stdin (-)",
        description="Extract claims. PATH: a .txt file, a .jsonl file (id, text, "
        "reference_date per line), a folder (its *.txt and *.jsonl, recursively) or - "
        "(stdin: JSON Lines or plain text).",
    )
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("--kinds", type=_kinds, default=KINDS, help=kinds_help)
    ext.add_argument("--reference-date", type=_date, default=None, help=ref_help)
    ext.add_argument("--currency-hint", type=_currency_hint, default=None, help=hint_help)
    ext.add_argument(
        "--format", choices=("jsonl", "csv", "table", "html"), default="jsonl",
        help="output format (default: jsonl, one claim per line with its doc_id)",
    )
    ext.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default: 1)")
    ext.set_defaults(func=_cmd_extract)

    sch = sub.add_parser("schema", help="print the JSON Schema of the output claims")
    sch.set_defaults(func=_cmd_schema)

    ev = sub.add_parser(
        "evaluate", help="score claimkit against gold JSON Lines (precision/recall/F1 per kind)"
    )
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--kinds", type=_kinds, default=None, help="kinds to score (default: all)")
    ev.add_argument("--errors", action="store_true", help="also list every error")
    ev.set_defaults(func=_cmd_evaluate)

    show = sub.add_parser("show", help="highlight the claims of a document in the terminal")
    show.add_argument("file", metavar="FILE", help=".txt, .jsonl or - (stdin)")
    show.add_argument("--kinds", type=_kinds, default=KINDS, help=kinds_help)
    show.add_argument("--reference-date", type=_date, default=None, help=ref_help)
    show.add_argument("--currency-hint", type=_currency_hint, default=None, help=hint_help)
    show.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="ANSI colours (auto: when stdout is a terminal and NO_COLOR is unset)",
    )
    show.set_defaults(func=_cmd_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimkit`` command; return the exit code (0 ok, 1 errors, 2 usage).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "dépêche.txt"
    >>> _ = path.write_text("Le salaire atteint 900 000 $, soit 87 % de plus.", encoding="utf-8")
    >>> main(["extract", "--kinds", "percentage", str(path)])  # doctest: +ELLIPSIS
    {"doc_id": ".../dépêche.txt", "start": 35, "end": 39, "text": "87 %", "kind": "percentage", ...}
    0
    >>> main(["extract", "--kinds", "monnaie", str(path)])  # usage error, message on stderr
    2
    >>> main(["extract", str(path.with_name("absent.txt"))])  # reported on stderr
    1
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 after --help
        return exc.code if isinstance(exc.code, int) else 2
    status = _Status(sys.stderr, None, enabled=args.command == "extract" and _isatty(sys.stderr))
    try:
        args.func(args, status)
    except BrokenPipeError:
        # `claimkit extract ... | head`: the reader left; stop quietly, like cat.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            # Silence the flush at exit, which would raise again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        status.finish()
    return 1 if status.failed else 0


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
