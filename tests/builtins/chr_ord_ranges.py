# chr/ord across Unicode planes, surrogates, and str iteration consistency.
cps = [0, 9, 10, 32, 126, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
for cp in cps:
    c = chr(cp)
    print(cp, ascii(c), ord(c) == cp, len(c), len(c.encode('utf-8')), c.isprintable())
s = ''.join(chr(cp) for cp in range(0x1F600, 0x1F605))
print(s, len(s), [hex(ord(c)) for c in s[1:3]], s[::-1] == ''.join(reversed(s)))
sur = chr(0xD800)
print(len(sur), ascii(sur), sur.isprintable())
print(''.join(map(chr, range(65, 91))), sum(map(ord, 'abc')))
