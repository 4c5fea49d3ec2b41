# Loops in generators whose iterations yield (the trace ends at the yield
# and the interpreter yields): generator expressions consumed by
# builtins, yields in branches and in nested loops, send(), throw() and
# close() into a running loop, yields inside with and try blocks, and
# class constants read through instances on the way.


class Lcg:
    MOD = 139968
    MUL = 3877
    INC = 29573

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * self.MUL + self.INC) % self.MOD
        return self.state / self.MOD


def letters(n):
    rng = Lcg(42)
    table = "acgt"
    cut = [0.3, 0.5, 0.7, 1.0]
    out = []
    for _ in range(n):
        line = "".join(table[min(3, sum(1 for c in cut if c < rng.next_float()))] for _ in range(30))
        out.append(line)
    return out[0], out[-1], len(out)


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * x
        elif x % 7 == 0:
            yield -x


def pairs(n):
    for i in range(n):
        for j in range(i % 4):
            yield i, j


def accumulate():
    total = 0.0
    count = 0
    while True:
        got = yield total / max(count, 1)
        if got is None:
            continue
        total += got
        count += 1


def guarded(n, log):
    try:
        for i in range(n):
            yield i * 3
    finally:
        log.append("finally")


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit %s" % (exc[0].__name__ if exc[0] else None))
        return False


def inside_with(n, log):
    with Ctx(log):
        for i in range(n):
            yield i + 0.5


def catching(n):
    handled = 0
    i = 0
    while i < n:
        try:
            yield i
        except KeyError:
            handled += 1
            yield -handled
        i += 1


def constants(n):
    objs = [Lcg(1), Lcg(2), Lcg(3)]
    objs[2].MOD = 1000  # shadows the class attribute for this instance only
    out = []
    for i in range(n):
        if i == n // 2:
            Lcg.MUL = 5  # a new class version
        out.append(objs[i % 3].next_float())
    Lcg.MUL = 3877
    return sum(out), out[-1]


class Limits:
    LIMIT = 10
    NAME = "limits"

    def __init__(self, v):
        self.v = v


def class_reads(n):
    ks = [Limits(1), Limits(2), Limits(3)]
    ks[1].LIMIT = 7  # shadows the class attribute for this instance only
    total = 0
    names = 0
    for i in range(n):
        if i == n // 2:
            Limits.LIMIT = 20  # a new class version
        k = ks[i % 3]
        total += k.LIMIT
        names += len(k.NAME)
    Limits.LIMIT = 10
    return total, names


print(letters(40))
print(class_reads(300))
print(constants(300))
print(sum(evens(range(300))), list(evens(range(30))))
print(sum(i * 10 + j for i, j in pairs(200)), len(list(pairs(50))))
acc = accumulate()
next(acc)
vals = [acc.send(float(k)) for k in range(100)] + [acc.send(None) for k in range(5)]
print(vals[:3], vals[-3:])
log = []
g = guarded(1000, log)
print([next(g) for _ in range(120)][-2:])
g.close()
print(log)
log = []
g = inside_with(1000, log)
print(sum(next(g) for _ in range(200)))
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("raised", e)
print(log)
c = catching(500)
got = [next(c) for _ in range(100)]
for _ in range(30):
    got.append(c.throw(KeyError("k")))
    got.append(next(c))
got.extend(c)
print(len(got), sum(got), got[95:105])
print(sum(x for x in range(10000) if x % 3), max(x * 0.5 for x in range(1000)))
print(list(zip((k for k in range(100)), "abc")))
