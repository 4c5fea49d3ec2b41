# hash() of hashable builtins and errors for unhashable ones.
print(hash(0), hash(1), hash(-1), hash(10**30) == hash(10**30), hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None), hash(range(3)) == hash(range(3)))
print(hash('abc') == hash('abc'), hash(b'abc') == hash(b'abc'), hash('') == hash(''))
for v in [[], {}, set(), bytearray(), slice(1) if False else [1]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(hash('x')).__name__, hash(True) == 1, hash(False) == 0)
print(hash(2**61 - 1), hash(2**61 - 2), hash(-(2**61 - 1)), hash(1.5), hash(-1.5), hash(2**-1), hash(1e-300) != 0)
d = {}
for key in [1, 1.0, True, (1,), 'a', b'a', frozenset('a'), None, 2**100]:
    d[key] = type(key).__name__
print(d)
