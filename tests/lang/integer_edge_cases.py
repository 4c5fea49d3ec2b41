# int boundaries: sys.maxsize, negative zero, bit ops on negatives, shifts by large amounts.
import sys
m = sys.maxsize
print(m, m + 1, -m - 1, -m - 2, m * 2 + 1, (m + 1) // 2, type(m + 1).__name__)
print(-0, 0 == -0, abs(-0), -(0), 0 * -1)
print(-1 & 0xFF, -256 >> 4, -1 << 70, (-1 << 70) >> 69, ~(2**64), -(2**64) | 1, (2**64) ^ -1)
print(1 << 200 >> 199, 5 >> 100, -5 >> 100, 0 >> 5)
print((2**63 - 1) + (2**63 - 1), (2**63) - 1 - (2**63), -(2**63) * -(2**63))
print((2**63 - 1) * -1 - 1 == -2**63, 2**63 // -1, (-2**63) % 2**63, divmod(-2**63, 2**62))
print(int.__add__(2**62, 2**62), (2**62).__mul__(2), (-2**63).__neg__(), (2**63).__abs__())
for a in [2**63 - 1, -2**63, 2**64, -2**64 - 1]:
    print(a, a.bit_length(), a.to_bytes(9, 'big', signed=True).hex(), int.from_bytes(a.to_bytes(9, 'little', signed=True), 'little', signed=True) == a)
