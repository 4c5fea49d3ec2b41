# Loop locals written before they are read, whose value at the loop's
# header changes kind between entries (None, a float, an int, an object):
# the trace enters with any of them, exits before the first store leave
# the frame's own value, and a bridge that reads the previous value
# stops the substitute.


class Ball:
    def __init__(self, at, rare=False):
        self.at = at
        self.rare = rare

    def hit(self, q):
        if self.at is None:
            return None
        d = self.at - q
        return d * d if d > -2.0 else None


def nearest(balls, q):
    best_t = None
    best = None
    t = "start"
    for b in balls:
        if b.at == 99.0:
            break  # leaves before t is stored in this iteration
        t = b.hit(q)
        if t is not None and (best_t is None or t < best_t):
            best_t = t
            best = b
    return (best.at if best else None), best_t, t


def reads_previous(balls, q):
    acc = 0.0
    t = 0
    for b in balls:
        if b.rare:
            acc += t if isinstance(t, float) else 1.0  # the previous t
        t = b.hit(q)
    return acc, t


balls = [Ball(float(k)) for k in range(6)] + [Ball(None), Ball(-3.0)]
rows = []
for step in range(400):
    q = (step % 13) * 0.5 - 1.0
    part = balls[step % 5:] if step % 3 else balls[:step % 7 + 1]
    if step % 17 == 0:
        part = part + [Ball(99.0)] + balls
    rows.append(nearest(part, q))
print(rows[:4])
print(rows[-4:])
print(sum(1 for r in rows if r[1] is None), sum(r[1] or 0 for r in rows))
print([type(r[2]).__name__ for r in rows[:20]])

mixed = [Ball(float(k), rare=(k % 4 == 3)) for k in range(12)] + [Ball(None, rare=True)]
total = 0.0
for step in range(300):
    acc, t = reads_previous(mixed[step % 6:], step * 0.01)
    total += acc + (t or 0)
print(round(total, 6))

# The first iteration run natively (the second of each call) takes the
# rare branch, which reads the t of the call's first iteration: None.
seq = [Ball(None), Ball(1.0, rare=True)] + [Ball(float(k), rare=(k % 5 == 4)) for k in range(10)]
total = 0.0
for step in range(300):
    acc, t = reads_previous(seq if step % 4 else seq[2:], step * 0.01)
    total += acc + (t or 0)
print(round(total, 6))
