# for loops unpacking two targets from the iterators that make a pair per
# item (enumerate, dict items, zip of two), and from others.
import sys


def gen(n):
    for i in range(n):
        yield i * i


def boom(n):
    yield 1
    raise ValueError("boom at %d" % n)


print([(i, x) for i, x in enumerate("abc")])
for i, x in enumerate(gen(4), 10):
    print("enumerate", i, x)
for i, x in enumerate([]):
    print("never")
else:
    print("empty enumerate else")
for i, x in enumerate(range(sys.maxsize - 1, sys.maxsize + 2), sys.maxsize - 1):
    print("big", i, x)

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print("items", k, v)
for k, v in reversed(d.items()):
    print("reversed items", k, v)
try:
    for k, v in d.items():
        d["z" + k] = v
except RuntimeError as e:
    print("RuntimeError", e)

for a, b in zip("xyz", range(5)):
    print("zip", a, b)
try:
    for a, b in zip("xy", range(5), strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)
for a, b in zip([(1, 2)], [3]):
    print("zip nested", a, b)
try:
    for a, b in zip(*["abc"]):
        print("unreachable", a, b)
except ValueError as e:
    print("ValueError", e)

try:
    for i, x in enumerate(boom(7)):
        print("before boom", i, x)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

for i, (a, b) in enumerate(zip("pq", "rs")):
    print("nested", i, a, b)
for a, b in [(1, 2), (3, 4)]:
    print("list of pairs", a, b)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError", e)

# break out of the loop, then resume the same iterator.
it = enumerate("hello")
for i, c in it:
    if c == "l":
        break
print("after break", next(it))


class Enum(enumerate):
    pass


for i, x in Enum("ab"):
    print("subclass", i, x)
