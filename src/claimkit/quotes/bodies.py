"""Bodies that speak: institutions, organisations and acronyms, named as fully as the text does.

"le parquet" after "le parquet de Vienne", "l'Ugtt" for the "UGTT" spelled out, "affirme
l'organisation" after "L'ONG Human Rights Watch": each looks back a bounded stretch.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.mentions import _Mention
from claimkit.quotes.names import _CURRENCIES
from claimkit.quotes.tokens import _ORG_WINDOW, _fold


def _is_institution(m: _Mention) -> bool:
    """Tell whether an anaphor names an institution by itself: "le gouvernement"."""
    words = _fold(m.text).split()
    return bool(words) and words[-1] in lex.INSTITUTIONS


def _institution_in_full(doc: _Doc, noun: str, pos: int) -> str | None:
    """Return the one full form the document gives *noun* before *pos*, or None.

    "Le parquet de Vienne a ouvert une enquête. … « … », a indiqué le parquet." → "parquet
    de Vienne"; "le gouvernement provincial de Kinshasa".  Two forms ("ministère de la
    Santé", "ministère de l'Intérieur") leave the noun alone; with none before, the first
    form after.  At most 3,000 characters each way, and eight forms, are read.
    """
    forms: set[str] = set()
    pattern = _institution_pattern(noun)
    for n, found in enumerate(pattern.finditer(doc.text, max(0, pos - 3000), pos)):
        forms.add(_without_verb(found.group(0)))
        if len(forms) > 1 or n >= 8:
            return None
    if not forms:
        # named in full only after: "… », selon le parquet. Le parquet de Vienne a ouvert …"
        after = pattern.search(doc.text, pos, pos + 3000)
        return _without_verb(after.group(0)) if after is not None else None
    return forms.pop()


def _without_verb(form: str) -> str:
    """Drop a verb of saying the complement's adjective slot took: "… de la Santé indique"."""
    head, _, last = form.rpartition(" ")
    return head if head and last.islower() and last in lex.REPORTING_VERBS else form


@lru_cache(maxsize=64)
def _institution_pattern(noun: str) -> regex.Pattern[str]:
    """Compile the search for *noun* with its complement ("parquet de Vienne")."""
    return regex.compile(
        rf"(?<![\p{{L}}\-]){regex.escape(noun)}"
        r"(?:[ \u00a0]\p{Ll}{4,}(?:al|ale|ial|iale|ien|ienne|ais|aise|ois|oise|ain|aine|if|ive))?"
        r"[ \u00a0](?:"
        # "l'ordre des avocats", "le syndicat des enseignants": a plural noun of members
        r"des[ \u00a0]\p{Ll}{4,}[sx](?![\p{L}\-])|"
        r"(?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['\u2019]|du[ \u00a0]|des[ \u00a0]"
        r"|de[ \u00a0]|d['\u2019])"
        r"\p{Lu}[\p{L}\-]+(?:[ \u00a0](?:\p{Lu}[\p{L}\-]+"
        r"|\p{Ll}{3,}(?:ères|ère|aux|ale|ales|iques|ique|elle|elles|aires|aire|ée|ées)))?)"
    )


#: A body's kind right before its name: "l'ONG Human Rights Watch", "le parti Les
#: Républicains" (folded text).
_BODY_CUE_RE: Final = LazyRegex(
    lambda: r"(?<![\p{L}])(?:" + "|".join(sorted(lex.BODY_KINDS)) + r")\s+\Z"
)


def _named_body(doc: _Doc, pos: int) -> str | None:
    """Return the body of several words named last before *pos* with its kind before it.

    "L'ONG Human Rights Watch a publié un rapport. « … », affirme l'organisation."
    """
    for start, name in reversed(doc.names_before(pos, _ORG_WINDOW)[-8:]):
        if _BODY_CUE_RE.search(_fold(doc.text[max(0, start - 16) : start])) is not None:
            return name
    return None


def _org_name(doc: _Doc, org: str | None) -> str | None:
    """Name an organisation as the document does most fully: "BCC" → its spelled-out form."""
    if org is None or org in _CURRENCIES or org in lex.NOT_SPEAKERS or org in doc.datelines:
        return None
    if org not in doc.acronyms and org[1:].islower() and org.upper() in doc.acronyms:
        return doc.acronyms[org.upper()]  # "l'Ugtt" for the "UGTT" spelled out
    if org in doc.acronyms:
        return doc.acronyms[org]
    if 2 <= len(org) <= 6 and org.isalpha() and (org.isupper() or org[1:].islower()):
        # "l'Udc" for "L'Union démocratique du Cameroun", never spelled out in parentheses
        full = doc.initials(org.upper())
        if full is not None:
            return full
    return org
