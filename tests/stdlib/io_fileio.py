# File layers from open() and io.FileIO on files in a temporary directory:
# opener, buffering, closefd, text tell/seek cookies, multi-byte text across
# buffer boundaries, r+ semantics, sys.stdout.buffer and reconfigure.
import io, os, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        print(repr(f).replace(d, 'D'), f.encoding, f.buffer.raw.mode)
        f.write('first\nsecond line\nthird é€\n')
    with open(path, 'rb', buffering=0) as f:
        print(repr(f).replace(d, 'D'), f.read(5), f.readall(), f.tell())
    fio = io.FileIO(path)
    print(repr(fio).replace(d, 'D'), fio.mode, fio.readable(), fio.writable(), fio.seekable(), fio.closefd)
    buf = bytearray(8)
    print(fio.readinto(buf), buf, fio.read(3), fio.seek(-4, 2), fio.read())
    fio.close()
    print(repr(fio), fio.closed)
    try:
        fio.read()
    except ValueError as e:
        print(type(e).__name__, e)
    with io.FileIO(path, 'a') as fio:
        print(fio.mode, fio.tell(), fio.write(b'tail\n'))
    try:
        io.FileIO(path, 'rw')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        io.FileIO(path, 'r').write(b'x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)

    # opener
    seen = []
    def opener(p, flags):
        seen.append(os.path.basename(p))
        return os.open(p, flags)
    with open(path, opener=opener) as f:
        print(f.readline(), seen)

    # descriptors and closefd
    fd = os.open(path, os.O_RDONLY)
    f = open(fd, 'rb', closefd=False)
    print(f.name == fd, f.read(5))
    f.close()
    print(os.read(fd, 3))
    os.close(fd)
    try:
        open(path, closefd=False)
    except ValueError as e:
        print(type(e).__name__, e)

    # buffering sizes and types
    for buffering in (0, 2, 64, -1):
        mode = 'rb'
        with open(path, mode, buffering=buffering) as f:
            print(buffering, type(f).__name__, f.read(6))
    with open(path, buffering=1) as f:
        print(f.line_buffering)

    # peek, read1, readline(limit), readlines(hint) on a buffered file
    with open(path, 'rb') as f:
        print(f.peek(3)[:3], f.read1(3), f.readline(4), f.readline(), f.readlines(5))

    # text tell/seek round trips after readline and read
    with open(path, encoding='utf-8') as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks)
        for pos, line in reversed(marks):
            f.seek(pos)
            assert f.readline() == line
        f.seek(marks[2][0])
        print(repr(f.read(7)), f.tell())
        print(f.seek(0, 2), repr(f.read()))
        try:
            f.seek(3, 1)
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
        try:
            f.seek(-1)
        except ValueError as e:
            print(type(e).__name__, e)
    with open(path) as f:
        for line in f:
            try:
                f.tell()
            except OSError as e:
                print(type(e).__name__, e)
                break

    # multi-byte UTF-8 across buffer and chunk boundaries
    big = ('ab€' * 3000 + '\n') * 3
    with open(path, 'w', encoding='utf-8') as f:
        f.write(big)
    with open(path, encoding='utf-8') as f:
        lines = f.readlines()
        print(len(lines), [len(l) for l in lines], ''.join(lines) == big)
    with open(path, encoding='utf-8', buffering=7) as f:
        parts = []
        while True:
            s = f.read(1000)
            if not s:
                break
            parts.append(s)
        print(len(parts), ''.join(parts) == big)
    with open(path, 'rb') as f:
        f.seek(2)
        t = io.TextIOWrapper(f, encoding='utf-8', errors='replace')
        print(repr(t.read(3)))

    # r+ and w+ text files
    with open(path, 'w+') as f:
        f.write('hello\nworld\n')
        f.seek(0)
        print(repr(f.readline()), f.tell())
        f.seek(f.tell())
        f.write('W')
        f.seek(0)
        print(repr(f.read()))
    with open(path, 'r+b') as f:
        print(type(f).__name__, f.read(2), f.write(b'LL'), f.tell(), f.seek(0), f.read())

    # newline modes written to a file
    for nl in (None, '', '\n', '\r', '\r\n'):
        with open(path, 'w', newline=nl) as f:
            f.write('a\nb\r\nc\r')
        with open(path, 'rb') as f:
            print(repr(nl), f.read())

    # closing and errors
    f = open(path, 'rb')
    f.close()
    print(repr(f).replace(d, 'D'), f.closed)
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
    with open(path, 'w') as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    with open(path, 'rb') as f:
        try:
            f.write(b'x')
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    t = open(path)
    b = t.detach()
    print(type(b).__name__, b.closed)
    try:
        t.read()
    except ValueError as e:
        print(type(e).__name__, e)
    b.close()

# the standard streams
out = sys.stdout
print(out.encoding, type(out.buffer).__name__ in ('BufferedWriter', 'FileIO'))
out.flush()
out.buffer.write(b'raw bytes\n')
out.buffer.flush()
w = io.TextIOWrapper(out.buffer, encoding='latin-1', newline='\r\n')
n = w.write('caf\xe9\n')
w.flush()
print(repr(w.encoding), n)
w.detach()
out.reconfigure(encoding='ascii', errors='backslashreplace')
print('na\xefve', out.encoding, out.errors)
out.reconfigure(encoding='utf-8', errors='strict')
print('é ok', out.encoding)
try:
    out.reconfigure(newline='x')
except ValueError as e:
    print(type(e).__name__, e)
