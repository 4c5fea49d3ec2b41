# Sets keep their first table inline: new sets, cleared sets, subclass
# instances and sets that grow, shrink and are reused must behave as
# CPython's, in and out of traces.
s = {1, 2, 3}
s.clear()
print(s, len(s))
for i in range(20):
    s.add(i)
    if i % 7 == 6:
        s.clear()
print(sorted(s))


class S(set):
    pass


t = S()
t.add(5)
t.add(6)
print(sorted(t), type(t).__name__)
t.clear()
t.update(range(3))
print(sorted(t))
f = frozenset({1, 2})
print(f | {3}, hash(frozenset()) == hash(frozenset([])))
u = set(range(5))
u.difference_update(range(5))
u.add(9)
print(u)


def groups(n):
    total = 0
    for i in range(n):
        seen = {i}
        libs = set()
        for q in range(i % 13):
            libs.add(q * 3 % 11)
            if q % 4 == 3:
                seen.add(q)
        if i % 5 == 0:
            libs.clear()
            libs.add(-1)
        total += len(libs) * 10 + len(seen) + (7 in libs) + (-1 in libs)
    return total


print(groups(500))
it_set = {1, 2}
try:
    for x in it_set:
        it_set.clear()
        it_set.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(it_set))
