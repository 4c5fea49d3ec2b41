# weakref: ref, weak containers (live referents only: collection timing differs).
import weakref
class Obj:
    pass
a = Obj(); r = weakref.ref(a)
print(r() is a, type(r).__name__, r == weakref.ref(a), hash(r) == hash(a), callable(r))
for bad in (1, 'x', [1], (1,)):
    try: weakref.ref(bad)
    except TypeError as e: print(e)
d = weakref.WeakValueDictionary(); d['k'] = a; print(d['k'] is a, 'k' in d, len(d), d.get('z'))
k = weakref.WeakKeyDictionary(); k[a] = 1; print(k[a], a in k, len(k), list(k.values()))
s = weakref.WeakSet([a]); print(a in s, len(s), list(s)[0] is a)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(Obj)() is Obj)
