# property(), classmethod(), staticmethod() used as plain builtins.
class C:
    def __init__(self): self._v = 0
    def getv(self): return self._v
    def setv(self, v): self._v = v * 2
    def delv(self): print('deleted'); del self._v
    v = property(getv, setv, delv, 'the v property')
    def cm(cls): return cls.__name__
    cm = classmethod(cm)
    def sm(x): return x + 1
    sm = staticmethod(sm)
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.cm(), c.cm(), C.sm(1), c.sm(2))
del c.v
print(hasattr(c, '_v'))
p = property()
try:
    p.__get__(c, C)
except AttributeError as e:
    print(type(e).__name__, e)
ro = property(lambda self: 'read')
try:
    ro.__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__, e)
p2 = property(lambda self: 1).setter(lambda self, v: None)
print(p2.fget is not None, p2.fset is not None, p2.fdel)
print(isinstance(C.__dict__['cm'], classmethod), C.__dict__['sm'].__func__(5), callable(C.__dict__['sm']))
