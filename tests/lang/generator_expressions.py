# Generator expressions: laziness, single use, scope, passing to functions.
g = (print('producing', i) or i for i in range(3))
print('before consuming')
print(next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)), max(len(s) for s in ['a', 'abc', 'ab']), sorted(c for c in 'bca'))
print(''.join(str(i) for i in range(5)), tuple(x for x in 'ab'), set(x % 2 for x in range(4)) == {0, 1})
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums = [9]
print(list(g))
def outer():
    k = 3
    return list(x * k for x in range(3))
print(outer())
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
g = (x for x in range(3))
print(type(g).__name__, iter(g) is g, g.__name__)
gen = (1 / x for x in [1, 0, 2])
out = []
try:
    for v in gen:
        out.append(v)
except ZeroDivisionError:
    out.append('err')
print(out, list(gen))
print(dict((i, i * i) for i in range(3)), list(zip((x for x in 'ab'), (y for y in 'cd'))))
