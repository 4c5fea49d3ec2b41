# Lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
add = lambda a, b=10, *c, d=1, **e: (a, b, c, d, e)
print(add(1), add(1, 2, 3, 4, d=5, z=6))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, /, b: a - b)(5, b=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12) + '!')
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda: (yield 1))().__class__.__name__)
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sq(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda x: lambda y: x + y)(3)(4))
print((lambda: 'doc').__doc__)
