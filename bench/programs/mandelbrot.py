# bench: quick=60 full=400
"""Mandelbrot set membership on an n x n grid over [-1.5, 0.5] x [-1, 1].

sys.argv[1] is n. Each row is packed into bytes, 8 pixels a byte, high bit
first; prints the number of points inside and a 32-bit hash of the bytes.
The native twin is native/mandelbrot/main.go.
"""
import sys

MAX_ITER = 50


def render(n):
    inside = 0
    digest = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        byte = 0
        bits = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            escaped = False
            for _ in range(MAX_ITER):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            byte <<= 1
            if not escaped:
                byte |= 1
                inside += 1
            bits += 1
            if bits == 8:
                digest = (digest * 31 + byte) & 0xFFFFFFFF
                byte = 0
                bits = 0
        if bits:
            byte <<= 8 - bits
            digest = (digest * 31 + byte) & 0xFFFFFFFF
    return inside, digest


def main():
    n = int(sys.argv[1])
    inside, digest = render(n)
    print("inside %d" % inside)
    print("digest %08x" % digest)


main()
