# getattr with a default and hasattr: a missing attribute, descriptors that
# raise AttributeError or other errors, __getattr__ fallbacks, __slots__.
class P:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

    @property
    def gone(self):
        raise AttributeError("gone away")

    @property
    def broken(self):
        raise ValueError("broken")


class G:
    x = 5

    def __getattr__(self, name):
        if name == "virtual":
            return "made up"
        raise AttributeError(name)


class Sub(AttributeError):
    pass


class R:
    @property
    def sub(self):
        raise Sub("subclass")


p, g, r = P(), G(), R()
print(getattr(p, "a", "dflt"), getattr(p, "b", "dflt"), getattr(p, "c", "dflt"))
print(hasattr(p, "a"), hasattr(p, "b"), hasattr(p, "c"))
print(getattr(p, "gone", "dflt"), hasattr(p, "gone"))
for f in (lambda: getattr(p, "broken", 1), lambda: hasattr(p, "broken"), lambda: getattr(p, "c")):
    try:
        f()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(getattr(g, "x", 0), getattr(g, "virtual", 0), getattr(g, "nope", 0), hasattr(g, "virtual"), hasattr(g, "nope"))
print(getattr(r, "sub", "dflt"), hasattr(r, "sub"))
print(getattr(P, "a", None) is P.a, getattr(P, "zz", "cls dflt"), hasattr(P, "__init__"))
print(getattr(1, "real", 0), getattr(1, "imag2", "int dflt"), hasattr("s", "upper"), hasattr("s", "lower2"))
import sys
print(getattr(sys, "no_such_thing", "mod dflt"), hasattr(sys, "argv"))
try:
    getattr(p, 3, None)
except TypeError as e:
    print("TypeError", e)
