# Side traces (bridges) that store objects into locals the loop's root
# trace never writes: the object goes into the frame slot, and an exit or
# a later iteration sees it there.


class Rec:
    def __init__(self, i):
        self.i = i
        self.name = "r%d" % i


def rare_best(n):
    best = None
    label = "none"
    t = 0
    for i in range(n):
        t += i
        if i % 37 == 0:
            best = (i, str(i))
            label = Rec(i)
    return t, best, label.name


# The root reads cur (without writing it); a bridge replaces it.
def replaced(n):
    cur = []
    t = 0
    for i in range(n):
        t += len(cur)
        if i % 10 == 9:
            cur = [i] * (i % 7)
    return t, cur


print(rare_best(2000), replaced(2000))
