# open() and the file layers on a scratch file: modes, text encodings,
# newline translation, seek/tell, buffering, errors.
import io
path = '/tmp/adder_stdlib_io_files.txt'
with open(path, 'w', encoding='utf-8') as f:
    print(f.write('line one\n'), f.write('línea dos\n'), f.writable(), f.readable(), f.mode, f.closed)
    f.writelines(['three\n', 'four'])
    print(type(f).__name__, f.encoding, f.errors, type(f.buffer).__name__, type(f.buffer.raw).__name__)
print(f.closed)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
    print(f.readlines())
with open(path, encoding='utf-8') as f:
    print([line.rstrip() for line in f])
with open(path, 'rb') as f:
    data = f.read()
    print(len(data), data[:9], type(data).__name__, type(f).__name__, f.mode)
    f.seek(5)
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(0), f.readline())
with open(path, 'a', encoding='utf-8') as f:
    f.write('\nappended')
    print(f.tell())
with open(path, encoding='utf-8') as f:
    print(f.read().splitlines()[-1])
with open(path, 'r+b') as f:
    f.write(b'LINE')
    f.seek(0)
    print(f.read(9), type(f).__name__)
with open(path, 'wb', buffering=0) as f:
    print(type(f).__name__, f.write(b'raw bytes'), f.mode)
with open(path, 'rb') as f:
    print(f.read())
try:
    open('/tmp/adder_stdlib_missing_dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode, kw in [('rz', {}), ('rw', {}), ('rbt', {}), ('rb', {'encoding': 'utf-8'}), ('r', {'buffering': 0}), ('r', {'newline': 'x'})]:
    try:
        open(path, mode, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(path, encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
f = open(path, encoding='utf-8')
f.close()
for op in (f.read, f.readline, f.tell):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(path, 'w', encoding='utf-8') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)
with open(path, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()), f.newlines)
with open(path, newline='') as f:
    print(f.readlines())
with open(path, newline='\r') as f:
    print(f.readlines())
with open(path, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='latin-1') as f:
    f.write('caf\xe9 \xff')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='ascii', errors='ignore') as f:
    f.write('naïve')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w') as f:
    pass
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
