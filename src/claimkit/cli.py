"""The ``claimkit`` command: extract, schema, evaluate and show, from the shell.

::

    claimkit extract articles/ --format csv > claims.csv
    cat corpus.jsonl | claimkit extract - --jobs 2 > claims.jsonl
    claimkit schema
    claimkit evaluate gold.jsonl --kinds money,percentage
    claimkit show article.txt other.txt

Inputs of ``extract`` and ``show`` (read by :mod:`claimkit._inputs`): ``.txt`` files (one
document each, its path as id), JSON Lines files (``.jsonl``/``.ndjson`` in any case: one
object per line with ``text`` and optionally ``id`` and ``reference_date``; a line without
``id`` is named ``path:line``), folders (every such file below them, sorted) and ``-`` for
standard input (JSON Lines when its first line is a JSON object with ``text``, plain text
otherwise), read as ``--encoding`` (default UTF-8).

Nothing is dropped silently: an unreadable file, folder or line is reported on stderr with
its name and line number, the rest is still processed, and the exit code is 1.  Usage
errors exit with 2, Ctrl-C with 130 (every output line written so far is complete), a closed
standard output (``| head``) with 141, quietly.  Lone surrogates are written as U+FFFD
(see :mod:`claimkit.models`); every output is UTF-8.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from claimkit import _api
from claimkit._api import KINDS, extract_many, resolve_kinds, split_text
from claimkit._inputs import Document, expand_paths, read_documents, valid_currency_hint
from claimkit._output import CSV_COLUMNS, INTERRUPTS, PROG, SafeOut, Status, Writer
from claimkit.context import coerce_reference_date
from claimkit.html import Close, Open, layout
from claimkit.models import Claim, json_schema, record_schema

__all__ = ["CSV_COLUMNS", "Document", "highlight", "main", "read_documents"]
EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 130, 141


# --- extraction, piece by piece ----------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    doc: Document
    start: int
    end: int
    last: bool


class _ReadError(Exception):
    """Wraps an unexpected error from the input reader, so it is not blamed on a document."""


def _pieces(docs: Iterator[Document], chunk: int) -> Iterator[_Piece]:
    for doc in docs:
        bounds = list(split_text(doc.text, chunk))
        for i, (start, end) in enumerate(bounds):
            yield _Piece(doc, start, end, i == len(bounds) - 1)


def _extract_stream(
    docs: Iterator[Document],
    kinds: tuple[str, ...],
    jobs: int,
    status: Status,
    chunk: int | None = None,
    currency_hint: str | None = None,
) -> Iterator[tuple[_Piece, list[Claim]]]:
    """Run :func:`claimkit.extract_many` over the pieces of *docs*, with their claims.

    A document longer than *chunk* characters is extracted piece by piece (see
    :func:`claimkit.iter_claims`), so its claims stream out and memory stays bounded.  A
    piece that makes an extractor raise is reported and its document's remaining pieces
    skipped; extraction restarts after it, so one bad document never loses the batch.
    """
    pending: deque[_Piece] = deque()
    failed: list[Document] = []  # the last document that failed (its pieces are consecutive)

    def feed(
        source: Iterator[_Piece],
    ) -> Iterator[tuple[str, dt.date | None, str | None]]:
        while True:
            try:
                piece = next(source)
            except StopIteration:
                return
            except Exception as exc:  # reading failed: not the fault of a pending document
                raise _ReadError from exc
            if failed and piece.doc is failed[0]:
                continue
            pending.append(piece)
            text = piece.doc.text
            yield (
                text if piece.end - piece.start == len(text) else text[piece.start : piece.end],
                piece.doc.reference_date,
                piece.doc.currency_hint,
            )

    source: Iterator[_Piece] = _pieces(docs, chunk or _api.CHUNK_SIZE)
    while True:
        try:
            for claims in extract_many(
                feed(source), kinds=kinds, jobs=jobs, currency_hint=currency_hint
            ):
                yield pending.popleft(), claims  # offsets in the piece: add piece.start
            return
        except _ReadError as exc:
            raise exc.__cause__ or exc from None
        except Exception as exc:  # an extractor bug on one document: report it, go on
            if not pending:
                raise
            bad = pending.popleft()
            failed[:] = [bad.doc]
            status.error(f"{bad.doc.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
            status.advance(0, docs=1)
            rest = [p for p in pending if p.doc is not bad.doc]
            source = chain(rest, source)
            pending.clear()


# --- output -------------------------------------------------------------------------------


def _input_bytes(files: Sequence[object]) -> int | None:
    if "-" in files:
        return None
    total = 0
    for f in files:
        with contextlib.suppress(OSError):
            total += os.stat(str(f)).st_size
    return total


def _cmd_extract(args: argparse.Namespace, status: Status) -> None:
    files = expand_paths(args.paths, status.error)
    status.start(_input_bytes(files) if status.enabled else None)
    docs = read_documents(
        files, reference_date=args.reference_date, report=status.error, encoding=args.encoding
    )
    out = SafeOut(sys.stdout)
    writer = Writer(args.format, out, excel=args.excel)
    shared = status.enabled and _isatty(sys.stdout)
    try:
        for piece, claims in _extract_stream(
            docs, args.kinds, args.jobs, status, currency_hint=args.currency_hint
        ):
            with INTERRUPTS.writing(), status.around_output(shared):
                writer.write(piece.doc, claims, piece.start)
            length = max(1, len(piece.doc.text))
            status.advance(
                piece.doc.size * (piece.end - piece.start) // length,
                docs=1 if piece.last else 0,
                claims=len(claims),
            )
    finally:
        with INTERRUPTS.writing(), status.around_output(shared):
            writer.close()  # on Ctrl-C too: the HTML page of the documents done so far


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


def _cmd_show(args: argparse.Namespace, status: Status) -> None:
    if args.color == "auto":
        color = _isatty(sys.stdout) and not os.environ.get("NO_COLOR")
    else:
        color = args.color == "always"
    if color:
        legend = "  ".join(f"\x1b[{code}m{kind}\x1b[0m" for kind, code in _ANSI.items())
    else:
        legend = "claims as [text]{kind}; the mention a quotation is credited to as [name]{speaker}"
    out = SafeOut(sys.stdout)
    files = expand_paths(args.files, status.error)
    docs = read_documents(
        files, reference_date=args.reference_date, report=status.error, encoding=args.encoding
    )
    first = True
    # one piece per document: a document is shown whole
    for piece, claims in _extract_stream(
        docs, args.kinds, 1, status, chunk=sys.maxsize, currency_hint=args.currency_hint
    ):
        doc = piece.doc
        if first:
            out.write(legend + "\n")
            first = False
        body = highlight(doc.text, claims, color=color).rstrip("\n")
        out.write(f"\n== {doc.doc_id}: {len(claims)} claims\n\n{body}\n")
    out.flush()


def _cmd_schema(args: argparse.Namespace, status: Status) -> None:
    schema = json_schema() if args.list else record_schema()
    SafeOut(sys.stdout).write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


def _check_gold(path: str, status: Status) -> bool:
    """Tell whether *path* looks like gold (objects with 'text' and 'claims'), naming why not."""
    docs = 0
    try:
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"{path}: line {number}"
                try:
                    obj = json.loads(raw.decode("utf-8-sig"))
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    status.error(f"{where} is not a JSON object in UTF-8: {exc}")
                    return False
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    status.error(
                        f"{where} has no 'text': is this a gold file? (see docs/gold-format.md)"
                    )
                    return False
                if not isinstance(obj.get("claims"), list):
                    status.error(
                        f"{where} has no 'claims': is this a gold file? (see docs/gold-format.md)"
                    )
                    return False
                docs += 1
    except OSError as exc:
        status.error(f"{path}: cannot read: {exc.strerror or exc}")
        return False
    if not docs:
        status.error(f"{path}: no document in this gold file (it is empty)")
        return False
    return True


def _cmd_evaluate(args: argparse.Namespace, status: Status) -> None:
    from claimkit.evaluation import evaluate

    if not _check_gold(args.gold, status):
        return
    try:
        report = evaluate(args.gold, kinds=args.kinds)
    except (ValueError, KeyError, TypeError) as exc:
        # json.JSONDecodeError is a ValueError; a missing field is a KeyError.
        status.error(f"{args.gold}: bad gold file: {type(exc).__name__}: {exc}")
        return
    out = SafeOut(sys.stdout)
    out.write(f"{report.documents} documents\n{report.table()}\n")
    if args.errors:
        out.write("\n" + "".join(f"{error}\n" for error in report.errors))


def _kinds(value: str) -> tuple[str, ...]:
    try:
        return resolve_kinds(value, "--kinds")
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("--kinds()", "--kinds")) from None


def _currency_hint(value: str) -> str:
    if not valid_currency_hint(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is neither an ISO 4217 code (CAD, CHF, XOF…) nor a locale (fr_CA…)"
        )
    return value


def _date(value: str) -> dt.date:
    try:
        ref = coerce_reference_date(value, "--reference-date")
    except ValueError:
        ref = None
    if ref is None:
        message = f"expected an ISO date YYYY-MM-DD, got {value!r}"
        raise argparse.ArgumentTypeError(message)
    return ref


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {value!r}")
    return jobs


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


EXIT_CODES = """exit codes:
  0    every input was read and processed
  1    some input was not processed (named on stderr); the rest was
  2    usage error (bad option or argument)
  130  interrupted (Ctrl-C); every output line written so far is complete
  141  standard output was closed by its reader (| head)"""


def _sub(
    sub: Any, name: str, help_: str, description: str, examples: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_,
        description=description,
        epilog=f"examples:\n{examples}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _parser() -> argparse.ArgumentParser:
    from claimkit import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract checkable claims (money, percentages, dates, quotations) "
        "from French news text.",
        epilog="Run 'claimkit COMMAND --help' for a command's options and examples.\n\n"
        + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    kinds_help = f"comma-separated kinds to extract (default: all: {','.join(KINDS)})"
    ref_help = "publication date YYYY-MM-DD, for relative dates (JSONL 'reference_date' wins)"
    hint_help = (
        "what a bare '$', 'francs', 'dinars' mean: an ISO code (CAD, CHF, XOF) or a locale "
        "(fr_CA, fr_SN); default: inferred from the places each document names "
        "(JSONL 'currency_hint' wins)"
    )
    enc_help = "encoding of the input files and lines (default: utf-8; e.g. latin-1, cp1252)"

    ext = _sub(
        sub,
        "extract",
        "extract claims from .txt/.jsonl files, folders or stdin (-)",
        "Extract claims. PATH: a .txt file, a .jsonl/.ndjson file (one object per line: "
        "text, and optionally id and reference_date), a folder (its .txt and .jsonl files, "
        "recursively, any case) or - (stdin: JSON Lines or plain text). Claims are written "
        "as they are found; a progress bar is drawn on stderr when it is a terminal.",
        "  claimkit extract article.txt\n"
        "  claimkit extract articles/ --format csv --excel > claims.csv\n"
        "  zcat corpus.jsonl.gz | claimkit extract - --jobs 2 > claims.jsonl\n"
        "  claimkit extract vieux.txt --encoding latin-1 --kinds money,date",
    )
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("--kinds", type=_kinds, default=KINDS, help=kinds_help)
    ext.add_argument("--reference-date", type=_date, default=None, help=ref_help)
    ext.add_argument("--currency-hint", type=_currency_hint, default=None, help=hint_help)
    ext.add_argument(
        "--format",
        choices=("jsonl", "csv", "table", "html"),
        default="jsonl",
        help="output format (default: jsonl, one claim per line with its doc_id)",
    )
    ext.add_argument(
        "--excel",
        action="store_true",
        help="with --format csv: start with a UTF-8 byte-order mark, for Excel",
    )
    ext.add_argument("--encoding", type=_encoding, default="utf-8", help=enc_help)
    ext.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default: 1)")
    ext.set_defaults(func=_cmd_extract)

    sch = _sub(
        sub,
        "schema",
        "print the JSON Schema of extract's output lines",
        "Print the JSON Schema (draft 2020-12) that each line of 'claimkit extract' "
        "(JSON Lines) validates against: a claim and its doc_id. With --list: the schema "
        "of a list of claims, as claimkit.json_schema() gives it.",
        "  claimkit schema > claim-line.schema.json\n  claimkit schema --list",
    )
    sch.add_argument("--list", action="store_true", help="schema of a JSON list of claims")
    sch.set_defaults(func=_cmd_schema)

    ev = _sub(
        sub,
        "evaluate",
        "score claimkit against gold JSON Lines (precision/recall/F1 per kind)",
        "Score claimkit against a gold file: JSON Lines, one document per line with its "
        "'text', optional 'reference_date' and its hand-annotated 'claims' (the format is "
        "described in docs/gold-format.md).",
        "  claimkit evaluate gold.jsonl\n  claimkit evaluate gold.jsonl --kinds money --errors",
    )
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("--kinds", type=_kinds, default=None, help="kinds to score (default: all)")
    ev.add_argument("--errors", action="store_true", help="also list every error")
    ev.set_defaults(func=_cmd_evaluate)

    show = _sub(
        sub,
        "show",
        "highlight the claims of documents in the terminal",
        "Print each document with its claims marked: ANSI colours on a terminal, "
        "[text]{kind} brackets otherwise. FILE: as PATH of extract.",
        "  claimkit show article.txt\n  claimkit show a.txt b.txt --kinds quote\n"
        "  claimkit show corpus.jsonl --color always | less -R",
    )
    show.add_argument("files", nargs="+", metavar="FILE", help=".txt, .jsonl, folder or -")
    show.add_argument("--kinds", type=_kinds, default=KINDS, help=kinds_help)
    show.add_argument("--reference-date", type=_date, default=None, help=ref_help)
    show.add_argument("--currency-hint", type=_currency_hint, default=None, help=hint_help)
    show.add_argument("--encoding", type=_encoding, default="utf-8", help=enc_help)
    show.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="ANSI colours (auto: when stdout is a terminal and NO_COLOR is unset)",
    )
    show.set_defaults(func=_cmd_show)
    return parser


def _utf8_stdout() -> None:
    """Make a real standard output UTF-8 whatever the locale (outputs are UTF-8)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    encoding = getattr(sys.stdout, "encoding", "utf-8") or "utf-8"
    if reconfigure is not None and codecs.lookup(encoding).name != "utf-8":
        with contextlib.suppress(Exception):
            reconfigure(encoding="utf-8")


def _quiet_stdout() -> None:
    """After a broken pipe or Ctrl-C: silence the flush at exit, which would raise again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimkit`` command; return the exit code (see ``claimkit --help``).

    0 ok, 1 some input not processed, 2 usage, 130 interrupted, 141 stdout closed.

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
        if getattr(args, "excel", False) and args.format != "csv":
            parser.error("--excel applies to --format csv only")
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 after --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    _utf8_stdout()
    status = Status(sys.stderr, enabled=args.command == "extract" and _isatty(sys.stderr))
    try:
        with INTERRUPTS.installed():
            args.func(args, status)
            with INTERRUPTS.writing():
                sys.stdout.flush()
    except BrokenPipeError:
        # `claimkit extract ... | head`: the reader left; stop quietly, like cat.
        _quiet_stdout()
        return EXIT_PIPE
    except KeyboardInterrupt:
        # Ctrl-C: no traceback; what was written is flushed whole (one write per line).
        previous: Any = None
        with contextlib.suppress(ValueError):
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a 2nd Ctrl-C cannot cut it
        try:
            sys.stdout.flush()
        except (OSError, ValueError):
            _quiet_stdout()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        return EXIT_INTERRUPTED
    finally:
        status.finish()
    return EXIT_ERRORS if status.failed else EXIT_OK


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
