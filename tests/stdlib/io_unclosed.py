# Files written and never closed: their data is on disk when the script
# reads them back, and when a program exits (CPython closes them as soon
# as the last reference goes).
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.txt')
    open(p, 'w').write('hello\n')
    print(open(p).read(), end='')

    f = open(p, 'a')
    f.write('more\n')
    del f
    print(open(p).read(), end='')

    b = os.path.join(d, 'b.bin')
    open(b, 'wb').write(b'\x00\x01')
    with open(b, 'rb') as g:
        print(g.read())

    q = os.path.join(d, 'child.txt')
    code = f"f = open({q!r}, 'w'); f.write('from the child\\n'); g = open({q!r} + '2', 'wb'); g.write(b'xyz')"
    subprocess.run([sys.executable, '-c', code], check=True)
    print(open(q).read(), end='')
    print(open(q + '2', 'rb').read())

# Thousands of files opened and dropped without closing, under a low
# descriptor limit: the descriptors come back as the files become garbage.
code = """
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'x')
with open(p, 'w') as f:
    f.write('abc')
total = 0
for i in range(3000):
    total += len(open(p).read())
for i in range(600):
    open(os.path.join(d, 'w%d' % (i % 10)), 'w').write('z' * i)
print(total, sorted(os.path.getsize(os.path.join(d, 'w%d' % k)) for k in range(10)))
"""
r = subprocess.run(['sh', '-c', 'ulimit -n 128 && exec "$0" -c "$1"', sys.executable, code],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr[-200:])
