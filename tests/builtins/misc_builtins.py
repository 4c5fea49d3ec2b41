# hex/oct via format, callable, frozenset/set/dict/list constructors, slice, object, memoryview, bytearray.
print(list('ab'), tuple('ab'), set('aab') == {'a', 'b'}, frozenset('ab') == {'a', 'b'}, dict(a=1))
print(list(range(3)), list(map(int, '123')), dict([('a', 1), ['b', 2]]), dict(zip('xy', [1, 2])))
print(slice(1, 2, 3), slice(None), bytes(2), bytearray(2), complex(1), float(), int(), str(), bool())
for bad in [lambda: list(1), lambda: tuple(None), lambda: set(1), lambda: dict(1), lambda: frozenset(1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
import builtins
names = ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'callable',
         'chr', 'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec',
         'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input',
         'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next',
         'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set',
         'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', '__import__']
print([n for n in names if not hasattr(builtins, n)])
print(builtins.len is len, builtins.__name__)
import math
print(__import__('math') is math, __import__('os.path').__name__)
