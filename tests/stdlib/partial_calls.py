# functools.partial calls: the stored arguments come before the call's,
# keywords merge with the call's winning, and the wrapped callable's own
# argument checks report errors (plain Python functions, defaults, *args,
# keyword-only parameters, closures, generators, built-ins, methods,
# classes and nested partials).
from functools import partial


def f2(a, b):
    return (a, b)


def fdef(a, b, c=3):
    return (a, b, c)


def fvar(a, *rest, **kw):
    return (a, rest, sorted(kw.items()))


def fkwonly(a, *, k):
    return (a, k)


def gen(a, b):
    yield a
    yield b


def make_closure():
    x = 10

    def inner(a, b):
        return a + b + x
    return inner


p = partial(f2, 1)
for i in range(3):
    print(p(i))
print(p(b=5))
print(partial(f2)(1, 2), partial(f2, 1, 2)())
for call in (lambda: p(), lambda: p(2, 3), lambda: p(a=2), lambda: p(2, b=3), lambda: p(c=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

print(partial(fdef, 1)(2), partial(fdef, 1, 2)(), partial(fdef, 1)(2, 4), partial(fdef, 1, c=9)(2))
print(partial(fdef, 1, c=9)(2, c=7))
print(partial(fvar, 1, 2)(3, x=4), partial(fvar, 1, y=0)(x=1))
print(partial(fkwonly, k=2)(1), partial(fkwonly, 1)(k=3))
try:
    partial(fkwonly, 1)(2)
except TypeError as e:
    print("TypeError:", e)
print(list(partial(gen, 1)(2)))
print(partial(make_closure(), 1)(2))
print(partial(max, 3)(1, 7), partial(max, 3, key=lambda v: -v)(1, 7))
print(partial(divmod, 17)(5), partial(int, base=2)("101"))
print(partial(str.join, "-")(["a", "b"]), partial([3, 1, 2].index, 1)())
print(partial(dict, a=1)(b=2), partial(tuple)(range(3)))


class C:
    def m(self, a, b):
        return (type(self).__name__, a, b)


c = C()
print(partial(c.m, 1)(2), partial(C.m, c, 1)(2), type(partial(C)()).__name__)
q = partial(partial(f2, 1), 2)
print(q(), q.args, q.func is f2)
r = partial(partial(fdef, c=5), 1)
print(r(2), r.keywords)

# The stored arguments are not changed by calls, and a call keeps none.
acc = []
pa = partial(acc.append)
for i in range(5):
    pa(i)
print(acc)
p2 = partial(f2, [0])
x = p2(1)
x[0].append(9)
print(p2(2), p2.args)
