# Int arithmetic on a range loop's value and invariant ints, whose
# overflow checks the JIT drops once the operands are bounded before the
# loop: results near and beyond 2**63 must still become big ints, with
# bounds passing, failing at the start, and failing on a bridge's entry.


def tri(lo, hi, base, step=1):
    out = 0
    for j in range(lo, hi, step):
        ij = base + j
        out += ij * (ij + 1) // 2 - base + 1
    return out


for args in [(0, 300, 7), (-50, 50, -3), (300, 0, 5, -1), (0, 600, 11, 3), (5, 5, 1),
             (0, 300, 2**29 - 400), (0, 300, 2**29), (0, 300, -(2**29)), (2**29 - 10, 2**29 + 10, 0),
             (-(2**29) - 5, -(2**29) + 5, 0), (2**29 + 5, 2**29 - 5, 0, -1),
             (0, 100, 2**31), (0, 100, 2**40), (0, 100, 3 * 2**61), (-100, 0, -(2**62))]:
    print(args, tri(*args))


def grid(n, scale):
    tot = 0
    for i in range(n):
        for j in range(n):
            tot += (i * scale + j) * (j - i)
    return tot


print(grid(40, 1), grid(40, 2**20), grid(40, 2**29), grid(40, 2**33), grid(40, 2**58))


def product(xs, k):
    acc = 0
    for v in range(len(xs)):
        acc += xs[v] * k + v * k
    return acc


print(product([1] * 50, 3), product([2**40] * 50, 2**23), product([2**62] * 50, 2))


def shifted(n, off):
    # off is only added: its bound is wide, so large offsets still pass.
    s = 0
    for j in range(n):
        s += (j + off) & 1023
    return s


print(shifted(500, 7), shifted(500, 2**40), shifted(500, 2**59), shifted(500, 2**61), shifted(500, 2**63 - 100))
