# Formatting integers with every presentation type and option.
for v in [0, 7, -7, 255, 1234567, -2**40, 2**100]:
    print(f'{v:d}|{v:5d}|{v:<8d}|{v:^8d}|{v:+d}|{v: d}|{v:,d}|{v:_d}|{v:x}|{v:#X}|{v:o}|{v:#b}|{v:_b}|{v:e}|{v:.2%}')
print(f'{65:c}', f'{0x263a:c}', f'{42:n}', f'{42:08,d}', f'{-42:=+8d}', f'{42:*^9}', f'{42:#010x}', f'{42:_x}')
print(format(10, 'g'), format(10, '.2f'), format(10**20, 'e'), format(10**20, 'f'), format(255, 'X'))
for spec in ['s', ',c', '.2d', '#c', 'q']:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
print('{:,}'.format(-1234567890123), '{:>+,}'.format(1000), '{:0=10,}'.format(-12345))

# Type 'c' with a lone surrogate is one character, also when padded.
for spec in ('c', '>3c', '*^5c', '<2c'):
    print(spec, ascii(format(0xD9A6, spec)), ascii(format(0xE9, spec)))
print(ascii('%c|%3c' % (0xDC00, 0xD800)))
