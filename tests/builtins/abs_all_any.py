# abs, all, any, bool, callable, chr, ord.
print(abs(-5), abs(5), abs(-2.5), abs(3 - 4j), abs(-0.0), abs(True), abs(-2**100))
class A:
    def __abs__(self): return 'custom abs'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(['', 'a']), all(x > 0 for x in [1, 2]))
print(any([]), any([0, None]), any([0, 3]), any(iter([False, True])))
calls = []
def t(v):
    calls.append(v)
    return v
print(all(t(v) for v in [1, 0, 1]), calls)
calls.clear()
print(any(t(v) for v in [0, 1, 0]), calls)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(65), chr(0x1F600), chr(0), ord('A'), ord('€'), ord(b'a'), ord(bytearray(b'z')))
for bad in [lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: chr('a'), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool(), bool(0), bool([0]), bool(None), bool(NotImplemented.__class__), bool(' '))
