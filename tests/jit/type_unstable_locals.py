# A local the loop writes before it reads holds values of other kinds by
# turns (None or an int from dict.get, a str or a float): bridges that
# change its kind restart the loop, and the value must survive every exit.


def count_known(d, keys):
    filled = unknown = 0
    v = "start"
    for k in keys:
        v = d.get(k)
        if v is None:
            unknown += 1
        elif v != 0:
            filled += 1
    return filled, unknown, v


def last_before_break(items, stop):
    x = None
    n = 0
    for it in items:
        x = it if it % 3 else str(it)
        n += 1
        if n == stop:
            break
    return n, x


def nested(cells, table):
    total = 0
    seen = None
    for c in cells:
        for n in table[c]:
            seen = table.get(n)
            if seen is None:
                total += 1
            else:
                total += len(seen)
        if total > 10_000:
            return total, seen
    return total, seen


def floats_and_none(n):
    best = None
    acc = 0.0
    for i in range(n):
        t = None if i % 4 == 0 else i * 0.5
        if t is not None:
            acc += t
            best = t if best is None or t > best else best
    return acc, best, t


def while_kind_flip(n):
    i = 0
    v = 0
    out = []
    while i < n:
        v = i if i % 5 else None
        if v is None:
            out.append(i)
        i += 1
    return len(out), v


d = {k: k % 7 for k in range(0, 400, 3)}
for rounds in range(4):
    print(count_known(d, list(range(rounds * 50, rounds * 50 + 300))))
    print(count_known(d, [1, 2, 4, 5]), count_known(d, [3, 6]), count_known(d, []))
for stop in (1, 2, 3, 5, 50, 97, 300):
    print(last_before_break(range(200), stop))
table = {i: [j for j in range(i, i + i % 6)] for i in range(300)}
print(nested(list(range(300)), table))
print(nested([0, 1, 2] * 100, table))
for n in (1, 3, 4, 5, 100, 1001):
    print(floats_and_none(n))
for n in (0, 1, 5, 6, 99, 500):
    print(while_kind_flip(n))
