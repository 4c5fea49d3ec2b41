# dict ordering survives updates, deletes, copies, comprehension and pickling-free roundtrips.
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(list(d))
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 1
print(list(d), list(d.values()))
print(list({**d, 'alpha': 'moved?'}), list(dict(d)), list(d.copy()))
print(list({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])}))
d2 = dict.fromkeys('hello')
print(list(d2))
print(list(reversed(d)), next(iter(d)), next(reversed(d.items())))
big = {str(i): i for i in range(100)}
for i in range(0, 100, 3):
    del big[str(i)]
print(list(big)[:10], len(big))
for i in range(0, 100, 3):
    big[str(i)] = i
print(list(big)[-5:])
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({1: 'a', 2: 'b'}.items()) == list({2: 'b', 1: 'a'}.items()))
u = {'a': 1}
u.update(b=2, a=3)
print(u)
p = {'x': 1, 'y': 2, 'z': 3}
print(p.popitem(), list(p))
