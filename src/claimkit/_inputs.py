"""Reading the command line's inputs: files, folders, JSON Lines and standard input.

Everything is read as bytes and decoded here, line by line for JSON Lines, so that one bad
line (a stray latin-1 line, a truncated emoji, broken JSON) is reported with its number and
the lines after it are still read.  Nothing is skipped silently: every input that is not
read is named through the *report* callback (the command line prints it on stderr and exits
with 1).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Final

from claimkit.context import coerce_reference_date

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "Document", "expand_paths", "read_documents"]

#: Suffixes read as JSON Lines, whatever their case (".JSONL" too).
JSONL_SUFFIXES: Final = (".jsonl", ".ndjson")
#: Suffixes of the plain-text files a folder is searched for, whatever their case.
TEXT_SUFFIXES: Final = (".txt",)

Report = Callable[[str], None]


@dataclass(frozen=True)
class Document:
    """One document read from the inputs."""

    doc_id: str
    text: str
    reference_date: dt.date | None
    size: int = 0  # bytes of input it came from, for the progress bar
    currency_hint: str | None = None  # a JSONL line's 'currency_hint' ("CAD", "fr_CA")


def is_jsonl(path: str | Path) -> bool:
    """Tell whether *path* is read as JSON Lines (by its suffix, in any case).

    >>> is_jsonl("corpus.JSONL"), is_jsonl("a.ndjson"), is_jsonl("a.txt")
    (True, True, False)
    """
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def _walk(root: Path, report: Report) -> list[Path]:
    """Every .txt and JSON Lines file below *root*; unreadable folders and broken links named."""
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        report(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")

    wanted = (*TEXT_SUFFIXES, *JSONL_SUFFIXES)
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs.sort()
        for name in files:
            if os.path.splitext(name)[1].lower() not in wanted:
                continue
            full = Path(folder, name)
            if full.is_file():
                found.append(full)
            elif full.is_symlink():
                report(f"{full}: broken symbolic link to {os.readlink(full)}")
            else:
                report(f"{full}: not a regular file")
    return sorted(found)


def expand_paths(paths: Sequence[str], report: Report) -> list[str | Path]:
    """Turn the command line's PATHs into the files to read, naming what cannot be read.

    A folder gives every ``*.txt``, ``*.jsonl`` and ``*.ndjson`` below it (any case);
    a folder with none is reported.  A file named directly is read whatever its suffix.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "A.TXT").write_text("87 %", encoding="utf-8")
    >>> [p.name for p in expand_paths([str(folder)], print)]
    ['A.TXT']
    >>> expand_paths([str(folder / "absent.txt")], print)  # doctest: +ELLIPSIS
    /.../absent.txt: no such file or folder
    []
    """
    files: list[str | Path] = []
    for arg in paths:
        if arg == "-":
            files.append("-")
            continue
        path = Path(arg)
        if path.is_dir():
            found = _walk(path, report)
            if not found:
                report(f"{arg}: no .txt or .jsonl file in this folder")
            files.extend(found)
        elif path.exists():  # a file, or a pipe such as <(zcat corpus.jsonl.gz)
            files.append(path)
        elif path.is_symlink():
            report(f"{arg}: broken symbolic link to {os.readlink(path)}")
        else:
            report(f"{arg}: no such file or folder")
    return files


def _hint(encoding: str) -> str:
    return "; try --encoding latin-1" if codecs.lookup(encoding).name == "utf-8" else ""


def _decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"not valid {encoding} (byte 0x{bad} at column {exc.start + 1}){_hint(encoding)}"


def _json_line(
    line: str, where: str, default_ref: dt.date | None, report: Report, size: int
) -> Document | None:
    try:
        obj = json.loads(line)
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
    if hint is not None and not valid_currency_hint(hint):
        report(f"{where}: bad currency_hint {hint!r} (an ISO 4217 code or a locale like fr_CA)")
        return None
    doc_id = obj.get("id")
    name = str(doc_id) if isinstance(doc_id, str | int) and not isinstance(doc_id, bool) else where
    return Document(name, text, ref, size, hint)


def valid_currency_hint(hint: object) -> bool:
    """Tell whether *hint* is a ``currency_hint`` claimkit accepts (ISO code or locale).

    >>> valid_currency_hint("CAD"), valid_currency_hint("fr_CA"), valid_currency_hint("XYZ")
    (True, True, False)
    """
    from claimkit.money import extract_money

    try:
        extract_money("", currency_hint=hint)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _jsonl(
    lines: Iterable[bytes],
    name: str,
    default_ref: dt.date | None,
    report: Report,
    encoding: str,
) -> Iterator[Document]:
    """Read JSON Lines from binary *lines*: a bad line is reported by number, never fatal."""
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            report(f"{where}: {_decode_error(exc, encoding)}")
            continue
        doc = _json_line(line, where, default_ref, report, len(raw))
        if doc is not None:
            yield doc


def _decode_text(data: bytes, name: str, encoding: str, report: Report) -> str | None:
    if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        report(
            f"{name}:{line}: not valid {encoding} (byte 0x{bad} at column {column})"
            f"{_hint(encoding)}"
        )
        return None


def _first_json_object(line: bytes, encoding: str) -> bool:
    try:
        obj = json.loads(line.decode(encoding).lstrip("\ufeff"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(obj, dict) and "text" in obj


def _stdin(
    stream: IO[bytes], default_ref: dt.date | None, report: Report, encoding: str
) -> Iterator[Document]:
    """Read standard input, streamed: JSON Lines when its first line is an object with text."""
    head: list[bytes] = []
    for raw in iter(stream.readline, b""):
        head.append(raw)
        if raw.strip():
            break
    if head and _first_json_object(head[-1], encoding):
        yield from _jsonl(
            chain(head, iter(stream.readline, b"")), "<stdin>", default_ref, report, encoding
        )
        return
    data = b"".join(head) + stream.read()  # plain text is one document: it is read whole
    text = _decode_text(data, "<stdin>", encoding, report)
    if text is not None:
        yield Document("<stdin>", text, default_ref, len(data))


def read_documents(
    paths: Sequence[str | Path],
    *,
    reference_date: dt.date | None = None,
    report: Report | None = None,
    encoding: str = "utf-8",
) -> Iterator[Document]:
    r"""Read documents lazily from files, JSON Lines and ``-`` (stdin), as ``extract`` does.

    Problems (unreadable file, a line that is not valid *encoding* or not JSON) go to
    *report* (default: raise ``ValueError``) and reading goes on with the next file or line.
    Line breaks are kept as they are ("\r\n" too): offsets count the input's characters.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [b'{"id": "d\xc3\xa9p\xc3\xaache-1", "text": "87 %"}', b'{"text": "caf\xe9"}',
    ...          b'{"text": "Hier."}']
    >>> _ = (folder / "a.jsonl").write_bytes(b"\n".join(lines))
    >>> docs = read_documents([folder / "a.jsonl"], report=print)  # doctest: +ELLIPSIS
    >>> [(d.doc_id.replace(str(folder), "…"), d.text) for d in docs]
    /.../a.jsonl:2: not valid utf-8 (byte 0xe9 at column 14); try --encoding latin-1
    [('dépêche-1', '87 %'), ('…/a.jsonl:3', 'Hier.')]
    >>> list(read_documents([], reference_date=dt.date(2023, 7, 27)))
    []
    """

    def _raise(message: str) -> None:
        raise ValueError(message)

    codecs.lookup(encoding)  # LookupError now rather than at the first file
    emit = report or _raise
    for item in paths:
        if item == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream swapped in (an embedding application)
                data = sys.stdin.read()
                size = len(data.encode("utf-8", "replace"))
                yield Document("<stdin>", data, reference_date, size)
                continue
            try:
                yield from _stdin(buffer, reference_date, emit, encoding)
            except OSError as exc:
                emit(f"<stdin>: cannot read: {exc.strerror or exc}")
            continue
        path = Path(item)
        try:
            if is_jsonl(path):
                with path.open("rb") as fh:  # line by line: a corpus never has to fit in memory
                    yield from _jsonl(fh, str(path), reference_date, emit, encoding)
            else:
                data = path.read_bytes()
                text = _decode_text(data, str(path), encoding, emit)
                if text is not None:
                    yield Document(str(path), text, reference_date, len(data))
        except OSError as exc:
            emit(f"{path}: cannot read: {exc.strerror or exc}")
