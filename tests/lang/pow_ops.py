# pow and ** with negative exponents, modulus, floats and complex results.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 0.0 ** 0)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print((-8) ** (1/3))
print(type((-1) ** 0.5))
print(10 ** 20, 10 ** 20 == 10.0 ** 20, 10.0 ** 20)
print(2 ** 64, 2 ** 128)
print(pow(7, 123456789, 1000000007))
print(pow(2, 100, 2**61 - 1))
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(1.0 ** float('inf'), float('inf') ** 0)
print((1j) ** 2, (1 + 1j) ** 2, 2 ** 1j == complex(2) ** 1j)
print(pow(base=2, exp=5), pow(2, exp=5, mod=7))
print(1 ** -5, (-1) ** -5, (-1) ** 10**10)
x = 3
x **= 4
print(x)
