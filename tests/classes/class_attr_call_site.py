# A call site that calls a class attribute which is not a function (a class,
# a builtin, a staticmethod) must not pass self, however often it runs; and
# a site must notice when the attribute changes kind.
class K:
    def __init__(self, x):
        self.x = x


class A:
    cls = K
    fn = len
    sm = staticmethod(lambda v: v * 2)

    def make(self, x):
        return self.cls(x).x, self.fn([x] * 3), self.sm(x)

    def meth(self):
        return 'method'


a = A()
for i in range(4):
    print(a.make(i))
for i in range(3):
    if i == 2:
        A.meth = K  # now a class: not bound, so called with the argument only
        print(a.meth(5).x)
    else:
        print(a.meth())
