# A known gap (tests/xfail.txt): an operator method that returns
# NotImplemented through another function (its own code does not name
# NotImplemented, which keeps a method from being inlined) on a path the
# recording did not take. An exit inside the inlined method finishes it
# in the interpreter, which takes the NotImplemented for the operator's
# result instead of trying the reflected method.


def decline(o):
    return NotImplemented


class Sly:
    """Its __add__ returns NotImplemented through another function, for
    one operand in 50."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if o.v % 50 != 0:
            return Sly(self.v + o.v)
        return decline(o)


class Other:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return Sly(o.v + 1000)


def indirect_not_implemented(n):
    s = Sly(0)
    for i in range(n):
        s = s + Other(i)
    return s.v


print(indirect_not_implemented(300))
