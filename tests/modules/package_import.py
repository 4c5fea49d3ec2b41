# importing a package and its submodules; package attributes.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
import pkg
print(pkg.PKG_LEVEL, pkg.helper(), pkg.constants.PI, pkg.__name__, pkg.__package__)
print(hasattr(pkg, 'sub'))
import pkg.sub.deep
print(hasattr(pkg, 'sub'), pkg.sub.deep.info(), pkg.sub.__name__, pkg.sub.deep.__package__)
from pkg.sub import deep as d2
print(d2 is pkg.sub.deep)
import pkg.helpers as h
print(h.helper(), h.__name__)
print(sorted(m for m in sys.modules if m == 'pkg' or m.startswith('pkg.')))
print(pkg.__path__[0].replace('\\', '/').endswith('_support/pkg'), pkg.__file__.endswith('__init__.py'))
print(pkg.__all__)
