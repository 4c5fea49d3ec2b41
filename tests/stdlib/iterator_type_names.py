# type(iter(x)).__name__ (and reversed(x)) for every built-in container, view and
# iterable against CPython 3.11; memoryview's iterator reads the memory lazily.
import array, collections, itertools
d = {1: 2}
od = collections.OrderedDict(a=1)
objs = {'list': [1], 'tuple': (1,), 'str': 'a', 'str_nonascii': '\u20ac', 'bytes': b'a', 'bytearray': bytearray(b'a'),
        'dict': d, 'keys': d.keys(), 'values': d.values(), 'items': d.items(), 'set': {1}, 'frozenset': frozenset([1]),
        'range': range(3), 'bigrange': range(2**70), 'memoryview': memoryview(b'a'), 'array': array.array('i', [1]),
        'deque': collections.deque([1]), 'odict': od, 'odkeys': od.keys(), 'odvalues': od.values(), 'oditems': od.items(),
        'defaultdict': collections.defaultdict(int), 'Counter': collections.Counter('a'),
        'mappingproxy': type.__dict__['__dict__'].__get__(int), 'enumerate': enumerate([1]), 'zip': zip(), 'map': map(int, []),
        'filter': filter(None, []), 'reversed_list': reversed([1]), 'generator': (x for x in []), 'count': itertools.count(),
        'callable_iter': iter(int, 1), 'seq_iter_class': None}
class Seq:
    def __getitem__(self, i): raise IndexError
objs['seq_iter_class'] = Seq()
for name, o in objs.items():
    it = iter(o)
    t = type(it)
    print(name, t.__name__, t.__qualname__, t.__module__, repr(t))
for name in ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'keys', 'values', 'items', 'range', 'bigrange', 'array', 'deque', 'odict', 'odkeys', 'oditems', 'odvalues', 'Counter']:
    try:
        r = reversed(objs[name])
        print('reversed', name, type(r).__name__, type(r).__module__)
    except TypeError as e:
        print('reversed', name, 'TypeError', e)
print(type(reversed(Seq.__mro__)).__name__)
class S2:
    def __len__(self): return 1
    def __getitem__(self, i): return i
print(type(reversed(S2())).__name__)
print(type(iter(b'ab'.hex())).__name__, type(iter(array.array('u', 'ab'))).__name__)
print([type(x).__name__ for x in (iter(dict.fromkeys('ab').keys()), reversed({}.items()), iter({}.values()))])
m = memoryview(b'abc'); it = iter(m); print(next(it), list(it), list(it))
m2 = memoryview(bytearray(b'ab')); it = iter(m2); m2[1] = 65; print(list(it))
m3 = memoryview(b'abcd').cast('H'); print(list(m3), list(iter(m3)))
m4 = memoryview(b'ab'); it = iter(m4); m4.release()
try: next(it)
except Exception as e: print(type(e).__name__, e)
try: iter(memoryview(b'abcd').cast('B', (2, 2)))
except Exception as e: print(type(e).__name__, e)
import array
print(list(memoryview(array.array('d', [1.5, 2.5]))), type(iter(memoryview(array.array('d', [1.5])))).__name__)
