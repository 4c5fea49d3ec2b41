# Arithmetic operator dunders: forward, reflected, in-place, NotImplemented fallback.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def _op(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._op(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._op(o, lambda a, b: b // a)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._op(o, lambda a, b: b % a)
    def __pow__(self, o, mod=None): return self._op(o, lambda a, b: pow(a, b, mod))
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __divmod__(self, o): return (self // o, self % o)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __rand__(self, o): return self._op(o, lambda a, b: b & a)
    def __rlshift__(self, o): return self._op(o, lambda a, b: b << a)
a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, a - b, 100 - a, a * 3, 3 * a, b / 4, 10 / a, b // 3, 25 // a)
print(b % 3, 7 % a, a ** 2, 2 ** a, pow(a, 3, 5), divmod(b, 3), a @ b, -a, +a, abs(V(-3, 4)), ~a)
print(a & 3, a | 4, a ^ b, a << 2, b >> 1, 6 & a, 1 << a)
for bad in [lambda: a + 'x', lambda: 'x' - a, lambda: a @ 1, lambda: a < b, lambda: 2 >> a]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
c = a
c += b
print(c, a, c is a)
class Sub(V):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(V(1) + Sub(2))
