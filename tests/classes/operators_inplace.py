# In-place operator dunders and their fallbacks.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Acc({self.v})'
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = self.v * 1000 + o; return self
a = Acc(10)
orig = a
a += 5; a -= 3; a *= 4; print(a)
a //= 5; a %= 7; a **= 3; print(a)
a <<= 2; a >>= 1; a &= 0xF; a |= 0x30; a ^= 0x1; print(a)
a @= 7; print(a)
a /= 2; print(a, a is orig)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to __add__'
n = NI()
n += 1
print(n)
class NI2:
    def __iadd__(self, o):
        return NotImplemented
class R:
    def __radd__(self, o):
        return 'fell back to __radd__'
x = NI2()
x += R()
print(x)
y = NI2()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
class NoneReturn:
    def __iadd__(self, o):
        pass
z = NoneReturn()
z += 1
print(z)
