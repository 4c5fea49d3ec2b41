# Dict lookups with tuple, int and str keys, tuple hashing and equality,
# and dict copies and merges: the paths that have fast cases in object/.

# Tuple hashes match CPython's (no str items: their hashes are seeded).
for t in [(), (1,), (1, 2), (2, 1), (-1,), (-2,), (0, -1, -2), ((1, 2), 3),
          (2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**63 - 1, -2**63),
          (2**100, -2**100), (1.5, True, False), (float("inf"), -0.0)]:
    print(t, hash(t))
for i in [-1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 2), -(2**61 - 1), -(2**61),
          2**63 - 1, -2**63, 2**64, -2**64]:
    print(i, hash(i))

# Equal numbers are one key, inside tuples too.
d = {(1, 2): "a", (1, (2, 3)): "b", ("x", 1): "c"}
print(d[(1.0, 2)], d[(True, 2.0)], d[(1, (2.0, 3))], d[("x", True)])
print((1, 2) in d, (1, 3) in d, (1, 2, 3) in d, d.get((2, 1)), d.get(("x", 1)))
d[(1.0, 2.0)] = "z"
print(d, len(d))

# A tuple key with an item whose __eq__ runs Python code.
class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v


d = {(1, Key("a")): 1, (1, Key("b")): 2}
print(d[(1, Key("a"))], d.get((1, Key("b"))), d.get((1, Key("c"))), Key.calls)
print((1, Key("a")) == (1, Key("a")), (1, Key("a")) != (1, Key("a")), (Key("a"), 2) == (Key("a"), 3))
nan = float("nan")
print((nan, 1) == (nan, 1), {(nan, 1): 5}.get((nan, 1)))


# An __eq__ that mutates the dict: the lookup starts over.
class Mutator:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if "spare" in self.d:
            del self.d["spare"]
            self.d[7] = "seven"
        return False


m = {}
m["spare"] = 0
m[7] = "int seven"
print(m.get(Mutator(m)), m)
m2 = {}
m2["spare"] = 0
m2[(7,)] = "t"
print(m2.get((Mutator(m2),)), m2)


# str keys: exact, interned, built at run time, and a str subclass.
class S(str):
    pass


ds = {"alpha": 1, "b" * 3: 2, S("gamma"): 3}
key = "".join(["al", "pha"])
print(ds[key], ds["bbb"], ds["gamma"], ds[S("alpha")], "gam" + "ma" in ds, "delta" in ds)

# Growth through the one-allocation tables (8 and 16 slots) and beyond,
# with deletions, keeping insertion order.
g = {}
for i in range(40):
    g[i] = i * i
    if i % 3 == 0:
        del g[i // 2]
print(list(g.items()))
g2 = {}
for i in range(12):
    g2[("k", i)] = i
for i in range(0, 12, 2):
    del g2[("k", i)]
g2[("k", 0)] = "back"
print(g2)

# Copies and merges into empty dicts, from dicts with and without holes.
src = {i: str(i) for i in range(10)}
del src[3], src[7]
for c in (dict(src), src.copy(), {**src}):
    c[100] = "new"
    c[3] = "three again"
    print(c, len(c), c == src)
empty = {}
empty.update(src)
print(empty, empty.popitem(), empty.popitem(), len(empty))
dense = {"a": 1, "b": 2}
dd = dict(dense)
dd["c"] = 3
print(dense, dd)
print(dict({}), dict({}, x=1), {**{}, **dense, "a": 9})


def f(**kw):
    return sorted(kw.items())


print(f(**dense), f(**src.__class__(q=1)))
try:
    f(a=0, **dense)
except TypeError as e:
    print("TypeError:", e)


class Sub(dict):
    pass


sd = Sub(src)
print(type(sd).__name__, sd, dict(sd) == src)
print(divmod(7, 2), divmod(-7, 2), divmod(2**70, 3))
