# __prepare__ returning a custom mapping that records definition order and rejects duplicates.
class NoDupDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDupDict()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class Ok(metaclass=Meta):
    b = 1
    a = 2
    def c(self): pass
print(Ok.order, type(Ok.__dict__).__name__)
try:
    class Dup(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
class Lower(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class D(dict):
            def __getitem__(self, k):
                if k == 'magic':
                    return 'injected on lookup'
                return super().__getitem__(k)
        return D()
class UsesMagic(metaclass=Lower):
    value = magic
print(UsesMagic.value)
