"""A person's name at a token: capitalised words, particles, elisions, an initial.

"Charles de Gaulle", "Awa N'Diaye", "Sylvie d'Amours", "Karim M.", a news site's name
("Presseafrik.com"); and the civilities and complements that start or end one.  Read by
the mention parser (:mod:`~claimkit.quotes.mentions`) and the inverted-subject reader.
"""

from __future__ import annotations

from typing import Final

from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.tokens import (
    _CAP_PARTICLES,
    _CIVILITIES,
    _DETERMINERS,
    _NAME_ELISIONS,
    _PARTICLES,
    _is_cap,
    _is_titlecase,
)


def _parse_name(doc: _Doc, i: int, j: int) -> tuple[int, str] | None:
    """Parse Capitalised words (with particles) from token i; return (end index, text)."""
    toks = doc.toks
    if i >= j:
        return None
    k = i + 1
    if _glued_elision(doc, i, j):
        k = i + 2  # "N'Diaye"
    elif not _is_cap(toks[i]):
        return None
    while k < j and k - i < 5:
        if (
            _is_cap(toks[k])
            and toks[k].start - toks[k - 1].end <= 1
            and doc.text[toks[k - 1].end : toks[k].start] not in {"\n", "\r"}
            # "à l'AFP Jean Dupont": an acronym does not start a person's name
            and not (toks[k - 1].raw.isupper() and _is_titlecase(toks[k]))
            # "explique à Paperjam Me François Prum": a civility starts another name
            and not _civility_at(doc, k, j)
        ):
            k += 1
        elif (
            (toks[k].norm in _PARTICLES or toks[k].raw in _CAP_PARTICLES)
            and k + 1 < j
            and _is_titlecase(toks[k + 1])
            and toks[k + 1].start - toks[k].end <= 1
        ):
            k += 2  # "Charles de Gaulle", "Marine Le Pen"
        elif _glued_elision(doc, k, j) and toks[k].start - toks[k - 1].end == 1:
            k += 2  # "Awa N'Diaye"
        elif (
            toks[k].norm == "d'"
            and toks[i].raw in lex.GIVEN_NAMES
            and k + 1 < j
            and _is_titlecase(toks[k + 1])
            and toks[k].start - toks[k - 1].end == 1
            and toks[k + 1].start == toks[k].end
        ):
            k += 2  # "Sylvie d'Amours", after a given name only
        elif (
            toks[k].norm == "."
            and k - 1 > i
            and len(toks[k - 1].raw) == 1
            and toks[k - 1].raw.isupper()
            and toks[k].start == toks[k - 1].end
            and k + 1 < j
            and _is_titlecase(toks[k + 1])
            and toks[k + 1].start - toks[k].end == 1
            and doc.text[toks[k].end] not in "\n\r"
            and _is_titlecase(toks[i])
        ):
            k += 2  # "George W. Bush", "Jon K. Andrus": a middle initial
        else:
            break
    if (
        k + 1 < j
        and toks[k].norm == "."
        and toks[k].start == toks[k - 1].end
        and toks[k + 1].start == toks[k].end
        and toks[k + 1].norm in _DOMAINS
    ):
        k += 2  # a news site: "Presseafrik.com", "Le360.ma"
    elif (
        k + 1 < j
        and k - i == 1
        and toks[k].start == toks[k - 1].end + 1
        and len(toks[k].raw) == 1
        and toks[k].raw.isupper()
        and toks[k + 1].norm == "."
        and toks[k + 1].start == toks[k].end
        and toks[i].raw in lex.GIVEN_NAMES
        and (k + 2 >= len(toks) or toks[k + 2].start > toks[k + 1].end)
    ):
        k += 2  # an initial for a surname, as court reports write: "Karim M.", "Jean-Pierre B."
    end = toks[k - 1].end
    if (
        k - 1 == i + 1
        and len(toks[k - 1].raw) == 1
        and toks[k - 1].raw.isupper()
        and doc.text[end : end + 1] == "."
        and toks[i].raw in lex.GIVEN_NAMES
    ):
        end += 1  # the initial's full stop ends the sentence too: "a dit Paul B."
    return k, doc.text[toks[i].start : end]


def _civility_at(doc: _Doc, k: int, j: int) -> bool:
    """Tell whether token k is a civility before a name: "Me", "Mme", "Dr", "M." ."""
    raw = doc.toks[k].raw
    if raw == "M":
        return k + 1 < j and doc.toks[k + 1].norm == "."
    return raw in _CIVILITIES and k + 1 < j and _is_cap(doc.toks[k + 1])


def _name_after_complement(doc: _Doc, i: int, j: int) -> tuple[int, int] | None:
    """Find a person's name right after a title's complement: (end token, first token).

    "la ministre du Tourisme Awa Diop", "le ministre des Affaires étrangères Sidiki Kaba":
    the complement's capitalised noun is not a first name, so the name is what follows it,
    when that starts with a given name or is a name the document gives elsewhere ("Air
    France KLM" is no person).  At most six tokens of complement are read.
    """
    toks = doc.toks
    if i >= j or toks[i].norm not in {"de", "du", "des", "d'"}:
        return None
    m = i + 1
    while m < j and m - i <= 6 and toks[m].kind != "punct":
        if _is_cap(toks[m]):
            parsed = _parse_name(doc, m, j)
            if parsed is None:
                return None
            stop, name = parsed
            words = name.split()
            prev = toks[m - 1]
            if (
                len(words) >= 2
                and prev.kind == "word"
                and prev.raw.islower()
                and prev.norm not in _DETERMINERS | {"de", "du", "des", "d'"}
                and prev.norm not in _BODY_NOUNS  # "de la plateforme Wakit Tamma": its name
            ):
                # "la porte-parole du parquet Ine Van Wymersch": the complement's noun is
                # lower-case, the capitalised run is the name
                return stop, m
            for cut in range(1, len(words) - 1):
                first, rest = words[cut], " ".join(words[cut:])
                if first in lex.GIVEN_NAMES or doc.name_count.get(rest, 0) > 0:
                    return stop, m + cut
            m = stop
            continue
        m += 1
    return None


def _glued_elision(doc: _Doc, i: int, j: int) -> bool:
    """Tell whether token i is "N'" glued to a capitalised word: "N'Diaye"."""
    toks = doc.toks
    return (
        toks[i].raw in _NAME_ELISIONS
        and i + 1 < j
        and _is_titlecase(toks[i + 1])
        and toks[i + 1].start == toks[i].end
    )


#: Top-level domains of news sites named as sources: "Presseafrik.com", "Kapitalis.tn".
_DOMAINS: Final = frozenset({
    "com", "net", "org", "info", "fr", "be", "ch", "lu", "ca", "qc", "ma", "dz", "tn", "sn",
    "ci", "cm", "cd", "cg", "bf", "ml", "ne", "tg", "bj", "ga", "gn", "mr", "td", "mg", "mu",
    "ht", "lb", "re", "nc", "pf", "africa", "news", "tv", "fm", "media",
})  # fmt: skip


#: Nouns of a kind of body: the capitalised words after them are its name.
_BODY_NOUNS: Final = lex.BODY_KINDS | {
    "cabinet", "banque", "chaîne", "journal", "radio", "site",
}  # fmt: skip
