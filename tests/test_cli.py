"""The claimkit command: every subcommand, format and input kind; errors never lose a batch."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit import _api
from claimkit.cli import CSV_COLUMNS, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "tests" / "fixtures" / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
GOLD = ROOT / "tests" / "fixtures" / "gold" / "seeds.jsonl"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": ""}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder: two .txt at the top, a JSON Lines file in a sub-folder, a file to ignore."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Le poste est payé 900 000 $ par an.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Aucun chiffre ici.", encoding="utf-8")
    lines = [
        {
            "id": "dépêche-1",
            "text": "Hier, 87 % des acteurs ont voté.",
            "reference_date": "2023-07-27",
        },
        {"text": "Près d'un million de dollars."},
    ]
    (tmp_path / "sub" / "c.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("9 000 € ignorés", encoding="utf-8")
    return tmp_path


# --- extract: inputs ------------------------------------------------------------------


def test_extract_txt_gives_one_record_per_claim_with_the_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = SEEDS[0]
    code, out, err = run(capsys, "extract", str(path))
    assert (code, err) == (0, "")
    text = path.read_text(encoding="utf-8")
    recs = records(out)
    assert len(recs) == len(claimkit.extract(text))
    for rec in recs:
        assert rec["doc_id"] == str(path)
        assert text[int(str(rec["start"])) : int(str(rec["end"]))] == rec["text"]
    claims = claimkit.ClaimList.validate_python(
        [{k: v for k, v in r.items() if k != "doc_id"} for r in recs]
    )
    assert claims == claimkit.extract(text)


def test_folder_is_read_recursively_txt_and_jsonl_only(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    code, out, err = run(capsys, "extract", str(corpus))
    assert (code, err) == (0, "")
    recs = records(out)
    ids = [r["doc_id"] for r in recs]
    assert ids == [
        str(corpus / "a.txt"),
        "dépêche-1",
        "dépêche-1",
        f"{corpus / 'sub' / 'c.jsonl'}:2",
    ]
    assert [r["kind"] for r in recs] == ["money", "date", "percentage", "money"]
    assert recs[1]["year"] == 2023
    assert recs[1]["day"] == 26
    assert "9 000" not in out


def test_reference_date_option_applies_where_the_line_has_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a", "text": "Hier."}\n'
        '{"id": "b", "text": "Hier.", "reference_date": "2020-01-02"}\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "extract", "--reference-date", "2023-07-27", str(path))
    assert code == 0
    assert [(r["doc_id"], r["day"]) for r in records(out)] == [("a", 26), ("b", 1)]


def test_currency_hint_option_and_jsonl_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a", "text": "Le litre coûte 2 $."}\n'
        '{"id": "b", "text": "Le litre coûte 2 $.", "currency_hint": "fr_CA"}\n'
        '{"id": "c", "text": "Le litre coûte 2 $.", "currency_hint": "BAD"}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", "--kinds", "money", str(path))
    assert [(r["doc_id"], r["currency"]) for r in records(out)] == [("a", "USD"), ("b", "CAD")]
    assert "in.jsonl:3" in err
    assert "currency_hint" in err
    code, out, _ = run(capsys, "extract", "--kinds", "money", "--currency-hint", "CAD", str(path))
    assert [(r["doc_id"], r["currency"]) for r in records(out)] == [("a", "CAD"), ("b", "CAD")]
    code, out, err = run(capsys, "extract", "--currency-hint", "DOLLARS", str(path))
    assert code != 0
    assert out == ""
    assert "--currency-hint" in err


def test_stdin_jsonl(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, '{"id": 7, "text": "87 %"}\n\n{"text": "5 $"}\n')
    code, out, err = run(capsys, "extract", "-")
    assert (code, err) == (0, "")
    assert [(r["doc_id"], r["text"]) for r in records(out)] == [("7", "87 %"), ("<stdin>:3", "5 $")]


def test_stdin_plain_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    feed_stdin(monkeypatch, text)
    code, out, _ = run(capsys, "extract", "-", "--kinds", "money")
    assert code == 0
    recs = records(out)
    assert {r["doc_id"] for r in recs} == {"<stdin>"}
    assert [r["text"] for r in recs] == [c.text for c in claimkit.extract(text, kinds="money")]


def test_stdin_through_a_real_pipe() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", "-", "--format", "csv"],
        input='{"id": "x", "text": "Il gagne 900 000 $."}\n',
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["doc_id"], r["value"], r["currency"]) for r in rows] == [("x", "900000", "USD")]
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


# --- extract: errors ------------------------------------------------------------------


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_is_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"id": "ok1", "text": "87 %"}',
                '{"id": "broken", "text": ',
                '["not", "an", "object"]',
                '{"id": "no-text"}',
                '{"id": "bad-date", "text": "87 %", "reference_date": "27/07/2023"}',
                '{"id": "num", "text": 87}',
                '{"text": "5 $"}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", str(path), str(SEEDS[0]))
    assert code == 1
    lines = err.strip().splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "invalid JSON" in lines[0]
    assert "'text'" in lines[2]
    assert "YYYY-MM-DD" in lines[3]
    ids = [r["doc_id"] for r in records(out)]
    assert ids[:2] == ["ok1", f"{path}:7"]
    assert ids[2:] == [str(SEEDS[0])] * (len(ids) - 2)
    assert len(ids) > 2


def test_unreadable_files_are_reported_and_the_others_processed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Payé 5 £ déjà".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Il gagne 900 000 $.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "extract", str(missing), str(latin), str(good))
    assert code == 1
    assert f"{missing}: no such file" in err
    assert f"{latin}:1: not valid utf-8 (byte 0xe9 at column 4); try --encoding latin-1" in err
    assert [r["doc_id"] for r in records(out)] == [str(good)]
    code, out, err = run(capsys, "extract", "--encoding", "latin-1", str(latin))
    assert (code, err) == (0, "")
    assert [r["text"] for r in records(out)] == ["5 £"]


def test_an_extractor_crash_loses_only_that_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = _api._EXTRACTORS["money"]

    def fragile(text: str, ref: object, hint: str | None) -> list[claimkit.Claim]:
        if "BOOM" in text:
            raise RuntimeError("boom")
        return real(text, ref, hint)  # type: ignore[arg-type]

    monkeypatch.setitem(_api._EXTRACTORS, "money", fragile)
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": f"{i} $ BOOM" if i == 2 else f"{i} $"}) + "\n"
            for i in range(1, 7)
        ),
        encoding="utf-8",
    )
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "extract", "--jobs", jobs, "--kinds", "money", str(path))
        assert code == 1
        assert "d2: extraction failed: RuntimeError: boom" in err
        assert [r["doc_id"] for r in records(out)] == ["d1", "d3", "d4", "d5", "d6"]


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "--kinds", "monnaie", "x.txt"],
        ["extract", "--reference-date", "27/07/2023", "x.txt"],
        ["extract", "--jobs", "0", "x.txt"],
        ["extract", "--format", "xml", "x.txt"],
        ["evaluate"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: claimkit" in err


def test_unknown_kind_message_names_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "extract", "--kinds", "money,monnaie", "x.txt")
    assert "unknown kind 'monnaie'" in err
    assert "money, percentage, date, quote" in err


# --- extract: formats and jobs --------------------------------------------------------


def test_csv_has_one_row_per_claim_and_every_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, jsonl, _ = run(capsys, "extract", str(SEEDS_DIR))
    code, out, _ = run(capsys, "extract", str(SEEDS_DIR), "--format", "csv")
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = list(reader)
    recs = records(jsonl)
    assert len(rows) == len(recs) > 50
    for row, rec in zip(rows, recs, strict=True):
        assert row["doc_id"] == rec["doc_id"]
        assert row["text"] == rec["text"]
        assert row["value"] == (rec.get("value") or "")


def test_table_format(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, _ = run(capsys, "extract", str(corpus), "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["doc", "start", "end", "kind", "text"]
    assert len(lines) == 1 + 4
    assert "900000 USD (exact) per year" in out
    assert "dépêche-1" in out


def test_html_format_is_one_page_for_all_documents(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    code, out, _ = run(capsys, "extract", str(corpus), "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert out.count("<article") == 4  # a.txt, b.txt and the two JSONL lines
    assert "dépêche-1" in out
    assert 'data-label="MONEY"' in out


def test_jobs_2_gives_the_same_output_as_jobs_1(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    outputs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "extract", str(SEEDS_DIR), str(corpus), "--jobs", jobs)
        assert (code, err) == (0, "")
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) > 50


def _on_a_terminal(
    corpus: Path, stdout_too: bool
) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    """Run ``claimkit extract`` with stderr (and stdout with *stdout_too*) on a pseudo-terminal.

    Returns the finished process and what the terminal showed.
    """
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "claimkit", "extract", str(corpus)],
            stdout=slave if stdout_too else subprocess.PIPE,
            stderr=slave,
            env=ENV,
            check=False,
        )
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    return result, shown


def test_progress_bar_only_on_a_terminal(corpus: Path) -> None:
    result, shown = _on_a_terminal(corpus, stdout_too=False)
    assert result.returncode == 0, shown
    assert b"100%" in shown
    assert b"4 docs, 4 claims" in shown
    assert len(result.stdout.splitlines()) == 4  # stdout untouched by the bar


# --- schema, evaluate, show -----------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == claimkit.record_schema()
    code, out, _ = run(capsys, "schema", "--list")
    assert code == 0
    assert json.loads(out) == claimkit.json_schema()


def test_evaluate_prints_scores_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "evaluate", str(GOLD))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "5 documents"
    assert lines[1].split() == ["kind", "gold", "pred", "spanF1", "P", "R", "strictF1"]
    assert [line.split()[0] for line in lines[2:]] == ["money", "percentage", "date", "quote"]
    expected = claimkit.evaluate(GOLD).table().splitlines()
    assert lines[1:] == expected


def test_evaluate_kinds_and_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "Il gagne 900 000 $ et 87 %.",
                "claims": [
                    {
                        "kind": "money",
                        "text": "900 000 $",
                        "value": "900000",
                        "value_max": None,
                        "currency": "EUR",
                        "qualifier": "exact",
                    }
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "evaluate", str(gold), "--kinds", "money", "--errors")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[2:3]] == ["money"]
    assert "g1 money value '900 000 $' currency: gold='EUR' got='USD'" in out
    code, _, err = run(capsys, "evaluate", str(tmp_path / "absent.jsonl"))
    assert code == 1
    assert "absent.jsonl: cannot read" in err
    gold.write_text("{not json\n", encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(gold))
    assert code == 1
    assert f"{gold}: line 1 is not a JSON object in UTF-8" in err


TEXT = "« Il faut payer 900 000 $ par an », a déclaré Léa Martin le 21 juillet 2023."


def test_show_plain_brackets_when_not_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert "\x1b[" not in out
    assert (
        "« [Il faut payer [900 000 $ par an]{money}]{quote} », a déclaré "
        "[Léa Martin]{speaker} [le 21 juillet 2023]{date}." in out
    )


@pytest.mark.parametrize(("no_color", "coloured"), [("", True), ("1", False)])
def test_show_colours_on_a_terminal_unless_no_color(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_color: str,
    coloured: bool,
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert ("\x1b[0;35;33m900 000 $ par an" in out) is coloured
    assert ("[900 000 $ par an]{money}" in out) is not coloured


def test_show_color_always_and_jsonl(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, _ = run(capsys, "show", str(corpus / "sub" / "c.jsonl"), "--color", "always")
    assert code == 0
    assert "== dépêche-1: 2 claims" in out
    assert "\x1b[0;32mHier\x1b[0m" in out


def test_console_script_and_python_m() -> None:
    script = Path(sys.executable).parent / "claimkit"
    assert script.exists(), "pip install -e . creates the claimkit console script"
    for cmd in ([str(script)], [sys.executable, "-m", "claimkit"]):
        result = subprocess.run(
            [*cmd, "--version"], capture_output=True, text=True, env=ENV, check=False
        )
        assert (result.returncode, result.stdout.strip()) == (0, f"claimkit {claimkit.__version__}")


def test_an_unexpected_reader_error_is_not_blamed_on_a_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimkit import cli

    def broken_reader(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        yield cli.Document("d1", "5 $", None)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "read_documents", broken_reader)
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["extract", "x.txt"])
    out, err = capsys.readouterr()
    assert '"doc_id": "d1"' in out
    assert "extraction failed" not in err


# --- data safety: corrupt inputs never lose a good document -----------------------------


def _jsonl_bytes(texts: list[str]) -> list[bytes]:
    return [json.dumps({"id": f"d{i}", "text": t}).encode("utf-8") for i, t in enumerate(texts)]


def test_a_latin1_line_loses_only_itself(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = _jsonl_bytes([f"Le {i} : {i} % et {i} $." for i in range(400)])
    lines[150] = '{"id": "latin", "text": "Payé 5 % déjà"}'.encode("latin-1")
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run(capsys, "extract", "--kinds", "percentage", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"claimkit: {path}:151: not valid utf-8 (byte 0xe9 at column 29); try --encoding latin-1"
    ]
    ids = [r["doc_id"] for r in records(out)]
    assert ids == [f"d{i}" for i in range(400) if i != 150]


def test_a_bom_and_crlf_line_ends_are_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + b'{"id": "a", "text": "87 %"}\r\n{"id": "b", "text": "5 %"}\r\n'
    )
    code, out, err = run(capsys, "extract", str(path))
    assert (code, err) == (0, "")
    assert [(r["doc_id"], r["text"]) for r in records(out)] == [("a", "87 %"), ("b", "5 %")]


def test_upper_case_suffixes_in_folders_and_given_directly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "A.TXT").write_text("87 %", encoding="utf-8")
    (tmp_path / "B.JSONL").write_text('{"id": "b", "text": "5 $"}\n', encoding="utf-8")
    (tmp_path / "C.NDJSON").write_text('{"id": "c", "text": "3 %"}\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert (code, err) == (0, "")
    assert [r["doc_id"] for r in records(out)] == [str(tmp_path / "A.TXT"), "b", "c"]
    code, out, err = run(capsys, "extract", str(tmp_path / "B.JSONL"))
    assert (code, err) == (0, "")
    assert [r["doc_id"] for r in records(out)] == ["b"]  # read as JSON Lines, not as text


def test_dangling_symlinks_and_empty_folders_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("87 %", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, "extract", str(folder), str(tmp_path / "link.txt"), str(empty))
    assert code == 1
    assert f"{folder / 'gone.txt'}: broken symbolic link" in err
    assert f"{tmp_path / 'link.txt'}: broken symbolic link" in err
    assert f"{empty}: no .txt or .jsonl file in this folder" in err
    assert [r["doc_id"] for r in records(out)] == [str(folder / "good.txt")]


def test_an_unreadable_subfolder_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "ok.txt").write_text("87 %", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("5 %", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as for a folder without read permission
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 1
    assert err.splitlines() == [f"claimkit: {locked}: cannot read folder: Permission denied"]
    assert [r["doc_id"] for r in records(out)] == [str(tmp_path / "ok.txt")]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder"
)
def test_an_unreadable_subfolder_for_real(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("5 %", encoding="utf-8")
    locked.chmod(0)
    try:
        code, _, err = run(capsys, "extract", str(tmp_path))
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert f"{locked}: cannot read folder" in err


SURROGATE_TEXT = "« Il a payé\udcff 87 % de trop », a dit Jean Dupont. Hier\ud83d, 5 $."


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table", "html"])
def test_lone_surrogates_become_fffd_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / "scraped.jsonl"
    # json.dumps escapes lone surrogates (\udcff), and json.loads reads them back
    path.write_text(json.dumps({"id": "s\udcff", "text": SURROGATE_TEXT}) + "\n", encoding="ascii")
    code, out, err = run(
        capsys, "extract", "--format", fmt, "--reference-date", "2023-07-27", str(path)
    )
    assert (code, err) == (0, "")
    out.encode("utf-8")  # strict: no surrogate left
    assert "\ufffd" in out
    if fmt == "jsonl":
        recs = records(out)
        clean = SURROGATE_TEXT.replace("\udcff", "\ufffd").replace("\ud83d", "\ufffd")
        assert {r["doc_id"] for r in recs} == {"s\ufffd"}
        for r in recs:  # offsets unchanged: they still index the input
            assert clean[int(str(r["start"])) : int(str(r["end"]))] == r["text"]
        assert {r["kind"] for r in recs} == {"quote", "percentage", "date", "money"}


def test_lone_surrogates_in_show_and_a_real_pipe(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps({"id": "s", "text": SURROGATE_TEXT}) + "\n", encoding="ascii")
    for argv in (["show", str(path)], ["extract", "--format", "csv", str(path)]):
        result = subprocess.run(
            [sys.executable, "-m", "claimkit", *argv], capture_output=True, env=ENV, check=False
        )
        assert (result.returncode, result.stderr) == (0, b"")
        assert "\ufffd".encode() in result.stdout
        result.stdout.decode("utf-8")  # valid UTF-8


def test_csv_injection_is_neutralised_and_excel_gets_a_bom(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "evil.jsonl"
    lines = [
        {"id": '=HYPERLINK("http://x")', "text": "Il gagne 5 $."},
        {"id": "@SUM(A1)", "text": "Une baisse de -5 %."},
        {"id": "+1", "text": "« -1+2 est faux », a dit Léa."},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "csv", "--excel", str(path))
    assert code == 0
    assert out.startswith("\ufeffdoc_id,")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["doc_id"] for r in rows] == ['\'=HYPERLINK("http://x")', "'@SUM(A1)", "'+1"]
    assert [(r["text"], r["value"]) for r in rows[1:2]] == [("'-5 %", "-5")]  # numbers stay
    assert rows[2]["text"] == "'-1+2 est faux"
    for row in rows:
        assert all(not v.startswith(("=", "+", "@")) for v in row.values())
    code, _, err = run(capsys, "extract", "--excel", str(path))  # --excel without csv
    assert code == 2
    assert "--excel applies to --format csv only" in err


def test_a_long_document_is_extracted_in_pieces_with_document_offsets(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paragraphs = [
        f"Le budget a crû de {i} % en {2000 + i % 20}, soit {i} 000 $." for i in range(60)
    ]
    text = "\n".join(paragraphs)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(_api, "CHUNK_SIZE", 500)
    for fmt, jobs in (("jsonl", "1"), ("html", "1"), ("jsonl", "2")):
        code, out, err = run(
            capsys,
            "extract",
            "--kinds",
            "percentage,money",
            "--format",
            fmt,
            "--jobs",
            jobs,
            str(path),
        )
        assert (code, err) == (0, "")
        if fmt == "jsonl":
            recs = records(out)
            assert [r["text"] for r in recs] == [
                c.text for c in claimkit.extract(text, kinds="percentage,money")
            ]
            for r in recs:
                assert text[int(str(r["start"])) : int(str(r["end"]))] == r["text"]
        else:
            assert out.count('<mark class="ck ck-') == 120


# --- standard output closed, Ctrl-C, stdin streamed -------------------------------------


def _big_jsonl(tmp_path: Path, n: int = 3000) -> Path:
    text = SEEDS[0].read_text(encoding="utf-8")
    path = tmp_path / "big.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": text}) + "\n" for i in range(n)),
        encoding="utf-8",
    )
    return path


def test_closed_stdout_exits_quietly(tmp_path: Path) -> None:
    path = _big_jsonl(tmp_path, 200)
    for jobs in ("1", "2"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimkit", "extract", "--jobs", jobs, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENV,
        )
        assert proc.stdout is not None
        assert proc.stderr is not None
        json.loads(proc.stdout.readline())
        proc.stdout.close()  # `| head -1`
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 141
        assert err == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_quietly_with_whole_lines(tmp_path: Path, jobs: str) -> None:
    import signal
    import time

    path = _big_jsonl(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimkit", "extract", "--jobs", jobs, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # extraction is under way
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    # read through the same buffered reader as readline (communicate() would skip its buffer)
    out = proc.stdout.read()
    assert proc.stderr is not None
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130
    assert b"Traceback" not in err
    assert b"KeyboardInterrupt" not in err
    lines = (first + out).decode("utf-8").splitlines()
    assert lines, "some output before the interruption"
    for line in lines:
        json.loads(line)  # every line written is whole
    assert len(lines) < 3000 * 10  # it did stop early


def test_stdin_is_streamed_not_read_whole() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimkit", "extract", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**ENV, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(b'{"id": "first", "text": "87 %"}\n')
    proc.stdin.flush()
    line = proc.stdout.readline()  # answered while stdin is still open
    assert json.loads(line)["doc_id"] == "first"
    proc.stdin.write(b'{"id": "second", "text": "5 $"}\n')
    proc.stdin.close()
    rest = proc.stdout.read()
    assert proc.wait(timeout=60) == 0
    assert json.loads(rest)["doc_id"] == "second"


# --- the command line for people ---------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "schema", "evaluate", "show"])
def test_every_subcommand_has_help_with_examples_and_exit_codes(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert f"claimkit {command}" in out
    assert "examples:" in out
    assert "130" in out
    assert "exit codes:" in out


def test_show_several_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Il gagne 5 $.", encoding="utf-8")
    b.write_text("Soit 87 %.", encoding="utf-8")
    code, out, _ = run(capsys, "show", str(a), str(b))
    assert code == 0
    assert f"== {a}: 1 claims" in out
    assert f"== {b}: 1 claims" in out
    assert "[87 %]{percentage}" in out


def test_evaluate_says_when_a_file_is_not_gold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plain = tmp_path / "corpus.jsonl"
    plain.write_text('{"id": "a", "text": "87 %"}\n', encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(plain))
    assert (code, out) == (1, "")
    assert f"{plain}: line 1 has no 'claims'" in err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(empty))
    assert (code, out) == (1, "")
    assert "no document in this gold file" in err


def test_jsonl_output_validates_against_the_schema(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    code, schema_text, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(schema_text)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    code, out, _ = run(
        capsys, "extract", str(SEEDS_DIR), str(corpus), "--reference-date", "2023-07-27"
    )
    assert code == 0
    recs = records(out)
    assert {r["kind"] for r in recs} == {"money", "percentage", "date", "quote"}
    for rec in recs:
        validator.validate(rec)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**recs[0], "surprise": 1})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({k: v for k, v in recs[0].items() if k != "doc_id"})


def test_progress_bar_keeps_output_lines_whole_on_a_shared_terminal(corpus: Path) -> None:
    expected = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", str(corpus)],
        capture_output=True,
        env=ENV,
        check=True,
    ).stdout.splitlines()
    result, shown = _on_a_terminal(corpus, stdout_too=True)
    assert result.returncode == 0
    assert b"4 docs, 4 claims" in shown
    screen_lines = [line.split(b"\r")[-1] for line in shown.split(b"\r\n")]
    for line in expected:
        assert line in screen_lines  # each output line on a line of its own
