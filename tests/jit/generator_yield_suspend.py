# Loops of generators that yield once per iteration: a trace runs such a
# loop natively and is suspended at each yield, so the generator's next
# resumption continues it. Whatever looks at the generator in between
# (send, throw, close, its frame, the iterator it reads) must see exactly
# what the interpreter would show.
import sys
import threading


def squares(xs):
    return (x * x for x in xs)


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def scaled(xs, k):
    for x in xs:
        yield x * k + 0.5


print("".join(str(i % 10) for i in range(300)))
print(tuple(squares((1, 2, 3))), sum(squares(range(1000))), list(squares([4, 5])))
print(sum(evens(501)), max(scaled([3, 1, 2], 2.0)))
print([s for s in (w.upper() for w in "the quick brown fox".split())])

# Two generators of one code, interleaved.
a, b = evens(40), evens(60)
print([x + y for x, y in zip(a, b)])
print(list(a), list(b)[:3])

# Values sent in are the value of the yield, which the loop drops.
g = evens(20)
print(next(g), g.send("ignored"), g.send(None), next(g))

# The iterator a generator expression reads, advanced from outside.
it = iter(range(100))
g = (v * 10 for v in it)
print(next(g), next(g), next(it), next(g), next(it), next(it), next(g))
print(sum(g), list(it))

# The frame while suspended.
g = scaled([10, 20, 30, 40], 3)
print(next(g), next(g))
fr = g.gi_frame
print(sorted(fr.f_locals.items(), key=str), fr.f_lineno - scaled.__code__.co_firstlineno)
print(next(g), sorted(fr.f_locals), list(g))

# throw() and close() at a yield.
def guarded(n):
    total = 0
    try:
        for i in range(n):
            total += i
            yield total
    except ValueError as e:
        yield "caught %s after %d" % (e, total)
    finally:
        print("finally with total", total)


g = guarded(100)
print([next(g) for _ in range(5)])
print(g.throw(ValueError("boom")))
g.close()
g = guarded(100)
print([next(g) for _ in range(7)])
g.close()
print(g.gi_frame)

# An exception in the loop body after some yields.
def divide(xs):
    for x in xs:
        yield 100 // x


g = divide([5, 4, 2, 1, 0, 3])
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print(out, "ZeroDivisionError", e)
print(list(g))

# Nested generator expressions, and a generator abandoned half way.
nested = (x + 1 for x in (y * 2 for y in range(50)))
print(sum(nested))
for k in range(30):
    g = evens(1000)
    first = [next(g) for _ in range(k % 5 + 1)]
print(first)

# Generators resumed by another thread.
g = scaled(range(200), 1)
head = [next(g) for _ in range(50)]
rest = []
t = threading.Thread(target=lambda: rest.extend(g))
t.start()
t.join()
print(len(head), len(rest), rest[:3], sum(rest))

# A frame looked at from inside a generator between yields.
def watcher(n):
    for i in range(n):
        yield sys._getframe().f_lineno if i == n - 1 else i


print(list(watcher(30))[-3:])

# What an abandoned generator held dies with it at gc.collect().
import gc
import weakref


class Held:
    pass


def walk(xs):
    for x in xs:
        yield x


def abandon():
    held = Held()
    ref = weakref.ref(held)
    g = walk([held, 1, 2] * 50)
    for _ in range(40):
        next(g)
    del g, held
    gc.collect()
    return ref()


print(abandon())
