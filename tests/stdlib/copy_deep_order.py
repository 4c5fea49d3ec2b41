# copy.deepcopy: the order copies are made in (seen through __deepcopy__),
# tuples reached again through a cycle, atomic items inside containers,
# and the memo's contents afterwards.
import copy

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        log.append(self.name)
        return Tracked(self.name + "'")

    def __repr__(self):
        return "T(%s)" % self.name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Tracked) and other.name == self.name


d = {Tracked("k1"): Tracked("v1"), 3: Tracked("v2"), Tracked("k3"): 4.5, "s": "t"}
c = copy.deepcopy(d)
print(log, c)
log.clear()
print(copy.deepcopy([Tracked("a"), 1, (Tracked("b"), "x", 2.5, None), {Tracked("c")}]), log)

# A tuple reached again through a cycle.
lst = []
t = (lst, 1, "a")
lst.append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct[0] is not lst, ct[1:])
# A tuple whose items are all atomic is itself.
t2 = (1, "a", None, 2.5, b"x", int, len)
print(copy.deepcopy(t2) is t2, copy.deepcopy([t2])[0] is t2)

# The memo after a copy: ids of copied originals, and the keep-alive list.
memo = {}
src = [[1, 2], (3, [4]), {"k": [5]}, 7, "s"]
dst = copy.deepcopy(src, memo)
print(dst, id(src) in memo, memo[id(src)] is dst, id(src[0]) in memo)
kept = memo[id(memo)]
print(len(kept), any(k is src for k in kept), 7 in [v for v in memo.values() if type(v) is int])
# A memo entry for an object is used.
memo2 = {id(src[0]): "pre"}
print(copy.deepcopy(src, memo2)[0])


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
cs = copy.deepcopy(s)
print(cs.a, cs.a is not s.a, hasattr(cs, "b"))


class Plain:
    pass


p = Plain()
p.x = {"y": p}
cp = copy.deepcopy(p)
print(cp.x["y"] is cp, cp is not p, copy.copy(p).x is p.x)
e = Plain()
print(copy.deepcopy(e).__dict__)

# Reconstruction through copyreg.__newobj__, a replaced one, and others.
import copyreg


class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("__init__ not called by copies")

    def __getnewargs__(self):
        return (1, [2])


w = WithNew.__new__(WithNew)
w.v = 5
print(copy.deepcopy(w).v, copy.copy(w).v)


class Custom:
    def __reduce__(self):
        return (copyreg.__newobj__, ())


for f in (copy.copy, copy.deepcopy):
    try:
        f(Custom())
    except Exception as e:
        print(type(e).__name__, e)
orig = copyreg.__newobj__


def traced(cls, *args):
    print("traced __newobj__", cls.__name__, args)
    return orig(cls, *args)


copyreg.__newobj__ = traced
try:
    print(copy.deepcopy(w).v)
finally:
    copyreg.__newobj__ = orig
print(copy.deepcopy(w).v)


class Made:
    def __init__(self, *parts):
        self.parts = parts


def make(*parts):
    print("make", parts)
    return Made(*parts)


class ReduceArgs:
    def __init__(self, kind):
        self.kind = kind

    def __reduce__(self):
        shared = [1]
        if self.kind == "list":
            return (make, [shared, 2, shared])
        if self.kind == "gen":
            return (make, (x for x in ("a", [3], 4)))
        if self.kind == "atomic":
            return (make, (5,))
        return (make, ())


for kind in ("list", "gen", "atomic", "empty"):
    c = copy.deepcopy(ReduceArgs(kind))
    print(kind, c.parts, len(c.parts) == 3 and c.parts[0] is c.parts[2])
    print(kind, copy.copy(ReduceArgs(kind)).parts)
