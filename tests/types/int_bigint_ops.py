# Big integer arithmetic and conversions.
a = 3 ** 200
b = 7 ** 150
print(a + b)
print(a - b, b - a)
print(a * b % 10**30)
print(a // b, a % b, divmod(b, 12345678901234567))
print(-a // b, -a % b)
print(a.bit_length(), len(str(a)), str(a)[:20])
print(a >> 100, a & (2**64 - 1), a | 1 == a, a ^ a)
print(-a >> 300, ~a + a)
print(2**1000 % 1000007, pow(a, b, 10**9 + 7))
print(int(str(a)) == a, hex(a)[:20], int(hex(a), 16) == a)
print(abs(-a) == a, -(-a) == a, a > b, -a < -b, max(a, b) == a)
print(a == float(a), 2**100 == float(2**100), a / b)
print(float(10**308), 10**308 / 10**300)
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10**400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399, (10**400 + 1) % 10)
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(sum(int(c) for c in str(f)))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100) == hash(2**100 % (2**61 - 1)))
x = 2**63
print(x // 2, x * x, x - 1, (x - 1) * 2 + 1 == 2 * x - 1, -x // 3, -x % 7)
print(int('123456789' * 5), int('-' + '1' * 40) // 7)
print(format(a, ',')[:30], format(2**70, 'x'), format(-2**70, 'b')[:10], f'{2**64:e}')
