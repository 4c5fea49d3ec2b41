# itertools: every iterator of 3.11, reprs and argument errors.
import itertools as it
print(it.count(5), it.count(1.5, 0.5), it.repeat('a', 3), it.repeat('a'), it.count(), it.count(-2, -1))
c = it.count(3, 2); print(next(c), next(c), c)
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
print(list(it.accumulate([1,2,3,4])), list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,4], max)), list(it.accumulate([], initial=1)))
print(list(it.chain('ab', [1,2])), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
print(list(it.compress('abcdef', [1,0,1,0,1,1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x<3, [1,2,3,1])), list(it.takewhile(lambda x: x<3, [1,2,3,1])))
print(list(it.filterfalse(None, [0,1,2,0])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2,3),(3,2)])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([k for k, g in it.groupby([1,1,2,3,3], key=lambda x: x%2)])
groups = it.groupby('aabbc'); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(list(it.islice(range(10), 2, 8, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, None)), list(it.islice('abc', None)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
a, b = it.tee(iter([1,2,3]))
print(next(a), list(b), list(a), len(it.tee('xy', 3)), it.tee([], 0))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest([1], [2, 3])), list(it.zip_longest()))
print(list(it.product('ab', repeat=2)), list(it.product([1,2],[3])), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 3)), list(it.combinations('ab', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.combinations(range(4), 3)), len(list(it.combinations_with_replacement(range(4), 3))))
for bad in [lambda: it.islice([], -1), lambda: it.islice([], 1, 2, 0), lambda: it.islice([], 'a'), lambda: it.count('a'), lambda: it.repeat(), lambda: it.combinations('a'), lambda: it.combinations('a', -1), lambda: it.product('a', repeat=-1), lambda: it.chain(1).__next__(), lambda: it.tee([], -1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(it.repeat(1, 5).__length_hint__(), type(it.count()), type(it.chain()).__name__)
total = 0
for x in it.islice(it.count(), 1000):
    total += x
print(total)
