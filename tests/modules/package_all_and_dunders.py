# Module dunders: __all__, __package__, __spec__.name, __file__ of packages and submodules.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
import pkg
import pkg.sub.deep as deep
print(pkg.__all__, pkg.__spec__.name, deep.__spec__.name, deep.__spec__.parent, pkg.__spec__.submodule_search_locations is not None)
print(os.path.basename(pkg.__file__), os.path.basename(deep.__file__), deep.__package__)
ns = {}
exec('from pkg import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
print(__spec__ is None, __package__ is None, __name__)
