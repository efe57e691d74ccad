"""The documentation site builds with `mkdocs build --strict` (no broken link, nav or API ref)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _mkdocs() -> str:
    path = shutil.which("mkdocs", path=str(BIN)) or shutil.which("mkdocs")
    if path is None:  # CI installs it through the test extra: a missing tool is a failure
        pytest.fail("mkdocs is not installed: install the test extra, pip install -e '.[test]'")
    return path


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [_mkdocs(), "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("cli", "spacy", "testing", "html", "scale", "api"):
        assert (site / page / "index.html").exists(), page
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in (
        "claimkit.extract_many",
        "claimkit.html.render_html",
        "claimkit.cli.main",
        "claimkit.spacy.make_component",
        "claimkit.strategies.money_surfaces",
    ):
        assert f'id="{name}"' in api, name
    # doctest examples are shown as code, not as Markdown block quotes
    assert "<blockquote" not in api
    assert (site / "render_html.png").exists()


def test_every_docs_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"([\w-]+\.md)\s*$", nav, flags=re.M))
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert pages <= listed, pages - listed
