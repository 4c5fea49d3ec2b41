# Shadowing builtins in module and function scope, and restoring them.
print(len('abc'))
def len(x):
    return 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = lambda *a: 'local max'
    return max(1, 2)
print(local_shadow(), max(1, 2))
import builtins
builtins.my_builtin = lambda: 'added to builtins'
print(my_builtin())
del builtins.my_builtin
try:
    my_builtin()
except NameError as e:
    print(type(e).__name__, e)
list = tuple
print(list([1, 2]))
del list
print(list((1, 2)))
def uses_print():
    print = lambda *a: None
    print('invisible')
    return 'print shadowed locally'
print(uses_print())
True_ = True
print(True_, __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict builtins')
