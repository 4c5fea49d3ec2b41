# Big-int results across sizes and signs: every operator whose result object
# is allocated up front with room for its words (small, one-word, many-word
# operands; results that fall back into int64 range).
import random

rng = random.Random(20261125)
vals = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64,
        2**64 - 1, 3**100, -3**100, 10**300 + 1, -(10**300) + 7]
for _ in range(12):
    bits = rng.choice([65, 127, 128, 129, 640, 2000])
    v = rng.getrandbits(bits)
    vals.append(v if rng.random() < 0.5 else -v)


def digest(x):
    return (x.bit_length(), x % 1000003, x < 0)


acc = 0
for a in vals:
    for b in vals:
        results = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b, (a, b)
            assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)), (a, b)
            results += [q, r]
        for x in results:
            acc = (acc * 31 + hash(digest(x))) % (1 << 61)
print(acc)

for a in vals:
    print(digest(-a), digest(~a), digest(abs(a)), digest(+a))
    for n in (0, 1, 63, 64, 65, 200):
        l, r = a << n, a >> n
        assert (l >> n) == a and r == a // 2**n, (a, n)
        print(n, digest(l), digest(r))

# Results that land back in int64 range are plain small ints again.
big = 2**100
print(big - (big - 5), (big + 3) - big, big // (big // 7), (big * 3) % big)
print((big - 1) >> 40, -(2**63) + 0, type(big - big), (2**64) // 2**62)
print(divmod(-big, 2**99), divmod(big, -(2**99 + 1)), divmod(-big - 1, -big))
print(round(123456789012345678901234567890, -5), round(-2**70, -20))
print(round(25 * 10**20, -21), round(35 * 10**20, -21), round(-15 * 10**30, -31))

# The factorial-like loop of spigot programs: many in-place updates.
x = 1
for k in range(1, 400):
    x *= k
    x += k * x // 3
    x -= 5
print(digest(x), str(x)[:40])

# Unary plus and int() of int subclass instances give exact ints.
import operator


class I(int):
    pass


print(type(+I(5)), type(+I(2**70)), +I(2**70), int(I(-2**80)), operator.index(I(3)), -I(2**64), ~I(-2**65))
