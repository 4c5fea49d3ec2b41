# zip() of lists and tuples in a trace takes its zip and iterators from
# the JIT's pools: each zip must be a zip of its own, whatever its arity,
# however far it is consumed, and wherever it goes afterwards.
import gc


class Picker:
    def __init__(self, items, weights):
        self.items = items
        self.weights = weights

    def pick(self, r):
        for item, w in zip(self.items, self.weights):
            if r < w:
                return item
        return None


def picks(rounds):
    p = Picker(["a", "b", "c", "d"], (0.1, 0.4, 0.8, 1.0))
    counts = {}
    for i in range(rounds):
        k = p.pick((i * 37 % 100) / 100)
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items(), key=str)


def arities(rounds):
    a, b, c, d, e = [1, 2, 3], (4, 5, 6), [7, 8], (9, 10, 11), [12, 13, 14]
    total = 0
    for i in range(rounds):
        for (x,) in zip(a):
            total += x
        for x, y in zip(a, b):
            total += x * y
        for x, y, z in zip(a, b, c):
            total += x + y - z
        for x, y, z, w in zip(a, b, c, d):
            total += x * w + y * z
        for x, y, z, w, v in zip(a, b, c, d, e):
            total += v
        total += i
    return total


def escaping(rounds):
    kept = []
    for i in range(rounds):
        z = zip([i, i + 1, i + 2], (str(i), str(i + 1), str(i + 2)))
        if i % 3 == 0:
            next(z)
        kept.append(z)
        if i % 11 == 0:
            gc.collect()
    return [list(z) for z in kept[:4]] + [list(kept[-1])]


def mutated(rounds):
    xs = [0, 1, 2, 3]
    out = []
    for i in range(rounds):
        for x, y in zip(xs, range(10)):
            if x == 2:
                xs.append(i)
            out.append(x + y)
        del xs[4:]
    return len(out), sum(out), out[-8:]


def empty_and_uneven(rounds):
    t = 0
    for i in range(rounds):
        for x, y in zip([], (1, 2)):
            t += 1000
        for x, y in zip([1, 2, 3, 4][: i % 5], (10, 20, 30)):
            t += x * y
    return t


def strict_mismatch(rounds):
    caught = 0
    for i in range(rounds):
        try:
            for x, y in zip([1, 2, 3], (1, 2, 3)[: 2 + i % 2], strict=True):
                pass
        except ValueError as e:
            caught += 1
            msg = str(e)
    return caught, msg


print(picks(300))
print(arities(200))
print(escaping(120))
print(mutated(50))
print(empty_and_uneven(200))
print(strict_mismatch(60))
print(type(zip([1], [2])).__name__, list(zip((1, 2), [3, 4])))
