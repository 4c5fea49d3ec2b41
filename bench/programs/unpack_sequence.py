# bench: quick=3000 full=600000
"""Unpack sequence: tuple and list unpacking in tight loops.

Each step unpacks tuples and lists of several sizes (plain, starred, nested,
in for-loop targets and in swaps) and folds the pieces into a checksum.
sys.argv[1] is the number of steps.
"""
import sys


def rotate(t):
    a, b, c, d, e, f, g, h = t
    return b, c, d, e, f, g, h, a


def main():
    steps = int(sys.argv[1])
    eight = (1, 2, 3, 4, 5, 6, 7, 8)
    four = [10, 20, 30, 40]
    pairs = [(i, i * i) for i in range(8)]
    nested = ((1, (2, 3)), (4, (5, 6)))
    checksum = 0
    for i in range(steps):
        a, b, c, d, e, f, g, h = eight
        w, x, y, z = four
        x, y = y, x
        w, z = z + i % 3, w
        four = [w, x, y, z]
        first, *middle, last = eight
        (p, (q, s)), (t, (u, v)) = nested
        for k, sq in pairs:
            checksum += k * a - sq * b
        checksum += (a * h + b * g + c * f + d * e) * (w - z) + x * y
        checksum += first + last + len(middle) + p * q * s - t * u * v
        checksum %= 1000000007
        if i % 16 == 0:
            eight = rotate(eight)
    print("checksum %d" % checksum)
    print("state %s %s" % (eight, four))


main()
