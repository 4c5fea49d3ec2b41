# unittest.mock's public constants and MagicMock's behaviour agreeing
# with them.
import unittest.mock as mock
from unittest.mock import MagicMock, Mock, NonCallableMagicMock, create_autospec

print(mock.FunctionTypes)
print(repr(mock.magic_methods))
print(repr(mock.numerics))
print(repr(mock.inplace))
print(repr(mock.right))
print(mock.file_spec, mock.open_spec)

names = ' '.join([mock.magic_methods, mock.numerics, mock.inplace, mock.right]).split()
print(len(names), len(set(names)))

# Every named magic method is there on a MagicMock, as a MagicMock, and
# absent from a plain Mock.
m = MagicMock()
missing = [n for n in names if not isinstance(getattr(m, '__%s__' % n), MagicMock)]
print('missing on MagicMock:', missing)
plain = [n for n in names if '__%s__' % n in type(Mock()).__dict__]
print('present on Mock:', plain)
nc = NonCallableMagicMock()
print(all(hasattr(type(nc), '__%s__' % n) for n in names))

# Binary, in-place and reflected operators all answer through them.
m = MagicMock()
for n in mock.numerics.split():
    getattr(m, '__%s__' % n).return_value = 'fwd ' + n
    getattr(m, '__r%s__' % n).return_value = 'rev ' + n
    getattr(m, '__i%s__' % n).return_value = 'inp ' + n
print(m + 1, 1 + m, m @ 2, 3 @ m, m ** 2, 2 ** m, m >> 1, 1 >> m)
x = m
x |= 5
print(x)
x = m
x //= 5
print(x)
print(m.__iadd__.call_args, m.__radd__.call_args)

# Defaults for a few of the named ones.
m = MagicMock()
print(len(m), bool(m), int(m), float(m), complex(m), 3 in m, list(iter(m)))
print(m.__lt__(1), m.__round__() is m.__round__.return_value, m.__fspath__() is m.__fspath__.return_value)
with m as entered:
    print(entered is m.__enter__.return_value)

# A spec without a magic method removes it.
m = MagicMock(spec=['__len__'])
print(len(m), hasattr(m, '__iter__'), hasattr(m, '__add__'))

# FunctionTypes: what create_autospec treats as a function.
def f(a, b=2):
    return a

class C:
    def meth(self, x):
        return x

for obj in (f, C().meth):
    print(type(obj).__name__, isinstance(obj, mock.FunctionTypes))
    spec = create_autospec(obj, return_value=7)
    print(type(spec).__name__, spec(1), isinstance(spec, mock.FunctionTypes))
    try:
        spec()
    except TypeError as e:
        print('TypeError', e)

# mock_open fills file_spec and open_spec on first use.
o = mock.mock_open(read_data='hi\nthere\n')
print(type(mock.file_spec).__name__, type(mock.open_spec).__name__)
print(all(n in mock.file_spec for n in ('read', 'readline', 'write', 'close', '__enter__', 'getvalue')))
print('__call__' in mock.open_spec)
with o('x') as fh:
    print(fh.readlines())
try:
    o().not_a_file_method
except AttributeError as e:
    print('AttributeError', e)
