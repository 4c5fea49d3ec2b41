# random: argument errors with random.py's messages (its methods are Python
# defs in CPython), conversions of randrange/randint/sample/choices, and
# the variates on arguments that are not int or float (Python arithmetic,
# same draws).
import random
import warnings
from fractions import Fraction

# CPython warns about non-integer randrange arguments; Adder does not yet.
warnings.simplefilter("ignore", DeprecationWarning)


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


class Idx:
    def __index__(self):
        return 3

    def __repr__(self):
        return "Idx()"


class Flt:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "Flt()"


r = random.Random(2024)
# Python def messages: missing, too many, unknown and repeated keywords.
show("randrange()", r.randrange)
show("randrange(1,2,3,4)", r.randrange, 1, 2, 3, 4)
show("randint(1)", r.randint, 1)
show("randint(a=1, c=2)", r.randint, a=1, c=2)
show("randint(1, a=2)", r.randint, 1, a=2)
show("choice()", r.choice)
show("shuffle([], 1)", r.shuffle, [], 1)
show("sample([1])", r.sample, [1])
show("sample([1], 1, [1])", r.sample, [1], 1, [1])
show("sample([1], 1, 2, counts=[1])", r.sample, [1], 1, 2, counts=[1])
show("choices()", r.choices)
show("choices([1], [1], [1])", r.choices, [1], [1], [1])
show("seed(1, 2, 3)", r.seed, 1, 2, 3)
show("uniform(1)", r.uniform, 1)
show("uniform()", r.uniform)
show("gauss(1, 2, 3)", r.gauss, 1, 2, 3)
show("expovariate()", r.expovariate)
show("betavariate(alpha=1, gamma=2)", r.betavariate, alpha=1, gamma=2)
show("triangular(1, 2, 3, 4)", r.triangular, 1, 2, 3, 4)
show("getstate(1)", r.getstate, 1)
show("setstate()", r.setstate)
show("randbytes()", r.randbytes)
show("getrandbits()", r.getrandbits)
show("getrandbits(1, 2)", r.getrandbits, 1, 2)
show("getrandbits(k=1)", r.getrandbits, k=1)
show("random(1)", r.random, 1)
show("Random(1, 2)", random.Random, 1, 2)
show("Random(y=1)", random.Random, y=1)

# randrange and randint conversions.
for args in [(1.5,), ("a",), ("5",), (None,), ([],), (float("inf"),), (float("nan"),),
             (1j,), (Flt(),), (Idx(),), (0, 1.5), (0, "a"), (0, 10, 0), (10, 0),
             (0, 10, -1), (5, None, 2), (5, None, 1), (5, None), (0, 10, 2.5),
             (0, 10, Idx()), (0,), (-3,), (10 ** 30,), (3.0,), (0, 10.0)]:
    r.seed(7)
    show("randrange%r" % (args,), r.randrange, *args)
for args in [(1.5, 3), ("a", 3), (1, "a"), (3, 1), (1, None), (1, 2.0), (Idx(), 5)]:
    r.seed(7)
    show("randint%r" % (args,), r.randint, *args)

# choice, shuffle, sample, choices.
show("choice([])", r.choice, [])
show("choice('')", r.choice, "")
show("choice(5)", r.choice, 5)
show("choice({1: 'x'})", r.choice, {1: "x"})
show("shuffle(5)", r.shuffle, 5)
show("shuffle('abc')", r.shuffle, "abc")
show("shuffle((1, 2))", r.shuffle, (1, 2))
for args in [([1, 2, 3], 4), ([1, 2, 3], -1), ([1, 2, 3], 1.5), ([1, 2, 3], "a"),
             ([1, 2, 3], Idx()), ([1, 2, 3], 10 ** 20), ({1, 2}, 1), ({1: 2}, 1), (5, 1),
             ("abcdef", 3), (range(10 ** 9), 3)]:
    r.seed(7)
    show("sample%r" % (args,), r.sample, *args)
for counts in [[1, 2], [1, 2.0, 3], [0, 0, 0], [1, -1, 3], [2, 2, 2]]:
    r.seed(7)
    show("sample counts=%r" % (counts,), r.sample, "abc", 3, counts=counts)
for args, kwargs in [(([1, 2, 3], 5), {}), (([1, 2, 3], [1, 2]), {}), (([1, 2, 3], "abc"), {}),
                     (("a", "a"), {}), (([1, 2, 3], [1, 2, 3]), {"cum_weights": [1, 2, 3]}),
                     (([1, 2, 3],), {"cum_weights": [1, 2]}), (([1, 2, 3],), {"cum_weights": {1: 1, 2: 2, 3: 3}}),
                     (([1, 2, 3], [0, 0, 0]), {}), (([1, 2, 3], [1, float("inf"), 1]), {}),
                     (([],), {"k": 2}), (([], []), {"k": 2}), (([1, 2, 3],), {"k": -2}),
                     (([1, 2, 3],), {"k": 1.5}), (([1, 2, 3], [Fraction(1, 3)] * 3), {"k": 4})]:
    r.seed(7)
    show("choices%r %r" % (args, kwargs), r.choices, *args, **kwargs)
    print("  next draw", r.random())

# seed, setstate, getrandbits, randbytes.
for a in [[1], {1: 2}, (1, 2), 1.5, -5, b"abc", bytearray(b"abc"), "abc"]:
    show("seed(%r)" % (a,), r.seed, a)
show("seed(bytearray, version=1)", r.seed, bytearray(b"x"), version=1)
show("seed('a', version=1)", r.seed, "a", version=1)
print(r.random())
for state in [None, 5, [], (1, 2), ("a", 2, 3), (3, (1, 2), None), (3, "x", None), [2, 1, None]]:
    show("setstate(%r)" % (state,), r.setstate, state)
for k in [-1, 0, 1.5, "a", 2 ** 31, 10 ** 20, Idx()]:
    r.seed(7)
    show("getrandbits(%r)" % (k,), r.getrandbits, k)
for n in [-1, 1.5, "a", None, [], True, 2 ** 31, Idx()]:
    r.seed(7)
    show("randbytes(%r)" % (n,), r.randbytes, n)

# Variates with arguments that are not int or float: random.py's arithmetic,
# drawing as it does (the next draw shows the state).
for name, args in [("uniform", ("a", 1)), ("uniform", (1, "a")), ("uniform", (Fraction(1), 2)),
                   ("uniform", (1j, 2)), ("gauss", (1j,)), ("gauss", (0, "a")), ("gauss", (0, [1])),
                   ("normalvariate", (Fraction(1, 2), 2)), ("normalvariate", (None,)),
                   ("lognormvariate", (0, "a")), ("lognormvariate", (Fraction(1), 1)),
                   ("expovariate", ("a",)), ("expovariate", (0,)), ("expovariate", (1j,)),
                   ("paretovariate", (1j,)), ("paretovariate", ("a",)), ("paretovariate", (0,)),
                   ("weibullvariate", ("a", 2)), ("weibullvariate", (2, None)),
                   ("weibullvariate", ([1], 2)), ("gammavariate", ("a", 1)), ("gammavariate", (1, "a")),
                   ("gammavariate", (0, "a")), ("gammavariate", (-1, 1)), ("betavariate", (0, "a")),
                   ("betavariate", (2, "a")), ("betavariate", ("a", 2)), ("betavariate", (2, -1)),
                   ("vonmisesvariate", ("a", 0)), ("vonmisesvariate", ("a", 1)), ("vonmisesvariate", (0, "a")),
                   ("vonmisesvariate", (Fraction(1), 2)), ("triangular", ("a",)), ("triangular", (0, "a")),
                   ("triangular", (None,)), ("triangular", (0, 0, 0)), ("triangular", (1, 1, 5)),
                   ("triangular", (0, 10, "a")), ("triangular", (Fraction(1), 3)),
                   ("triangular", (0, 10, Fraction(5)))]:
    r.seed(11)
    show("%s%r" % (name, args), getattr(r, name), *args)
    print("  next draw", r.random())

# The module-level functions are bound methods of a hidden instance.
show("random.randrange(1.5)", random.randrange, 1.5)
show("random.choice([])", random.choice, [])
show("random.sample([1], 2)", random.sample, [1], 2)
show("random.randint('a', 3)", random.randint, "a", 3)
show("random.shuffle(5)", random.shuffle, 5)
show("random.getrandbits(-1)", random.getrandbits, -1)
