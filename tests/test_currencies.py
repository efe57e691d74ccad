"""Every row of the currency table is read back: each name, adjective and abbreviation.

The rows (``claimkit._currencies.FRANCOPHONE_CURRENCIES``) are the lexicon of the currencies
of the French-speaking world; this test puts every written form of every row with a fixed
ISO code in a plain sentence and checks the amount, value and code that come back.  Bare
words resolved by place ("francs", "dinars") are covered by ``tests/cases/money.jsonl`` and
the Hypothesis property in ``tests/test_properties.py``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimkit import extract_money
from claimkit._currencies import (
    CFA,
    DINAR,
    F_SIGN,
    FRANC,
    FRANCOPHONE_CURRENCIES,
    LIVRE,
    PESO,
    ROUPIE,
)

_PLACEHOLDERS = {None, CFA, DINAR, F_SIGN, FRANC, LIVRE, PESO, ROUPIE}
_FIXED = [row for row in FRANCOPHONE_CURRENCIES if row.code not in _PLACEHOLDERS]

_FORMS = [
    (f"{name} {adjective}", row.code)
    for row in _FIXED
    for name in row.names
    for adjective in row.adjectives
] + [(name, row.code) for row in _FIXED if row.bare for name in row.names]
_ABBREVIATIONS = [(abbr, row.code) for row in _FIXED for abbr in row.abbreviations]
_SCALED = [(abbr, power, row.code) for row in _FIXED for abbr, power in row.scaled]


@pytest.mark.parametrize(("form", "code"), _FORMS, ids=[f for f, _ in _FORMS])
def test_every_name_is_read(form: str, code: str) -> None:
    text = f"Le montant atteint 1 250 {form} selon le rapport."
    (found,) = extract_money(text)
    assert (found.text, found.value, found.currency) == (f"1 250 {form}", Decimal(1250), code)


@pytest.mark.parametrize(("abbr", "code"), _ABBREVIATIONS, ids=[a for a, _ in _ABBREVIATIONS])
def test_every_abbreviation_is_read(abbr: str, code: str) -> None:
    text = f"Le montant atteint 1 250 {abbr} selon le rapport."
    (found,) = extract_money(text)
    assert (found.text, found.value, found.currency) == (f"1 250 {abbr}", Decimal(1250), code)


@pytest.mark.parametrize(("abbr", "power", "code"), _SCALED, ids=[a for a, _, _ in _SCALED])
def test_every_scaled_abbreviation_is_read(abbr: str, power: int, code: str) -> None:
    text = f"Le montant atteint 57 {abbr} selon le rapport."
    (found,) = extract_money(text)
    assert (found.value, found.currency) == (Decimal(57) * 10**power, code)


def test_abbreviations_are_case_sensitive() -> None:
    """ "da", "ll", "ar" in lower case are words, never dinars, livres or ariary."""
    assert extract_money("Il en a vu 12 da capo, 3 ll et 5 ar.") == []
