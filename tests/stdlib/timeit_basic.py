# timeit: Timer with source text and callables, timeit/repeat/autorange
# with a deterministic fake timer, the command line (main) and errors.
import timeit


class FakeTimer:
    """A clock that advances 0.5 s per call, so results are exact."""

    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 0.5
        return self.t


calls = []
t = timeit.Timer("calls.append(x)", "x = 7", timer=FakeTimer(), globals={"calls": calls})
print(t.timeit(3), calls)
print(t.repeat(2, 2), len(calls))
print(timeit.timeit("pass", timer=FakeTimer(), number=5), timeit.repeat("pass", timer=FakeTimer(), repeat=3, number=1))
log = []
print(timeit.Timer("pass", timer=FakeTimer()).autorange(lambda n, s: log.append((n, s))), log)
counter = []
print(timeit.Timer(lambda: counter.append(1), setup=lambda: counter.append(0), timer=FakeTimer()).timeit(4), counter)
ns = {}
timeit.Timer("y = 1\nz = y + 1", "import math\nw = math.pi", globals=ns).timeit(1)
print(sorted(k for k in ns if not k.startswith("__")))
print(round(timeit.timeit("pass", number=10), 0) >= 0, timeit.default_timer is __import__("time").perf_counter)
for args in [("x = ", "pass"), ("pass", "if"), (1, "pass"), ("pass", 2)]:
    try:
        timeit.Timer(*args)
    except Exception as e:
        print(type(e).__name__)
print(timeit.Timer("pass").src.strip().splitlines()[0])


def fake_wrap(timer):
    return FakeTimer()


for args in [["-n", "10", "-r", "3", "pass"], ["-n", "2", "-u", "msec", "-s", "a = 1", "b = a"],
             ["-r", "2", "x = 1"], ["-n", "1", "-v", "-v", "pass"], ["-u", "years", "pass"], ["--bogus"],
             ]:
    print(args)
    try:
        print("->", timeit.main(args, _wrap_timer=fake_wrap))
    except SystemExit as e:
        print("exit", e.code)
