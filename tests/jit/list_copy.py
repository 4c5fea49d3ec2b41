# x[:] of a list, and the starred target of an unpacking, are copied into
# a list from the JIT's pool in a trace (up to 16 items; longer lists exit
# to the interpreter): they must be independent lists of the same items,
# whatever their length and kind.
import gc


def copies(src, rounds):
    out = []
    for i in range(rounds):
        c = src[:]
        c.append(i)
        c[0] = -i
        out.append(c)
        if i % 9 == 0:
            gc.collect()
    return out


def growing(n):
    xs = []
    lens = 0
    for i in range(n):
        ys = xs[:]
        ys.append(str(i))
        xs = ys
        lens += len(ys)
    return lens, xs[-3:], len(xs)


def aliasing(rounds):
    base = [1, 2, 3]
    keep = []
    for i in range(rounds):
        c = base[:]
        keep.append(c)
        base[i % 3] += 1
    return keep[:3], keep[-1], base


def starred(seqs):
    out = []
    for s in seqs:
        first, *mid, last = s
        *init, end = s
        a, b, *rest = s
        mid.append(first)
        out.append((first, mid, last, len(init), end, a, b, rest[-1:]))
    return out


for n in (0, 1, 2, 15, 16, 17, 40):
    res = copies(list(range(n)) or [None], 60)
    print(n, len(res), res[0][:5], res[-1][-3:], sum(len(c) for c in res))
print(copies(["a", (1,), 2.5, None], 30)[-1])
print(growing(50))
print(aliasing(40))
seqs = [tuple(range(k)) for k in range(3, 21)] * 3 + [list("abcdefgh")] * 20
seqs += [list(range(k)) for k in (19, 18, 17, 16, 15, 3)] * 10
for row in starred(seqs)[::7]:
    print(row)
try:
    starred([(1, 2, 3), (1,)])
except ValueError as e:
    print("ValueError", e)
