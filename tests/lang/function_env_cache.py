# Functions made in a loop take __module__ and builtins from their globals
# as the globals are when each is made; __closure__ is one tuple of cells.
import types


def outer(x):
    def inner():
        return x
    return inner


f = outer(1)
print(f.__closure__ is f.__closure__, type(f.__closure__).__name__, len(f.__closure__))
print(f.__closure__[0].cell_contents, f())
f.__closure__[0].cell_contents = 5
print(f())
print(outer.__closure__)


def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return bump, peek


bump, peek = counter()
bump()
bump()
print(peek(), bump.__closure__[0] is peek.__closure__[0])

# Closures made per call, many times: each sees its own cell.
fns = [outer(i) for i in range(1000)]
print(sum(g() for g in fns), fns[7](), fns[999]())

# __module__ follows globals['__name__'] between makings.
src = '''
def make():
    return lambda: 0
'''
g = {'__name__': 'first'}
exec(src, g)
a = g['make']()
g['__name__'] = 'second'
b = g['make']()
del g['__name__']
c = g['make']()
print(a.__module__, b.__module__, c.__module__)

# builtins follow globals['__builtins__'] between makings.
g = {'__builtins__': {'len': lambda s: 'fake len'}}
exec('''
def make():
    def use():
        return len('abc')
    return use
''', g)
print(g['make']()())
g['__builtins__'] = {'len': lambda s: 'other len'}
print(g['make']()())

# The same code in two module namespaces.
code = compile('def make():\n    return lambda: __name__\n', 'm', 'exec')
g1 = {'__name__': 'one'}
g2 = {'__name__': 'two'}
exec(code, g1)
exec(code, g2)
for _ in range(3):
    print(g1['make']().__module__, g2['make']()(), g1['make']()())

# types.FunctionType with a closure tuple.
h = types.FunctionType(f.__code__, globals(), 'h', None, f.__closure__)
print(h(), h.__closure__ is f.__closure__, h.__module__)
try:
    types.FunctionType(f.__code__, globals(), 'h', None, (1,))
except TypeError as e:
    print('TypeError', e)
