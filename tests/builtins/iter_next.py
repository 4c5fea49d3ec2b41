# iter with sentinel, next with default.
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)), list(data))
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print(list(iter(bump, 5)))
it = iter(range(2))
print(next(it), next(it), next(it, 'end'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
lines = iter(['a\n', 'b\n', '\n', 'c\n'])
print(list(iter(lines.__next__, '\n')))
class Raises:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(iter(Raises(), None)))
s = 'abc'
i1, i2 = iter(s), iter(s)
print(next(i1), next(i1), next(i2), i1 is iter(i1))
d = {'x': 1, 'y': 2}
di = iter(d)
print(next(di), list(di), type(di).__name__)
