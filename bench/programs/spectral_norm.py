# bench: quick=40 full=300
"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).

sys.argv[1] is the matrix order n. Ten power-method rounds of A^T A, then the
norm is printed with "%.9f". The native twin is native/spectral_norm/main.go,
which performs the same floating-point operations in the same order (plain
loops, no sum(), whose float summation differs between Python versions).
"""
import math
import sys


def times_a(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            ij = i + j
            s += v[j] / (ij * (ij + 1) // 2 + i + 1)
        out[i] = s


def times_at(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            ij = i + j
            s += v[j] / (ij * (ij + 1) // 2 + j + 1)
        out[i] = s


def times_ata(v, out, tmp):
    times_a(v, tmp)
    times_at(tmp, out)


def main():
    n = int(sys.argv[1])
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(u, v, tmp)
        times_ata(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
