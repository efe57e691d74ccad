"""Patterns compiled on first use (:mod:`claimkit._lazy`): once, thread-safely, same matches."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import regex

from claimkit._lazy import LazyRe, LazyRegex


def test_lazy_patterns_match_like_compiled_ones() -> None:
    source = r"(?P<n>\d+)(?:\s*(?P<u>€|euros?))?"
    for lazy, eager in (
        (LazyRegex(source, regex.IGNORECASE), regex.compile(source, regex.IGNORECASE)),
        (LazyRe(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)),
    ):
        text = "De 3 euros à 45 € puis 7"
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert lazy.sub("#", text) == eager.sub("#", text)
        assert lazy.match(text, 3) is not None
        assert lazy.fullmatch("12 EUROS") is not None
        assert lazy.search(text, 20, 22) is None


def test_lazy_pattern_compiles_once_across_threads() -> None:
    lazy = LazyRegex(r"(?:a|b)+c")
    barrier = threading.Barrier(8)
    seen: list[object] = []

    def work() -> None:
        barrier.wait()
        seen.append(lazy.compiled())
        assert lazy.search("xxabbc") is not None

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8
    assert all(p is seen[0] for p in seen)


def _in_fresh_process(imports: str, modules: str, least: int, then: str = "") -> list[str]:
    """Import *imports* in a fresh interpreter and count the compiled lazy patterns.

    *modules* is a Python expression for the modules to look in; prints the count after the
    imports, then (with *then*, code to run) after it.  Returns the printed counts.
    """
    code = (
        f"import {imports}\n"
        "from claimkit._lazy import LazyRe, LazyRegex\n"
        "import sys\n"
        f"mods = {modules}\n"
        "kinds = (LazyRe, LazyRegex)\n"
        "lazies = [v for m in mods for v in vars(m).values() if isinstance(v, kinds)]\n"
        f"assert len(lazies) > {least}, len(lazies)\n"
        "counts = [sum(v._compiled is not None for v in lazies)]\n"
        f"{then}\n"
        + ("counts.append(sum(v._compiled is not None for v in lazies))\n" if then else "")
        + "print(*counts)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def test_importing_money_and_percentages_compiles_no_pattern() -> None:
    modules = (
        "[sys.modules[n] for n in ('claimkit.money._read', 'claimkit.money._join',"
        " 'claimkit.money._currency', 'claimkit.percentages', 'claimkit._places')]"
    )
    imports = "claimkit.money, claimkit.percentages, claimkit._places, claimkit._quantity"
    assert _in_fresh_process(imports, modules, 40) == ["0"]


def test_importing_quotes_compiles_no_pattern_and_a_text_without_marks_none() -> None:
    modules = "[m for n, m in sys.modules.items() if n.startswith('claimkit.quotes')]"
    then = "claimkit.quotes.extract_quotes('Le budget atteint 3 millions, dit le maire.')"
    assert _in_fresh_process("claimkit.quotes", modules, 35, then) == ["0", "0"]


def test_plain_phrase_tokens_are_the_token_patterns() -> None:
    """The word tables are tokenised at import without ``_TOKEN_RE`` where that is exact."""
    from claimkit.quotes import lexicon as lex
    from claimkit.quotes import titlewords, tokens

    phrases = set().union(
        lex.ADVERB_PHRASES, lex.REPORTING_VERBS, lex.INVERTED_VERBS, lex.JOB_NOUNS,
        lex.SOURCE_NOUNS, lex.ACCORDING_TO,
    )  # fmt: skip
    phrases |= {
        "aujourd'hui", "d'-x", "'a", "a  b", " a", "a-", "a-b-c-d-e-f-g-h", "c'est-à-dire",
        "qu'il", "lorsqu'elle", "x'y", "d'", "l'an 2000", "1er", "a.b", "é-é",
    }  # fmt: skip
    for phrase in phrases:
        folded = tokens._fold(phrase)
        plain = tokens._plain_tokens(folded)
        if plain is not None:
            assert plain == [m.group() for m in tokens._TOKEN_RE.finditer(folded)], phrase
    tables = (lex.ADVERB_PHRASES, lex.REPORTING_VERBS, lex.INVERTED_VERBS, lex.JOB_NOUNS,
              lex.SOURCE_NOUNS, lex.ACCORDING_TO, frozenset(phrases))  # fmt: skip
    for table in tables:
        entries = frozenset(tokens._fold(w) for w in table)
        tokenized = [[m.group() for m in tokens._TOKEN_RE.finditer(w)] for w in entries]
        reference = tokens._Phrases(
            entries, frozenset(t[0] for t in tokenized if t), max(map(len, tokenized))
        )
        assert tokens._Phrases.of(table) == reference
        bare = [w for w in entries if "'" not in w]
        assert tokens._all_plain(bare) == all(tokens._plain_tokens(w) for w in bare)
    for word in titlewords._JOB_WORDS:
        m = titlewords._LETTER_RUN_RE.match(word)
        assert titlewords._letter_run(word) == (m.group() if m else ""), word
