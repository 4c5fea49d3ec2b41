# A call site that sees many receiver classes (megamorphic) inside a hot loop.
class A:
    def area(self): return 1
class B:
    def area(self): return 2
class C(A):
    def area(self): return super().area() + 10
class D:
    area = lambda self: 4
class E:
    @property
    def area(self): return lambda: 5
shapes = [A(), B(), C(), D(), E()]
total = 0
for i in range(2000):
    total += shapes[i % 5].area() if i < 1500 else shapes[i % 2].area()
print(total)
counts = {}
for i in range(1000):
    obj = [1, 'a', 2.0, (1,), None][i % 5]
    name = type(obj).__name__
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
def add(a, b): return a + b
res = []
pairs = [(1, 2), ('a', 'b'), ([1], [2]), (1.5, 2), ((1,), (2,)), (2**70, 1)]
for i in range(600):
    res.append(add(*pairs[i % len(pairs)]))
print(res[:6], len(res))
