# Calls of classes and of bound method objects, which the interpreter runs
# with self placed below the arguments: __init__ results and errors, classes
# whose call does more (own __new__, metaclass __call__, built-in bases),
# and method objects wrapping functions with defaults, *args and keywords.
import types


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra


def show(p):
    return (type(p).__name__, p.x, p.y, p.rest, sorted(p.extra.items()))


print(show(Point(1)))
print(show(Point(1, 2, 3, 4, scale=10, tag="t")))
print(show(Point(y=5, x=6)))
for args, kwargs in [((), {}), ((1,), {"x": 2}), ((1,), {"bad": 1, "scale": 2})]:
    try:
        print(show(Point(*args, **kwargs)))
    except TypeError as e:
        print(type(e).__name__, e)


class ReturnsValue:
    def __init__(self, v):
        return v


for v in (None, 0, "s"):
    try:
        print(type(ReturnsValue(v)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


class Raises:
    def __init__(self, n):
        if n:
            raise ValueError(n)
        self.n = n


try:
    Raises(3)
except ValueError as e:
    print("ValueError", e)
print(Raises(0).n)


class OwnNew:
    def __new__(cls, *args):
        print("OwnNew.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(OwnNew(7).a)


class NewOther:
    def __new__(cls, a):
        return a

    def __init__(self, a):
        print("not called")


print(NewOther(5))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(9).a)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list):
    def __init__(self, *items):
        super().__init__(items)
        self.n = len(items)


m = MyList(1, 2, 3)
print(m, m.n)


class Swapped:
    def __init__(self, a):
        self.a = a


def other_init(self, a, b=100):
    self.a = a + b


objs = []
for i in range(300):
    if i == 150:
        Swapped.__init__ = other_init
    objs.append(Swapped(i).a)
print(objs[0], objs[149], objs[150], objs[299])
Swapped.__init__ = staticmethod(lambda *args: None)
print(hasattr(Swapped(1), "a"))


class Node:
    def __init__(self, depth):
        self.kids = [Node(depth - 1) for _ in range(2)] if depth else []

    def count(self):
        return 1 + sum(k.count() for k in self.kids)


print(Node(5).count())


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello", *more, punct="!", **kw):
        return f"{greeting} {self.name}{punct}{more}{sorted(kw.items())}"


bound = Greeter("ann").greet
print(bound())
print(bound("hi", 1, 2, punct="?", z=1))
try:
    bound(1, greeting=2)
except TypeError as e:
    print(type(e).__name__, e)

total = 0
for i in range(300):
    total += len(bound(str(i)))
print(total)

wrapped = types.MethodType(len, "abc")
try:
    print(wrapped())
except TypeError as e:
    print(type(e).__name__, e)
callable_obj = types.MethodType(lambda self, x: (self, x), "me")
print(callable_obj(5))
