# object.__reduce_ex__(2+) uses __getnewargs_ex__ (copyreg.__newobj_ex__
# when it gives keywords), also for a class with its own __new__.
import copy
import pickle


class A:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {})


r = A().__reduce_ex__(4)
print(r[0].__name__, r[1][1:])


class B:
    def __new__(cls, x, *, k):
        self = object.__new__(cls)
        self.x, self.k = x, k
        return self

    def __getnewargs_ex__(self):
        return ((self.x,), {'k': self.k})


r = B(1, k=2).__reduce_ex__(2)
print(r[0].__name__, r[1][1:], r[2])
for proto in (4, 5):  # 2 and 3 pickle a functools.partial (see COVERAGE-f.md)
    b = pickle.loads(pickle.dumps(B(3, k=4), proto))
    print(proto, b.x, b.k)
c = copy.copy(B(5, k=6))
print(c.x, c.k)

for result in ([1], ((1,),), ([1], {}), ((), [])):
    class Bad:
        def __getnewargs_ex__(self, result=result):
            return result
    try:
        Bad().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
