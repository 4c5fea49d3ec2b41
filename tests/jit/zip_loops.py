# zip over lists and tuples in hot loops: as the loop's own iterator, as an
# inner loop left early (inlined), zips of three, of unequal lengths, with
# strict=True, with other iterators mixed in, a list growing under the
# zip, a zip resumed after break, and unpacking of the wrong arity.


def dot(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def pick(values, limits, r):
    for v, t in zip(values, limits):
        if r < t:
            return v
    return values[-1]


def picks(n):
    values = ["a", "b", "c", "d"]
    limits = (0.25, 0.5, 0.75, 1.0)
    counts = {}
    for i in range(n):
        v = pick(values, limits, (i * 37 % 100) / 100)
        counts[v] = counts.get(v, 0) + 1
    return sorted(counts.items())


def triples(n):
    a = list(range(n))
    b = [x * 2 for x in range(n + 5)]
    c = tuple(float(x) for x in range(n + 2))
    acc = 0.0
    for x, y, z in zip(a, b, c):
        acc += x + y * z
    return acc


def strict_mismatch(n):
    try:
        total = 0
        for x, y in zip(range(n), list(range(n + 1)), strict=True):
            total += x + y
    except ValueError as e:
        return total, str(e)


def mixed(n):
    total = 0
    for x, y in zip(iter(range(n)), [k * k for k in range(n)]):
        total += x - y
    gen = (k for k in range(n))
    for x, y in zip([1] * n, gen):
        total += x * y
    return total


def growing(n):
    xs = [1, 2, 3]
    ys = list(range(100))
    seen = 0
    for x, y in zip(xs, ys):
        seen += 1
        if len(xs) < n:
            xs.append(x + y)
    return seen, xs[-3:]


def resumed(n):
    z = zip(list(range(n)), tuple(range(0, 2 * n, 2)))
    first = 0
    for a, b in z:
        first += a + b
        if a == n // 2:
            break
    rest = 0
    for a, b in z:
        rest += a * b
    return first, rest, list(z)


def lost_item(n):
    longer = iter(list(range(n + 10)))
    shorter = tuple(range(n))
    total = 0
    for x, y in zip(longer, shorter):
        total += x + y
    return total, list(longer)


def wrong_arity(n):
    out = []
    for k in range(n):
        try:
            for a, b in zip([1, 2], [3, 4], [5, 6]) if k % 5 == 4 else zip([1, 2], [3, 4]):
                out.append(a + b)
        except ValueError as e:
            out.append(str(e))
    return out[-6:], len(out)


print(dot(list(range(200)), list(range(200, 400))))
print(dot((1.5, 2.5) * 50, [2.0] * 100))
print(picks(300))
print(triples(150))
print(strict_mismatch(50))
print(mixed(100))
print(growing(60))
print(resumed(40))
print(lost_item(50))
print(wrong_arity(30))
