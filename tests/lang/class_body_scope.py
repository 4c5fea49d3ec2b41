# Class body scoping, __qualname__, class attributes vs instance attributes.
x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def get_x(self):
        return x
    def get_cls_x(self):
        return self.x
    lst = [x for _ in range(1)]
    z = (lambda: x)()
print(A.y, A().get_x(), A().get_cls_x(), A.lst, A.z)
print(A.__qualname__, A.get_x.__qualname__, A.__name__, A.__module__)
def make():
    class Local:
        def m(self):
            pass
    return Local
L = make()
print(L.__qualname__, L.m.__qualname__)
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_init = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at_init, b.count_at_init, a.count)
a.count = 'instance shadow'
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
class WithLocals:
    import math
    pi = math.pi
    names = sorted(k for k in locals() if not k.startswith('__'))
print(WithLocals.names, round(WithLocals.pi, 2))
class Order:
    b = 1
    a = 2
    def c(self): pass
print([k for k in Order.__dict__ if not k.startswith('__')])
def f():
    v = 'func local'
    class C:
        try:
            w = v
        except NameError as e:
            w = 'NameError: ' + str(e)
        v = 'class local'
        u = v
    return C.w, C.u
print(f())
