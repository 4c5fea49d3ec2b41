# Edges of the runtime fast paths: str slicing without a slice object,
# one-character slices, slice bounds of every kind.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


s = "abcdefgh"
u = "aé€𝄞xyz"
for text in (s, u, ""):
    for a in (None, -100, -3, -1, 0, 1, 2, 7, 8, 100, 2**70, -2**70, True, False, Idx(2)):
        for b in (None, -100, -3, -1, 0, 1, 3, 8, 100, 2**70, -2**70, True, Idx(-1)):
            r = text[a:b]
            assert type(r) is str
            print(repr(r), end=" ")
    print()
print(s[1:2] is s[1], s[3:4] is s[3], s[:] is s, u[1:2] == "é", u[3:4])
lst = list(range(10))
tup = tuple(lst)
for a, b in ((2, 5), (-3, None), (None, -8), (True, Idx(4)), (2**80, 1), (-2**80, 2**80)):
    print(lst[a:b], tup[a:b], s[a:b], b"abcdefgh"[a:b])
print(tup[0:10] is tup, tup[-100:100] is tup)
for bad in ("x", 1.5, [1]):
    for target in (s, lst, tup):
        try:
            target[bad:2]
        except TypeError as e:
            print("TypeError", e)


class S(str):
    def __getitem__(self, k):
        return "sub" + repr(k)


print(S("hello")[1:3], type(S("hello")[1:3]))


class P(str):
    pass


p = P("hello")
print(p[1:3], type(p[1:3]), p[:] == "hello", type(p[:]))


# Dunders that are methods of built-in types, called by the slots.
class A:
    __getitem__ = str.upper


for f in (lambda: A()[1],):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


class K(dict):
    __getitem__ = dict.keys
    __setitem__ = dict.clear
    __len__ = dict.__len__


k = K(a=1)
for f in (lambda: k["a"], lambda: k.__setitem__(1, 2), lambda: k.update({1: 2}), lambda: len(k)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    k["x"] = 1
except TypeError as e:
    print("TypeError", e)


class L(list):
    __getitem__ = list.index


lst = L([5, 6, 7])
print(lst[7], lst[5])
try:
    lst[9]
except ValueError as e:
    print("ValueError", e)
import collections
dd = collections.defaultdict(int)
for ch in "abracadabra":
    dd[ch] += 1
print(sorted(dd.items()), dd["zz"], len(dd))
c = collections.Counter("mississippi")
c["s"] += 10
print(c.most_common(3), c["q"])

# Callables of one argument that keep their arguments.
kept = []


def keep(*a):
    kept.append(a)
    return a[0]


class Prop:
    p = property(keep)
    q = property(lambda *a: a)


o = Prop()
print(o.p is o, o.q == (o,), kept[-1] == (o,))
print(sorted([3, 1, 2], key=keep), sorted(["b", "a"], key=lambda *a: a), kept[-3:])
print(list(filter(keep, [0, 1, "", "x"])), kept[-4:])


class M(dict):
    def __missing__(*a):
        kept.append(a)
        return len(a)


m = M()
print(m["k"], kept[-1] == (m, "k"))
lst = [5, 4, 3, 2, 1, 0]
lst.sort(key=keep, reverse=True)
print(lst, kept[-6:])

# Callbacks of library functions that keep their arguments.
import bisect
import functools
import itertools
import re

kept.clear()


def cmp(*a):
    kept.append(a)
    return (a[0] > a[1]) - (a[0] < a[1])


def acc(*a):
    kept.append(a)
    return a[0] + a[1]


print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), len(kept) >= 2, all(len(a) == 2 for a in kept))
print(list(itertools.accumulate([1, 2, 3, 4], acc)), kept[-3:])
print(list(itertools.takewhile(keep, [1, 2, 0, 3])), list(itertools.dropwhile(keep, [1, 0, 2])), kept[-5:])
print([(k, list(g)) for k, g in itertools.groupby("aabbbc", keep)], kept[-6:])
print(re.sub(r"\d", lambda *a: kept.append(a) or "<%s>" % a[0].group(), "a1b22"), [a[0].group() for a in kept[-3:]])
data = [1, 3, 5, 7]
print(bisect.bisect_left(data, 4, key=keep), bisect.bisect_right(data, 5, key=lambda *a: a[0]), kept[-2:])
bisect.insort(data, 4, key=keep)
print(data, kept[-3:])
