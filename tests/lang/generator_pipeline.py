# Generator pipelines: chaining stages, infinite sources, early termination closes upstream.
def source():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print('source closed at', n)
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipe = take(5, squares(evens(source())))
print(list(pipe))
import gc; gc.collect()
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def windowed(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(windowed(range(6), 3)))
