# dict methods in edge cases: fromkeys sharing, setdefault, get, update forms, keys equality.
shared = dict.fromkeys(['a', 'b'], [])
shared['a'].append(1)
print(shared)
d = {}
for w in 'the cat and the hat'.split():
    d.setdefault(len(w), []).append(w)
print(d)
print({}.get('x'), {'x': None}.get('x', 'dflt'), {'x': 0}.get('x', 5))
u = {'a': 1}
u.update({'b': 2})
u.update([('c', 3)])
u.update(d=4)
u.update({'a': 10}, a=20)
print(u)
try:
    u.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.update([('a',)])
except ValueError as e:
    print(type(e).__name__, e)
print({'a': 1}.keys() == {'a'}, {'a': 1}.items() == {('a', 1)}, {'a': 1}.values() == [1])
print(len({i: i for i in range(10)}.keys() - {1, 2}), {'a': 1, 'b': 2}.keys() & ['b', 'c'])
print(dict(sorted({'b': 1, 'a': 2}.items())), list(dict.fromkeys([3, 1, 3, 2, 1])))
try:
    {}.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
print({Key(1): 'a'}[Key(1)], Key(2) in {Key(2): 0}, {Key(1): 1, Key(1): 2}.__len__())
