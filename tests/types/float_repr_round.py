# float repr, str, round and formatting.
vals = [0.1, 1/3, 2/3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234, 1.5e300, 2.0**-1074, 100.0, 1e22, 1e23, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), format(v, ''), format(v, 'g'), format(v, '.3'), format(v, 'e'))
print(repr(float('nan')), repr(float('-inf')), repr(-0.0))
print(float('1.5'), float(' 2 '), float('-inf'), float('Infinity'), float('nAn'), float('1_0.5'), float('.5e1'))
for bad in ['', 'abc', '1.5.5', '1e', '__1', 'in f', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
for v, n in [(2.5, 0), (3.5, 0), (2.675, 2), (1.005, 2), (-1.5, 0), (123.456, -1), (0.125, 2), (0.375, 2), (1e300, 2)]:
    print(v, n, round(v, n))
print(round(2.5), type(round(2.5)), type(round(2.5, 0)), round(-0.4), round(0.5000001))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(format(1234.5678, '.2f'), format(1234.5678, '10.1f'), format(1234.5678, '<10.1f') + '|', format(0.000012345, '.2e'))
print(format(1234.5678, ','), format(1234.5678, '_.3f'), format(0.5, '%'), format(0.125, '.1%'))
print(format(1.0, 'g'), format(1e-7, 'g'), format(1e16, 'g'), format(123456789.0, '.10g'), format(0.0, 'e'))
print(format(3.0, '#g'), format(3.0, '.0f'), format(3.0, '#.0f'), format(-1.5, '+.1f'), format(1.5, ' .1f'))
print(format(1.5, '=+8.2f'), format(1.5, '08.2f'), format(-1.5, '08.2f'), format(1e10, 'n'))
print(float.hex(1.0), float.hex(-0.1), (0.1).hex(), float.fromhex('0x1.999999999999ap-4'))
print(1e22 == 10**22, 1e23 == 10**23, int(1e23))
print(str(1.0), str(10.0**16), str(1.23456789012345678), 1.1 + 2.2)
