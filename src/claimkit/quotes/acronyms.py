"""Bodies a document names: acronyms it spells out, bodies named by their initials, datelines.

"Banque centrale du Congo (BCC)", "l'UDC … L'Union démocratique du Cameroun s'insurge",
"Alakhbar – La défense …": document-level facts, worked out once and read by the speaker
resolver (mixed into ``_Doc`` through ``_People``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Final

from claimkit._lazy import LazyRegex

#: An acronym in parentheses: "(BCC)", "(FMI)", "(CENI)"; or written as a word, "(Ocha)",
#: "(Unicef)", as the French press writes some (read only after a body's name, below).
_ACRONYM_RE: Final = LazyRegex(
    r"\((\p{Lu}(?:(?=[\p{L}\d&\-]*?\p{Lu})[\p{L}\d&\-]{1,9}|\p{Ll}{2,7}))\)"
)
#: A dateline: one or two capitalised words opening a paragraph, then a dash.
_DATELINE_RE: Final = LazyRegex(  # read on "\n" + text: a line break opens each line
    r"\n[ \t\u00a0]*(\p{Lu}[\p{L}\-]+(?:[ \u00a0]\p{Lu}[\p{L}\-]+)?)[ \u00a0]*[–—-][ \u00a0]"
)
#: A body's name in full: a capitalised word, then lower-case words and particles, up to
#: six words ("Union démocratique du Cameroun", "Parti camerounais pour la réconciliation").
_BODY_RUN_RE: Final = LazyRegex(
    r"(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?:[ \u00a0](?:\p{L}{2,}|d['\u2019]\p{L}+|l['\u2019]\p{L}+)){1,5}"
)
#: Capitalised nouns that head a body's name, whatever language its acronym comes from.
_BODY_HEADS: Final = frozenset({
    "Bureau", "Office", "Commission", "Agence", "Conseil", "Coordination", "Direction",
    "Association", "Syndicat", "Union", "Fédération", "Comité", "Fonds", "Organisation",
    "Programme", "Haut-Commissariat", "Institut", "Observatoire", "Centre", "Collectif",
    "Mouvement", "Parti", "Front", "Ligue", "Confédération", "Autorité", "Banque",
})  # fmt: skip
#: Keys read run by run before ``initials`` reads every run's initials into a table.
_INITIALS_READ: Final = 64
_INITIAL_PARTICLES: Final = frozenset({"de", "du", "des", "la", "le", "les", "et", "pour", "en"})


def _run_initials(raw: list[str]) -> Iterator[tuple[str, int]]:
    """Yield the initials of a run's first words and the last word's index, word by word.

    Particles are skipped and an elided article is dropped: "l'Union démocratique du
    Cameroun" → ("U", 0), ("UD", 1), ("UDC", 3).
    """
    initials = ""
    for n, w in enumerate(raw):
        w = w.split("'")[-1].split("\u2019")[-1]
        if w.lower() in _INITIAL_PARTICLES:
            continue
        initials += w[:1].upper()
        yield initials, n


class _BodyFacts:
    """Facts about the bodies of a document (mixed into ``_People``)."""

    text: str

    @cached_property
    def datelines(self) -> frozenset[str]:
        """Words of a dateline opening a paragraph: "Alakhbar – La défense …", "DAKAR -".

        A place or an agency; never a speaker, nor the body an anaphor refers to.
        """
        # Searched from each line break ("\n" put before the text), not with "(?m)^": the
        # pattern engine tries "^" at every character, five times slower.
        return frozenset(m.group(1) for m in _DATELINE_RE.finditer("\n" + self.text))

    @cached_property
    def _body_runs(self) -> list[list[str]]:
        """The words of each run of two to six words opening on a capital (``initials``)."""
        return [m.group().split() for m in _BODY_RUN_RE.finditer(self.text)]

    def initials(self, key: str) -> str | None:
        """Return the body named in full by the initials *key*: "UDC" → "Union démocratique…".

        For acronyms the text never spells out in parentheses ("l'UDC … L'Union démocratique
        du Cameroun s'insurge").  Runs of two to six words opening on a capital, particles
        ("de", "du", "la", "l'") skipped; the first run whose initials, or the initials of
        its first words, are *key* wins.  Read once per key: a run is left at its first
        initial off the key; past ``_INITIALS_READ`` keys, every run's initials are read
        once into a table (a text with thousands of acronyms stays linear).
        """
        found = self._initials.get(key, "")
        if found != "":
            return found
        if len(self._initials) >= _INITIALS_READ:
            return self._all_initials.get(key)
        for raw in self._body_runs:
            for initials, n in _run_initials(raw):
                if not key.startswith(initials):
                    break
                if len(initials) >= 2 and initials == key:
                    found = " ".join(raw[: n + 1])
                    break
            if found:
                break
        self._initials[key] = found or None
        return found or None

    @cached_property
    def _initials(self) -> dict[str, str | None]:
        """``initials`` as read so far, by key."""
        return {}

    @cached_property
    def _all_initials(self) -> dict[str, str]:
        """The body each run's initials and its first words' initials name, first run wins."""
        out: dict[str, str] = {}
        for raw in self._body_runs:
            for initials, n in _run_initials(raw):
                if len(initials) >= 2:
                    out.setdefault(initials, " ".join(raw[: n + 1]))
        return out

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the document spells out: "Banque centrale du Congo (BCC)" → BCC.

        The full form runs back from the parenthesis to the nearest word (at most eight)
        whose initial is the acronym's first letter, within the sentence.
        """
        out: dict[str, str] = {}
        text = self.text
        for m in _ACRONYM_RE.finditer(text):
            acronym = m.group(1)
            if acronym in out:
                continue
            word_like = acronym[1:].islower()  # "(Ocha)": only after a body's head noun
            before = text[max(0, m.start() - 120) : m.start()]
            words = before.split()
            head: str | None = None  # a body's noun heading the run: an acronym of another
            for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
                w = words[k].strip('(),;:«»"')
                if w[:1] in ".!?:;" or any(ch in words[k] for ch in ".;:!?()"):
                    break
                w = w.split("'")[-1].split("\u2019")[-1]  # "l'Union" → "Union"
                if w[:1] == acronym[0] and w[:1].isupper() and not word_like:
                    full = " ".join([w, *words[k + 1 :]])
                    if len(full.split()) >= 2:
                        out[acronym] = full
                        break
                    # one word: further back ("Bank of Beirut (BoB)", not "Beirut")
                if w in _BODY_HEADS and k < len(words) - 1:
                    head = " ".join([w, *words[k + 1 :]])
            else:
                if head is not None:
                    # language ("Bureau de coordination des affaires humanitaires (Ocha)")
                    out[acronym] = head
        return out
