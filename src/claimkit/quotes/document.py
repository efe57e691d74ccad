"""One document read once: sentences, tokens, and the names and organisations it mentions."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.marks import _Cand, _mask
from claimkit.quotes.namescan import _is_space, _NameScan
from claimkit.quotes.tokens import (
    _ABBREVIATION_ENDS,
    _ABBREVIATION_RE,
    _ABBREVIATIONS,
    _ADVERBS_AUX,
    _AFTER,
    _FINAL_PUNCT,
    _MERGE_GAP,
    _NON_SPACE_RE,
    _OWNED_HINT_RE,
    _OWNER_CUE_TUPLE,
    _OWNER_DETERMINERS,
    _PUBLISH_CUES,
    _PUBLISHED_FIRSTS,
    _PUBLISHED_HINT_RE,
    _SENTENCE_CLOSERS,
    _TOKEN_RE,
    _WHITE_SPACE,
    _WINDOW,
    _WORD_START_RE,
    _Cap,
    _Fallback,
    _fold,
    _is_cap,
    _is_titlecase,
    _join,
    _Scanner,
    _Span,
    _Tok,
)

# --------------------------------------------------------------------------- document


def _all_spans(masked: str) -> Iterator[_Span]:
    for m in _TOKEN_RE.finditer(masked):
        yield m.start(), m.end(), m.lastgroup or "punct"


def _sentence_ends(masked: str) -> list[tuple[int, int]]:
    """Return the spans ``_SENTENCE_END_RE.finditer(masked)`` gives, found with ``str.find``.

    A match starts a run of final punctuation and takes all of it: the pattern can only
    match there, when up to two closing marks then a space (``_WHITE_SPACE``) follow, the
    most closing marks that allow it (tried greedily).
    """
    found: list[int] = []
    for ch in _FINAL_PUNCT:
        i = masked.find(ch)
        while i >= 0:
            found.append(i)
            i = masked.find(ch, i + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(found):
        start = end = found[k]
        k += 1
        while k < len(found) and found[k] == end + 1:
            end += 1
            k += 1
        end += 1  # past the run
        closers = 0
        while closers < 2 and masked[end + closers : end + closers + 1] in _SENTENCE_CLOSERS:
            closers += 1
        for c in range(closers, -1, -1):
            if masked[end + c : end + c + 1] in _WHITE_SPACE:
                out.append((start, end + c))
                break
    return out


#: What may stand before the first word of a sentence: spaces, marks, dashes, brackets.
_OPENING_JUNK: Final = " \t\n\r\xa0\u202f«»\"“”„'‘’-–—([•*"


#: The sentence after a quotation names who said it: "« … » C'est en ces termes que le
#: président X a répondu", "Ce sont les mots de X".  Folded text after the closing mark.
_TERMS_AFTER_RE: Final = LazyRegex(
    r"[\s.,:!?…»”\"]*(?:"
    r"(?P<que>(?:c'est (?:en ces termes|ainsi|par ces mots|avec ces mots|ce)|voilà ce|voila ce)"
    r" qu(?:e\s|'))"
    r"|(?P<de>(?:(?:ce sont|tels sont|telles sont|voilà) (?:les|des) (?:mots|propos|termes"
    r"|paroles|déclarations)"
    # "C'est sur cette métaphore du nouveau directeur, X, que …"
    r"|c'est (?:sur|avec|par) (?:cette|ces|ce|cet) (?:métaphore|image|formule|phrase|mots?"
    r"|propos|paroles|déclaration|boutade|note|constat|message)"
    # "« … » C'est le constat de Papy Leye", "Tel est l'avis du ministre"
    r"|(?:c'est|tel est|telle est|voilà) (?:le|la|l') ?(?:constat|avis|analyse|sentiment"
    r"|message|conviction|point de vue|credo|mot d'ordre|regret|souhait|espoir|explication"
    r"|réaction|verdict|diagnostic|résumé|bilan|cri du cœur)) (?:de\s|du\s|des\s|d'))"
    r")"
)


class _Doc(_NameScan):
    """Everything computed once per document: tokens, sentence starts, names, quotations."""

    def __init__(self, text: str, cands: list[_Cand]) -> None:
        self.text = text
        self.masked = _mask(text, cands)
        self.breaks = self._sentence_breaks(cands)
        self.scanner = _Scanner(self.masked, _fold(self.masked), 4 * len(text) + 4096)
        try:
            # The tokens around the quotations, and the capitalised words of the whole text.
            caps = self.scanner.caps([(c.start, c.end) for c in cands])
            self.toks = self._partial_tokens(cands)
            self.tok_starts = [t.start for t in self.toks]
            self.names = self._cap_names(caps)
            self.orgs = self._cap_orgs(caps)
        except _Fallback:
            # Every token of the text (the reference the partial reading reproduces).
            scanner = self.scanner
            self.toks = [scanner.tok(*t) for t in _all_spans(self.masked)]
            self.tok_starts = [t.start for t in self.toks]
            self.names = self._names()
            self.orgs = self._orgs()
        self.names = self._clean_names(self.names)
        self.name_pos = [p for p, _ in self.names]
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        #: The gender of each person once worked out (their mentions can be many).
        self.name_genders: dict[str, str | None] = {}
        #: Genders told by a title's form ("avocate", "président"), filled with ``titles``.
        self.title_genders: dict[str, str] = {}
        #: The titles each person is named with (their keys' heads), filled with ``titles``.
        self.title_heads: dict[str, set[str]] = {}
        self.speaking: set[str] = set()  # people brought in with a title or as a source
        #: Full names by first word, for a person called by first name ("Marine").
        self.by_first: dict[str, str] = {}
        #: The longest name holding each word after the first ("Ngobila" → "Gentiny Ngobila
        #: Mbaka"), for the fullest form of a shorter one.
        self.longest: dict[str, str] = {}
        #: How many times each name is found.
        self.name_count: dict[str, int] = {}
        for _, name in self.names:
            self.name_count[name] = self.name_count.get(name, 0) + 1
            self.by_surname.setdefault(name.split()[-1].lower(), []).append((_, name))
            if " " in name:
                words = name.split()
                self.by_first.setdefault(words[0], name)
                for w in words[1:]:
                    known = self.longest.get(w.lower())
                    if known is None or len(known.split()) < len(words):
                        self.longest[w.lower()] = name

    # -- tokens

    def _partial_tokens(self, cands: list[_Cand]) -> list[_Tok]:
        """Return the tokens the attribution steps read, in document order.

        That is, around each quotation, the sentence before it (and the one before that when
        the quotation opens its sentence, for ``_previous_sentence``) and the one after it,
        each with four tokens before and two after, so that every index a step computes
        (``toks[i - 1]``, ``toks[j]``) is the token the whole document has there.
        """
        masked = self.masked
        scan = self.scanner
        wanted: list[tuple[int, int]] = []
        for c in cands:
            lo = self.sentence_start(c.open)
            start = lo
            if lo > 0 and _WORD_START_RE.search(masked, lo, c.open) is None:
                start = self.previous_sentence_start(lo)
            end = self.sentence_end(c.close + 1) if c.close is not None else c.open + 1
            if (
                c.close is not None
                and end - c.close <= 4
                and _TERMS_AFTER_RE.match(_fold(self.text[c.close + 1 : c.close + 61]))
            ):
                # "« … ». C'est ce qu'a déclaré X": the sentence after names the speaker
                end = self.sentence_end(end + 1)
            wanted.append((start, end))
        wanted.sort()
        merged: list[tuple[int, int]] = []
        for start, end in wanted:
            if merged and start - merged[-1][1] <= _MERGE_GAP:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        out: list[_Tok] = []
        reach = -1  # end of the last token kept
        for start, end in merged:
            # One read from a space four chunks back, which holds four tokens as a rule.
            lo = start
            for _ in range(4):
                lo = masked.rfind(" ", 0, lo - 1) + 1 if lo > 1 else 0
            group = scan.toks(lo, end, 2)[0]
            k = bisect.bisect_left([t.start for t in group], start)
            if k < 4 and lo > 0:  # too few: read them backwards
                group = scan.before(start, 4)
                group += scan.toks(group[-1].end if group else 0, end, 2)[0]
            else:
                group = group[max(0, k - 4) :]
            if group and group[0].start < reach:  # overlaps the stretch before: same tokens
                group = [t for t in group if t.start >= reach]
            if group:
                out.extend(group)
                reach = group[-1].end
        return out

    # -- sentences

    def _sentence_breaks(self, cands: list[_Cand]) -> list[int]:
        text, masked = self.text, self.masked
        breaks = [0]
        for start, end in _sentence_ends(masked):
            if (
                masked[start] == "."
                and start > 0
                # the last letter of an abbreviation below, or a capital: the test is cheap
                and ((last := masked[start - 1]) in _ABBREVIATION_ENDS or last.isupper())
                and (word := _ABBREVIATION_RE.search(masked[max(0, start - 4) : start + 1]))
                and len(word.group(1)) <= 3
                and (
                    word.group(1) in _ABBREVIATIONS
                    or (len(word.group(1)) == 1 and word.group(1).isupper())
                )
            ):
                continue  # "M. Dupont" is not the end of a sentence
            breaks.append(end)
        nl = masked.find("\n")
        while nl >= 0:
            breaks.append(nl + 1)
            nl = masked.find("\n", nl + 1)
        for c in cands:
            # « … faux-fuyant. » Il a ajouté : the sentence ended inside the marks.
            if c.close is not None and text[c.end - 1] in ".!?…":
                breaks.append(c.close + 1)
        breaks.sort()
        return breaks

    def opens_sentence(self, pos: int) -> bool:
        """Tell whether the word at *pos* opens its sentence (marks and dashes aside)."""
        i = bisect.bisect_right(self.breaks, pos) - 1
        start = self.breaks[i] if i >= 0 else 0
        return pos - start <= 12 and not self.masked[start:pos].strip(_OPENING_JUNK)

    def previous_sentence_start(self, lo: int) -> int:
        """Start of the sentence before the one starting at *lo*, empty stretches skipped.

        A full stop then a line break make two breaks with nothing between them.
        """
        ps = self.sentence_start(lo - 1)
        while ps > 0 and not self.masked[ps:lo].strip():
            ps = self.sentence_start(ps - 1)
        return ps

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos) - 1
        return max(self.breaks[i] if i >= 0 else 0, pos - _WINDOW)

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.breaks, pos)
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return min(end, pos + _AFTER)

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.tok_starts, start), bisect.bisect_left(self.tok_starts, end)

    # -- names and organisations

    def _orgs(self) -> list[tuple[int, str, bool]]:
        """Capitalised single words that may name an organisation: (position, name, anchored).

        *anchored* is true when the context shows the organisation published something ("Netflix
        a récemment publié", "le site Web de Realeyes"), the best antecedent of "l'annonce".
        """
        out: list[tuple[int, str, bool]] = []
        toks = self.toks
        # A capitalised word opening a sentence ("Trop, c'est trop") names an organisation only
        # if the document also capitalises it inside a sentence.
        inside = {t.raw for t in toks if _is_cap(t) and not self.opens_sentence(t.start)}
        self.inside = inside
        for i, t in enumerate(toks):
            if not _is_cap(t):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prev = toks[i - 1] if i > 0 else None
            if nxt is not None and _is_titlecase(nxt) and nxt.start - t.end <= 1:
                continue  # part of a longer name
            if prev is not None and _is_titlecase(prev) and t.start - prev.end <= 1:
                continue
            if _region_in_brackets(self.masked, t.start, t.end):
                continue
            anchored = self._anchored(i)
            if not anchored and t.raw not in inside:
                continue
            out.append((t.start, t.raw, anchored))
        return out

    def _anchored(self, i: int) -> bool:
        """Tell whether the capitalised word at token i publishes or owns a source."""
        return _published(self.toks, i) or _owned(self.toks, i)

    # The same two lists from the capitalised words alone, when self.toks holds only the
    # tokens around the quotations.  A capitalised word's neighbour is another one exactly
    # when a single space separates them: two word tokens never touch.

    def _cap_orgs(self, caps: list[_Cap]) -> list[tuple[int, str, bool]]:
        """``_orgs`` from the capitalised words and the tokens next to them."""
        masked = self.masked
        starts = {c.start: c for c in caps}
        ends = {c.end: c for c in caps}
        inside = {c.raw for c in caps if not self.opens_sentence(c.start)}
        self.inside = inside
        out: list[tuple[int, str, bool]] = []
        for c in caps:
            nxt = self._after_space(c.end, starts)
            if nxt is not None and nxt.title:
                continue  # part of a longer name
            prev = ends.get(c.start - 1)
            if prev is not None and prev.title and _is_space(masked[c.start - 1]):
                continue
            if _region_in_brackets(masked, c.start, c.end):
                continue
            anchored = self._cap_published(c) or self._cap_owned(c)
            if not anchored and c.raw not in inside:
                continue
            out.append((c.start, c.raw, anchored))
        return out

    def _cap_tok(self, c: _Cap) -> _Tok:
        return self.scanner.tok(c.start, c.end, "word")

    def _cap_published(self, c: _Cap) -> bool:
        folded = self.scanner.folded
        if folded is not None:
            # Cheap tests first: a plain word next ("Netflix recrute") must be a cue, else
            # the letter after a space must start one.
            k = c.end + 1 if folded.startswith(" ", c.end) else c.end
            e = folded.find(" ", k, k + 24)
            if e > k and self.masked[k:e].isalnum() and folded[k:e] not in _PUBLISH_CUES:
                return False
            if folded[k : k + 1] not in _PUBLISHED_FIRSTS and not folded[k : k + 1].isspace():
                return False
            if _PUBLISHED_HINT_RE.match(folded, c.end) is None:
                return False
        m = _TOKEN_RE.search(self.masked, c.end)
        if m is None or self._norm(*m.span()) not in _PUBLISH_CUES:
            return False
        return _published([self._cap_tok(c), *self.scanner.toks(c.end, c.end, 6)[0]], 0)

    def _cap_owned(self, c: _Cap) -> bool:
        masked = self.masked
        end = c.start  # end of the token before
        while end > 0 and masked[end - 1] == " ":
            end -= 1
        if end > 0 and masked[end - 1].isspace():
            m = _NON_SPACE_RE.search(masked, 0, end)
            end = 0 if m is None else m.end()
        folded = self.scanner.folded
        if end == 0 or (
            folded is not None
            and (
                not folded.endswith(_OWNER_CUE_TUPLE, 0, end)
                or _OWNED_HINT_RE.match(folded, 0, end) is None
            )
        ):
            return False
        toks = self.scanner.before(c.start, 8)
        return _owned([*toks, self._cap_tok(c)], len(toks))


def _published(toks: list[_Tok], i: int) -> bool:
    """Tell whether the organisation at token i publishes: "Netflix a publié une offre"."""
    k = i + 1
    aux = ""
    while k < len(toks) and k - i < 4 and toks[k].norm in _ADVERBS_AUX:
        if toks[k].norm in {"a", "ont"}:
            aux = "a "
        k += 1
    return any(aux + _join(toks, k, k + n) in lex.PUBLISH_VERBS for n in (3, 2, 1))


def _owned(toks: list[_Tok], i: int) -> bool:
    """Tell whether token i owns a source: "l'offre d'emploi de la société Realeyes"."""
    k = i - 1
    while k >= 0 and i - k < 4 and toks[k].norm in _OWNER_DETERMINERS:
        k -= 1
    if k < 1 or toks[k].norm not in {"de", "d'", "du"}:
        return False
    if toks[k - 1].norm == "web":
        k -= 1
    return any(_join(toks, k - n, k) in lex.SOURCE_NOUNS for n in (3, 2, 1) if k - n >= 0)


def _region_in_brackets(masked: str, start: int, end: int) -> bool:
    """Tell whether the word at start..end is a place's region in brackets: "Lyon (Rhône)".

    A Titlecase word alone in parentheses right after a capitalised word: a département,
    a canton or a province ("La Seyne-sur-mer (Var)"), no body that speaks.
    """
    if masked[start - 1 : start] != "(" or masked[end : end + 1] != ")" or start < 2:
        return False
    if not masked[start + 1 : end].islower():
        return False  # "(CRC)", "(PS)": an acronym
    k = start - 1
    while k > 0 and masked[k - 1] in " \u00a0":
        k -= 1
    w = k
    while w > 0 and (masked[w - 1].isalpha() or masked[w - 1] in "-'\u2019"):
        w -= 1
    return w < k and masked[w].isupper()
