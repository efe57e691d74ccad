"""Collection rules for the whole repository (not shipped in the package)."""

import importlib.util


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # ValueError: sys.modules[name] is None
        return False


# claimkit.spacy needs the optional spaCy; without it, skip its doctests instead of failing
# collection (CI installs spaCy through the test extra, so there they run).
collect_ignore = [] if _installed("spacy") else ["src/claimkit/spacy.py"]
