# and/or/not semantics, truthiness, and short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' and 'y')
print(not 0, not 1, not '', not 'a', not [], not [0], not None)
print([] or {} or () or 'last', 1 and [] and 3)
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print((T(False) or T(True)).v)
print((T(True) and T(False)).v)
class L:
    def __len__(self):
        return 0
print(bool(L()), not L())
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
def side(x):
    print('side', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(0) or side(3))
print(bool(0.0), bool(-0.0), bool(0j), bool(float('nan')), bool(range(0)), bool(range(1)))
print(True + True, True * 5, True & False, True | False, True ^ True, ~True)
print(isinstance(True, int), True == 1, hash(True) == hash(1))
x = 5
print(x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
print(all([]), any([]), all([1, 0]), any([0, 0.0, '', 1]))
