# copy._reconstruct: what copy.copy and copy.deepcopy do with the reduced
# form of an object (__reduce_ex__ returning 2- to 6-tuples or a string,
# __setstate__, (dict, slots) state, listitems/dictitems iterators,
# copyreg.__newobj__), and the order of the deep copies and memo updates.
import copy
import copyreg

log = []


class Traced:
    """Records each deep copy of it; its copy is itself."""

    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        log.append("copy " + self.name)
        return self

    def __repr__(self):
        return self.name


def build(*args):
    log.append("build %r" % (args,))
    return Box(list(args))


class Box:
    def __init__(self, args=None):
        self.args = args

    def __repr__(self):
        return "Box(%r)" % (self.__dict__,)


class Reduced:
    """Its reduced form is the given tuple."""

    def __init__(self, rv):
        self.rv = rv

    def __reduce_ex__(self, proto):
        log.append("reduce_ex %d" % proto)
        return self.rv


def show(label, f, x):
    del log[:]
    try:
        r = f(x)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, f.__name__, repr(r), log)


class Bag(list):
    pass


class Table(dict):
    pass


class Stateful:
    def __init__(self):
        self.seen = None

    def __setstate__(self, state):
        log.append("setstate %r" % (state,))
        self.seen = state

    def __repr__(self):
        return "Stateful(%r)" % (self.seen,)


class Slotted:
    __slots__ = ("a", "b", "__dict__")

    def __repr__(self):
        return "Slotted(a=%r, b=%r, dict=%r)" % (
            getattr(self, "a", None), getattr(self, "b", None), self.__dict__)


def new_list(cls, *args):
    log.append("new_list %s %r" % (cls.__name__, args))
    return cls()


cases = [
    ("2-tuple", lambda: (build, (Traced("a1"), Traced("a2")))),
    ("3-tuple dict state", lambda: (build, (), {"k": Traced("s")})),
    ("3-tuple None state", lambda: (build, (Traced("a"),), None)),
    ("setstate", lambda: (Stateful, (), [Traced("st")])),
    ("setstate tuple", lambda: (Stateful, (), (1, 2))),
    ("slots state", lambda: (Slotted, (), (None, {"a": Traced("va"), "b": 2}))),
    ("dict and slots", lambda: (Slotted, (), ({"d": Traced("vd")}, {"a": 1}))),
    ("4-tuple listitems", lambda: (Bag, (), None, iter([Traced("l1"), [Traced("l2")]]))),
    ("5-tuple dictitems", lambda: (Table, (), None, None, iter([(Traced("k1"), Traced("v1")), ("k2", [Traced("v2")])]))),
    ("5-tuple all", lambda: (Table, (), {"attr": Traced("at")}, None, iter([("k", Traced("v"))]))),
    ("6-tuple", lambda: (Box, (), None, None, None, None)),
    ("1-tuple", lambda: (Box,)),
    ("empty", lambda: ()),
    ("list rv", lambda: [build, [Traced("x")]]),
    ("args list", lambda: (build, [Traced("y"), 3])),
    ("args generator", lambda: (build, (a for a in [Traced("g")]))),
    ("args not iterable", lambda: (build, 5)),
    ("newobj", lambda: (copyreg.__newobj__, (Box, Traced("n")), {"z": 1})),
    ("newobj list", lambda: (copyreg.__newobj__, (Bag,), None, iter([1, 2]))),
    ("custom newobj", lambda: (new_list, (Bag, Traced("c")), None, iter([3]))),
    ("bad slot name", lambda: (Box, (), (None, {5: 1}))),
    ("bad state", lambda: (Box, (), 5)),
    ("dictitems not pairs", lambda: (Table, (), None, None, iter([(1, 2, 3)]))),
]

# Each case makes a fresh reduced form: its iterators are used up.
for label, make in cases:
    for f in (copy.copy, copy.deepcopy):
        show(label, f, Reduced(make()))


class Named:
    def __reduce_ex__(self, proto):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n, copy.deepcopy([n])[0] is n)

show("non-iterable rv", copy.copy, Reduced(5))
show("non-iterable rv", copy.deepcopy, Reduced(5))


# The memo: a cycle through the state finds the copy made before the state
# is copied; x and its copy are both in the memo afterwards.
class Node:
    def __init__(self):
        self.me = self
        self.items = [self]


node = Node()
clone = copy.deepcopy(node)
print(clone is not node, clone.me is clone, clone.items[0] is clone)
memo = {}
clone = copy.deepcopy(node, memo)
print(memo[id(node)] is clone, any(v is node for v in memo[id(memo)]))


# Reconstructed subclasses of list and dict with attributes and items.
b = Bag([1, [2]])
b.tag = "t"
for f in (copy.copy, copy.deepcopy):
    c = f(b)
    print(f.__name__, type(c).__name__, c, c.__dict__, c[1] is b[1])
t = Table(a=[1])
t.tag = "u"
for f in (copy.copy, copy.deepcopy):
    c = f(t)
    print(f.__name__, type(c).__name__, c, c.__dict__, c["a"] is t["a"])


# __slots__ classes, with and without values.
class P:
    __slots__ = ("x", "y")


p = P()
p.x = [1]
for f in (copy.copy, copy.deepcopy):
    c = f(p)
    print(f.__name__, c.x, hasattr(c, "y"), c.x is p.x)


# __getstate__ / __setstate__ through the default __reduce_ex__.
class Custom:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"v": self.v, "extra": 1}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


c = copy.deepcopy(Custom([5]))
print(sorted(c.__dict__.items()))


# __getnewargs__ feeds cls.__new__ through copyreg.__newobj__.
class WithNew:
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.made = (a, b)
        return self

    def __init__(self, a, b):
        raise AssertionError("__init__ is not called by copy")

    def __getnewargs__(self):
        return (self.made[0], [self.made[1]])


w = WithNew.__new__(WithNew, 1, 2)
for f in (copy.copy, copy.deepcopy):
    print(f.__name__, f(w).made)


# _reconstruct called directly (some libraries do), with keywords too.
print(copy._reconstruct(None, None, Box, ()))
print(copy._reconstruct(None, {}, Box, ([1],), state={"q": 1}))
try:
    copy._reconstruct(None, None)
except TypeError as e:
    print("TypeError", e)
