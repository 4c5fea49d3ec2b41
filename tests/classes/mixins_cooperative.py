# Mixins and cooperative multiple inheritance with keyword arguments.
class ReprMixin:
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{type(self).__name__}({fields})'
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f'unused: {sorted(kw)}')
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)
class Person(ReprMixin, EqMixin, Named, Aged):
    pass
p = Person(name='ann', age=30)
print(p, p == Person(name='ann', age=30), p == Person(name='bob'), [c.__name__ for c in Person.__mro__])
try:
    Person(name='x', color='red')
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
class LoggingMixin:
    log = []
    def save(self):
        self.log.append(f'saving {type(self).__name__}')
        return super().save()
class Model:
    def save(self):
        return 'saved'
class User(LoggingMixin, Model):
    pass
print(User().save(), LoggingMixin.log)
class A:
    def hello(self): return ['A']
class B(A):
    def hello(self): return ['B'] + super().hello()
class C(A):
    def hello(self): return ['C'] + super().hello()
class D(B, C):
    def hello(self): return ['D'] + super().hello()
class E(C, B):
    def hello(self): return ['E'] + super().hello()
print(D().hello(), E().hello())
