# Attributes and messages of built-in exceptions.
try:
    open('/nonexistent/dir/file')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
e = OSError(2, 'No such file')
print(type(e).__name__, e.errno, e)
print(type(OSError(13, 'denied')).__name__, type(OSError(17, 'exists')).__name__)
try:
    {}['k']
except KeyError as e:
    print(repr(e), str(e), e.args)
print(str(KeyError('a', 'b')), str(KeyError()), str(KeyError('')))
try:
    [].pop()
except IndexError as e:
    print(repr(e))
try:
    int('x')
except ValueError as e:
    print(repr(e))
try:
    import nonexistent_mod_abc
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    None.x
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_zz
except NameError as e:
    print(e.name)
s = StopIteration(5)
print(s.value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
names = ['ArithmeticError', 'AssertionError', 'BufferError', 'EOFError', 'FloatingPointError', 'GeneratorExit',
         'LookupError', 'MemoryError', 'NotImplementedError', 'OverflowError', 'ReferenceError', 'RuntimeError',
         'StopAsyncIteration', 'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'UnboundLocalError',
         'UnicodeError', 'ZeroDivisionError', 'ConnectionError', 'TimeoutError', 'PermissionError', 'IsADirectoryError']
import builtins
print([(n, getattr(builtins, n).__bases__[0].__name__) for n in names])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(TabError, SyntaxError), IOError is OSError, EnvironmentError is OSError)
se = SyntaxError('msg', ('f.py', 3, 4, 'bad line', 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
