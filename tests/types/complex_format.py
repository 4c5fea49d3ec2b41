# complex repr and formatting.
for z in [1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, 0), complex(-0.0, 0), complex(1e20, 1e-20), complex(float('inf'), -1)]:
    print(repr(z), str(z), format(z, ''), format(z, '.2f'), format(z, 'g'), format(z, '>24'))
print(f'{3+4j:.1e}', f'{3+4j:+.3g}', f'{3+4j:^30.2f}|', f'{1j:10}|')
try:
    format(1j, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, '=10')
except ValueError as e:
    print(type(e).__name__, e)
print(complex('1e3+2.5j'), complex('-j'), complex('(1+2j)'), complex(' 5 '), complex('inf-infj'))
print((1 + 2j).real.__class__.__name__, (3 + 4j) == complex(3, 4), (1 + 0j) == 1)
