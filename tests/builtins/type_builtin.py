# type() with one and three arguments, object(), id() identity, super basics.
print(type(1), type('a'), type([]), type(type), type(None), type(len), type(lambda: 0).__name__)
X = type('X', (), {'a': 1, 'm': lambda self: 'method'})
print(X.__name__, X.a, X().m(), X.__bases__, type(X))
Y = type('Y', (X,), {})
print(Y.__mro__[1].__name__, Y().a)
for bad in [lambda: type('Z', 5, {}), lambda: type('Z', (), 5), lambda: type(1, 2), lambda: type('Z', (5,), {})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
o = object()
print(type(o).__name__, o == o, o != object(), str(o).startswith('<object object at'))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(id(None) == id(None), type(id(a)).__name__)
print(type.__name__, type.__qualname__, int.__qualname__, type(int.__add__).__name__, type([].append).__name__)
class M(type): pass
Z = M('Z', (), {})
print(type(Z).__name__, isinstance(Z, type))
