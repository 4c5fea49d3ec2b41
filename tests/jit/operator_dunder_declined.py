# Operator methods inlined into traces that return NotImplemented on a
# path the recording did not take: an exit inside the method finishes
# it in the interpreter, and the operator's dispatch goes on (the
# reflected method, the fallback, or TypeError) as it would have.


class Num:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if o.v % 37 == 0:
            o = None  # the dispatch still gets the original operands
            return NotImplemented
        return self.v == o.v

    def __lt__(self, o):
        if o.v % 41 == 0:
            return NotImplemented
        return self.v < o.v

    def __iadd__(self, o):
        if o.v % 43 == 0:
            return NotImplemented
        self.v += o.v
        return self

    def __add__(self, o):
        if o.v % 2 == 0:
            return NotImplemented
        return Num(self.v + o.v + 100)

    def __mul__(self, o):
        if o.v % 47 == 0:
            return NotImplemented
        return Num(self.v * o.v)


class Rev:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return "rev-eq"

    def __gt__(self, o):
        return "rev-gt"

    def __radd__(self, o):
        return Num(o.v + self.v + 1000)


def compares(n):
    out = []
    a = Num(5)
    for i in range(n):
        r = Rev(i)
        e = a == r
        l = a < r
        if i % 37 == 0 or i % 41 == 0:
            out.append((i, e, l))
    return out


def compare_identity(n):
    # Both sides decline: == falls back to identity.
    hits = 0
    for i in range(n):
        a, b = Num(37), Num(i)
        if b == a:
            hits += 1
        if a == a:
            hits += 10
    return hits


def inplace(n):
    acc = Num(0)
    log = []
    for i in range(1, n):
        before = acc
        acc += Rev(i) if i % 43 == 0 else Num(i)
        if acc is not before:
            log.append((i, acc.v))
    return acc.v, log


def mul_error(n):
    errors = 0
    total = 0
    for i in range(1, n):
        try:
            total += (Num(3) * Num(i)).v
        except TypeError as e:
            errors += 1
            msg = str(e)
    return total, errors, msg


def helper_cmp(a, b):
    return a < b


def nested(n):
    # The operator runs in an inlined call: its caller is not the loop's
    # frame.
    out = []
    for i in range(n):
        x = helper_cmp(Num(i), Rev(i + 1))
        if x != True:
            out.append((i, x))
    return out


def hot_decline(n):
    # NotImplemented on the recorded path: the method is not inlined.
    s = 0
    for i in range(n):
        r = Num(i) + Rev(2 * i if i % 5 else 2 * i + 1)
        s += r.v if isinstance(r, Num) else 0
    return s


print(compares(300))
print(compare_identity(300))
print(inplace(300))
print(mul_error(300))
print(nested(300))
print(hot_decline(300))
