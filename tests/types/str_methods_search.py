# str searching and testing methods.
s = 'the cat sat on the mat'
print(s.find('at'), s.find('at', 6), s.find('at', 6, 8), s.find('dog'), s.rfind('at'), s.rfind('the', 0, 5))
print(s.index('sat'), s.rindex('the'), s.count('at'), s.count('at', 5), s.count(''), 'aaaa'.count('aa'))
for f in (s.index, s.rindex):
    try:
        f('dog')
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith('the'), s.startswith(('a', 'the')), s.startswith('cat', 4), s.endswith('mat'), s.endswith(('x', 'at'), 0, 7))
print('é€😀x'.find('😀'), 'é€😀x'.index('x'), 'é€😀x'[2], len('é€😀x'))
print(''.find(''), 'abc'.find('', 10), 'abc'.find('', 3), 'abc'.rfind(''))
try:
    s.startswith(['the'])
except TypeError as e:
    print(type(e).__name__, e)
print('abc' in 'xabcx', 'ABC'.lower() in 'xabcx', 'Straße'.casefold() == 'strasse')
print(s.partition(' '), s.rpartition(' '), s.partition('zz'), s.rpartition('zz'))
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
print('a-b-c'.removeprefix('a-'), 'a-b-c'.removesuffix('-c'), 'abc'.removeprefix('x'))
