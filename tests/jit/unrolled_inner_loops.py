# Inner loops the trace unrolls: loops in inlined calls, and short inner
# loops of the traced loop, over lists, tuples and ranges, with guards
# failing in the middle of an unrolled iteration.


class Shape:
    def __init__(self, k):
        self.k = k

    def hit(self, x):
        return x % self.k == 0


class Round(Shape):
    def hit(self, x):
        return x % (self.k + 1) == 1


def first_hit(shapes, x):
    for s in shapes:
        if s.hit(x):
            return s.k
    return -1


def sum_pair(p):
    t = 0
    for v in p:
        t += v
    return t


def count_range(n):
    c = 0
    for i in range(n):
        c += i & 3
    return c


def driver(n, shapes):
    total = 0
    for x in range(n):
        total += first_hit(shapes, x)          # a loop in an inlined call, left by return
        total += sum_pair((x, x + 1, 2))       # over a tuple
        total += count_range(x % 4)            # a range of varying length
        for s in shapes[:2]:                   # a short loop of the traced loop
            total += s.k
        if x == n // 2:
            shapes.append(Round(7))            # the list grows: the unrolled guard fails
    return total


def breaks(n):
    out = 0
    data = [[1, 2, 3], [4, 5], [6], [], [7, 8, 9, 10]]
    for i in range(n):
        row = data[i % 5]
        for v in row:
            if v == 5 or (i > n - 10 and v == 9):
                break
            out += v
        else:
            out += 100
    return out


def floats_then_ints(n):
    acc = 0
    for i in range(n):
        xs = [0.5, 1.5] if i < n // 2 else [1, 2]
        for x in xs:
            acc = acc + x      # the item's type changes halfway: the guard fails
    return acc


shapes = [Shape(3), Round(4), Shape(5)]
print(driver(400, shapes))
print(breaks(300))
print(floats_then_ints(300))
