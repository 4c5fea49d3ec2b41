# enumerate() of a list or tuple in a trace takes its enumerate and
# iterator from the JIT's pools: each must count from 0 over its own
# sequence, however far it is consumed and wherever it goes afterwards.
import gc


def digests(rows):
    digest = 0
    for row in rows:
        for i, c in enumerate(row):
            digest = (digest * 31 + i * c) % 1000003
    return digest


def first_match(xs, k):
    for i, x in enumerate(xs):
        if x == k:
            return i
    return -1


def searches(n):
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    found = []
    for i in range(n):
        found.append(first_match(data, i % 10))
    return found[:12], sum(found)


def kept(n):
    out = []
    for i in range(n):
        e = enumerate((i, i + 1, i + 2))
        if i % 2:
            next(e)
        out.append(e)
        if i % 13 == 0:
            gc.collect()
    return [list(e) for e in out[:3]] + [list(out[-1])]


def comprehensions(n):
    total = 0
    for i in range(n):
        q = [i % 3, (i + 1) % 3, (i + 2) % 3]
        total += len({r + c for r, c in enumerate(q)}) + sum(r * c for r, c in enumerate(q))
    return total


def mutated(n):
    xs = [1, 2, 3]
    seen = []
    for i in range(n):
        for j, x in enumerate(xs):
            if j == 1 and len(xs) < 5:
                xs.append(i)
            seen.append(j * x)
        del xs[3:]
    return len(seen), sum(seen), seen[-6:]


rows = [tuple((r * 7 + c) % 256 for c in range(3)) for r in range(200)]
print(digests(rows))
print(searches(300))
print(kept(40))
print(comprehensions(200))
print(mutated(60))
print(list(enumerate([5, 6])), list(enumerate((7,), 3)))
