# Argument errors of operator.itemgetter, attrgetter and methodcaller (at
# construction and at call), and types.SimpleNamespace's type names, repr
# and constructor errors, with CPython's messages.
import operator
import types

cases = [
    lambda: operator.itemgetter(), lambda: operator.attrgetter(), lambda: operator.methodcaller(),
    lambda: operator.itemgetter(x=1), lambda: operator.attrgetter(1), lambda: operator.attrgetter('a', x=1),
    lambda: operator.methodcaller(1), lambda: operator.methodcaller(name='x'),
    lambda: operator.itemgetter(1)(), lambda: operator.itemgetter(1)([1, 2], 3),
    lambda: operator.attrgetter('a')(), lambda: operator.attrgetter('a')(1, 2),
    lambda: operator.methodcaller('a')(), lambda: operator.methodcaller('a')(1, 2),
    lambda: operator.itemgetter(1)(x=1), lambda: operator.attrgetter('a')(x=1),
    lambda: operator.methodcaller('a')(x=1),
    lambda: operator.itemgetter(1, 0)('ab'), lambda: operator.attrgetter('real', 'imag')(3j),
    lambda: operator.methodcaller('split', ',', maxsplit=1)('a,b,c'),
    lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({1: 2}),
    lambda: types.SimpleNamespace(**{'a': 1}, b=2), lambda: types.SimpleNamespace(**{1: 2}),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

T = types.SimpleNamespace
print(T.__name__, T.__qualname__, T.__module__, repr(T))
ns = T(b=2, a=1)
print(ns, ns == T(a=1, b=2), ns != T(a=1), vars(ns))


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), type(Sub(x=1)).__qualname__, isinstance(Sub(), T))
