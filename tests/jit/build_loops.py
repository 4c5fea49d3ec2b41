# Tuples and lists built in hot loops (taken from the JIT's pools): every
# size up to nine (one past the pools), items of every kind, kept in lists
# and dicts, used as keys, nested, compared and hashed, lists grown and
# mutated after, across collections.
import gc


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%r)" % self.v


def sizes(n):
    out = []
    for i in range(n):
        f = i * 0.5
        out.append((i,))
        out.append((i, f))
        out.append((i, f, i > 3))
        out.append((i, f, None, "s"))
        out.append((i, i, i, i, i))
        out.append((f, f, f, f, f, f))
        out.append((1, 2, 3, 4, 5, 6, i))
        out.append((i, 2, 3, 4, 5, 6, 7, 8))
        out.append((i, 2, 3, 4, 5, 6, 7, 8, 9))
    return len(out), out[-9:], sum(len(t) for t in out)


def as_keys(n):
    counts = {}
    for i in range(n):
        cell = (i % 7, i % 5)
        counts[cell] = counts.get(cell, 0) + 1
    return sorted(counts.items())[:6], len(counts)


def objects(n):
    ps = [P(k) for k in range(4)]
    kept = []
    for i in range(n):
        t = (ps[i % 4], i, ps[(i + 1) % 4])
        if i % 40 == 0:
            kept.append(t)
        if i % 100 == 0:
            gc.collect()
    return kept[:3], len(kept), kept[-1][0] is ps[(n - 1) // 40 * 40 % 4]


def nested(n):
    acc = 0
    last = None
    for i in range(n):
        t = ((i, i + 1), (i * 2, (i, "x")))
        acc += t[0][1] + t[1][1][0] - t[-1][-1][0] + len(t[-1][-1][-1])
        last = t
    return acc, last, hash(last) == hash(((n - 1, n), (2 * n - 2, (n - 1, "x"))))


def swap_and_compare(n):
    a, b = 1, 2
    same = 0
    for i in range(n):
        t = (a, b)
        a, b = b, a
        if t == (b, a):
            same += 1
    return same, (a, b)


def lists(n):
    kept = []
    total = 0
    for i in range(n):
        e = []
        one = [i]
        four = [i, i * 0.5, None, "x"]
        nine = [i, 1, 2, 3, 4, 5, 6, 7, 8]
        e.append(i)
        one.extend(four)
        four[2] = len(one)
        total += len(e) + len(one) + four[2] + nine[0]
        if i % 50 == 0:
            kept.append((e, one, four, nine))
        if i % 120 == 0:
            gc.collect()
    return total, kept[-1], len(kept)


print(sizes(60))
print(lists(400))
print(as_keys(500))
print(objects(400))
print(nested(300))
print(swap_and_compare(250))
