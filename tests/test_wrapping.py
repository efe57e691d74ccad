"""Hard-wrapped wire copy: line breaks inside sentences read as spaces by ``extract``."""

from __future__ import annotations

import time

from claimkit import extract
from claimkit._wrapping import unwrapped

WIRE = (
    "ABIDJAN, 14 nov 2008 (AFP) - Le gouvernement ivoirien a adopté un collectif\n"
    "budgétaire pour établir un équilibre entre les dépenses et les recettes, selon un\n"
    "communiqué officiel publié vendredi. Cette modification porte le budget de 2.130\n"
    "milliards de FCFA (plus de 3\n"
    "milliards EUR) à 2.315 milliards de FCFA, selon le texte rendu public à la fin de\n"
    "l'année 2008. « Ce budget permettra de faire face aux\n"
    "dépenses de l'Etat », a déclaré le ministre Charles Koffi Diby.\n"
)


def test_wrapped_amounts_dates_and_quotes_are_read() -> None:
    claims = extract(WIRE, reference_date="2008-11-14")
    by_kind = {(c.kind, c.text.replace("\n", " ")) for c in claims}
    assert ("money", "plus de 3 milliards EUR") in by_kind
    assert ("money", "2.130 milliards de FCFA") in by_kind
    quotes = [c for c in claims if c.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Charles Koffi Diby"]
    for c in claims:  # every claim is a span of the original text, line breaks kept
        assert WIRE[c.start : c.end] == c.text


def test_paragraphs_are_left_alone() -> None:
    text = "Titre\n\nUn paragraphe sur 3 millions d'euros.\nUn autre, en mars.\nLa fin."
    assert unwrapped(text) is text
    assert len(unwrapped(WIRE)) == len(WIRE)


def test_unwrapping_is_linear() -> None:
    line = "le budget de 3 millions de francs est\nadopté par la commission\n"

    def cost(n: int) -> float:
        text = line * n
        start = time.perf_counter()
        unwrapped(text)
        return time.perf_counter() - start

    cost(100)
    small, large = cost(2_000), cost(20_000)
    assert large < 40 * small + 0.05  # 10× the text: about 10× the time, never quadratic
