# STORE_DEREF of an object in a trace: its store exits while the
# collector marks (the write barrier is on; jit's TestBarrierExits runs
# this with the barrier on throughout), and the interpreter redoes the
# store from the snapshot, which must hold the value being stored.
import gc


def split_target(target):
    target, attribute = target.rsplit('.', 1)
    return (lambda: target), attribute


def cells(n):
    bad = 0
    keep = []
    for i in range(n):
        get, attr = split_target('pkg.mod%d.attr%d' % (i % 7, i))
        keep.append([str(i)] * 20)  # garbage, for the collector to mark
        if len(keep) > 50:
            keep = []
        if get() != 'pkg.mod%d' % (i % 7) or attr != 'attr%d' % i:
            bad += 1
        if i % 1000 == 0:
            gc.collect()
    return bad


def counter(n):
    box = None

    def get():
        return box

    total = 0
    for i in range(n):
        box = [i, str(i)]
        total += get()[0]
    return total


print(cells(3000))
print(counter(3000))
