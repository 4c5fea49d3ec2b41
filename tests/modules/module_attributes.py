# module objects: __name__, __doc__, __dict__, attribute assignment, types.ModuleType.
import sys, types
this = sys.modules[__name__]
print(this.__name__, this.__doc__)
x = 1
print(this.x, 'x' in vars(this))
this.y = 'set via module object'
print(y)
m = types.ModuleType('made')
print(m.__name__, m.__doc__, repr(m))
m.f = lambda: 'f from made'
print(m.f(), sorted(vars(m)))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
del m.f
print(hasattr(m, 'f'))
import math
print(math.__name__, type(math).__name__, 'sqrt' in dir(math))
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.modules['math'] is math, __builtins__ is not None)
