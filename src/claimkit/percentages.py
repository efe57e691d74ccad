"""French percentages (work in progress: being written now)."""

from __future__ import annotations

from claimkit.models import Percentage


def extract_percentages(text: str) -> list[Percentage]:
    """Placeholder."""
    return []


def parse_percentage(text: str) -> Percentage | None:
    """Placeholder."""
    return None
