# NotImplemented as a binary-operator protocol value; Ellipsis in subscripts.
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented
    def __gt__(self, o):
        return 'B.__gt__ reflected'
    def __radd__(self, o):
        return 'B.__radd__'
print(A() == B())
print(A() != B())
print(A() < B())
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == a)
print(bool(Ellipsis))
class Grid:
    def __getitem__(self, k):
        return 'ellipsis' if k is Ellipsis else ('tuple with ...' if isinstance(k, tuple) and ... in k else k)
g = Grid()
print(g[...], g[1, ...], g[0])
def stub(): ...
print(stub())
print(type(None)(), None.__class__.__name__, None.__bool__(), None.__eq__(None), None.__eq__(1))
