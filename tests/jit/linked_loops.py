# Loops whose inner loops are compiled trees that bridges link to each
# other: the outer loop runs natively from one inner loop to the next.
import gc


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def two_inner_lists(steps):
    ps = [P(float(i), 0.5 * i) for i in range(6)]
    pairs = [(ps[i], ps[j]) for i in range(6) for j in range(i + 1, 6)]
    for _ in range(steps):
        for a, b in pairs:
            d = a.x - b.x
            a.v -= d * 0.001
            b.v += d * 0.001
        for p in ps:
            p.x += 0.01 * p.v
    return [round(p.x, 9) for p in ps]


def two_inner_ranges(n):
    total = 0
    acc = 0.0
    for i in range(n):
        for j in range(i % 7 + 3):
            total += i * j
        for k in range(5):
            acc += k * 0.5
        total -= 1
    return total, acc


def changing_types(n):
    x = 0
    out = []
    for i in range(n):
        for j in range(8):
            x += j
        if i == n // 2:
            x = float(x)      # the next link finds a float where the tree wants an int
        for j in range(8):
            x -= 1
        out.append(x)
    return out[-3:]


def shrinking_inner(n):
    s = 0
    for i in range(n):
        m = 20 if i < n // 3 else 1
        for j in range(m):
            s += j
        for j in range(6):
            s ^= j
    return s


def raising_inside(n):
    hits = 0
    for i in range(n):
        for j in range(10):
            hits += 1
        try:
            for j in range(10):
                if i == n - 5 and j == 3:
                    raise ValueError(i)
                hits += 2
        except ValueError as e:
            hits += 1000 + e.args[0]
    return hits


def with_collections(n):
    xs = list(range(30))
    t = 0
    for i in range(n):
        for x in xs:
            t += x
        if i % 50 == 0:
            gc.collect()
        for x in xs:
            t -= x // 2
    return t


def nested_three(n):
    c = 0
    for a in range(n):
        for b in range(4):
            for d in range(5):
                c += a + b * d
            for d in range(3):
                c -= d
    return c


print(two_inner_lists(300))
print(two_inner_ranges(400))
print(changing_types(300))
print(shrinking_inner(600))
print(raising_inside(200))
print(with_collections(300))
print(nested_three(200))


def restarted_middle(n, width, depth):
    # The innermost loop is the tree; its exits' bridges run the middle
    # loop's FOR_ITER and, at the middle loop's end, begin it again with a
    # new iterator that the frame must hold when the bridge links back.
    inside = 0
    for y in range(n):
        for x in range(width):
            z = 0
            for _ in range(depth):
                z = z * 2 + x + y
                if z > 1000:
                    break
            if z <= 1000:
                inside += 1
    return inside


print(restarted_middle(40, 7, 5), restarted_middle(60, 9, 6))
