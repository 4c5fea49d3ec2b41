# gengolden.py: writes golden/NAME.dump for each golden/NAME.py, the tree
# CPython 3.11 builds (ast.dump with indent=3 and attributes, f-string inner
# positions removed as in astdump.py). Run: python3 gengolden.py
import ast
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from astdump import strip_fstring_positions  # noqa: E402

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
for name in sorted(os.listdir(here)):
    if name.endswith(".py"):
        with open(os.path.join(here, name), "rb") as f:
            tree = ast.parse(f.read())
        strip_fstring_positions(tree)
        with open(os.path.join(here, name[:-3] + ".dump"), "w") as f:
            f.write(ast.dump(tree, indent=3, include_attributes=True) + "\n")
