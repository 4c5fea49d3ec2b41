# str.format and format() mini-language.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3j))
print('{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}|{:+,}'.format('r', 'l', 'c', 'c', 3.14159, 1234567))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>10}'.format('x'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}}'.format('ab', 5) + '|')
print('{{}} {{{}}}'.format(7))
print(format(255, 'x'), format(255, '#010x'), format(-255, 'x'), format(3, 'b'), format(65, 'c'))
print(format('text', '10') + '|', format(10, '10') + '|', format(1.5, '10') + '|')
print(format(12345678, ','), format(12345678, '_'), format(0xdeadbeef, '_x'), format(1e6, ',.1f'))
print(format(-3, '=5'), format(-3, '05'), format(3, '^5') + '|', format(True, '5') + '|', format(str(None), '>6') + '|')
try:
    format(None, '>6')
except TypeError as e:
    print(type(e).__name__, e)
for spec, val in [('d', 'x'), ('s', 5), ('.2f', 'x'), (',s', 'x'), ('=5', 'ab'), ('c', -1), ('x', 1.5)]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for fmt in ['{', '}', '{0', '{:', '{0!x}', '{0[}']:
    try:
        print(fmt.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{name}'.format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print('{a}{b}'.format_map({'a': 1, 'b': 2}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y}'.format_map(D(x=1)))
