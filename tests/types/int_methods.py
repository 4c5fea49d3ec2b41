# int constructor, methods and conversions.
print(int(), int(3.9), int(-3.9), int('42'), int(' -7 '), int('1_000'), int('+5'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('10', 2))
for bad in ['', '1.5', 'abc', '0x', '1__0', '_1', '08', ' ']:
    for base in (10, 0):
        try:
            int(bad, base)
        except ValueError as e:
            print(type(e).__name__, e)
try:
    int('5', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(True), int(b'12'), int(bytearray(b'7')), int('٣'))
print((42).bit_length(), (42).bit_count(), (42).as_integer_ratio(), (-42).conjugate())
print((5).numerator, (5).denominator, (5).real, (5).imag)
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x01', byteorder='little'))
print((1024).to_bytes(4, 'little'), (-2).to_bytes(1, 'big', signed=True))
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 3
class N:
    def __int__(self):
        return 9
print(int(I()), int(N()), bin(I()), [0, 1, 2, 3, 4, 5, 6, 7][I()])
print(hex(-255), oct(8), bin(-5), hex(2**64))
print(int('1' * 50) % 97, int('-' + '9' * 25))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(15, -1))
print(abs(-2**70), -(-2**63), (2**63).__neg__())
print(int.__name__, isinstance(5, int), type(2**100) is int)
print(divmod(17, 5), divmod(-17, 5), (17).__divmod__(5))
print(10 .real, (10).__add__(5), (10).__radd__(5), (10).__sub__(1.5))
