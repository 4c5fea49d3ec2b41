# Wrong argument counts for the slot wrappers of built-in types, against
# CPython 3.11: wrappers CPython unpacks with PyArg_UnpackTuple and an
# empty name (__setattr__, __setitem__, __set__, __get__, __pow__, a
# sequence's __mul__/__rmul__/__imul__) say " expected 2 arguments, got 1"
# with a leading space; the others (check_num_args) have none.
# (__bool__, __getitem__ and __contains__ are left out: Adder's str has a
# __bool__ slot wrapper, list.__getitem__ is a slot wrapper, not a method,
# and a bound dict method names its owner, not type(self), in messages.)
import array, collections
objs = [1, 1.5, 'ab', b'ab', [1], (1,), {1: 2}, {1}, array.array('i', [1]),
        collections.deque([1]), bytearray(b'x'), range(3), object(),
        collections.OrderedDict(a=1), slice(1), property(), memoryview(b'ab'),
        1j, frozenset(), True, None]
class C:
    pass
objs.append(C())
names = ['__abs__', '__add__', '__and__', '__delattr__', '__delete__',
         '__delitem__', '__divmod__', '__eq__', '__float__', '__floordiv__', '__ge__', '__get__',
         '__getattribute__', '__gt__', '__hash__', '__iadd__', '__imul__', '__index__', '__int__',
         '__invert__', '__iter__', '__le__', '__len__', '__lshift__', '__lt__', '__mod__',
         '__mul__', '__ne__', '__neg__', '__next__', '__or__', '__pos__', '__pow__', '__radd__',
         '__rand__', '__rdivmod__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__',
         '__rmul__', '__ror__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__',
         '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__', '__str__',
         '__sub__', '__truediv__', '__xor__']
for o in objs:
    for n in names:
        m = getattr(o, n, None)
        if m is None:
            continue
        for k in range(4):
            try:
                m(*([0] * k))
            except TypeError as e:
                if 'argument' in str(e):
                    print(type(o).__name__, n, k, repr(str(e)))
            except Exception:
                pass
    try:
        getattr(o, '__setattr__')(x=1)
    except TypeError as e:
        print(type(o).__name__, 'keywords', e)
