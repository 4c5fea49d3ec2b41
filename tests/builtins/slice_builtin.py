# slice() builtin with every argument form and its use with custom sequences.
print(slice(3), slice(1, 3), slice(1, 3, 2), slice(None, None, None), slice('a', 'b'))
s = slice(-3, None)
print(list(range(10))[s], 'abcdef'[s], (1, 2, 3, 4)[s], s.indices(10))
print([slice(i, i + 2) for i in range(2)], slice(1, 2) == slice(1, 2, None))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][slice('a', None)]
except TypeError as e:
    print(type(e).__name__, e)
