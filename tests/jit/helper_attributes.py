# Attribute loads a trace has Go do (helper calls): class attributes,
# properties, __getattr__, attributes of built-in objects, and methods
# that do not bind as plain functions (static and class methods, callable
# class attributes, methods looked up on classes); with properties that
# raise or change the kind of what they return.


class Shape:
    sides = 4
    scale = 1.5

    def __init__(self, w):
        self._w = w

    @property
    def width(self):
        if self._w == 777:
            raise ValueError("bad width")
        if self._w == 888:
            return "wide"
        return self._w

    @staticmethod
    def unit():
        return 1

    @classmethod
    def kind(cls):
        return len(cls.__name__)

    area = staticmethod(lambda w: w * w)


class Lazy:
    def __getattr__(self, name):
        return len(name)


def attrs(n):
    t = 0
    errors = 0
    strs = 0
    lazy = Lazy()
    z = complex(2, 3)
    sl = slice(1, 5, 2)
    for i in range(n):
        s = Shape(i)
        t += s.sides + int(s.scale * 2) + Shape.sides
        try:
            w = s.width
            if isinstance(w, str):
                strs += 1
            else:
                t += w
        except ValueError:
            errors += 1
        t += s.unit() + s.kind() + Shape.kind() + s.area(3)
        t += lazy.anything + int(z.imag) + sl.step
        t += int.bit_length(i) + dict.fromkeys("ab", 0)["a"]
        if i == 500:
            Shape.sides = 2.5
        if i == 600:
            Shape.unit = staticmethod(lambda: 10)
    return t, errors, strs


print(attrs(1000))


# A callable held in a local turns into a builtin that reads the frame:
# the trace leaves the call to the interpreter.
def declined(n):
    f = repr
    out = []
    for i in range(n):
        if i == 700:
            f = eval
        out.append(f("i"))
    return out[698:703]


print(declined(1000))
