# bool as int subclass in arithmetic, indexing, sum, formatting and comparisons.
print(True + True + True, True * 10, False * 10, True / 2, True // 2, -True, True ** 5, 2 ** True)
print(['no', 'yes'][True], ['no', 'yes'][False], sum([True, False, True]), max(True, 0.5))
print(True == 1, False < True, sorted([True, False, True]))
print(f'{True:>5}|{True:d}|{True:.2f}|{False!r}', '%d %s %r' % (True, False, True), str(True), int(True))
print(True & 1, True | 2, True ^ True, type(True & True).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(hash(True) == hash(1), {True: 'a', 1: 'b'}, {1: 'a', True: 'b'}, len({0, False}))
print(bool('False'), bool(0.0), bool('0'), bool([[]]))
