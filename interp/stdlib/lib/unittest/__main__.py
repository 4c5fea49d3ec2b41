"""Main entry point: python -m unittest."""

import sys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The program name in usage messages: "python -m unittest".
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
