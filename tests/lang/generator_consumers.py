# Generators consumed by for loops, sum(), list(), tuple() and str.join,
# including generators that return a value, raise part way, or raise
# StopIteration (PEP 479: RuntimeError).


def count(n, ret=None):
    for i in range(n):
        yield i
    return ret


def fail_at(n, exc):
    for i in range(n):
        yield i
    raise exc


def stops(n):
    yield from range(n)
    raise StopIteration("inner")


print(sum(count(10)), sum(count(10, "ignored")), sum(count(0)))
print(sum(count(5), 100), sum((x * x for x in range(10)), 7))
print(sum(x for x in [2 ** 62, 2 ** 62, 2 ** 62]))
print(sum(x for x in [-2 ** 63, -1]))
print(sum(x for x in [1, 2.5, 3]), sum((x for x in [[1], [2]]), []))
print(sum(x for x in [True, True, 3]))
print(list(count(4, "r")), tuple(count(3)), "-".join(str(i) for i in count(5)))
total = 0
for i in count(6, 99):
    total += i
print(total)

for consume in (sum, list, tuple, lambda g: "".join(map(str, g))):
    g = fail_at(3, KeyError("k"))
    try:
        consume(g)
    except KeyError as e:
        print("KeyError", e, g.gi_frame)
    try:
        consume(stops(3))
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)

try:
    for x in stops(2):
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e)

# The same generator again after it finished gives nothing more.
g = count(3, "done")
print(sum(g), sum(g), list(g))


def reentrant():
    yield sum(g2)


g2 = reentrant()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

# A for loop over a generator that returns a value drops the value.
def ret_only():
    return 5
    yield


print([x for x in ret_only()], sum(ret_only()))
try:
    next(ret_only())
except StopIteration as e:
    print("StopIteration", e.value)
