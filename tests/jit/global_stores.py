# Loops that store globals: module-level loops (STORE_NAME into the
# module dict) and functions with `global` declarations, with rebinding
# to other types, keys added and deleted while traces run, and globals
# read by inlined functions while the loop writes them.

# Int and float accumulators at module level.
total = 0
ftotal = 0.0
for i in range(3000):
    total += i
    ftotal += i * 0.25
print(total, ftotal, i)

# A name rebound to another type halfway (int, then float, then str).
acc = 0
for i in range(2000):
    if i == 1000:
        acc = float(acc)
    if i == 1500:
        acc = str(acc)
    if isinstance(acc, str):
        acc = acc[:5]
    else:
        acc += 1
print(acc)

# A new global created inside the loop: the key set changes mid-loop.
count = 0
for i in range(1500):
    count += 2
    if i == 700:
        created_late = count
    if i > 700:
        created_late += 1
print(count, created_late)

# del of a global in a branch the trace has not seen.
flag = 0
hits = 0
for i in range(1200):
    hits += 1
    if i % 400 == 399:
        del flag
        flag = i
print(hits, flag)

# del between two runs of the same loop.
def read_twice():
    out = []
    for _ in range(2):
        s = 0
        for j in range(600):
            s += base
        out.append(s)
    return out
base = 3
print(read_twice())
base = 7
print(read_twice())

# A global counter in a function.
counter = 0
def bump_many(n):
    global counter
    for _ in range(n):
        counter += 1
bump_many(2500)
bump_many(2500)
print(counter)

# Two globals of one dict stored in one loop, one a float, and a
# global object rebound every iteration.
gx = 0
gy = 1.5
last = None
def mixed(n):
    global gx, gy, last
    for k in range(n):
        gx = gx + k
        gy = gy * 1.0001
        last = (k, gx)
mixed(3000)
print(gx, round(gy, 6), last)

# A global read by an inlined function while the loop writes it.
level = 0
def scaled(x):
    return x * level + offset
offset = 5
def drive(n):
    global level
    s = 0
    for k in range(n):
        level = k % 7
        s += scaled(k)
    return s
print(drive(3000), level)

# The same at module level, with the function also writing the global.
hits2 = 0
def note(x):
    global hits2
    hits2 += x
    return hits2
r = 0
for i in range(2000):
    r += note(i % 3)
print(hits2, r)

# A global overflowing into a big int in a traced loop.
big = 2**62
for i in range(300):
    big += 2**55
print(big)

# Helper calls between global stores (the callee adds keys).
names = []
for i in range(1000):
    total += 1
    if i % 250 == 0:
        globals()["dyn_%d" % i] = i
        names.append(len([k for k in globals() if k.startswith("dyn_")]))
    total += 1
print(total, names, dyn_750)

# A loop that calls (and inlines) a function with a global counter, after
# reading another global of the same dict.
ticks = 0
step = 2
def tick():
    global ticks
    ticks += step
def run_ticks(n):
    s = 0
    for k in range(n):
        s += step
        tick()
    return s
print(run_ticks(2000), ticks)
step = 3
print(run_ticks(2000), ticks)
