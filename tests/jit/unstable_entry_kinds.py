# Loops entered with locals of other kinds than their trace was recorded
# with: a loop variable unbound at each run's first iteration, a local
# that holds None, a float or an object from one run to the next, locals
# read after the loop or by an exception handler (which must keep their
# values), and an empty run whose loop variable stays unbound.


def neighbours_sum(table, cells):
    total = 0
    for p in cells:
        for q in table[p]:
            c = q * 3
            total += c - p
    return total


def nearest(values, probe):
    best = None
    best_d = None
    for v in values:
        d = None if v is None else abs(v - probe)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = v, d
    return best, best_d


def last_item(seq):
    for item in seq:
        pass
    try:
        return item
    except UnboundLocalError:
        return "unbound"


def divide_all(xs):
    total = 0
    try:
        for x in xs:
            y = 1000 // x
            total += y
    except ZeroDivisionError:
        try:
            return total, y
        except UnboundLocalError:
            return total, "y unbound"
    return total, None


def kinds(seq):
    out = []
    for v in seq:
        w = v
        if w is None:
            out.append("none")
        elif isinstance(w, bool):
            out.append("bool")
        elif isinstance(w, int):
            out.append(w + 1)
        elif isinstance(w, float):
            out.append(w * 2)
        else:
            out.append(len(w))
    return out


def deleted(n):
    total = 0
    for i in range(n):
        k = i * 2
        total += k
        del k
    try:
        return total, k
    except UnboundLocalError:
        return total, "k deleted"


table = [(1, 2), (0, 3), (0, 3), (1, 2)]
print(sum(neighbours_sum(table, [0, 1, 2, 3]) for _ in range(300)))
print(neighbours_sum(table, []), neighbours_sum([()] * 4, [0, 1, 2, 3]))

rows = [[3.5, None, 1.25, 7.0], [None, None], [2, 9, 4], [], [None, 0.5], [10**20, 5]]
for r in range(200):
    out = nearest(rows[r % len(rows)], 3)
    if r < len(rows):
        print(out)

for r in range(150):
    res = last_item([[], (1, 2), "ab", [None], [], [2.5], range(3)][r % 7])
    if r < 7:
        print(res)

for r in range(120):
    res = divide_all([[5, 7, 9, 0, 3], [1, 2], [4, 0], [0], [8, 16, 32]][r % 5])
    if r < 5:
        print(res)

mixed = [[1, 2, 3], [1.5, 2.5], [None, True, "abc"], ["x", (1, 2)], [False, 0, 0.0]]
for r in range(200):
    res = kinds(mixed[r % 5])
    if r < 5:
        print(res)

print([deleted(n) for n in (0, 1, 5, 200)])


# Python code a helper runs sees the previous iteration's value of a local
# that the loop stores to only after the call (and never reads by name):
# peek, which has a default, is not inlined but called by a helper.
import sys


def peek(name, depth=1):
    return sys._getframe(depth).f_locals.get(name, "unbound")


def peeks(n):
    out = []
    for i in range(n):
        out.append(peek("prev"))
        prev = i * 2
    return out[:3], out[-1]


print([peeks(n) for n in (1, 2, 50, 300)])


# A call the trace inlines raises: the handler reads locals the loop
# stores (the previous iteration's values).
def boom(x, limit):
    if x == limit:
        raise ValueError(x)
    return x * 2


def caught(n, limit):
    tot = 0
    try:
        for i in range(n):
            y = boom(i, limit)
            tot += y
    except ValueError:
        try:
            return tot, y, i
        except UnboundLocalError:
            return tot, "y unbound", i
    return tot, y, i


print([caught(n, limit) for n in (3, 40, 300) for limit in (0, 1, 7, 250)])
