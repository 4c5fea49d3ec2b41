# The eval loop's direct paths for calls of built-ins: bound built-in
# methods (self put in the call's self slot), method descriptors after
# LOAD_METHOD, keywords, re-entrant calls, and the fast cases of
# isinstance, min and max, with CPython's results and messages.
import functools


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


# Bound built-in methods kept in variables, with and without keywords.
l = []
app = l.append
for i in range(3):
    app(i)
print(l)
split = "a,b,,c".split
show(split, ",")
show(split, sep=",", maxsplit=1)
show(app)
show(app, 1, 2)
show(app, x=1)
get = {1: "one"}.get
show(get, 1)
show(get, 2, "none")

# A bound built-in method whose callee calls back into Python, which
# makes calls of its own (the self slot must survive re-entry).
out = []
key = lambda x: (out.append(x), -x)[1]
s = sorted
show(s, [3, 1, 2], key=key)
print(out)
show([5, 4, 6].index, 6)

# Method descriptors called through LOAD_METHOD, on exact types and on
# subclasses, and borrowed by another class.
class L(list):
    pass


x = L([1])
x.append(2)
print(x, list.append(x, 3) or x)
show(list.append, [], 1)
show(list.append)
show(list.append, (), 1)


class Borrow:
    get = dict.get


try:
    Borrow().get(1)
except TypeError as e:
    print(e)
show(dict.fromkeys, "ab", 0)

# functools.partial prepends its arguments (nested, with keywords, and
# with more arguments than fit the thread's scratch space).
p = functools.partial(max, 1)
show(p, 5)
show(functools.partial(p, 7), 2)
show(functools.partial(print, "a", sep="-"), "b")
show(functools.partial(lambda *a: len(a), *range(200)), *range(100))
show(functools.partial(lambda *a: a, 1), 2, 3)

# isinstance when __class__ is the type, and when it is not.
class Fake:
    @property
    def __class__(self):
        return int


show(isinstance, Fake(), int)
show(isinstance, Fake(), Fake)
show(isinstance, {}, str)
show(isinstance, {}, (str, dict))
show(isinstance, 1, int | str)
show(issubclass, bool, (str, int))

# min and max of two numbers (ties keep the first), and their other cases.
nan = float("nan")
for a, b in [(1, 2), (2, 1), (1, 1.0), (1.0, 1), (2.5, -0.5), (0.0, -0.0), (-0.0, 0.0), (nan, 1.0), (1.0, nan), (True, 1)]:
    print(repr(min(a, b)), repr(max(a, b)))
show(min, 1, "a")
show(max, [])
show(max, [], default=0)
