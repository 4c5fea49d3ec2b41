# A finished generator's frame is reused by later generators unless
# something may still read it. Everything kept from a finished generator
# (its frame from gi_frame, sys._getframe or a traceback, closures over its
# locals, its code and names) still shows that generator's own state after
# many other generators ran.
import sys
import types


def churn(n=300):
    def g(a, b, c):
        x = a + b
        yield x
        y = [c] * 3
        yield y

    total = 0
    for i in range(n):
        for v in g(i, i, i):
            total += 1
    return total


def holder(tag):
    local = "local-" + tag
    items = [tag] * 2
    yield 1
    more = len(items)
    yield 2


# gi_frame taken while suspended.
h = holder("a")
next(h)
fr = h.gi_frame
print(list(h), h.gi_frame)
churn()
print(fr.f_code.co_name, sorted(fr.f_locals.items()))


# sys._getframe inside the generator.
def self_frame():
    secret = 42
    yield sys._getframe()


(f,) = list(self_frame())
churn()
print(f.f_code.co_name, f.f_locals)


# A traceback through a finished generator.
def failing(n):
    label = "failing-%d" % n
    yield n
    raise KeyError(label)


try:
    for _ in failing(7):
        pass
except KeyError as e:
    tb = e.__traceback__
churn()
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals.items()))


# Closures over a generator's locals outlive its frame.
def makes_closure(start):
    count = start

    def bump():
        nonlocal count
        count += 1
        return count

    yield bump
    count += 10


bumps = []
for b in makes_closure(5):
    bumps.append(b)
churn()
print([b() for b in bumps], [b() for b in bumps])


# Names and code of finished generators and coroutines.
async def coro():
    return "done"


gens = [holder("b"), coro()]
next(gens[0])
list(gens[0])
try:
    gens[1].send(None)
except StopIteration as e:
    print("coro returned", e.value)
churn()
print([(x.__name__, x.__qualname__, x.gi_code.co_name if hasattr(x, "gi_code") else x.cr_code.co_name) for x in gens])
print(gens[0].gi_frame, gens[1].cr_frame, gens[0].gi_running, gens[0].gi_suspended)


# A generator-based coroutine awaited after it finished, and one awaited
# while another generator reuses frames in between.
@types.coroutine
def legacy(n):
    yield n
    return n * 2


async def awaits(aw):
    return await aw


lg = legacy(3)
print(list(lg))
churn()
c = awaits(lg)
try:
    c.send(None)
except StopIteration as e:
    print("awaited finished", e.value)
c = awaits(legacy(4))
print(c.send(None))
churn()
try:
    c.send(None)
except StopIteration as e:
    print("awaited", e.value)


# Generators of many frame sizes, finishing in every order, keep their
# values apart.
def sized(k, tag):
    vals = [tag * i for i in range(k)]
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17 = (vals + [0] * 18)[:18]
    yield (a0, a1, a2) if k < 10 else (a15, a16, a17)
    yield sum(vals)


live = [sized(k, t) for k in (1, 5, 9, 13, 17, 21) for t in (1, 2)]
firsts = [next(g) for g in live]
for g in live[::2]:
    list(g)
churn()
fresh = [sized(k, 3) for k in (1, 5, 9, 13, 17, 21)]
print(firsts)
print([next(g) for g in live[1::2]], [list(g) for g in fresh])
