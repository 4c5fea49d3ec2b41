# range objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r.start, r.stop, r.step)
print(range(5), range(0), list(range(5, 0, -1)), list(range(-3)), len(range(10, 0, -3)), list(range(10, 0, -3)))
print(5 in r, 6 in r, 3.0 in range(5), 'a' in range(3), r.index(8), r.count(8), r.count(9))
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
big = range(10**20)
print(len(range(2**62)), big[-1], 10**19 in big, big[10**19], big[::10**19])
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 5, 2) == range(1, 4, 2), hash(range(3)) == hash(range(0, 3)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)))
print(bool(range(0)), bool(range(1)), range(3) != [0, 1, 2])
print(list(range(True, 4)), range(-5, 5, 2)[-2], list(range(0, -10, -4)))
