# Complex numbers.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z * (1 - 2j), z / (1 + 1j), z + 1, 1 - z, z * 2.5)
print(complex(1, 2), complex('1+2j'), complex(' 3-4j '), complex(2), complex(), complex('j'))
print(1j * 1j, (1j) ** 2, 1j ** 0)
print(z == 3 + 4j, z != 3, complex(3, 0) == 3, 3.0 == complex(3))
for bad in ('1+', 'abc', '1+2k'):
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(complex(-0.0, -0.0)), repr(complex(0, -0.0)), repr(-0j), repr(1e20j))
print(complex(float('inf'), float('nan')))
print(hash(complex(5, 0)) == hash(5), bool(0j), bool(1j))
print(format(z, '.2f'), f'{z:>20}', f'{1.5-2.25j:g}')
print(sum([1j, 2, 3.5]), type(sum([1j, 2])))
import cmath
print(cmath.sqrt(-1), round(cmath.phase(1j), 6), cmath.polar(1+0j))
