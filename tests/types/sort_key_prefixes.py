# Sorting lists of strs and of tuples whose first items are ints or strs
# (the sorts that compare key prefixes first): strs sharing their first 7 or
# 8 bytes, embedded NULs, non-ASCII text, ints across the int64 range,
# tuples of mixed lengths and second items, stability with reverse, and
# the errors of incomparable items.
import random

rng = random.Random(7)


def words(n):
    alphabet = ["", "a", "b", "\x00", "\xe9", "\u20ac", "\U0001f600", "abcdefg", "abcdefgh", "zz"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(n)]


ws = words(300)
assert sorted(ws) == sorted(ws, key=lambda s: [ord(c) for c in s])
print(sorted(set(ws))[:12], sorted(ws, reverse=True)[:5])
ints = [rng.choice([0, 1, -1, 2**62, -2**63, 2**63 - 1, rng.randint(-10**6, 10**6)]) for _ in range(200)]
pairs = [(rng.choice(ints), rng.choice(ws)) for _ in range(400)]
print(sorted(pairs)[:8])
print(sorted(pairs, reverse=True)[:8])
triples = [(rng.choice(ws[:20]), rng.choice(ints[:10]), i) for i in range(400)]
print(sorted(triples)[:8], sorted(triples, key=lambda t: (t[0], t[1]))[-5:])

# Stability: equal keys keep their order, also with reverse=True.
recs = [(rng.randint(0, 5), "n%d" % (i % 4), i) for i in range(300)]
print([r[2] for r in sorted(recs, key=lambda r: (r[0], r[1]))][:30])
print([r[2] for r in sorted(recs, key=lambda r: (r[0], r[1]), reverse=True)][:30])
print([r[2] for r in sorted(recs, key=lambda r: "k%d" % r[0], reverse=True)][:30])

# Mixed tuple lengths, second items of different kinds, bools and floats.
mixed = [(i % 3,) for i in range(20)] + [(i % 3, "x") for i in range(20)] + [(i % 3, 2.5) for i in range(5)]
try:
    print(sorted(mixed))
except TypeError as e:
    print("TypeError", e)
print(sorted([(i % 4, i % 2 == 0, -i) for i in range(40)])[:10])
print(sorted([(True, 1), (1, 0), (False, 3), (0, 2)] * 5)[:6])
print(sorted([(2**64, "a"), (-2**70, "b")] + [(i, "c") for i in range(20)])[:3])
print(sorted([(i * 0.5, "f") for i in range(30, 0, -1)])[:3])
print(sorted([("same prefix %d" % (i % 7), i) for i in range(40)])[:9])
long = ["abcdefg" + "x" * (i % 3) + str(i % 5) for i in range(50)]
print(sorted(long)[:10])

# Incomparable items raise, as without the fast path, and leave the list a
# permutation of its items.
data = [(1, "a")] * 10 + [(1, 2)] * 10
try:
    data.sort()
except TypeError as e:
    print("TypeError", e)
print(len(data))
data = ["b"] * 20 + [3]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e, len(data), data.count("b"))


class Key(str):
    pass


subs = [Key(w) for w in ws[:40]]
print(sorted(subs)[:6], type(sorted(subs)[0]).__name__)
print(sorted(range(40), key=lambda i: ((i * 7) % 5, str(i)))[:10])

# Tuples led by floats: -0.0 and 0.0 tie (stably), infinities, a NaN (which
# takes the sort off prefixes), and ints mixed with floats.
fl = [(rng.choice([-0.0, 0.0, 1.5, -1.5, 1e300, -1e-300, float("inf"), float("-inf"), 2.0]), i) for i in range(60)]
print([t[1] for t in sorted(fl, key=lambda t: (t[0],))][:40])
print(sorted(fl)[:12])
print([t[1] for t in sorted(fl, key=lambda t: (t[0], "x"), reverse=True)][:40])
withnan = fl[:20] + [(float("nan"), 99)] + fl[20:40]
print([t[1] for t in sorted(withnan, key=lambda t: (t[0], t[1] % 3))])
mixednum = [(i % 3 if i % 2 else (i % 3) + 0.0, i) for i in range(40)]
print([t[1] for t in sorted(mixednum, key=lambda t: (t[0],))])
