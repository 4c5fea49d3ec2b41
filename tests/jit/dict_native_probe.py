# Dict lookups and in-place stores that traces make natively (DICTFIND):
# int, str and int-tuple keys, hits and misses, keys of equal hash that
# are other objects, and dicts changed while the loop runs.


class Key:
    """Hashes as an int, equal to ints of the same value."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        calls.append(self.v)
        return other == self.v


class S(str):
    pass


calls = []


def int_keys():
    d = {i: i * 3 for i in range(-5, 40)}
    d[2**62] = "big"
    t = 0
    for j in range(-10, 400):
        k = j % 60 - 10
        t += d.get(k, 1000)
        if k in d:
            t += d[k]
            d[k] = d[k] + 1
        if k not in d:
            t -= 1
    return t, d[-1], d[-2], d[39]


def colliding_ints():
    # hash(-1) == hash(-2): the probe passes -2's entry looking for -1.
    d = {-2: "minus two"}
    out = []
    for j in range(200):
        k = -1 - j % 3
        out.append(d.get(k, "none"))
        if j == 100:
            d[-1] = "minus one"
    return out.count("minus two"), out.count("minus one"), out.count("none")


def float_and_bool_keys():
    # 1.0 and True are equal to 1 and hash like it: found by equality.
    d = {1.0: "float one", True: "ignored", 2: "two", 3.5: "three and a half"}
    t = []
    for j in range(300):
        k = j % 4
        t.append(d.get(k, "-"))
        if j == 150:
            d[0] = "zero"
    return t[:8], t[-8:], len(t)


def custom_keys():
    d = {Key(5): "five", 6: "six"}
    out = 0
    for j in range(300):
        k = 5 + j % 3
        v = d.get(k)
        if v is not None:
            out += len(v)
        if k in d:
            out += 1
    return out, len(calls) > 0


def str_keys():
    d = {"alpha": 1, "beta": 2.5, "gamma": "g", S("delta"): 4}
    names = ["alpha", "beta", "gamma", "delta", "omega"]
    t = 0.0
    seen = []
    for j in range(400):
        n = names[j % 5]
        v = d.get(n)
        if isinstance(v, (int, float)):
            t += v
        elif v is not None:
            seen.append(v)
        if n in d:
            t += 1
        if j % 5 < 2:
            d[n] = d[n] + 1
    return t, len(seen), d["alpha"], d["beta"]


def equal_not_identical_strs():
    d = {"ab" + str(i): i for i in range(10)}
    keys = ["".join(["ab", str(i % 12)]) for i in range(500)]
    t = 0
    for k in keys:
        t += d.get(k, -1)
        if k in d:
            d[k] += 1
    return t, d["ab3"]


def tuple_keys():
    d = {(q, r): q * 10 + r for q in range(-3, 4) for r in range(-3, 4)}
    d[(1, 2, 3)] = "triple"
    d[(1.0, 5)] = "float item"
    t = 0
    miss = 0
    for j in range(2000):
        q, r = j % 9 - 4, (j // 9) % 9 - 4
        c = (q, r)
        v = d.get(c)
        if v is None:
            miss += 1
        else:
            t += v
        if c in d:
            d[c] = d[c] + 1
    return t, miss, d[(0, 0)], d[(-1, -1)], d.get((1, 5))


def mutation_in_loop():
    d = {}
    t = 0
    for j in range(3000):
        k = j % 97
        if k in d:
            d[k] += j
        else:
            d[k] = j  # insertions: the table grows while the trace runs
        if j % 13 == 0:
            del d[k]
        if j == 2000:
            d.clear()
        t += d.get(k, 0)
    return t, len(d), sum(d.values())


def key_errors():
    d = {i: i for i in range(0, 50, 2)}
    errors = 0
    t = 0
    for j in range(1000):
        try:
            t += d[j % 50]
        except KeyError as e:
            errors += 1
            last = e.args
    return t, errors, last


def values_of_many_kinds():
    d = {0: 1, 1: 2.5, 2: "s", 3: None, 4: [1], 5: 2**70, 6: True}
    out = []
    for j in range(700):
        v = d[j % 7]
        out.append(type(v).__name__)
        d[j % 7] = v
    return sorted(set(out)), len(out)


def subclass_dict():
    class D(dict):
        def __missing__(self, key):
            return -1

        def get(self, key, default=None):
            return "override"

    d = D({1: 10})
    t = []
    for j in range(200):
        t.append((d[j % 3], d.get(j % 3)))
    return t[:3], len(t)


def global_version_seen():
    # A store into the globals dict by subscript must advance its version:
    # the interpreter's global caches see the new value.
    g = globals()
    t = 0
    for j in range(500):
        g["counter"] = j
        t += counter
    return t


counter = 0
print(int_keys())
print(colliding_ints())
print(float_and_bool_keys())
print(custom_keys())
print(str_keys())
print(equal_not_identical_strs())
print(tuple_keys())
print(mutation_in_loop())
print(key_errors())
print(values_of_many_kinds())
print(subclass_dict())
print(global_version_seen())


def object_values_while_collecting():
    # Pointer stores into entries in place, while the collector runs
    # (write-barrier guard) and the old values become garbage.
    import gc

    d = {i: [i] for i in range(8)}
    names = {"x": "a", "y": "b"}
    t = 0
    for j in range(20000):
        k = j % 8
        d[k] = [j, k]
        names["x"] = str(j % 10)
        if j % 5000 == 0:
            gc.collect()
        t += d[k][0] + len(names["x"])
    return t, d[3], names


def fresh_str_keys():
    # Keys made each iteration: their hash is not cached yet.
    d = {"k%d" % i: i for i in range(20)}
    t = 0
    for j in range(600):
        key = "k" + str(j % 25)
        t += d.get(key, 100)
        if key in d:
            d[key] = d[key] + 1
    return t, d["k7"]


print(object_values_while_collecting())
print(fresh_str_keys())
