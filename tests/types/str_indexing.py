# str indexing and slicing with non-ASCII text.
s = 'héllo wörld 日本語 😀!'
print(len(s), s[0], s[1], s[-1], s[-2], s[12:15], s[::-1])
print(s[1:5], s[:3], s[-3:], s[::2], s[1::3], s[100:], s[-100:2], s[5:1], s[5:1:-1])
try:
    s[len(s)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print([c for c in 'a😀b'], list(reversed('abc')), sorted('cab'))
print(ord('😀'), chr(128512), ord('日'), hex(ord('é')), chr(0x10FFFF) == '\U0010ffff')
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
print('abc' * 3, 3 * 'x', 'abc' * 0, 'abc' * -1, 'a' + 'b')
print(s.encode('utf-8')[:8], len(s.encode('utf-8')), len(s.encode('utf-16-le')), len(s.encode('utf-32-le')))
print('日本語'.encode('utf-8').decode('utf-8') == '日本語', '😀'.encode('utf-16-be'))
print(min('hello'), max('hello'), 'b' > 'a', 'é' > 'z', '😀' > '日')
print(s[slice(1, 4)], s[slice(None, None, -3)], 'abc'[-1:-4:-1])
print(str(123), str(b'x'), str(1.5), str([1, 'a']), str(), str('x', ), str(b'\xc3\xa9', 'utf-8'))
print('%s|%r|%a' % ('é', 'é', 'é'))
