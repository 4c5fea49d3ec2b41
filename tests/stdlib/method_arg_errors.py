# Argument errors of built-in methods name the method with its type
# ("dict.get() takes no keyword arguments"), except Argument Clinic's
# counts, which name the method alone ("get expected at least 1 argument").
import struct

cases = [
    "{}.get(1, x=2)", "{}.get()", "{}.get(1, 2, 3)", "{}.setdefault(k=1)", "{}.pop(k=1)", "{}.pop()",
    "{}.popitem(x=1)", "{}.popitem(1)", "dict.fromkeys(x=1)", "dict.fromkeys()",
    "[].append(x=1)", "[].append()", "[].insert(0, x=1)", "[].insert(1)", "[].pop(i=0)", "[].pop(1, 2)",
    "[].index(x=1)", "[].index()", "(1,).index(x=1)", "(1,).count(x=1)",
    "(1.5).hex(x=1)", "(1.5).hex(1)", "(1.5).is_integer(x=1)", "(1.5).__round__(x=1)", "(1.5).__round__(1, 2)",
    "float.fromhex(x='1')", "float.fromhex()", "(1.5).__format__(x='')", "(1.5).__format__()",
    "(7).bit_length(x=1)", "(7).bit_length(1)", "(7).__round__(x=1)", "(7).__format__(1, 2)", "True.conjugate(x=1)",
    "(1j).conjugate(x=1)", "(1j).__format__(x='')",
    "object().__reduce_ex__(x=1)", "object().__reduce_ex__()", "object().__dir__(x=1)", "object().__sizeof__(1)",
    "[].__reduce__(x=1)", "{}.__getstate__(x=1)", "(1).__format__()", "object().__format__(1, 2)",
    "int.mro(1)", "int.__subclasses__(x=1)",
    "{}.keys().isdisjoint(x=1)", "{}.items().__reversed__(x=1)", "{}.keys().isdisjoint()",
    "memoryview(b'').tolist(x=1)", "memoryview(b'').release(1)",
    "set().add(x=1)", "'a'.join(x=[])", "b''.startswith(x=1)",
    "struct.pack('i', x=1)",
]
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except TypeError as e:
        print(src, "->", e)
