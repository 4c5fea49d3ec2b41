# Ordering comparisons of tuples whose items are ints, floats, strs, NaN,
# mixed numeric kinds and objects with their own comparisons; the first
# unequal items decide, else the lengths.
nan = float("nan")
nan2 = float("-nan")
samples = [(), (1,), (1, 2), (1, 2.0), (1.0, 2), (1, "a"), ("a", 1), ("a",), ("ab",),
           ("a\x00",), ("\xe9",), ("\U0001f600",), (2**70, 1), (-2**70,), (True, 0),
           (0.5, nan), (0.5, 1.0), (nan,), (nan2,), (-0.0, 1), (0.0, 0), (1, 2, 3)]
ops = [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y),
       (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]
for x in samples:
    row = []
    for y in samples:
        for name, op in ops:
            try:
                row.append("1" if op(x, y) else "0")
            except TypeError:
                row.append("T")
    print(repr(x).ljust(22), "".join(row))

t = (nan,)
print(t < t, t <= t, t == t, (nan, 1) < (nan, 2), [(nan, 1)] < [(nan, 2)])


class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Rev) and self.v == other.v

    def __lt__(self, other):
        print("lt", self.v)
        return self.v > other.v

    def __gt__(self, other):
        print("gt", self.v)
        return self.v < other.v


print((1, "x", Rev(1)) < (1, "x", Rev(2)), (1, "x", Rev(1)) > (1, "x", Rev(2)))
print((1.5, Rev(3), 0) >= (1.5, Rev(3), 1))
print(max([(3, "b"), (3, "c"), (2, "z"), (3.0, "d")]), min([("b", 2.5), ("b", 2), ("a", 9)]))
try:
    print((1, 2) < (1, "2"))
except TypeError as e:
    print("TypeError", e)
