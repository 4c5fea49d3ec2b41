# is vs ==, interning-independent checks only, None/True/False singletons.
a = [1, 2]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c, a is not c)
print(None is None, True is True, type(None) is type(None), ... is Ellipsis)
x = None
print(x is None, x == None, not x)
class Eq:
    def __eq__(self, o): return True
e = Eq()
print(e == None, e is None, e == 1, e is e)
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
f = float('nan')
print(f == f, f is f, [f] == [f], [float('nan')] == [float('nan')])
s = 'hello'
print(s == 'hel' + 'lo', s is s)
print(type(1) is int, type(True) is bool, type(1.0) is not int)
def same(a, b): return a is b
o = object()
print(same(o, o), same(o, object()))
print(id(o) == id(o), [] is not [], () == ())
