# dict basics: insertion order, updates, deletion and re-insertion.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
del d['b']
d['b'] = 20
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), 'a' in d, 'zz' not in d)
try:
    d['zz']
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop('a'), d.pop('zz', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault('x', []), d.setdefault('x', 'ignored'), d)
d.update({'y': 1}, z=2)
d.update([('w', 0)])
print(d)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({1: 'int', 1.0: 'float', True: 'bool'})
e = {}
e[(1, 2)] = 'tuple'
e[frozenset({1})] = 'fs'
e[None] = 'none'
print(e)
try:
    e[[1]] = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
c = d.copy()
c['new'] = 1
print('new' in d, c == d, {'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
d.clear()
print(d, bool(d))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
for i in range(10):
    big[i] = 'readded'
print(list(big.items())[-3:])
try:
    dict([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(type(ex).__name__, ex)
print(list(reversed({'a': 1, 'b': 2})), {'a': 1}.__len__())
