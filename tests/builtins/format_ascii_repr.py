# format(), ascii(), repr(), str() builtins.
print(format(3.14159, '.2f'), format(42), format('s', '>4'), format([1, 2]), format(1e-10, '.1e'))
print(ascii('plain'), ascii('é'), ascii('😀'), ascii([1, 'ü']), ascii(b'\xff'), ascii('\n'))
print(repr('a'), repr("a'b"), repr('a"b'), repr("a'\"b"), repr(1.0), repr(1e100), repr([]), repr(()), repr(set()), repr(frozenset()))
print(repr({}), repr({1: {2: [3]}}), repr(range(1, 5, 2)), repr(slice(1)), repr(b'\x00'), repr(bytearray(b'a')))
print(str(3), str(-0.0), str('s'), str(b'b'), str(None), str(int), str([1, 'a']), str())
print(str(b'caf\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(5, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
print(format(1234567, ',d'), format(-42, '+08d'), format(0.25, '.0%'), format('abc', '^9'), format(255, '#X'))
print(repr(float('inf')), repr(complex(1, -1)), repr(True), repr(None), repr(...), repr(NotImplemented))
