# int() and float() parsing edge cases.
for s in ['0', '-0', '+12', ' 42\n', '1_2_3', '0_0', '٠١٢', '１２', '\t7 ']:
    print(repr(s), int(s))
for s, b in [('777', 8), ('zz', 36), ('ZZ', 36), ('-0x1f', 16), ('0b1_0', 0), ('0o1_7', 0), ('1010', 2), ('12', 3)]:
    print(s, b, int(s, b))
for s, b in [('12', 2), ('0x1f', 10), ('2', 37), ('1', -1), ('0b', 0), ('08', 0), ('1_', 10), ('', 16), ('0x', 16), ('- 1', 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['1.5', '-.5', '5.', '1e10', '1E-3', ' 1.25 ', 'inf', '-Infinity', 'nan', '1_000.000_1', '0x1p3'.replace('0x1p3', '8')]:
    print(repr(s), float(s))
for s in ['1.5f', '1,5', '1e', '.', 'e5', '--1', 'infinit', '1__0', '_1.0', 'nan(0)']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(b' 12 '), float(b'1.5'), int(bytearray(b'3')), float(bytearray(b'2.5')))
print(int(-0.9), int(1e20), int(-1e20), float(2**70), float(-2**70), int(float(2**70)))
print(float(True), int(False), float(1), float(' -0 '))
class F:
    def __float__(self): return 2.5
class IX:
    def __index__(self): return 4
print(float(F()), float(IX()), int(IX()))
class BadF:
    def __float__(self): return 'x'
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
