# Nested loops over range(...) calls with every argument form: the JIT
# makes the inner loop's range iterator itself (no range object), and
# exits to the interpreter where the count overflows.
import sys


def sums(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += j
        for j in range(i, 2 * i):
            total += j
        for j in range(2 * i, i, -3):
            total -= j
        for j in range(-i, i, 4):
            total += j
        for j in range(i, i):
            total += 1000
        for j in range(i, -i, -1):
            total += 1
    return total


def steps(n, k):
    total = 0
    for i in range(n):
        for j in range(0, i, k):  # a step in a variable
            total += j
    return total


def overflow(n):
    out = []
    big = sys.maxsize
    for i in range(n):
        lo = -big if i % 7 == 0 else 0
        c = 0
        for j in range(lo, big, big):
            c += 1
            if c > 3:
                break
        out.append(c)
    return out


def shapes(n):
    total = 0
    for i in range(n):
        r = range(i)  # a range object that lives on
        for j in r:
            total += j
        total += len(r)
        for j in range(True, i):  # a bool argument
            total += j
    return total


def bigs(n):
    total = 0
    for i in range(n):
        for j in range(2 ** 64, 2 ** 64 + i % 3):
            total += j - 2 ** 64
    return total


print(sums(60))
print(steps(40, 3), steps(40, -1))
print(overflow(30))
print(shapes(50))
print(bigs(40))
for bad in (0, 1.5, "x"):
    try:
        for i in range(3):
            for j in range(0, 10, bad):
                pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
