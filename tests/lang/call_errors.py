# TypeError messages for bad calls.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(x, *args, y, **kw):
    pass
class C:
    def m(self, a):
        pass
    @staticmethod
    def s():
        pass
one, text, nothing = 1, 'str', None
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, d=4),
    lambda: g(),
    lambda: g(1),
    lambda: h(),
    lambda: h(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len([1], x=1),
    lambda: one(),
    lambda: text(),
    lambda: nothing(),
    lambda: int(x=1),
    lambda: f(**{'a': 1}, b=2, c=3, e=9),
    lambda: f(1, *[2, 3, 4]),
    lambda: dict(1, 2),
    lambda: list(1),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
