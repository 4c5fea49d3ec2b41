# Instances made in hot loops live as long as the program keeps them: after
# gc.collect(), weak references to the dropped ones are dead, whether the
# loop dropped them at once or kept them for a while. (The last objects a
# trace handled may stay referenced from its spill slots until a trace runs
# again, so the checks leave out the last few of each loop.)
import gc
import weakref


class Obj:
    def __init__(self, i):
        self.i = i


refs = []
keep = []
for i in range(500):
    o = Obj(i)
    refs.append(weakref.ref(o))
    if i % 5 == 0:
        keep.append(o)
gc.collect()
print(sum(r() is not None for r in refs[:490]), len(keep))

del keep[10:]
del o
gc.collect()
print(sorted(r().i for r in refs[:490] if r() is not None))

window = []
dead = weakref.WeakValueDictionary()
for i in range(300):
    w = Obj(i)
    dead[i] = w
    window.append(w)
    if len(window) > 3:
        window.pop(0)
del w
gc.collect()
print(sorted(k for k in dead.keys() if k < 290))
