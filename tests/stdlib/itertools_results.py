# Every tuple the combinatoric iterators yield is a new, independent
# object with the right items, whatever the tuple length (the tuples are
# allocated in blocks), and kept tuples survive later steps unchanged.
import itertools as it

for n in range(1, 9):
    kept = list(it.product(range(3), repeat=n))
    print(n, len(kept), kept[0], kept[-1], len({id(t) for t in kept}) == len(kept))
    print(sum(sum(t) for t in kept), all(type(t) is tuple and len(t) == n for t in kept))
    print(kept == [tuple(t) for t in it.product(*[range(3)] * n)])

held = []
for i, t in enumerate(it.product('abc', 'xyz', repeat=2)):
    if i % 7 == 0:
        held.append(t)
print(held)

for k in range(0, 8):
    print(k, list(it.permutations(range(k), min(k, 2)))[-3:], len(list(it.combinations(range(k + 2), k))),
          list(it.combinations_with_replacement('ab', k))[-2:])

ps = list(it.permutations(range(7)))
print(len(ps), len(set(ps)), ps[1000], ps[-1])
cs = list(it.combinations(range(10), 7))
print(len(cs), cs[50], cs[-1], len(set(map(id, cs))))
