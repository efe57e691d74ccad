"""Amounts read together.

Ranges ("de 300 000 à 900 000 dollars"), changes ("passe de 40 à 65 gourdes": two amounts),
lists and comparisons sharing a currency ("5,1 milliards de dollars, contre 4,7 milliards"),
bare amounts that take their sentence's currency or the place's, cents after a whole unit,
and qualifiers shared by a bracketed conversion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Final

from claimkit._connectors import (
    connector,
    is_range_start,
    opened_by_entre,
    range_start,
)
from claimkit._lazy import LazyRegex
from claimkit._lexicon import (
    MONEY_CONTEXT_WORDS,
    MONEY_HEAD_NOUNS,
    MONEY_NOUNS,
    PERIODS,
    QUALIFIERS,
)
from claimkit._quantity import (
    find_post_qualifier,
    find_qualifier,
    is_year_label,
)
from claimkit.money._read import (
    _PERIOD_RE,
    _Amount,
    _period_of,
    _with_qualifier,
)
from claimkit.text import (
    APOS,
    HSPACE,
    SPACE,
    trie_alternation,
)

_LETTER: Final = r"[^\W\d_]"


def _share(bare: _Amount, full: _Amount) -> _Amount:
    """Give a bare number the currency (and multiplier) of the amount it is joined to."""
    power = bare.power
    if power == 0 and full.power and bare.coef < 1000 and bare.coef <= full.coef * 10:
        power = full.power  # "entre 2 et 3 millions": both are millions
    return replace(
        bare, currency=full.currency, has_currency=True, power=power, minor=full.minor,
        scale=full.scale,
    )  # fmt: skip


_MINOR_JOIN_RE: Final = LazyRegex(rf"{SPACE}(?:(?i:et){HSPACE}+)?")

#: What may follow a bare number that takes the currency of the amount before it: the end
#: of a clause or a period ("…, soit 36 000 par an."), not a noun ("…, 20 personnes").
_AMOUNT_TAIL_RE: Final = LazyRegex(
    lambda: rf"{SPACE}(?:[.,;:!?)\]»”\"]|$|(?i:{trie_alternation(PERIODS)})(?!{_LETTER}))"
)
_YEAR_LIKE_RE: Final = LazyRegex(r"(?:1[89]|20)\d\d")


def _join_bare(text: str, amounts: list[_Amount], lows_only: bool = False) -> None:
    """Give bare numbers the currency of the amount they are coordinated with, in place.

    Right to left, so a list "10, 20 ou 30 euros" passes the currency along.  A bare number
    joins only where the pair reads as a range, a change or a list: "de 7,7 à 8,2 milliards
    d'euros", "passe de 40 millions d'euros à 45 millions", "45 contre 40 millions".  With
    *lows_only*, only the low end of an opened range joins the amount after it.
    """
    for i in range(len(amounts) - 2, -1, -1):
        a, b = amounts[i], amounts[i + 1]
        if a.has_currency == b.has_currency:
            continue
        # "3,5 millions d'euros par mois, soit près de 42 millions": a qualifier may open b.
        found = find_qualifier(text, b.start) if a.has_currency else None
        b_start = found[0] if found is not None else b.start
        link = connector(text, a.end, b_start)
        if link is None:
            continue
        opened = is_range_start(text, a.start)
        change = opened is not None and opened[1]
        entre = opened_by_entre(text, opened)
        # "de 3 à 5", "entre 3 et 5", "3-5" bound a range; "à respectivement 2570 et 1950
        # francs" is a list, in any order
        bounded = link.type == "dash" or (
            not change and (link.type == "to" or (link.type == "and" and entre))
        )
        if lows_only and (a.has_currency or not bounded or opened is None):
            continue
        if not a.has_currency:
            if a.words and a.power == 0 and a.coef == 1:
                continue  # "un et 1 dollars": "un" is an article
            if (
                not bounded
                and a.power == 0
                and not (change and link.type == "to")  # "passé de 2050 à 2575 gourdes"
                and _YEAR_LIKE_RE.fullmatch(text, a.num_start, a.end)
            ):
                continue  # "en 2022 contre 40 euros": a year, not an amount
            if a.power == 0 and is_year_label(text, a.num_start, a.end):
                continue  # "de 49 milliards au T4-2023 à 53,7 milliards": a date label
            if b.minor and (a.power or a.coef >= 100) and not (bounded and opened is not None):
                continue  # "2 millions, soit 50 centimes": later cents never rescale it
            cand = _share(a, b)
            if bounded and cand.value > b.value:
                continue  # "le 1er janvier 1990 à 1015 francs": not a range
            amounts[i] = cand
        else:
            if b.words and b.power == 0:
                continue  # "1,34 $ c à une part": "une" is an article
            if link.type == "to" and opened is None:
                continue
            if b.power == 0 and is_year_label(text, b.num_start, b.end):
                continue  # "40 euros en 2022"
            if b.power == 0 and not _AMOUNT_TAIL_RE.match(text, b.end):
                continue  # "300 euros, 20 personnes": a count, not an amount
            cand = _share(b, a)
            if bounded and cand.value < a.value:
                continue
            if found is not None:
                cand = replace(cand, start=found[0], qualifier=found[1])
            period = _PERIOD_RE.match(text, cand.end)
            if period is not None:  # "soit 36 000 par an"
                cand = replace(cand, end=period.end(), per=_period_of(period))
            amounts[i + 1] = cand


_MONEY_NOUN_AFTER_RE: Final = LazyRegex(
    lambda: (
        rf"{SPACE}(?i:de{HSPACE}+|d{APOS}){SPACE}"
        rf"(?i:{trie_alternation(MONEY_NOUNS)})(?!{_LETTER})"
    )
)
#: What may follow a bare "4,7 milliards" that is money: the end of a clause or a word that
#: starts a complement ("en 2017", "contre", "soit", "un an plus tôt"), not a noun or a verb.
_BARE_TAIL_RE: Final = LazyRegex(
    rf"{SPACE}(?:[^\w\s]|$|(?i:de{HSPACE}+(?:plus|moins)|en|sur|pour|contre|dans|par|à|au|aux|"
    rf"soit|et|ou|un|une|"
    rf"l{APOS}an|cette|ce|cet|chaque|depuis|dès|jusqu{APOS}en|lors|avant|après|d{APOS}ici|fin|début|entre|"
    rf"selon|alors|dont|hors|sans|avec|seulement|environ|prévus|prévues|inscrits|"
    rf"inscrites|cumulés|cumulées|annuels|annuelles|mensuels|"
    # participles of spending: "7 millions budgétisés", "8,1 milliards consacrés aux frais"
    rf"budgétisée?s?|allouée?s?|versée?s?|dépensée?s?|investie?s?|engagée?s?|débloquée?s?|"
    rf"consacrée?s?|injectée?s?|décaissée?s?|mobilisée?s?|octroyée?s?|accordée?s?)(?!{_LETTER}))"
)
#: What may follow a spelled-out bare amount that is money: a clause end or a complement
#: ("sept milliards sur cinq ans"), never a bracket restating it in digits.
_SPELLED_TAIL_RE: Final = LazyRegex(
    rf"{SPACE}(?:[.,;]|$|(?i:sur|pour|en|de{HSPACE}+(?:plus|moins)|par|soit|contre)(?!{_LETTER}))"
)
_SENTENCE_END_RE: Final = LazyRegex(r"[.!?…](?:[\s»\"”)]|$)|\n")
#: "une tranche de 10 milliards", "un montant total de près de 2 millions": a sum's noun.
_MONEY_HEAD_BEFORE_RE: Final = LazyRegex(
    lambda: (
        rf"(?<!{_LETTER})(?i:{trie_alternation(MONEY_HEAD_NOUNS)})(?:-{_LETTER}+)?"
        rf"(?:{HSPACE}+{_LETTER}+)?"
        rf"{HSPACE}+(?i:de|d{APOS}){SPACE}(?:(?i:{trie_alternation(QUALIFIERS)}){SPACE})?$"
    )
)
#: How far back an antecedent is looked for (the sentence or the one before it).
_ANTECEDENT_SPAN: Final = 400
#: How far back a paragraph's running currency is looked for.
_PARAGRAPH_SPAN: Final = 1200


_MONEY_CONTEXT_RE: Final = LazyRegex(
    lambda: rf"(?<!{_LETTER})(?i:{trie_alternation(MONEY_CONTEXT_WORDS)})(?!{_LETTER})"
)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return the start of the sentence two before *pos*'s and the end of *pos*'s own."""
    lo = max(0, pos - _ANTECEDENT_SPAN)
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, pos)]
    start = starts[-3] if len(starts) >= 3 else lo
    end_m = _SENTENCE_END_RE.search(text, pos, min(len(text), pos + 300))
    return start, (end_m.start() if end_m is not None else min(len(text), pos + 300))


#: The last item of a list: "…, 300 francs pour deux ans (+20%) et 400 pour trois ans".
_LIST_LAST_RE: Final = LazyRegex(rf"(?:,|(?<!{_LETTER})(?:et|ou)){SPACE}$")
_NEXT_WORD_RE: Final = LazyRegex(rf"{SPACE}({_LETTER}+)")
_LIST_SPAN: Final = 80


def _parallel(text: str, full: _Amount, bare: _Amount) -> bool:
    """Tell whether a bare number ends a list whose item before it had a currency.

    The items must read alike: the word after the bare number is the word after the
    amount before ("165 francs pour un an, 300 francs pour deux ans et 400 pour trois ans").
    """
    if bare.num_start - full.end > _LIST_SPAN or not _LIST_LAST_RE.search(
        text, full.end, bare.num_start
    ):
        return False
    if _SENTENCE_END_RE.search(text, full.end, bare.num_start):
        return False
    after_full = _NEXT_WORD_RE.match(text, full.end)
    after_bare = _NEXT_WORD_RE.match(text, bare.end)
    return (
        after_full is not None
        and after_bare is not None
        and after_full.group(1).lower() == after_bare.group(1).lower()
    )


#: "dont" opening a part of the amount before: "…, dont 40 milliards", "dont près de 500 000".
_DONT_RE: Final = LazyRegex(
    rf"(?<!{_LETTER})(?i:dont){HSPACE}+(?:{_LETTER}+{APOS}?{HSPACE}*){{0,3}}$"
)
_PART_SPAN: Final = 60
_NO_DIGIT_RE: Final = LazyRegex(r"[^\d.!?\n]*")


def _part_of(text: str, whole: _Amount, part: _Amount) -> bool:
    """Tell whether *part* is introduced by "dont" as a share of *whole*, right after it.

    "150 milliards FCFA, dont 40 milliards": yes; "3 millions d'euros pour 12 communes, dont
    4 en montagne": the "dont" shares out the communes (a number stands between).
    """
    if part.num_start - whole.end > _PART_SPAN or part.value > whole.value or not part.coef:
        return False
    if part.power == 0 and whole.power == 0 and part.coef < 1000:
        return False  # "300 euros pour les familles, dont 150 en Corse": families, likely
    dont = _DONT_RE.search(text, max(whole.end, part.num_start - 30), part.num_start)
    return dont is not None and _NO_DIGIT_RE.fullmatch(text, whole.end, dont.start()) is not None


def _inherit(text: str, amounts: list[_Amount], local: Callable[[], str | None] | None) -> None:
    """Give a bare amount with a multiplier the currency of its sentence's amounts, in place.

    "des recettes de 23,7 milliards de CDF, contre des prévisions de 22,4 milliards": the
    second takes CDF from an amount in its sentence or the one before; with no antecedent
    there it stays bare (and is dropped).  Only amounts with a multiplier inherit: a bare
    "400" is a count unless a list or change joins it to an amount (:func:`_join_bare`).
    """
    last: _Amount | None = None
    seen: set[str | None] = set()  # the currencies of the document's amounts so far
    counted = 0  # how many amounts so far
    for i, a in enumerate(amounts):
        if a.has_currency:
            if (
                i
                and amounts[i - 1].has_currency
                and _BRACKET_OPEN_RE.fullmatch(text, amounts[i - 1].end, a.start)
            ):
                # "4,5 milliards de F CFP (37,5 millions d'euros) … à 2,6 milliards": the
                # conversion in brackets restates the amount before; the story's currency
                # stays that amount's
                continue
            if not a.minor:
                last = a
                seen.add(a.currency)
                counted += 1
            continue
        if a.power == 0 and not a.words and last is not None and _parallel(text, last, a):
            amounts[i] = replace(a, currency=last.currency, has_currency=True, minor=False)
            continue
        if last is not None and not a.words and _part_of(text, last, a):
            # "150 milliards FCFA, dont 40 milliards financés par l'État": a part of it
            amounts[i] = last = _with_qualifier(
                text, replace(a, currency=last.currency, has_currency=True, minor=False)
            )
            continue
        if a.power == 0 or not a.coef:
            continue
        head = _MONEY_HEAD_BEFORE_RE.search(text, max(0, a.num_start - 50), a.num_start)
        if a.words and (a.power < 6 or not (head or _SPELLED_TAIL_RE.match(text, a.end))):
            continue  # spelled out: only "sept milliards sur cinq ans", "une somme de trois …"
        money_after = _BARE_TAIL_RE.match(text, a.end) or _MONEY_NOUN_AFTER_RE.match(text, a.end)
        if not (head or money_after or _sibling(text, last, a) or _restated(text, last, a)):
            continue  # "2 millions d'habitants", "2 millions bénéficieront": not money
        currency: str | None = None
        if last is not None and a.num_start - last.end <= _ANTECEDENT_SPAN:
            ends = 0
            for _ in _SENTENCE_END_RE.finditer(text, last.end, a.num_start):
                ends += 1
                if ends > 1:
                    break
            if ends <= 1:
                currency = last.currency
        if currency is None and (local is not None or last is not None):
            lo, hi = _sentence_bounds(text, a.num_start)
            if (
                head
                or _MONEY_CONTEXT_RE.search(text, lo, hi)
                or _MONEY_NOUN_AFTER_RE.match(text, a.end)
            ):
                # No antecedent: the place's own currency, where the sentence speaks of
                # money; else the paragraph's running currency ("… 5 milliards d'euros. …
                # … Le bénéfice net atteint 800 millions.").
                # (a spelled-out amount only the running one: "un budget de plus de
                # quatre milliards" after budgets in dollars)
                currency = local() if local is not None and not a.words else None
                if (currency is None and last is not None
                        and a.num_start - last.end <= _PARAGRAPH_SPAN
                        # across a paragraph break when every amount so far (two at
                        # least) is in that currency: "… 71 millions de francs … (32
                        # millions).\n… à hauteur de 95 millions"
                        and (text.find("\n", last.end, a.num_start) < 0
                             or (counted > 1 and seen == {last.currency}))):  # fmt: skip
                    currency = last.currency
        if currency is None and last is None:
            # "4,981 milliards en 2022. Le fédéral va débourser 4,712 milliards d'euros": an
            # amount opening the story takes the currency the next sentence names.
            currency = _cataphoric(text, amounts, i)
        if currency is not None:
            found = replace(a, currency=currency, has_currency=True, minor=False)
            period = _PERIOD_RE.match(text, found.end) if found.per is None else None
            if period is not None:  # "80 millions par mois"
                found = replace(found, end=period.end(), per=_period_of(period))
            amounts[i] = _with_qualifier(text, found)
            last = amounts[i]  # a running currency: "… 4,1 milliards. …, avec 2,841 milliards"
            seen.add(currency)
            counted += 1


#: How far after an amount a bare one of the same multiplier is its sibling.
_SIBLING_SPAN: Final = 120
#: "de"/"d'" and a word after a bare amount: what it counts ("2 millions d'habitants").
_COUNTED_AFTER_RE: Final = LazyRegex(rf"{SPACE}(?i:de|d{APOS}){SPACE}{_LETTER}")


def _sibling(text: str, last: _Amount | None, a: _Amount) -> bool:
    """Tell whether bare *a* shares out the amount just before it, in the same sentence.

    "74,6 millions d'euros …, dont 58,7 millions … (15,8 millions serviront, eux, …)": the
    same multiplier, close after an amount with a currency, counting nothing of its own.
    """
    return (
        last is not None
        and last.power == a.power
        and 0 <= a.num_start - last.end <= _SIBLING_SPAN
        and _SENTENCE_END_RE.search(text, last.end, a.num_start) is None
        and _COUNTED_AFTER_RE.match(text, a.end) is None
    )


#: "Ces 200 milliards", "ces 5 millions": a demonstrative before the number.
_THESE_BEFORE_RE: Final = LazyRegex(rf"(?<!{_LETTER})(?i:ces|ce){HSPACE}+$")


def _restated(text: str, last: _Amount | None, a: _Amount) -> bool:
    """Tell whether bare *a* restates an amount of the paragraph: "Ces 200 milliards …"."""
    return (
        last is not None
        and 0 <= a.num_start - last.end <= _PARAGRAPH_SPAN
        and _THESE_BEFORE_RE.search(text, max(0, a.num_start - 6), a.num_start) is not None
        and _COUNTED_AFTER_RE.match(text, a.end) is None  # "ces 200 millions d'habitants"
    )


def _cataphoric(text: str, amounts: list[_Amount], i: int) -> str | None:
    """Return the currency of the next amount of the same multiplier, this sentence or the next.

    For a bare amount before any amount with a currency (the caller checks).
    """
    a = amounts[i]
    for k in range(i + 1, len(amounts)):
        b = amounts[k]
        if b.num_start - a.end > _ANTECEDENT_SPAN:
            return None
        if b.has_currency and not b.minor:
            if b.power != a.power or _BRACKET_OPEN_RE.fullmatch(text, a.end, b.start):
                return None  # "1,6 milliard (2,54 milliards de $)": a conversion restates it
            for ends, _ in enumerate(_SENTENCE_END_RE.finditer(text, a.end, b.num_start)):
                if ends >= 1:
                    return None  # two sentence ends: too far
            return b.currency
    return None


#: "près de 1000 milliards ariary [500 millions USD]": a conversion in brackets.
_BRACKET_OPEN_RE: Final = LazyRegex(rf"{SPACE}[\[(]{SPACE}(?:(?i:soit|environ){HSPACE}+)?")
_BRACKET_CLOSE_RE: Final = LazyRegex(rf"{SPACE}[\])]")


def _share_bracketed(text: str, pairs: list[tuple[_Amount, _Amount | None]]) -> None:
    """Give a bracketed conversion the qualifier of the amount it restates, in place.

    "près de 1000 milliards ariary [500 millions USD]" is approximate on both sides;
    "200.000 LL (133 dollars) maximum": a qualifier after the brackets is both amounts'.
    A conversion with a qualifier of its own keeps it.
    """
    for k in range(len(pairs) - 1):
        (a, a_high), (b, b_high) = pairs[k], pairs[k + 1]
        if a_high is not None or b_high is not None:
            continue
        if _BRACKET_OPEN_RE.fullmatch(text, a.end, b.start) is None:
            continue
        if b.qualifier == "exact" and a.qualifier not in ("exact", "range"):
            pairs[k + 1] = (replace(b, qualifier=a.qualifier), None)
        elif a.qualifier == "exact" and b.qualifier == "exact":
            close = _BRACKET_CLOSE_RE.match(text, b.end)
            post = find_post_qualifier(text, close.end()) if close is not None else None
            if post is not None:
                pairs[k] = (replace(a, qualifier=post[1]), None)
                pairs[k + 1] = (replace(b, qualifier=post[1]), None)


def _combine(
    text: str, amounts: list[_Amount], local: Callable[[], str | None] | None = None
) -> list[tuple[_Amount, _Amount | None]]:
    """Join neighbours into ranges, cents and coordinated qualifiers.

    Returns (amount, high end or None) pairs; bare numbers still without a currency are
    dropped.
    """
    _join_bare(text, amounts)
    _inherit(text, amounts, local)
    # "des primes de 20 à 80 millions par mois": the high end took its currency from the
    # sentence; the low end joins it now
    _join_bare(text, amounts, lows_only=True)
    out: list[tuple[_Amount, _Amount | None]] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        i += 1
        if not a.has_currency:
            continue
        if b is None or not b.has_currency:
            out.append((a, None))
            continue
        if (
            b.minor
            and not a.minor
            and a.power == 0
            and _MINOR_JOIN_RE.fullmatch(text, a.end, b.start)
        ):
            # "15 dollars et 15 cents", "1 USD 23 cents": one amount in two units.
            out.append((replace(a, end=b.end, coef=a.coef + b.coef / 100), None))
            i += 1
            continue
        link = connector(text, a.end, b.start)
        if link is not None:
            start = range_start(text, a.start, link, b.end)
            if start is not None and b.value >= a.value:
                low = replace(a, start=start, end=b.end, per=b.per or a.per, qualifier="range")
                out.append((low, b))
                i += 1
                continue
            if link.type == "even" and a.qualifier not in ("exact", "range"):
                # "dépassant les 200 000 $, voire les 300 000 $": the qualifier is shared.
                start = link.article_start if link.article_start is not None else b.start
                amounts[i] = replace(b, start=start, qualifier=a.qualifier)
        out.append((a, None))
    return out
