# sorted() with complex keys, tuples keys, None handling via key, and stability across passes.
records = [('alice', 30, 'nyc'), ('bob', 25, 'sf'), ('carol', 30, 'la'), ('dave', 25, 'nyc'), ('eve', 35, 'sf')]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[1], r[2])))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)))
print(sorted('Hello World', key=lambda c: (c.lower(), c.isupper())))
print(sorted([[3, 2], [1], [2, 2, 2], []], key=len), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
print(sorted(range(-5, 6), key=lambda x: x * x), sorted(range(10), key=lambda x: -x)[:3])
print(sorted(['10', '9', '100', '1'], key=int), sorted(['10', '9', '100', '1']))
import operator
print(sorted([{'n': 2}, {'n': 1}], key=operator.itemgetter('n')), sorted([1.5, 1, True, 0.5]))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1), reverse=True))
