# Keyword arguments: ordering, duplicates, **kwargs collection, keyword names that are odd.
def f(a, b=2, **rest):
    return a, b, rest
print(f(b=1, a=2), f(1, c=3, d=4), f(a=1, **{'b': 5, 'z': 0}))
print(f(1, **{'weird key': 1, 'ü': 2}))
def g(**kw):
    return list(kw)
print(g(z=1, a=2, m=3), g(**dict.fromkeys('cba')))
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
print(dict(a=1, b=2) == {'a': 1, 'b': 2}, sorted(dict(zip('ab', 'cd'), c=3).items()))
print(sorted([3, 1, 2], reverse=True), int('ff', base=16), round(number=2.567, ndigits=1))
try:
    len(obj=[])
except TypeError as e:
    print(type(e).__name__, e)
