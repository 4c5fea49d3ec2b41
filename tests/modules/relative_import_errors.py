# relative import errors: beyond top-level and with no parent package.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
try:
    import bad_relative
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from . import x')
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from .. import y', {'__name__': 'pkg.mod', '__package__': 'pkg'})
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
