from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
CASES = HERE / "cases"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
