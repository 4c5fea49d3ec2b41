# The layered io classes over any stream: TextIOWrapper over BytesIO and
# user classes, Buffered* over user raw streams, IOBase mixins, detach,
# readinto/read1/peek, reprs and error messages.
import io

# TextIOWrapper over BytesIO
b = io.BytesIO('héllo\nwörld\r\nlast'.encode('utf-8'))
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through)
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell(), repr(t.readline()), t.tell(), repr(t.readline()))
print(t.newlines)
t.seek(0)
print(t.readlines())
t.seek(7)
print(repr(t.read(3)), t.tell())
pos = None
t.seek(0)
t.readline()
pos = t.tell()
rest = t.read()
t.seek(pos)
print(t.read() == rest, repr(rest))

# multi-byte characters split across tiny chunks
t = io.TextIOWrapper(io.BytesIO('aé€𝄞b\n' * 3 .encode() if False else ('aé€𝄞b\n' * 3).encode()), encoding='utf-8')
t._CHUNK_SIZE = 1
print([t.read(2) for _ in range(10)])
t.seek(0)
lines = []
while True:
    p = t.tell()
    line = t.readline()
    if not line:
        break
    lines.append((p, line))
print(lines)
t.seek(lines[1][0])
print(repr(t.readline()))

# writing through a TextIOWrapper
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(t.write('a\nb\n'), t.write('é'))
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', errors='replace')
t.write('x\u20acy')
t.flush()
print(t.buffer.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write('abc')
print(b.getvalue(), t.encoding)

# newline modes on read
data = b'a\nb\r\nc\rd'
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(repr(nl), repr(t.read()))

# readline with a limit
t = io.TextIOWrapper(io.BytesIO('abcdéfgh\nij\n'.encode()))
print(repr(t.readline(3)), repr(t.readline(3)), repr(t.readline(100)), repr(t.readline(0)), repr(t.readline(-1)))

# detach
b = io.BytesIO(b'xyz')
t = io.TextIOWrapper(b)
print(t.detach() is b)
for name in ('read', 'tell', 'flush', 'fileno', 'readable', 'close'):
    try:
        getattr(t, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
print(repr(t))

# a user-defined raw stream under BufferedReader and TextIOWrapper
class ChunkRaw(io.RawIOBase):
    def __init__(self, data, chunk):
        self.data, self.pos, self.chunk, self.calls = data, 0, chunk, 0
    def readable(self):
        return True
    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), self.chunk, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

raw = ChunkRaw(b'line one\nline two\nline three\n', 5)
print(raw.read(4), raw.read(), raw.readable(), raw.writable(), raw.seekable(), raw.closed)
raw = ChunkRaw(b'line one\nline two\nline three\n', 5)
br = io.BufferedReader(raw, buffer_size=8)
print(repr(br), br.peek(1)[:1], br.read1(3), br.read(4), br.readline(), list(br))
raw = ChunkRaw('alpha\nbéta\ngamma\n'.encode(), 3)
t = io.TextIOWrapper(io.BufferedReader(raw), encoding='utf-8')
print([line for line in t])
raw = ChunkRaw(b'0123456789', 4)
br = io.BufferedReader(raw)
buf = bytearray(6)
print(br.readinto(buf), buf, br.readinto1(memoryview(buf)[:3]), buf, br.read())
try:
    br.seek(0)
except io.UnsupportedOperation as e:
    print('seek:', e)

# a user raw writer under BufferedWriter and TextIOWrapper
class ListRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

raw = ListRaw()
bw = io.BufferedWriter(raw, buffer_size=4)
print(bw.write(b'ab'), raw.chunks, bw.write(b'cdef'), raw.chunks)
bw.write(b'g')
bw.flush()
print(raw.chunks, bw.writable(), bw.readable())
raw = ListRaw()
t = io.TextIOWrapper(io.BufferedWriter(raw), encoding='utf-8', line_buffering=True)
t.write('no newline')
print(raw.chunks)
t.write(' then one\nmore')
print(raw.chunks)
t.close()
print(raw.chunks, raw.closed, t.closed)
t.reconfigure(line_buffering=False) if not t.closed else None

# readability errors
try:
    io.BufferedReader(ListRaw())
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(ChunkRaw(b'', 1))
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BufferedWriter(ListRaw()))
try:
    t.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)

# IOBase mixins on a class with only read
class Reader(io.IOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        r, self.data = self.data[:n], self.data[n:]
        return r

r = Reader(b'one\ntwo\nthree')
print(r.readline(), r.readlines(), r.closed)
with Reader(b'a\nb\n') as r:
    print(list(r))
print(r.closed)
try:
    r.readline()
    print(list(r))
except ValueError as e:
    print(type(e).__name__, e)
r = Reader(b'x')
r.close()
r.close()
try:
    r.flush()
except ValueError as e:
    print(type(e).__name__, e)
for name in ('fileno', 'seek', 'truncate'):
    try:
        getattr(Reader(b''), name)(0) if name != 'fileno' else Reader(b'').fileno()
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e)

class Peeker(io.BufferedIOBase):
    def __init__(self, data):
        self.b = io.BytesIO(data)
    def readable(self):
        return True
    def read(self, n=-1):
        return self.b.read(n)
    def read1(self, n=-1):
        return self.b.read(min(n, 2) if n >= 0 else 2)

p = Peeker(b'hello world\nsecond\n')
buf = bytearray(4)
print(p.readinto(buf), buf, p.readline(), list(p))
t = io.TextIOWrapper(Peeker('ÿes\nno\n'.encode()), encoding='utf-8')
print(t.readlines())

# BufferedRWPair and BufferedRandom over BytesIO
pair = io.BufferedRWPair(io.BytesIO(b'in data'), io.BytesIO())
print(pair.read(2), pair.peek(1)[:1], pair.write(b'out'), pair.readable(), pair.writable(), pair.seekable(), pair.closed)
rnd = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(rnd.read(3), rnd.write(b'ab'), rnd.tell(), rnd.seek(0), rnd.read(), rnd.raw.getvalue())

# abstract base classes
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      isinstance(ChunkRaw(b'', 1), io.RawIOBase), issubclass(io.BufferedReader, io._io._BufferedIOBase) if hasattr(io, '_io') else True)
print([c.__name__ for c in io.RawIOBase.__mro__])
print(io.text_encoding(None), io.text_encoding('latin-1'))

# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines)

# subclasses of the concrete classes
class MyText(io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()
mt = MyText(io.BytesIO(b'abc\ndef\n'))
print(list(mt), repr(mt)[:7], mt.__class__.__mro__[1].__name__)
class MyBuf(io.BufferedReader):
    pass
print(repr(MyBuf(io.BytesIO(b''))))
