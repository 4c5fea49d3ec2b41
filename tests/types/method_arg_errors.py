# Argument errors of built-in methods, worded and ordered as CPython 3.11's
# Argument Clinic does: too many arguments, missing ones, unknown keywords,
# "not None" for None, slice indices before the substring, and the
# qualified names of static and class methods.
import codecs
import unicodedata

def show(expr):
    try:
        eval(expr)
        print(expr, '-> ok')
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

for expr in [
    "'abc'.count(object(), object())", "'abc'.find(1, 'x')", "'abc'.rindex(object(), None, 'y')",
    "b'abc'.count(object(), object())", "bytearray(b'abc').find(1, 'x')",
    "'abc'.splitlines('x')", "'abc'.splitlines(None)", "b'abc'.splitlines(1.5)", "'a\\nb'.splitlines(2)",
    "str.maketrans(junk=1)", "bytes.maketrans(junk=1)", "bytearray.maketrans(b'a', b'b', x=1)",
    "bytes.fromhex()", "bytearray.fromhex('a', 'b')", "bytes.fromhex(x='00')", "bytes.fromhex(None)",
    "b'ab'.hex(object())", "b'ab'.hex(object(), object())", "b'ab'.hex(1)", "b'ab'.hex([1])", "b'ab'.hex('ab')",
    "b'ab'.hex('\\xe9')", "b'ab'.hex(bytearray(b':'))", "b'abc'.hex(':', 2)",
    "memoryview(b'ab').hex(1, 2, 3)", "memoryview(b'ab').hex(junk=1)", "memoryview(b'ab').hex(None)",
    "memoryview(b'ab').cast()", "memoryview(b'ab').cast(1, 2, 3)", "memoryview(b'ab').cast(junk=1)",
    "memoryview(b'ab').cast(None)", "memoryview(b'ab').tobytes(object())", "memoryview(b'ab').tobytes(1, 2)",
    "memoryview(b'ab').tobytes('X')",
    "b'x'.join(1)", "bytearray(b'x').join(None)", "b'x'.join([1])",
    "b'abc'.translate()", "b'abc'.translate(junk=1)", "b'abc'.translate(None, b'a', 3)",
    "bytearray(b'abc').extend('x')", "bytearray().extend(5)",
    "[1].sort(1, 2, 3)", "[1].sort(1)", "(5).to_bytes(1, 2, 3, 4)", "int.from_bytes(junk=1)",
    "int.from_bytes('x')", "int.from_bytes(b'\\x01', 'big', 1, 2)", "(5).to_bytes(1, None)",
    "range(3).index('x')", "range(3).index(None)", "range(3).index(7)",
    "'abc'.encode(None)", "'abc'.encode('utf-8', None)", "b'abc'.decode(None)", "'abc'.removeprefix(None)",
    "'abc'.center(5, None)", "'abc'.center(5, 'xy')", "float.fromhex(None)", "float.fromhex(1)",
    "type.__new__(type, None, (), {})", "super(None, 1)",
    "codecs.lookup(None)", "codecs.encode('x', None)", "codecs.decode(b'x', 'utf-8', 1)",
    "codecs.register_error(None, print)", "codecs.lookup_error(None)", "unicodedata.name(None)",
]:
    show(expr)
