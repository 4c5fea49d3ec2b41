# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C()'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), c.__len__(), repr(c), c.__repr__())
class D: pass
d = D()
d.__add__ = lambda o: 'nope'
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, o: f'class add {o}'
print(d + 1)
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return f'meta getitem {k}'
class WithMeta(metaclass=Meta): pass
print(len(WithMeta), WithMeta['x'])
class G:
    def __getattr__(self, name):
        return lambda *a: 'via getattr'
g = G()
print(g.__foo__(), g.anything())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(g)
except TypeError as e:
    print(type(e).__name__, e)
class Hashy:
    def __hash__(self): return 7
h = Hashy()
h.__hash__ = lambda: 1
print(hash(h))
class Enter:
    pass
e = Enter()
e.__enter__ = lambda: 1
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except (AttributeError, TypeError) as ex:
    print(type(ex).__name__, ex)
