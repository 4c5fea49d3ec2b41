# __neg__/__pos__/__invert__/__abs__, __int__/__float__/__complex__/__index__/__bool__, __round__/__trunc__/__floor__/__ceil__.
import math
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 1)
    def __invert__(self): return N(~int(self.v))
    def __abs__(self): return N(abs(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __bool__(self): return self.v != 0
    def __round__(self, n=None): return round(self.v, n)
    def __trunc__(self): return math.trunc(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __repr__(self): return f'N({self.v})'
n = N(-2.5)
print(-n, +n, ~N(5), abs(n), int(n), float(n), complex(n), bool(n), bool(N(0)))
print(round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
i = N(3)
print([0, 1, 2, 3][i], 'abcd'[:i], bin(i), hex(i), oct(i), range(i), i.__index__())
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class RetStr:
    def __index__(self): return '2'
try:
    [1, 2, 3][RetStr()]
except TypeError as e:
    print(type(e).__name__, e)
class NoNeg: pass
for op in [lambda x: -x, lambda x: +x, lambda x: ~x, abs]:
    try:
        op(NoNeg())
    except TypeError as e:
        print(type(e).__name__, e)
class BoolViaLen:
    def __len__(self): return 0
class BoolBoth:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(BoolViaLen()), bool(BoolBoth()), not BoolBoth())
