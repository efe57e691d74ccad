"""``python -m claimkit``: the same as the ``claimkit`` command (see :mod:`claimkit.cli`)."""

import sys

from claimkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
