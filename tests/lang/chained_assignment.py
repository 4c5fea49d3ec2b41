# Chained assignment evaluates the value once and assigns left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
def val():
    print('val evaluated')
    return [1, 2]
p = q = val()
print(p is q)
class T:
    def __setattr__(self, k, v):
        print('set', k)
        object.__setattr__(self, k, v)
t = T()
t.a = t.b = 3
lst = [0, 0, 0]
i = lst[i] = 1 if False else 0
print(i, lst)
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d['a'] = d['b'] = d
print(sorted(d), d['a'] is d)
m, n = o = (1, 2)
print(m, n, o)
[e, f] = g, h = 'ab'
print(e, f, g, h)
