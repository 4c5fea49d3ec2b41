# Hot loops over iterators a trace advances through a helper call (dict
# views, zip, sets, generators, reversed), and loops whose body advances
# or exhausts the loop's own iterator through a call (next(it)) while the
# trace keeps the iterator's position: the position is written back
# before each call and read again after it.


def gen(n):
    for i in range(n):
        yield i * 2


def views(n):
    d = {i: i * i for i in range(n)}
    t = 0
    for k, v in d.items():
        t += k + v
    for k in d:
        t -= k
    for v in d.values():
        t += v % 7
    for a, b in zip(range(n), gen(n)):
        t += a * b
    for x in set(range(n)):
        t += x
    for y in gen(n):
        t -= y
    for z in reversed(list(range(n))):
        t ^= z
    return t


print(views(1000), views(3), views(0))


def skip_range(n):
    it = iter(range(n))
    t = 0
    for x in it:
        t += x
        if x % 100 == 5:
            t += next(it, 0) * 1000
    return t


def skip_list(n):
    it = iter(list(range(n)))
    t = 0
    for x in it:
        t += x
        if x % 100 == 7:
            t += next(it, 0) * 1000
        if x == n - 50:
            for rest in it:
                t += rest
    return t


def skip_enumerate(n):
    it = enumerate([i * 3 for i in range(n)])
    t = 0
    for i, x in it:
        t += i * x
        if i % 50 == 3:
            j, y = next(it, (0, 0))
            t += j + y
    return t


def skip_tuple(n):
    it = iter(tuple(range(n)))
    t = 0
    for x in it:
        t += x
        if x == n // 2:
            t += sum(it)
    return t


print(skip_range(1000), skip_list(1000), skip_enumerate(1000), skip_tuple(1000))


def failing():
    def bad(k):
        yield 1
        yield 2
        if k % 3 == 0:
            raise ValueError("boom")
    t = 0
    for k in range(300):
        try:
            for v in bad(k):
                t += v
        except ValueError:
            t += 100
    return t


def raising_next(n):
    class It:
        def __init__(self):
            self.i = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.i += 1
            if self.i == n - 10:
                raise KeyError(self.i)
            if self.i > n:
                raise StopIteration
            return self.i

    t = 0
    try:
        for v in It():
            t += v
    except KeyError as e:
        t = (t, e.args)
    return t


def changing_items(n):
    d = {i: i for i in range(n)}
    d[n // 2] = "half"
    d[n // 2 + 1] = 2.5
    t = []
    for k, v in d.items():
        if type(v) is int:
            t.append(k + v)
        else:
            t.append(v)
    return len(t), t[n // 2 - 1:n // 2 + 3]


print(failing(), raising_next(1000), changing_items(1000))


# A helper call inside an inlined call, in a loop over a range.
def push(out, v):
    out.append(v)
    return v


def inlined_push(n):
    out = []
    t = 0
    for i in range(n):
        t += push(out, i)
    return t, len(out)


print(inlined_push(1000))
