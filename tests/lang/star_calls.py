# Star and double-star in calls with many shapes; argument evaluation order.
def show(*a, **k):
    return a, sorted(k.items())
order = []
def ev(tag, val):
    order.append(tag)
    return val
print(show(ev('a', 1), *ev('b', [2, 3]), ev('c', 4), **ev('d', {'x': 5}), y=ev('e', 6)))
print(order)
print(show(*range(3), *'xy', *(), **{}, **dict(z=0)))
print(show(*{'k1': 1, 'k2': 2}), show(**{'k1': 1}))
args = [1, 2]
kwargs = {'sep': '-'}
print(*args, **kwargs)
def takes(a, b, c):
    return a * 100 + b * 10 + c
print(takes(*[1, 2], 3), takes(1, *[2], *[3]), takes(**{'c': 3, 'a': 1, 'b': 2}), takes(1, **{'b': 2, 'c': 3}))
for bad in [lambda: takes(*[1, 2, 3, 4]), lambda: takes(1, **{'a': 1, 'b': 2, 'c': 3}), lambda: takes(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
print(takes(*gen()), show(*gen(), *gen()))
class Mapping:
    def keys(self): return ['b', 'a', 'c']
    def __getitem__(self, k): return ord(k) - 96
print(takes(**Mapping()))
try:
    show(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
