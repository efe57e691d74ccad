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


def run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
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
        {"id": "dépêche-1", "text": "Hier, 87 % des acteurs ont voté.",
         "reference_date": "2023-07-27"},
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
    assert ids == [str(corpus / "a.txt"), "dépêche-1", "dépêche-1",
                   f"{corpus / 'sub' / 'c.jsonl'}:2"]
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
        input='{"id": "x", "text": "Il gagne 900 000 $."}\n', capture_output=True,
        text=True, encoding="utf-8", env=ENV, check=False,
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
        "\n".join([
            '{"id": "ok1", "text": "87 %"}',
            '{"id": "broken", "text": ',
            '["not", "an", "object"]',
            '{"id": "no-text"}',
            '{"id": "bad-date", "text": "87 %", "reference_date": "27/07/2023"}',
            '{"id": "num", "text": 87}',
            '{"text": "5 $"}',
        ]) + "\n",
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
        "".join(json.dumps({"id": f"d{i}", "text": f"{i} $ BOOM" if i == 2 else f"{i} $"}) + "\n"
                for i in range(1, 7)),
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


def test_progress_bar_only_on_a_terminal(corpus: Path) -> None:
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "claimkit", "extract", str(corpus)],
            stdout=subprocess.PIPE, stderr=slave, env=ENV, check=False,
        )
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
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
    gold.write_text(json.dumps({"id": "g1", "text": "Il gagne 900 000 $ et 87 %.", "claims": [
        {"kind": "money", "text": "900 000 $", "value": "900000", "value_max": None,
         "currency": "EUR", "qualifier": "exact"}]}) + "\n", encoding="utf-8")
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
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    no_color: str, coloured: bool,
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
        result = subprocess.run([*cmd, "--version"], capture_output=True, text=True,
                                env=ENV, check=False)
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
