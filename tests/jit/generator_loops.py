# Generators consumed in hot loops, including early exits and send.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(5000)))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(sum(evens(count(3000))), max(evens(range(101))))
total = 0
for i, v in enumerate(count(1000)):
    if i > 700:
        break
    total += v
print(total)
def acc():
    s = 0
    while True:
        x = yield s
        s += x
g = acc()
next(g)
for i in range(1000):
    last = g.send(i)
print(last)
def chain(*gs):
    for gen in gs:
        yield from gen
print(sum(chain(count(100), count(200), range(300))))
gens = [count(i) for i in range(50)]
print(sum(sum(g) for g in gens))
print(sum(x * y for x in range(60) for y in range(60) if x != y))
