# Integer arithmetic, including edges around the int64 boundary.
big = 2**63
print(big, big - 1, -big, -big - 1)
print(type(big), (big - 1) + 1 == big)
a = 2**63 - 1
print(a + 1, a * 2, a * a)
print(-a - 1, (-a - 1) - 1, (-a - 1) * -1)
b = -2**63
print(b // -1, b * -1, -b, abs(b))
print(b % -1, divmod(b, -1))
print(a << 1, a >> 62, 1 << 64, (1 << 64) >> 63)
print(-1 >> 1, -1 >> 100, -5 >> 1, 5 >> 1)
print(1 << 0, 0 << 100)
for op in ('<<', '>>'):
    try:
        eval('1 %s -1' % op)
    except ValueError as e:
        print(type(e).__name__, e)
print(~0, ~5, ~-1, ~big)
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 0xFF, -5 | 2, -5 ^ -3)
print(big & (big - 1), big | 1, big ^ big)
print(10 + -3, 10 - -3, -10 * 3, 7 * 0)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int.bit_length(big), (-big).bit_length(), (0).bit_length())
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((10).bit_count(), (-1).bit_count() if hasattr(int, 'bit_count') else None)
print(abs(-3), -(-3), +3, -0)
print(3 * True, True + True, False - 1)
acc = 1
for i in range(1, 70):
    acc = acc * 3 + i
print(acc)
print(acc % 1000003, acc // 10**20)
print((2**64) // 3, (2**64) % 3, -(2**64) // 3, -(2**64) % 3)
print(sum(range(10**6)))
print(int('9' * 30) + 1)
print(12345678901234567890 * 98765432109876543210)
