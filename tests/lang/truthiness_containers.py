# Truth values of containers and objects in if/while/and/or/not.
values = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, range(0), range(1), b'', b'\x00', 0j, frozenset()]
print([bool(v) for v in values])
print([v for v in values if v])
n = 0
items = [3, 2, 1]
while items:
    n += items.pop()
print(n)
d = {}
print('empty' if not d else 'full', d or 'default', d and 'unreached')
class Z:
    def __len__(self): return 0
class NZ:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Z()), bool(NZ()), 'yes' if Z() else 'no', [x for x in [Z(), NZ()] if x].__len__())
