# Edges of the runtime fast paths: str slicing without a slice object,
# one-character slices, slice bounds of every kind.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


s = "abcdefgh"
u = "aé€𝄞xyz"
for text in (s, u, ""):
    for a in (None, -100, -3, -1, 0, 1, 2, 7, 8, 100, 2**70, -2**70, True, False, Idx(2)):
        for b in (None, -100, -3, -1, 0, 1, 3, 8, 100, 2**70, -2**70, True, Idx(-1)):
            r = text[a:b]
            assert type(r) is str
            print(repr(r), end=" ")
    print()
print(s[1:2] is s[1], s[3:4] is s[3], s[:] is s, u[1:2] == "é", u[3:4])
lst = list(range(10))
tup = tuple(lst)
for a, b in ((2, 5), (-3, None), (None, -8), (True, Idx(4)), (2**80, 1), (-2**80, 2**80)):
    print(lst[a:b], tup[a:b], s[a:b], b"abcdefgh"[a:b])
print(tup[0:10] is tup, tup[-100:100] is tup)
for bad in ("x", 1.5, [1]):
    for target in (s, lst, tup):
        try:
            target[bad:2]
        except TypeError as e:
            print("TypeError", e)


class S(str):
    def __getitem__(self, k):
        return "sub" + repr(k)


print(S("hello")[1:3], type(S("hello")[1:3]))


class P(str):
    pass


p = P("hello")
print(p[1:3], type(p[1:3]), p[:] == "hello", type(p[:]))
