# Assignment expressions (:=).
if (n := len('hello')) > 3:
    print('long', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print('v', v)
print((a := 10) + a)
def f():
    [(z := i) for i in range(4)]
    return z
print(f())
total = 0
print([total := total + x for x in range(5)], total)
print({(k := c): k.upper() for c in 'ab'})
print(k)
def g(x):
    return (w := x + 1) * w
print(g(3))
import re
if m := re.match(r'(\d+)-(\d+)', '12-34'):
    print(m.groups())
print((lambda: (q := 5) and q)())
x = [1, 2]
print(any((hit := e) > 1 for e in x), hit)
