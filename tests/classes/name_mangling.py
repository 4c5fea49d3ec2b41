# Private name mangling.
class A:
    __secret = 'A secret'
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self):
        return self.__x, self.__secret
    def __private_method(self):
        return 'private'
    def call(self):
        return self.__private_method()
a = A()
print(a.get(), a.call(), a._A__x, A._A__secret, sorted(vars(a)))
try:
    a.__x
except AttributeError as e:
    print(type(e).__name__, e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 'B x'
    def getb(self):
        return self.__x
b = B()
print(b.get(), b.getb(), sorted(vars(b)))
class C:
    def m(self):
        return __name_in_function if False else 'ok'
    def g(self):
        return getattr(self, '__dunder__', 'dunders not mangled')
    __dunder__ = 'dunder value'
print(C().m(), C().g())
class _Under:
    def __init__(self):
        self.__v = 5
print(vars(_Under()))
class __Double:
    def __init__(self):
        self.__v = 6
print(vars(__Double()))
class D:
    def f(self):
        __local = 3
        return __local, [k for k in locals()]
print(D().f())
class E:
    def set(self):
        setattr(self, '__manual', 1)
        self.__auto = 2
e = E()
e.set()
print(sorted(vars(e)))
