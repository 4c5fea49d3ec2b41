# int(), float() and len() computed by traces: int of a float truncates
# natively and exits for NaN, infinities and values out of int64 range;
# len of str (code points), dict, set and frozenset reads their length,
# which helper calls in the loop change.
import math


def to_ints(xs):
    out = []
    total = 0
    for x in xs:
        try:
            v = int(x * 1.5)
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
            continue
        total += v
        if v > 2 ** 62 or v < -2 ** 62:
            out.append(v)
    return total, out


xs = [0.5, -0.5, 2.9, -2.9, 1e6, -1e6, 3.0] * 30
xs[100] = math.nan
xs[120] = math.inf
xs[140] = -math.inf
xs[150] = 1e30
xs[160] = -(2.0 ** 63) / 1.5
xs[170] = (2.0 ** 63) / 1.5
xs[180] = -1e300
print(to_ints(xs))


def mixed(n):
    t = 0
    f = 0.0
    for i in range(n):
        t += int(i) + int(f) + int(True if i % 2 else False)
        f = float(i) / 3 + float(t % 7) + float(2 ** 62 + 1)
    return t, f


print(mixed(200))


def lengths(n):
    s = "héllo wörld"
    d = {}
    st = set()
    fs = frozenset("abc")
    res = 0
    for i in range(n):
        d[i % 37] = i
        st.add(i % 23)
        if i % 50 == 0:
            s = s + "€"
            d.pop(3, None)
            st.discard(5)
        res += len(s) * 1000000 + len(d) * 1000 + len(st) + len(fs)
    return res, len(s), len(d), len(st)


print(lengths(300))


class MyDict(dict):
    def __len__(self):
        return 42


def length_kinds(objs):
    t = 0
    for o in objs:
        t += len(o)
    return t


print(length_kinds(["ab", "c", "", "日本語"] * 40 + [{1: 2}, MyDict(), (1, 2), [3]] * 5))
