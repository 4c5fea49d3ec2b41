# C3 linearization, including failures.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class T(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class Top:
    def m(self):
        return ['Top']
class Left(Top):
    def m(self):
        return ['Left'] + super().m()
class Right(Top):
    def m(self):
        return ['Right'] + super().m()
class Bottom(Left, Right):
    def m(self):
        return ['Bottom'] + super().m()
print(Bottom().m())
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in type.__mro__])
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A, metaclass=Meta): pass
print([c.__name__ for c in Custom.__mro__], hasattr(Custom, '__init__'))
