# from module import * with and without __all__.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
from star_mod import *
print(public_a, public_b, 'public_c' in dir(), '_under' in dir())
from nostar_mod import *
print(visible, '_hidden' in dir())
import attr_getattr
print(attr_getattr.dynamic, attr_getattr.static, dir(attr_getattr))
try:
    attr_getattr.missing
except AttributeError as e:
    print(type(e).__name__, e)
from attr_getattr import dynamic
print(dynamic)
