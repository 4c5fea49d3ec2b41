# importlib.import_module, __import__, reload, and sys.modules manipulation.
import os, sys, importlib
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
m = importlib.import_module('counter_mod')
print(m.bump(), m.bump())
m2 = importlib.import_module('counter_mod')
print(m2 is m, m2.count)
importlib.reload(m)
print('after reload', m.count)
c = importlib.import_module('.constants', 'pkg')
print(c.PI, c.__name__)
top = __import__('pkg.sub.deep')
print(top.__name__)
leaf = __import__('pkg.sub.deep', fromlist=['info'])
print(leaf.__name__)
try:
    importlib.import_module('no_such_mod_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(type(e).__name__, e)
import types
fake = types.ModuleType('fake_mod', 'a fake module')
fake.answer = 42
sys.modules['fake_mod'] = fake
import fake_mod
print(fake_mod.answer, fake_mod.__doc__)
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
