# eval(repr(x)) == x for builtin values.
vals = [0, -1, 2**100, 0.1, -0.0, 1e300, 1j, -1.5 + 2j, 'quote\'s "both"', 'uni é 😀 \n\t', b'\x00\xff', True, None,
        [1, [2, (3,)]], (1,), (), {'a': [1]}, {1, 2}, frozenset({3}), range(1, 10, 2), slice(1, 2), ..., bytearray(b'x')]
for v in vals:
    r = repr(v)
    back = eval(r)
    print(r, back == v, type(back) is type(v))
print(repr(float('inf')), repr(float('nan')))
