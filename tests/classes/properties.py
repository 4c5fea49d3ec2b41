# property: getter/setter/deleter, read-only, docs, inheritance.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    def get(self):
        return 'old-style'
    x = property(get, doc='doc x')
print(P().x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.x.fset)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'child sees %s' % self._c
c = Child()
c.celsius = 5
print(c.celsius)
class Raises:
    @property
    def bad(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return f'__getattr__({name})'
print(Raises().bad)
class Counter:
    count = property(lambda self: len(self.items))
    def __init__(self):
        self.items = [1, 2]
print(Counter().count)
