# Loops over objects: None and other constants of any type, `is None`,
# for over lists and tuples of instances and over enumerate, tuple
# unpacking, instance attribute loads and stores, math.sqrt, float min
# and max; and the events that must make a
# trace exit: an attribute changing kind, a class gaining an attribute, an
# instance changing layout, a list shrinking under its iterator.
import math


class Body:
    def __init__(self, x, vx, mass):
        self.x = x
        self.vx = vx
        self.mass = mass


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def bodies(n):
    return [Body(float(i), 0.5 * i, i + 1) for i in range(n)]


def advance(bs, dt, steps):
    pairs = []
    for i in range(len(bs)):
        for j in range(i + 1, len(bs)):
            pairs.append((bs[i], bs[j]))
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            d2 = dx * dx + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            a.vx -= dx * b.mass * mag
            b.vx += dx * a.mass * mag
        for b in bs:
            b.x += dt * b.vx
    return sum(b.x for b in bs), sum(b.vx for b in bs)


def walk(head):
    total = 0
    node = head
    while node is not None:
        total += node.value
        node = node.next
    return total


def none_constants(n):
    found = None
    count = 0
    for i in range(n):
        marker = None
        if i % 7 == 3:
            marker = "seven"
        if marker is not None:
            count += 1
        if found is None and i > n // 2:
            count += 100
    return count, found, marker


def tuples(n):
    pts = tuple((i, i * 0.5) for i in range(n))
    sx = 0
    sy = 0.0
    for x, y in pts:
        sx += x
        sy += y
    return sx, sy


def kind_change(n):
    bs = bodies(5)
    total = 0.0
    for k in range(n):
        for b in bs:
            b.x += 1.0
            if k == n // 2 and b is bs[2]:
                b.x = 7          # the float attribute becomes an int
            total += b.x
    return total, [b.x for b in bs]


def class_change(n):
    bs = bodies(4)
    total = 0.0
    for k in range(n):
        if k == n // 2:
            Body.kind = "heavy"  # a new class attribute: the version changes
        for b in bs:
            total += b.x * b.mass
    return total


def layout_change(n):
    bs = bodies(6)
    total = 0.0
    for k in range(n):
        if k == n // 3:
            bs[3].extra = 1      # this instance takes another layout
        if k == 2 * n // 3:
            del bs[4].vx         # dict mode
            bs[4].vx = 2.0
        for b in bs:
            total += b.vx
    return total


def shrinking(n):
    items = [Body(1.0, 1.0, 1) for _ in range(n)]
    seen = 0
    for b in items:
        seen += 1
        if seen == n // 2:
            del items[n // 2:]
    return seen, len(items)


def sqrt_domain(n):
    out = 0.0
    for i in range(n):
        try:
            out += math.sqrt(n // 2 - i)
        except ValueError:
            out -= 1.0
    return round(out, 6)


def identity(n):
    a = Body(0.0, 0.0, 1)
    b = Body(0.0, 0.0, 1)
    objs = [a, b, a, None, b]
    same = 0
    nones = 0
    for i in range(n):
        o = objs[i % 5]
        if o is a:
            same += 1
        if o is None:
            nones += 1
        elif not o:
            nones += 1000
    return same, nones


def truthy(n):
    lists = [[], [1], [1, 2], []]
    count = 0
    for i in range(n):
        xs = lists[i % 4]
        if xs:
            count += len(xs)
        if not xs:
            count -= 1
    return count


def float_min_max(n):
    nan = float("nan")
    vals = [1.5, -0.0, 0.0, nan, -2.5, 3.0, nan, 0.25]
    na = nb = 0
    sa = sb = 0.0
    for i in range(n):
        v = vals[i % 8]
        a = min(v, 0.5)
        b = max(0.5, v)
        c = max(v, 0.5)
        if a != a:
            na += 1
        else:
            sa += a
        if b != b:
            nb += 1000
        else:
            sb += b
        if c != c:
            nb += 1
        else:
            sb += c
    return na, nb, sa, sb


def bridge_object(n):
    a = Body(1.0, 2.0, 3)
    b = Body(4.0, 5.0, 6)
    total = 0.0
    for i in range(n):
        if i % 3 == 0:
            total += a.x     # a side path reads objects the loop's
        else:                # first path never touches
            total += b.vx
    return total


def enumerations(n):
    xs = list(range(n))
    t = 0
    for i, x in enumerate(xs):
        t += i * x
        if i == n // 2:
            xs.append(7)         # the list grows under its iterator
    u = 0.0
    for i, x in enumerate(tuple(float(i) for i in range(n)), 10):
        u += i * x
    w = 0
    for i, (a, b) in enumerate([(i, i * 2) for i in range(n)]):
        w += i + a - b
    last = 0
    for i, x in enumerate([1, 2, 3] * n, 2**63 - n // 2):
        t += x                   # the count leaves int64 midway
        last = i
    return t, u, w, last


def unbound_object_local(n):
    total = 0
    for k in range(n):
        items = [Body(1.0, 1.0, k)] * (k % 3)
        for b in items:          # b is unbound when the loop starts
            total += b.mass
        try:
            b
        except UnboundLocalError:
            total += 1000
        else:
            del b
    return total


def cells(n):
    k = 3
    acc = 0

    def inner():
        return k + acc
    for i in range(n):
        acc += i * k             # acc and k live in cells
        if i == n // 2:
            k = 2.5              # the cell changes kind
    base = 7
    total = sum(x * base for x in range(n))
    t = 0
    for i in range(n):
        if i == n - 5:
            del c                # the cell empties
        try:
            t += c
        except NameError:
            t -= 100
        c = i

        def f():
            return c
    return acc, inner(), total, t


def and_or(n):
    t = 0
    xs = [0, 1, 2, 0.0, 3.5, None, 4]
    for i in range(n):
        x = xs[i % 7]
        a = x or 10
        b = x and 20
        t += (a if a is not None else 1) + (b if b is not None else 2)
    return t


def unbound_in_bridge(n):
    total = 0
    for k in range(n):
        items = [Body(1.0, 1.0, k)] * (k % 3)
        for b in items:
            if k % 2:            # a side path, which grows a bridge
                total += b.mass
            else:
                total -= 1
        try:
            b
        except UnboundLocalError:
            total += 1000
        else:
            if k % 4 == 0:
                total += b.mass * 2
            del b
    return total


head = None
for v in range(300):
    head = Node(v, head)

print(advance(bodies(5), 0.01, 200))
print(walk(head))
print(none_constants(500))
print(tuples(400))
print(kind_change(100))
print(class_change(100))
print(layout_change(90))
print(shrinking(400))
print(sqrt_domain(300))
print(identity(500))
print(truthy(400))
print(float_min_max(300))
print(bridge_object(300))
print(enumerations(300))
print(unbound_object_local(300))
print(cells(300))
print(and_or(700))
print(unbound_in_bridge(600))
