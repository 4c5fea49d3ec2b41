# super() builtin forms: two-arg with class and instance, with class and subclass, unbound.
class A:
    def who(self): return 'A.who'
    @classmethod
    def cm(cls): return f'A.cm({cls.__name__})'
class B(A):
    def who(self): return 'B.who'
    @classmethod
    def cm(cls): return f'B.cm({cls.__name__})'
b = B()
print(super(B, b).who(), super(B, B).cm(), super(B, b).cm(), super(A, b).__class__.__name__)
print(super(B, B).who(b))
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
unbound = super(B)
print(type(unbound).__name__, unbound.__thisclass__.__name__, unbound.__self__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class C(B):
    def who(self): return 'C>' + super().who() + '>' + super(B, self).who()
print(C().who())
