# getattr, setattr, hasattr, delattr.
class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 2)
print(c.b, getattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: getattr(c, 5), lambda: setattr(c, 1, 2), lambda: hasattr(c, None), lambda: getattr(c)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
setattr(c, 'with space', 'odd name')
print(getattr(c, 'with space'), sorted(vars(c)))
class Raiser:
    @property
    def p(self):
        raise ValueError('not attribute error')
try:
    hasattr(Raiser(), 'p')
except ValueError as e:
    print('hasattr propagates', type(e).__name__, e)
print(getattr(str, 'upper')('x'), getattr([1, 2], '__len__')(), getattr(1, 'imag'))
import math
print(getattr(math, 'pi') == math.pi, hasattr(math, 'tau'), getattr(math, 'nothing', None))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
