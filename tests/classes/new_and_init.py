# __new__ vs __init__, immutable subclasses, alternative constructors.
class Logged:
    def __new__(cls, *a, **k):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        print('init', v)
        self.v = v
x = Logged(1)
print(x.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(1)).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), len(Upper('xy')))
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class NotInstance:
    def __new__(cls):
        return object.__new__(Logged)
    def __init__(self):
        print('not called either')
r = NotInstance()
print(type(r).__name__)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
print(Pt(1, 2), Pt(1, 2).x, Pt(1, 2) == (1, 2))
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Cache:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print(Cache('a') is Cache('a'), Cache('a') is Cache('b'))
