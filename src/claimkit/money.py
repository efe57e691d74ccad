"""French monetary amounts (work in progress: being written now)."""

from __future__ import annotations

from claimkit.models import Money


def extract_money(text: str, *, currency_hint: str | None = None) -> list[Money]:
    """Placeholder."""
    return []


def parse_money(text: str) -> Money | None:
    """Placeholder."""
    return None
