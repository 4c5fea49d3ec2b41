# import of a helper module from _support: attributes, aliases, from-import.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
import simple_mod
print(simple_mod.VALUE, simple_mod.greet('x'), simple_mod.__name__, type(simple_mod).__name__)
import simple_mod as sm
print(sm is simple_mod)
from simple_mod import VALUE, greet as g, Thing
print(VALUE, g('y'), Thing.__module__, Thing.__qualname__)
from simple_mod import _private
print(_private)
try:
    from simple_mod import nonexistent
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])
print('simple_mod' in sys.modules, simple_mod.__file__.replace('\\', '/').endswith('modules/_support/simple_mod.py'))
print(simple_mod.__doc__, sorted(k for k in vars(simple_mod) if not k.startswith('__')))
