# globals, locals, vars, dir.
gx = 1
print('gx' in globals(), globals()['gx'], globals() is vars(), __name__)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc['x'], locals()['x']
print(g())
def h():
    v = 'x'
    def inner():
        return sorted(locals())
    return inner()
print(h())
globals()['made_here'] = 'via globals()'
print(made_here)
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    def m(self): pass
print(C.names)
print([n for n in dir(C) if not n.startswith('__')], 'append' in dir([]), dir(5)[:0])
import types
mod = types.ModuleType('mymod')
mod.x = 1
print([n for n in dir(mod) if not n.startswith('__')], vars(mod)['x'])
def noargs():
    return sorted(dir())
print(noargs())
def withargs(p, q):
    return dir()
print(withargs(1, 2))
class Slotted:
    __slots__ = ('s',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars() if k in ('gx', 'f', 'g')))
