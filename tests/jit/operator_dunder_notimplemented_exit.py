# An operator method that returns NotImplemented through another
# function, on a path the recording did not take: an exit inside the
# inlined method finishes it in the interpreter, and the operator's
# dispatch goes on with the reflected method (it once took the
# NotImplemented for the operator's result).


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
