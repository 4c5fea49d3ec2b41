# Loop variables that hold objects of several classes (and sometimes
# ints): the trace reads them only to write them back at exits, so it is
# entered whatever they held last, and must never take an int for an
# object.


class A:
    def f(self):
        return 1


class B:
    def f(self):
        return 20


class C(B):
    def f(self):
        return 300


def run(items):
    t = 0
    for c in items:
        t += c.f()
    return t


def mixed(items):
    t = 0
    last = None
    for c in items:
        if isinstance(c, int):
            t += c
        else:
            t += c.f()
        last = c
    return t, type(last).__name__


def leftover(items):
    # After the loop the variable keeps the last item, of any class.
    c = None
    n = 0
    for c in items:
        n += 1
    return n, type(c).__name__


objs = [A(), B(), C(), A(), A(), B(), C(), C(), A()]
total = 0
for k in range(300):
    total += run(objs[k % 5:] + objs[:k % 3])
print(total)
print([mixed([A(), 5, B(), 7, C(), i]) for i in range(40)][-3:])
print([leftover([A()] * (i % 4) + [i, B()] * (i % 3)) for i in range(60)][-4:])
