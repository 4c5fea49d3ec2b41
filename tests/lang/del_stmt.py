# del on names, subscripts, slices, attributes; errors.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.attr = 5
del c.attr
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3]]
del nested[0][1]
print(nested)
x, y = [1, 2], {'k': 'v'}
del (x[0], y['k'])
print(x, y)
