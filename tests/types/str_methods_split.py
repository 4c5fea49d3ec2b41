# split, rsplit, splitlines, join, strip family.
print('a b  c'.split(), 'a b  c'.split(' '), '  lead trail  '.split(), 'a,b,,c'.split(','), ''.split(), ''.split(','))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a b c'.rsplit(None, 1), 'a  b  c'.split(maxsplit=1))
print('one\ntwo\r\nthree\rfour\x0bfive\x1csix\u2028seven'.splitlines())
print('x\ny\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines())
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '|'.join(map(str, range(4))))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print(repr('\t\n x \u3000'.strip()), repr('www.example.com'.lstrip('cmowz.')))
print('a\tb\tc'.expandtabs(), 'a\tb'.expandtabs(4), '01\t012\t0123\t'.expandtabs(4) + '|')
print('abc'.center(9, '*'), 'abc'.ljust(6) + '|', 'abc'.rjust(6, '0'), '42'.zfill(5), '-42'.zfill(5), '+x'.zfill(4), 'abc'.center(2))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'), 'abc'.replace('b', ''))
t = str.maketrans('abc', 'xyz', 'd')
print('abcdd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': 'b'}))
print(' '.join(w.capitalize() for w in 'some words here'.split()))
