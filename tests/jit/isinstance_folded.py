# isinstance(x, C) in hot loops, where the trace knows x's class and C is
# a constant class: folded to a constant under a guard on x's class, and
# every case that must still be asked at run time.
import abc


class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


class Liar:
    # isinstance asks __class__ when the MRO says no.
    @property
    def __class__(self):
        return Base


class Meta(abc.ABC):
    pass


Meta.register(Other)


class Mixin:
    pass


class Plain:
    pass


class Late(Plain):
    pass


def count(items, n):
    hits = [0] * 9
    for i in range(n):
        x = items[i % len(items)]
        if isinstance(x, Base):
            hits[0] += 1
        if isinstance(x, Derived):
            hits[1] += 1
        if isinstance(x, (Other, Derived)):
            hits[2] += 1
        if isinstance(x, int):
            hits[3] += 1
        if isinstance(x, bool):
            hits[4] += 1
        if isinstance(x, float):
            hits[5] += 1
        if isinstance(x, Meta):
            hits[6] += 1
        if isinstance(x, object):
            hits[7] += 1
        if isinstance(x, Mixin):
            hits[8] += 1
    return hits


print(count([Base()], 500))
print(count([Derived()], 500))
print(count([Other()], 500))
print(count([Liar()], 500))
print(count([3], 500))
print(count([True], 500))
print(count([2.5], 500))
print(count([Base(), 1, Derived(), 2.0, Other(), False, Liar()], 2000))


class LateMixed(Mixin):
    pass


def reclassed(n):
    # obj's class changes in the middle of the loop.
    obj = Late()
    hits = 0
    for i in range(n):
        if i == n // 2:
            obj.__class__ = LateMixed
        if isinstance(obj, Mixin):
            hits += 1
    return hits


print(reclassed(1000))


def classes_vary(n):
    kinds = (int, float, Base, (Base, int))
    hits = 0
    for i in range(n):
        if isinstance(i, kinds[i % 4]):
            hits += 1
    return hits


print(classes_vary(1000))
