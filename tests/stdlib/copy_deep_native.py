# copy.deepcopy of the built-in containers copied natively: memo contents,
# cycles, sets and frozensets, subclasses (which take the __reduce_ex__
# path), hooks met inside containers, memos that are not dicts, containers
# changed during the copy, copyreg reducers for set, deep nesting.
import copy
import copyreg
import sys

# Shared and cyclic structure through every container kind.
shared = [1, 2]
d = {"a": shared, "b": (shared, "x"), "c": {frozenset({1, 2}), 3}, "l": []}
d["l"].append(d)
c = copy.deepcopy(d)
print(c["a"] is c["b"][0], c["a"] is not shared, c["l"][0] is c, c["c"] == d["c"])
print(sorted(map(repr, c["c"])), type(c["b"]).__name__)

# Sets and frozensets are always new objects, even of atomic items.
fs = frozenset({1, "a", None})
s = {1, 2.5, "z", (1, 2)}
print(copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs, copy.deepcopy(s) is s, copy.deepcopy(s) == s)
print(copy.deepcopy(frozenset()) == frozenset(), type(copy.deepcopy(frozenset())).__name__)
# A tuple of atomics (and an empty tuple) is its own copy; one holding a list is not.
t = (1, "a", (2, None))
empty = ()
print(copy.deepcopy(t) is t, copy.deepcopy(empty) is empty, copy.deepcopy((1, [2]))[1] == [2])

# The memo: what is in it after a copy, and what a given memo supplies.
memo = {}
src = [{"k": {1, 2}}, frozenset({3}), (4, [5]), "s", 6]
dst = copy.deepcopy(src, memo)
ids = {id(src): "src", id(src[0]): "dict", id(src[0]["k"]): "set",
       id(src[1]): "frozenset", id(src[2]): "tuple", id(src[2][1]): "inner"}
print(sorted(ids[k] for k in memo if k in ids), memo[id(src)] is dst)
kept = memo[id(memo)]
print(sorted(type(k).__name__ for k in kept if any(k is v for v in (src, src[0], src[1], src[2]))))
pre = {id(src[2]): "given"}
print(copy.deepcopy(src, pre)[2], pre[id(src)][2])
# deepcopy(x, memo) with a keyword, and memo=None.
print(copy.deepcopy(x=[1, [2]], memo=None), copy.deepcopy([3], memo={}))


# A memo that is not a dict: any mapping with get and item assignment.
class LoggingMemo:
    def __init__(self):
        self.d = {}
        self.log = []

    def get(self, key, default=None):
        self.log.append("get")
        return self.d.get(key, default)

    def __getitem__(self, key):
        self.log.append("getitem")
        return self.d[key]

    def __setitem__(self, key, value):
        self.log.append("set")
        self.d[key] = value


m = LoggingMemo()
inner = [0]
r = copy.deepcopy([inner, inner, {"t": (inner,)}], m)
print(r, r[0] is r[1], r[2]["t"][0] is r[0], m.log.count("set"), len(m.d[id(m)]))


class DictMemo(dict):
    def __setitem__(self, key, value):
        print("DictMemo set", type(value).__name__)
        super().__setitem__(key, value)


print(copy.deepcopy([[1]], DictMemo()))


# Subclasses of the containers go through __reduce_ex__ and keep their type,
# attributes and items.
class MyList(list):
    pass


class MyDict(dict):
    def __deepcopy__(self, memo):
        print("MyDict.__deepcopy__", sorted(self))
        return MyDict({k: copy.deepcopy(v, memo) for k, v in self.items()})


class MySet(set):
    pass


class MyTuple(tuple):
    pass


ml = MyList([1, [2]])
ml.tag = ["t"]
cml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[1] is not ml[1], cml.tag is not ml.tag)
md = MyDict(a=[1])
cmd = copy.deepcopy({"x": md, "y": md})
print(type(cmd["x"]).__name__, cmd["x"], cmd["x"] is cmd["y"])
print(type(copy.deepcopy(MySet({1}))).__name__, type(copy.deepcopy(MyTuple((1, [2])))).__name__)


# __deepcopy__ and __reduce_ex__ of objects met inside containers: the order
# they run in, and the memo they see.
class Hook:
    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        print("hook", self.name, id(self) in memo)
        return Hook(self.name + "'")

    def __repr__(self):
        return self.name


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Reduced, (self.v,))

    def __repr__(self):
        return "Reduced(%r)" % (self.v,)


h = Hook("h")
print(copy.deepcopy({"k": [h, h, (Hook("t"),)], Hook("key"): Reduced([1])}))


# A hook that changes the container being copied.
class Grower:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target.append(len(self.target))
        return self


lst = [1]
lst.append(Grower(lst))
print(len(copy.deepcopy(lst)), len(lst))


class DictChanger:
    def __init__(self, target, key):
        self.target = target
        self.key = key

    def __deepcopy__(self, memo):
        self.target[self.key] = 0
        return self


dd = {"a": 1}
dd["b"] = DictChanger(dd, "new")
try:
    copy.deepcopy(dd)
except RuntimeError as e:
    print("RuntimeError", e)
dd2 = {"a": 1}
dd2["b"] = DictChanger(dd2, "a")
print(sorted(copy.deepcopy(dd2)))


class SetChanger:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target.add(99)
        return self

    def __hash__(self):
        return 7


st = {1}
st.add(SetChanger(st))
print(len(copy.deepcopy(st)), len(st))


# A reducer for set registered with copyreg replaces set's own.
def reduce_set(s):
    print("reduce_set", sorted(s))
    return (set, (sorted(s),))


copyreg.pickle(set, reduce_set)
try:
    print(copy.deepcopy([{3, 1}]), copy.deepcopy(frozenset({2})))
finally:
    del copyreg.dispatch_table[set]
print(copy.deepcopy({5}))

# Errors raised inside the copy propagate.
class Bad:
    def __deepcopy__(self, memo):
        raise ValueError("no copy")


for bad in ([Bad()], (Bad(),), {"k": Bad()}, {1: [Bad()]}, frozenset({Bad()})):
    try:
        copy.deepcopy(bad)
    except ValueError as e:
        print(type(bad).__name__, "ValueError", e)


class Unhashable:
    def __deepcopy__(self, memo):
        return []

    def __hash__(self):
        return 1


for bad in ({Unhashable(): 1}, {Unhashable()}):
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)

# Deep nesting: a moderate depth copies, an extreme one raises RecursionError.
nest = []
for i in range(100):
    nest = [nest, (nest,), {"n": nest}]
print(len(copy.deepcopy(nest)))
nest = []
for i in range(100000):
    nest = [nest]
try:
    copy.deepcopy(nest)
except RecursionError:
    print("RecursionError")
print(copy.deepcopy.__name__, copy.deepcopy.__module__, copy.deepcopy.__doc__.splitlines()[0])

# The reduce path: no reducer, a reduced name, __getattr__, a None __deepcopy__,
# bound methods, classes, a list as the reduced value.
class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
for f in (copy.copy, copy.deepcopy):
    try:
        f(NoReduce())
    except copy.Error as e:
        print(type(e).__name__, e)
class Named:
    def __reduce_ex__(self, p):
        return "Named"
n = Named()
print(copy.copy(n) is n, copy.deepcopy([n])[0] is n)
class GetAttr:
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)
g = GetAttr(); g.v = [1]
print(copy.deepcopy(g).v)
class DC:
    __deepcopy__ = None
    def __init__(self): self.a = [1]
print(copy.deepcopy(DC()).a)
class M:
    def f(self): return self.v
m = M(); m.v = [3]
bm = copy.deepcopy([m.f, m])
print(bm[0]() is bm[1].v, bm[0].__self__ is bm[1])
print(copy.deepcopy([int, M, type]) )
class ListReduce:
    def __reduce__(self):
        return [ListReduce, ()]
print(type(copy.deepcopy(ListReduce())).__name__)
