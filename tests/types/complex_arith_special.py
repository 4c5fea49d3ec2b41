# complex arithmetic special cases: zeros, infinities, mixing with ints/floats, pow.
z = complex(0, 0)
print(z + 1, z * (1 + 1j), -z, repr(-z), complex(1, 0) * complex(0, 1), (1 + 2j) * (1 - 2j))
print((1 + 1j) ** 0, (1 + 1j) ** 1, (1 + 1j) ** 3, (2j) ** 2, 0j ** 0, (1 + 0j) ** -1)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((3 + 4j) / 2, (3 + 4j) / (2 + 0j), 1 / (1 + 1j), (1e308 + 1e308j) * 10)
print(complex(1, float('inf')), complex(float('nan'), 1) == complex(float('nan'), 1), abs(complex(3e200, 4e200)))
print((1 + 2j).conjugate(), (1 + 2j) == (1 + 2j), (1 + 2j) != (1 - 2j), 2 * 1j == 2j, 1j * 1j == -1)
print(pow(1j, 2), pow(2, 1j) == 2 ** 1j, type(1j.real).__name__)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
