# range iteration with large, negative and huge values; range slicing and membership.
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(0, 10, 4)), list(range(5, 5)))
big = range(2**64, 2**64 + 3)
print(list(big), len(big), big[1], 2**64 + 1 in big)
r = range(0, 100, 7)
print(r[3:6], r[::-2][:3], r[-1], list(r[-3:]), r.index(49), 50 in r, 49 in r)
print(sum(range(-1000, 1001)), max(range(10, 0, -1)), min(range(10, 0, -1)))
print(list(range(10))[::3] == list(range(0, 10, 3)), range(0, 10, 3)[1:] == range(3, 10, 3))
it = iter(range(3))
print(type(it).__name__, list(it), list(iter(range(2**70, 2**70 + 2))))
class I:
    def __index__(self): return 4
print(list(range(I())), range(I())[I() - 1] if False else list(range(1, I())))
