# bin, hex, oct, and their inverse parsing.
for v in [0, 1, -1, 255, -255, 2**64, -2**70, 1234567]:
    print(v, bin(v), oct(v), hex(v), int(bin(v), 0) == v, int(hex(v), 16) == v)
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(10, 'b'), format(10, '#b'), format(10, '010b'), f'{10:#06x}', f'{-10:o}')
