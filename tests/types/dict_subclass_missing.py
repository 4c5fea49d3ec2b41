# dict subclasses: __missing__, overridden __getitem__ not used by get(), defaultdict factories.
class Default(dict):
    def __missing__(self, key):
        v = self[key] = len(str(key))
        return v
d = Default()
print(d['abc'], d[12345], d, d.get('zz'), 'zz' in d)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper(A=1)
print(u['a'], u.get('a'), dict(u), {**u})
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logging()
l['x'] = 1
l.update(y=2)
l.setdefault('z', 3)
print(l)
from collections import defaultdict, Counter, ChainMap
dd = defaultdict(lambda: 'n/a', a=1)
print(dd['a'], dd['b'], dict(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
c = Counter('hello world')
c.update('lll')
print(c['l'], c.most_common(2), sorted((c - Counter('lo')).items())[:3], c.total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], dict(cm), cm.maps[1])
