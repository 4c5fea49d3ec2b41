# Descriptors accessed on the class (obj is None), on metaclasses, and staticmethod/classmethod objects.
class Desc:
    def __get__(self, obj, owner):
        return f'get(obj={type(obj).__name__ if obj is not None else None}, owner={owner.__name__})'
class C:
    d = Desc()
print(C.d)
print(C().d)
class Meta(type):
    md = Desc()
class K(metaclass=Meta): pass
print(K.md)
try:
    K().md
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    @staticmethod
    def st(x): return x * 2
    @classmethod
    def cm(cls): return cls.__name__
sm = S.__dict__['st']
cm = S.__dict__['cm']
print(sm(3), sm.__get__(None, S)(4), cm.__get__(None, S)(), cm.__func__.__name__, sm.__wrapped__.__name__)
print(C.__dict__['d'].__get__(None, C))
class Both:
    def __get__(self, obj, owner=None): return 'get'
    def __set__(self, obj, v): print('set', v)
class H:
    b = Both()
H().b = 1
H.b = 'replaces descriptor on class'
print(H.b, H().b)
