# printf-style % formatting.
print('%d %i %u' % (42, -3, 7), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print('%s %r %a %c %c %%' % ('str', 'str', 'é', 65, 'z'))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),), '%s and %s' % ('a', 'b'))
print('%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%d' % 3.99, '%d' % True, '%x' % 2**70, '%.0f' % 2.5, '%.0f' % 3.5)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', 5), ('%c', 'ab'), ('%d', None), ('%(x)s', {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('%s' % {'a': 1}, '%(a)s %(a)r' % {'a': 'x'})
print('100%% sure', '%.3s' % 'abcdef', '%r' % 'quote\'s')
