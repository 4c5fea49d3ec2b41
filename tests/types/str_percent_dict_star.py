# %-formatting corner cases: mapping keys with dots, '*' widths, %c with ints, repr of various.
print('%(a.b)s|%(x y)r' % {'a.b': 1, 'x y': 'sp'})
print('%-*s|%*.*f|' % (6, 'ab', 10, 3, 3.14159))
print('%c%c%c' % (72, 105, 0x1F600), '%5c|%-3c|' % ('x', 'y'))
print('%s %s' % ([1], {'a': (1,)}), '%r' % (b'x',), '%a' % ('é',), '%%d')
print('%#o %#x %#X %+05d % 5d' % (8, 255, 255, 42, 42))
print('%.0e %.2E %g %g %g' % (12345, 0.000123, 1e-5, 123456789, 0.0001))
print('%i %u %d' % (1.9, -1.9, True), '%x' % -255, '%o' % -8)
class S:
    def __str__(self): return 'S.str'
    def __repr__(self): return 'S.repr'
print('%s %r %a' % (S(), S(), S()))
try:
    '%s %(k)s' % {'k': 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%*d' % ('x', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%' % ()
except ValueError as e:
    print(type(e).__name__, e)
print('%s' % '', '%5s|' % '', repr('%s' % None))
