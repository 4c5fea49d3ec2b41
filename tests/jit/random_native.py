# random.Random.random() in a trace is computed from the generator's state
# natively: the floats must be CPython's, across the state's regeneration
# (every 312 calls), with other methods taking odd numbers of words in
# between, after seed() and setstate(), and for subclasses.
import random


def floats(rng, n):
    total = 0.0
    last = []
    for i in range(n):
        x = rng.random()
        total += x
        if i % 97 == 0:
            last.append(x)
    return total, last[-3:]


def interleaved(rng, n):
    out = []
    acc = 0
    for i in range(n):
        x = rng.random()
        if i % 5 == 0:
            acc ^= rng.getrandbits(32)
        if i % 7 == 0:
            acc += rng.randrange(1000)
        if i % 311 == 0:
            out.append(x)
    return out[-4:], acc


def reseeded(n):
    rng = random.Random(1)
    sums = []
    for k in range(4):
        rng.seed(k)
        s = 0.0
        for i in range(n):
            s += rng.random()
        sums.append(s)
    return sums


def restored(n):
    rng = random.Random(99)
    state = rng.getstate()
    first = [rng.random() for _ in range(3)]
    s = 0.0
    for i in range(n):
        s += rng.random()
        if i == n // 2:
            rng.setstate(state)
    return first, s


class Loaded(random.Random):
    def random(self):
        return 0.25


class Plain(random.Random):
    pass


def subclasses(n):
    total = 0.0
    for rng in (Loaded(3), Plain(3), random.Random(3)):
        for i in range(n):
            total += rng.random()
    return total


def chaos_pick(n):
    rng = random.Random(1234)
    thresholds = [0.01, 0.86, 0.93, 1.0]
    counts = [0, 0, 0, 0]
    for i in range(n):
        r = rng.random() * thresholds[-1]
        for k, t in enumerate(thresholds):
            if r < t:
                counts[k] += 1
                break
    return counts


print(floats(random.Random(42), 2000))
print(interleaved(random.Random(7), 1500))
print(reseeded(700))
print(restored(900))
print(subclasses(400))
print(chaos_pick(3000))
