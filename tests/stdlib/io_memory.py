# StringIO and BytesIO: reading, writing, seeking, newline modes, errors.
import io
s = io.StringIO('hello\nworld\n')
print(s.read(3), repr(s.readline()), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines(), s.getvalue() == 'hello\nworld\n')
s = io.StringIO()
print(s.write('abc'), s.write('défg'), s.tell(), s.getvalue())
s.seek(2); s.write('X'); print(s.getvalue(), s.tell())
s.seek(10); s.write('!'); print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0, 2); print(s.tell(), s.seek(0), s.readable(), s.writable(), s.seekable(), s.isatty())
print(list(io.StringIO('a\nb\nc')), [l for l in io.StringIO('x\ny')])
print(io.StringIO('a\r\nb\rc\n', newline=None).getvalue().split('\n'))
print(io.StringIO('a\r\nb\rc\n', newline='').readlines())
print(io.StringIO('a\r\nb\rc\n', newline='\r').readlines())
print(repr(io.StringIO('x\ny', newline='\r\n').getvalue()))
u = io.StringIO(newline=None); u.write('1\r\n2\r3\n'); print(u.newlines)
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for op in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell(), lambda: iter(c)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
s = io.StringIO()
for op in [lambda: s.write(b'x'), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5), lambda: s.fileno(), lambda: io.StringIO(5), lambda: io.StringIO(newline='x')]:
    try:
        op()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read(), b.getvalue())
b.seek(1); b.write(b'ZZ'); print(b.getvalue(), b.seek(-1, 2), b.read(), b.seek(10), b.write(b'!'), b.getvalue())
print(b.truncate(3), b.getvalue(), list(io.BytesIO(b'1\n2\n3')), io.BytesIO(b'x\ny').readlines())
w = io.BytesIO(); w.writelines([b'a', bytearray(b'b')]); print(w.getvalue(), w.read1(), bytes(w.getbuffer()))
for op in [lambda: w.write('s'), lambda: w.seek(-1), lambda: w.seek(0, 3)]:
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
w.close()
try:
    w.getvalue()
except ValueError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
class Sub(io.StringIO):
    pass
x = Sub('sub'); x.extra = 1; print(x.read(), x.extra, type(x).__name__)
