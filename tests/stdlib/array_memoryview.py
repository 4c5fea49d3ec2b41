# memoryview over array.array: formats, item sizes, writes through the
# view, and no resizing while a view is alive.
from array import array

a = array('d', [1.0, 2.5, -3.0])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.obj is a)
m[1] = 7.0
print(a)
print(memoryview(array('i', [1, 2, 3])).cast('B').tolist())
print(memoryview(array('h', [1, -1])) == memoryview(array('l', [1, -1])))
print(memoryview(array('d', [1.5])) == memoryview(array('f', [1.5])))
for op in ('append', 'extend', 'pop', 'insert', 'remove', 'frombytes', 'iadd', 'imul', 'del', 'slice'):
    b = array('i', [1, 2, 3])
    v = memoryview(b)
    try:
        if op == 'append':
            b.append(4)
        elif op == 'extend':
            b.extend([4])
        elif op == 'pop':
            b.pop()
        elif op == 'insert':
            b.insert(0, 9)
        elif op == 'remove':
            b.remove(2)
        elif op == 'frombytes':
            b.frombytes(bytes(4))
        elif op == 'iadd':
            b += array('i', [5])
        elif op == 'imul':
            b *= 2
        elif op == 'del':
            del b[0]
        elif op == 'slice':
            b[0:1] = array('i', [7, 8])
    except BufferError as e:
        print(op, type(e).__name__, e)
    v.release()
    b.append(4)
    print(op, b)
b = array('i', [1, 2, 3])
with memoryview(b) as v:
    b[0:2] = array('i', [5, 6])
    print(v.tolist())
b.append(1)
print(b)
try:
    memoryview(array('u', 'ab'))
except Exception as e:
    print(type(e).__name__, e)
