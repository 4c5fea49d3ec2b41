# itertools.product: the odometer order, empty and single pools, repeat
# (including 0), pools read once up front, results that stay distinct and
# unchanged when kept, tuples of every length the per-thread blocks make
# (1 to 6 items) and longer, and exhaustion that stays exhausted.
import itertools as it

print(list(it.product()), list(it.product(repeat=0)), list(it.product('ab', repeat=0)))
print(list(it.product([])), list(it.product('ab', [], 'cd')), list(it.product([], repeat=3)))
print(list(it.product('a')), list(it.product('a', 'b', 'c')), list(it.product(range(2), repeat=3)))
print(list(it.product('ab', 'xyz')))
print(list(it.product([1, 2], repeat=2)), list(it.product('ab', [0], repeat=2)))

# Each result is a new tuple that keeps its items.
kept = []
for t in it.product(range(3), 'xy'):
    kept.append(t)
print(kept, len({id(t) for t in kept}) == len(kept))
a, b = it.tee(it.product('ab', repeat=2))
print(list(a) == list(b))

# Every length, compared with nested loops.
for n in range(1, 9):
    pools = [range(k % 3 + 1) for k in range(n)]
    expect = [()]
    for p in pools:
        expect = [e + (x,) for e in expect for x in p]
    got = list(it.product(*pools))
    print(n, len(got), got == expect, got[-1])

# Pools are read once, when product is made.
src = [1, 2]
p = it.product(src, iter('xy'))
src.append(3)
print(list(p))
calls = []


def gen(tag):
    calls.append(tag)
    yield tag
    yield tag + '!'


p = it.product(gen('a'), gen('b'))
print(calls, next(p), list(p), calls)

# Exhausted stays exhausted.
p = it.product('ab', repeat=1)
print(list(p), list(p), next(p, 'done'))
p = it.product('ab', [])
print(next(p, 'done'), next(p, 'done'))
p = it.product()
print(next(p), next(p, 'done'))

# Unpacking in the loop, and a nested product over the results.
total = 0
for x, y, z in it.product(range(4), repeat=3):
    total += x * 16 + y * 4 + z
print(total, sum(1 for _ in it.product(it.product('ab', repeat=2), repeat=2)))
