# Overriding parts of an inherited property.
class Base:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class ChangeGetter(Base):
    @Base.x.getter
    def x(self): return self._x * 100
class ReadOnly(Base):
    @property
    def x(self): return 'read only'
class ExtendSetter(Base):
    @Base.x.setter
    def x(self, v):
        print('validating', v)
        Base.x.fset(self, v)
c = ChangeGetter(); c.x = 2
print(c.x)
r = ReadOnly()
try:
    r.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
e = ExtendSetter(); e.x = 7
print(e.x, Base.x is not ExtendSetter.x, type(ExtendSetter.__dict__['x']).__name__)
class UsesSuper(Base):
    @property
    def x(self): return ('super says', super().x)
    @x.setter
    def x(self, v):
        super(UsesSuper, type(self)).x.__set__(self, v + 1)
u = UsesSuper(); u.x = 9
print(u.x)
