# classmethod and staticmethod.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['mozzarella', 'tomato'])
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.toppings})'
class Sub(Pizza):
    pass
print(Pizza.margherita(), Sub.margherita(), Pizza.how_many(), Sub.how_many())
print(Pizza.area(2), Pizza([]).area(1), Sub.area(1))
print(type(Pizza.__dict__['margherita']).__name__, type(Pizza.__dict__['area']).__name__)
print(Pizza.margherita.__self__ is Pizza, Sub.margherita.__self__ is Sub)
sm = staticmethod(len)
print(sm('abc') if hasattr(sm, '__call__') else 'not callable', Pizza.__dict__['area'].__func__(3))
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return cls
print(Registry.register(1).register(2)._items)
class ClsProp:
    @classmethod
    def name(cls):
        return cls.__name__.lower()
print(ClsProp.name(), ClsProp().name())
class Factory:
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_string(cls, s):
        return cls(int(s))
f = Factory.from_string('42')
print(f.v, type(f).__name__)
