# open() on a temporary file: text and binary modes, iteration, seek, errors.
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with open(path, 'w', encoding='utf-8') as f:
    print(f.write('line one\n'), f.write('línea dos\n'), f.writable(), f.readable(), f.mode, f.closed)
    f.writelines(['three\n', 'four'])
print(f.closed)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path, encoding='utf-8') as f:
    print([line.rstrip() for line in f])
with open(path, 'rb') as f:
    data = f.read()
    print(len(data), data[:9], type(data).__name__)
    f.seek(5)
    print(f.read(3), f.tell())
with open(path, 'a', encoding='utf-8') as f:
    f.write('\nappended')
with open(path, encoding='utf-8') as f:
    print(f.read().splitlines()[-1])
with open(path, 'r+b') as f:
    f.write(b'LINE')
    f.seek(0)
    print(f.read(9))
try:
    open(os.path.join(d, 'missing.txt'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, 'rz')
except ValueError as e:
    print(type(e).__name__, e)
f = open(path, encoding='utf-8')
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, 'w', newline='') as f:
    f.write('a\r\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)
print(os.path.exists(path))
