# Implicit literal concatenation, str.join over generators, and building strings in loops.
s = ('part one, '
     'part two, '
     "part three")
print(s)
print('a' 'b' 'c', 'x' f'{1 + 1}' 'y', r'\d' '\\d')
parts = []
for i in range(5):
    parts.append(f'[{i}]')
print(''.join(parts), '-'.join(str(i) for i in range(5)), ', '.join(sorted({'b', 'a'})))
acc = ''
for w in ['alpha', 'beta', 'gamma']:
    acc += w[0].upper() + w[1:] + ' '
print(repr(acc.strip()))
print('%s=%s' % ('k', 'v') + '; ' + '{}={}'.format('a', 1))
lines = ['line %d' % i for i in range(3)]
print('\n'.join(lines))
print(len(''.join(['x'] * 10000)))
