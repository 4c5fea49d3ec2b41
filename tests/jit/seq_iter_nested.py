# Nested loops over lists and tuples, whose inner iterators bridges make:
# they must behave as iter()'s do: see the list grow and shrink, survive
# the loop, and be distinct.


def nested(rows):
    total = 0
    for row in rows:
        for x in row:
            total += x
        for x in tuple(row):
            total -= 2 * x
    return total


def growing(n):
    out = []
    for i in range(n):
        items = [i]
        for x in items:
            if x < i + 3:
                items.append(x + 1)
        out.append(len(items))
    return out


def kept(n):
    its = []
    for i in range(n):
        data = [i, i + 1, i + 2]
        it = iter(data)
        for x in data:
            break
        its.append((it, data))
    return [next(it) + len(d) for it, d in its]


def shrinking(n):
    total = 0
    for i in range(n):
        items = list(range(i % 5 + 1))
        for x in items:
            total += x
            if items:
                items.pop()
    return total


def pairs(points):
    total = 0.0
    for _ in range(20):
        for (a, b) in points:
            total += a * b
        for p in points:
            for q in p:
                total -= q
    return total


rows = [list(range(k)) for k in range(30)]
print(nested(rows))
print(growing(12))
print(kept(10))
print(shrinking(40))
print(pairs([(1.5, 2.0), (3.0, -1.0), (0.5, 0.25)]))
