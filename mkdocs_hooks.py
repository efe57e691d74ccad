"""MkDocs hook: show the doctest examples of docstrings as Python console code blocks.

claimkit's docstrings carry plain doctest blocks (``>>>`` lines and their output), which CI
runs.  Markdown would read them as nested block quotes and ``[...]`` output as links, so this
hook registers a Markdown preprocessor (also used by mkdocstrings for docstrings) that fences
each doctest block as ``pycon`` when it is not already inside a fenced block.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_PROMPT_RE = re.compile(r"^(\s*)>>>( |$)")
_FLAGS_RE = re.compile(r"\s*#\s*doctest:.*$")


class _DoctestFences(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fenced = False
        i = 0
        while i < len(lines):
            line = lines[i]
            if _FENCE_RE.match(line):
                fenced = not fenced
            prompt = None if fenced else _PROMPT_RE.match(line)
            if prompt is None:
                out.append(line)
                i += 1
                continue
            indent = prompt.group(1)
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(_FLAGS_RE.sub("", lines[i]))
                i += 1
            if out and out[-1].strip():
                out.append("")
            out.extend([f"{indent}```pycon", *block, f"{indent}```", ""])
        return out


class DoctestFencesExtension(Extension):
    """Python-Markdown extension wrapping bare doctest blocks in ``pycon`` fences."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the preprocessor before the fenced-code one."""
        md.preprocessors.register(_DoctestFences(md), "claimkit_doctest_fences", 40)


@event_priority(100)  # before mkdocstrings reads the extension list
def on_config(config: Any) -> Any:
    """Add the extension to the site's Markdown extensions."""
    config.markdown_extensions.append(DoctestFencesExtension())
    return config
