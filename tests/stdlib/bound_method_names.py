# The name a built-in method's argument-count errors give, as CPython 3.11:
# a bound method object (getattr, a stored d.keys) is named after the class
# of its __self__ ("D.keys() takes no arguments (1 given)"), a direct call
# obj.keys(1) and a call through the type (dict.keys(d, 1)) after the type
# that defines the method; Argument Clinic's messages ("get expected at
# least 1 argument, got 0") name no class either way.
import collections

def t(label, f):
    try:
        print(label, 'ok', f())
    except TypeError as e:
        print(label, 'TypeError', e)

class D(dict): pass
class E(D): pass
class L(list): pass
class S(str): pass
class I(int): pass
class Q(collections.deque): pass
class OD(collections.OrderedDict): pass

for obj in (D(), E(), {}, L(), [], S(), I(), Q(), OD()):
    kind = type(obj).__name__
    for name, args in (('__contains__', ()), ('keys', (1,)), ('copy', (1,)), ('clear', (1,)),
                       ('append', ()), ('pop', (1, 2, 3)), ('get', ()), ('upper', (1,)),
                       ('bit_length', (1,)), ('popleft', (1,)), ('__sizeof__', (1,)),
                       ('__reversed__', (1,)), ('__class_getitem__', ()), ('move_to_end', ())):
        m = getattr(obj, name, None)
        if m is None:
            continue
        t('%s bound %s' % (kind, name), lambda: m(*args))
        t('%s bound %s kw' % (kind, name), lambda: m(x=1))

d = D()
t('direct keys', lambda: d.keys(1))
t('direct contains', lambda: d.__contains__())
t('through dict', lambda: dict.keys(d, 1))
t('through D', lambda: D.keys(d, 1))
t('class method via class', lambda: D.__class_getitem__())
t('class method via dict', lambda: dict.__class_getitem__())
t('fromkeys', lambda: D.fromkeys())
t('len', lambda: len(1, 2))
# a stored bound method called in a loop (the JIT's call paths)
k = d.keys
msgs = set()
for i in range(300):
    try:
        k(i)
    except TypeError as e:
        msgs.add(str(e))
    try:
        d.keys(i)
    except TypeError as e:
        msgs.add(str(e))
print(sorted(msgs))
