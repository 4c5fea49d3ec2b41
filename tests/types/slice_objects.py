# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
print(p[1], p[1:2], p[::], p[1:2, 3], p[..., 1], p[:, None], p['x'], p[1:2:3])
try:
    hash(slice(1))
    print('hashable')
except TypeError as e:
    print(type(e).__name__, e)
print('abcdef'[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)], (0, 1, 2)[s])
print(range(10)[s], list(range(10)[slice(None, None, -3)]))
