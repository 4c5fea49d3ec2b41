# `in`, `not in` and set.add of ints in hot loops, which traces probe
# natively: keys whose hash is not themselves (-1, beyond 2**61), keys
# equal to a float or a bool in the set, deleted entries reused, tables
# that grow, frozensets, subclasses, and set comprehensions.


def membership(n):
    s = {0, 1, -1, -2, 2**61 - 2, 2**61, -(2**61) + 2, 2**64 + 5, 1.5, 7.0, True}
    hits = []
    for i in range(n):
        for k in (0, 1, -1, -2, -3, 2**61 - 2, 2**61 - 1, 2**61, 7, 8, 2**64 + 5, -(2**61) + 2):
            if k in s:
                hits.append(k)
            if k not in s:
                hits.append(-k)
    return len(hits), sum(hits), hits[:14]


print(membership(30))


def churn(n):
    s = set(range(20))
    total = 0
    for i in range(n):
        k = (i * 7) % 40 - 10
        if k in s:
            s.remove(k)
            total += 1
        else:
            s.add(k)
        s.add(-1 if i % 3 else -2)
        total += len(s)
    return total, sorted(s)


print(churn(3000))


def grow(n):
    s = set()
    for i in range(n):
        s.add(i * 3 - 500)
        s.add(i & 15)
    return len(s), list(s)[:20]


print(grow(2000))


def frozen(n):
    f = frozenset(range(0, 100, 3))
    return sum(1 for i in range(n) if i % 100 in f), [i for i in range(-5, 5) if i not in f]


print(frozen(5000))


class Tagged(set):
    def __contains__(self, k):
        return k % 2 == 0


def subclass(n):
    t = Tagged({1, 2})
    count = 0
    for i in range(n):
        if i in t:
            count += 1
        t.add(i)
    return count, len(t)


print(subclass(500))


def comprehension(n):
    out = 0
    for i in range(n):
        out += len({(j * i) % 17 - 8 for j in range(12)})
    return out


print(comprehension(400))


def floats_join(n):
    s = {2.0, 3}
    seen = 0
    for i in range(n):
        s.add(i % 5)
        if i % 5 in s:
            seen += 1
    return seen, sorted(s, key=repr)


print(floats_join(300))


def tight(n):
    # No call in the loop: the trace keeps its interrupt poll's addresses
    # in registers, which the probes must not overwrite.
    s = {1, 2, 3}
    t = 0
    for i in range(n):
        x = i * 3 + 1
        t += (x ^ i) & 15
        if (i & 3) in s:
            t += 1
        if (i & 7) not in s:
            t += 2
    return t


print(tight(20000))
