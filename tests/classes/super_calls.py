# super(): zero-arg form, explicit form, in classmethods, cooperative __init__.
class A:
    def __init__(self, **kw):
        print('A init', sorted(kw))
        super().__init__()
    def hello(self):
        return 'A.hello'
    @classmethod
    def make(cls):
        return f'A.make for {cls.__name__}'
    @staticmethod
    def st():
        return 'A.st'
class B(A):
    def __init__(self, b=None, **kw):
        print('B init', b)
        super().__init__(**kw)
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def make(cls):
        return 'B>' + super().make()
class C(A):
    def __init__(self, c=None, **kw):
        print('C init', c)
        super().__init__(**kw)
    def hello(self):
        return 'C>' + super(C, self).hello()
class D(B, C):
    def __init__(self):
        super().__init__(b=1, c=2, extra=3)
    def hello(self):
        return 'D>' + super().hello()
d = D()
print(d.hello(), D.make(), super(B, d).hello(), super(D, d).st())
print(super(C, D).make())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
class NoSuper:
    def f(self):
        def inner():
            return super().f()
        return inner()
try:
    NoSuper().f()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(int, 'x')
except TypeError as e:
    print(type(e).__name__, e)
class Attr:
    value = 'base value'
class Attr2(Attr):
    value = 'derived value'
    def get(self):
        return super().value, self.value
print(Attr2().get())
class Prop:
    @property
    def p(self):
        return 'base prop'
class Prop2(Prop):
    @property
    def p(self):
        return 'derived + ' + super().p
print(Prop2().p)
class Sub(list):
    def append(self, x):
        super().append(x * 10)
s = Sub()
s.append(1)
print(s)
class Rebind:
    def m(self):
        __class__ = 'ignored'
        return 'ok'
print(Rebind().m())
