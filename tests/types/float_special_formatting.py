# Formatting special floats and tiny/huge values with every presentation type.
vals = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1e-320, 1.7976931348623157e308, 123.456, -0.001]
for v in vals:
    print(f'{v!r:>24} {v:e} {v:f} {v:g} {v:.3} {v:%} {v:+.2f} {v:10.2g}|')
print(f'{1e16:.0f}', f'{2**0.5:.20f}', f'{0.1:.55f}')
print(f'{1234.5:.0e}', f'{1234.5:#.0e}', f'{1e-5:g}', f'{1e-4:g}', f'{123456789:.3g}', f'{0.00001234:.2g}')
print('%.3f %e %g %G %10.4f|%-10.2e|' % (2.0/3, 2.0/3, 2.0/3, 1e-10, 3.14159, 31415.9))
print(str(1e16), str(1e-5), str(123456789012345678.0), repr(0.1 + 0.2), repr(1/3))
