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
