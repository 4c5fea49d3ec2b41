# dict views (dynamic, set operations) and | / |= merge operators.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), len(it), 'd' in k, 4 in v, ('a', 1) in it, ('a', 2) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c', 'd'})
print(sorted(it & {('a', 1), ('b', 0)}), k.isdisjoint({'x'}), list(reversed(k)))
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        d['new'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
m1 = {'x': 1, 'y': 2}
m2 = {'y': 20, 'z': 30}
print(m1 | m2, m2 | m1)
m1 |= m2
print(m1)
m1 |= [('w', 0)]
print(m1)
try:
    m1 | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**m2, 'y': 'over'}, dict(m2, **{'z': 'kw'}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys() == d.keys(), d.values() == d.values())
import collections
od = collections.OrderedDict(a=1, b=2)
od.move_to_end('a')
print(list(od), od == {'b': 2, 'a': 1})
dd = collections.defaultdict(list)
dd['k'].append(1)
print(dict(dd), dd['missing'], len(dd))
cnt = collections.Counter('abracadabra')
print(cnt.most_common(3), cnt['z'], sorted(cnt.items()))
