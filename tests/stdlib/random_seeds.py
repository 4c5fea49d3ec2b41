# CPython's exact random sequences for many seeds, across the module's
# functions (module-level functions and Random instances).
import random

seeds = list(range(10)) + [12345, -7, 2**70 + 3, "hello", "", "ünïcode", 3.25, -0.0, 10**30, True]
for s in seeds:
    random.seed(s)
    print("seed", repr(s))
    print(" random", [random.random() for _ in range(3)])
    print(" getrandbits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
    print(" randrange", random.randrange(10), random.randrange(5, 100, 7), random.randrange(-50, 50), random.randrange(2**80), random.randrange(10, -10, -3))
    print(" randint", random.randint(1, 6), random.randint(-2**65, 2**65))
    pop = list(range(20))
    print(" choice", random.choice(pop), random.choice(["a", "b", "c", "d", "e", "f"]))
    print(" choices", random.choices(pop, k=4), random.choices(["x", "y", "z"], weights=[1, 2, 3], k=5), random.choices(pop[:3], cum_weights=[0.5, 0.75, 1.0], k=3))
    random.shuffle(pop)
    print(" shuffle", pop)
    print(" sample", random.sample(range(100), 5), random.sample(pop, 3), random.sample(["a", "b", "c"], 2, counts=[2, 3, 4]), random.sample(range(10**6), 3))
    print(" uniform", random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 7))
    print(" gauss", random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 3))
    print(" lognorm", random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(0, 0))
    print(" gamma", random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1.5), random.betavariate(2, 3))
    print(" pareto", random.paretovariate(2), random.weibullvariate(1, 1.5))

r = random.Random(42)
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)], st[0], len(st[1]), st[2])
r.gauss()
print(r.getstate()[2])
r2 = random.Random("abc")
print(r2.random(), random.Random(7).randrange(1000))
r.seed("abc", version=1)
print(r.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.choice([]),
            lambda: random.sample(range(3), 5), lambda: random.getrandbits(-1), lambda: random.randrange(1, 10, 0),
            lambda: random.choices(["a", "b"], weights=[1]), lambda: random.gammavariate(-1, 1), lambda: random.seed([1]),
            lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
x = random.SystemRandom().random()
print(0 <= x < 1, 0 <= random.SystemRandom().randrange(10) < 10, random.SystemRandom().getrandbits(10) < 1024)
