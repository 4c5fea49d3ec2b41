"""Serialize Python objects to bytes and back (protocols 0 to 5).

dumps/dump write the pickle of an object: a program for the unpickling
machine, a stack of objects plus a memo of the objects already built, so
shared and recursive structures come back shared. loads/load run it.
The bytes produced are those of CPython 3.11's C pickler for the same
protocol: the same opcodes, memo indices and framing (protocol 4 and up
group opcodes into frames of about 64 KiB)."""

from types import FunctionType
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from copyreg import _reconstructor
from itertools import islice
from functools import partial
import sys
from sys import maxsize
from struct import pack, unpack
import re
import io

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an
    object, such as a security violation."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


PyStringMap = None

# The opcodes, one byte each; the comment says what each pushes.
MARK = b'('              # push the mark
STOP = b'.'              # every pickle ends with STOP
POP = b'0'               # discard the top of the stack
POP_MARK = b'1'          # discard the stack down to the topmost mark
DUP = b'2'               # duplicate the top of the stack
FLOAT = b'F'             # float from a decimal text line
INT = b'I'               # int from a decimal text line (or bool: 00, 01)
BININT = b'J'            # 4-byte signed int
BININT1 = b'K'           # 1-byte unsigned int
LONG = b'L'              # int from a decimal text line ending in L
BININT2 = b'M'           # 2-byte unsigned int
NONE = b'N'              # None
PERSID = b'P'            # persistent object, id from a text line
BINPERSID = b'Q'         # persistent object, id from the stack
REDUCE = b'R'            # callable(*args) from the top two items
STRING = b'S'            # str from a quoted repr line (protocol 0)
BINSTRING = b'T'         # str, 4-byte length
SHORT_BINSTRING = b'U'   # str, 1-byte length
UNICODE = b'V'           # str from a raw-unicode-escaped line
BINUNICODE = b'X'        # str, UTF-8, 4-byte length
APPEND = b'a'            # append the top to the list below it
BUILD = b'b'             # __setstate__ or update __dict__
GLOBAL = b'c'            # module.name from two text lines
DICT = b'd'              # dict from the items above the mark
EMPTY_DICT = b'}'        # {}
APPENDS = b'e'           # extend the list below the mark
GET = b'g'               # memo item, index from a text line
BINGET = b'h'            # memo item, 1-byte index
INST = b'i'              # instance of module.name, args above the mark
LONG_BINGET = b'j'       # memo item, 4-byte index
LIST = b'l'              # list from the items above the mark
EMPTY_LIST = b']'        # []
OBJ = b'o'               # instance of the class above the mark
PUT = b'p'               # memoize the top, index from a text line
BINPUT = b'q'            # memoize the top, 1-byte index
LONG_BINPUT = b'r'       # memoize the top, 4-byte index
SETITEM = b's'           # dict[key] = value from the top two items
TUPLE = b't'             # tuple from the items above the mark
EMPTY_TUPLE = b')'       # ()
SETITEMS = b'u'          # dict updates from the pairs above the mark
BINFLOAT = b'G'          # float, 8-byte big-endian IEEE 754

TRUE = b'I01\n'          # True, protocol 0 and 1
FALSE = b'I00\n'         # False, protocol 0 and 1

# Protocol 2
PROTO = b'\x80'          # protocol version, 1 byte
NEWOBJ = b'\x81'         # cls.__new__(cls, *args)
EXT1 = b'\x82'           # extension registry code, 1 byte
EXT2 = b'\x83'           # extension registry code, 2 bytes
EXT4 = b'\x84'           # extension registry code, 4 bytes
TUPLE1 = b'\x85'         # 1-tuple of the top
TUPLE2 = b'\x86'         # 2-tuple of the top two
TUPLE3 = b'\x87'         # 3-tuple of the top three
NEWTRUE = b'\x88'        # True
NEWFALSE = b'\x89'       # False
LONG1 = b'\x8a'          # int, little-endian two's complement, 1-byte length
LONG4 = b'\x8b'          # int, little-endian two's complement, 4-byte length

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3
BINBYTES = b'B'          # bytes, 4-byte length
SHORT_BINBYTES = b'C'    # bytes, 1-byte length

# Protocol 4
SHORT_BINUNICODE = b'\x8c'  # str, UTF-8, 1-byte length
BINUNICODE8 = b'\x8d'    # str, UTF-8, 8-byte length
BINBYTES8 = b'\x8e'      # bytes, 8-byte length
EMPTY_SET = b'\x8f'      # set()
ADDITEMS = b'\x90'       # add the items above the mark to the set below
FROZENSET = b'\x91'      # frozenset of the items above the mark
NEWOBJ_EX = b'\x92'      # cls.__new__(cls, *args, **kwargs)
STACK_GLOBAL = b'\x93'   # module.name from the top two strings
MEMOIZE = b'\x94'        # memoize the top at the next index
FRAME = b'\x95'          # a frame follows, 8-byte length

# Protocol 5
BYTEARRAY8 = b'\x96'     # bytearray, 8-byte length
NEXT_BUFFER = b'\x97'    # the next out-of-band buffer
READONLY_BUFFER = b'\x98'  # make the top buffer read-only

__all__.extend(x for x in dir() if re.match("[A-Z][A-Z0-9_]+$", x))

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Names that moved between Python 2 and 3, for protocols 0 to 2 (which
# Python 2 reads): module renames, then (module, name) renames.
_IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'repr': 'reprlib',
    'cPickle': 'pickle',
    '_abcoll': 'collections.abc',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    'StringIO': 'io',
    'cStringIO': 'io',
    'exceptions': 'builtins',
    'thread': '_thread',
    'dummy_thread': '_dummy_thread',
}

_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('string', 'letters'): ('string', 'ascii_letters'),
    ('string', 'lowercase'): ('string', 'ascii_lowercase'),
    ('string', 'uppercase'): ('string', 'ascii_uppercase'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
    # CPython's C pickler writes bytes as _codecs.encode(text, 'latin1').
    ('_codecs', 'encode'): ('codecs', 'encode'),
}

_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__',
    'copyreg': 'copy_reg',
    'queue': 'Queue',
    'reprlib': 'repr',
    '_thread': 'thread',
    '_dummy_thread': 'dummy_thread',
}

_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'UserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'Exception'): ('exceptions', 'Exception'),
}
# Python 2 had the built-in exceptions in their own module.
for _name in ('ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
              'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
              'EnvironmentError', 'FloatingPointError', 'FutureWarning',
              'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
              'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
              'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
              'OSError', 'OverflowError', 'PendingDeprecationWarning',
              'ReferenceError', 'RuntimeError', 'RuntimeWarning', 'StopIteration',
              'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
              'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
              'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
              'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
              'ZeroDivisionError'):
    _REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
    _NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
del _name


# Protocol 0 writes text in the raw-unicode-escape encoding: characters
# below U+0100 as their Latin-1 byte, others as \uXXXX or \UXXXXXXXX.
def _raw_unicode_escape(text):
    try:
        return text.encode('latin-1')
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


_RAW_ESCAPE = re.compile(rb'(\\+)(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})?')


def _raw_unicode_unescape(data):
    def one(m):
        slashes, escape = m.group(1), m.group(2)
        # An escape needs an odd number of backslashes before it.
        if escape is None or len(slashes) % 2 == 0:
            return m.group(0).decode('latin-1')
        return slashes[:-1].decode('latin-1') + chr(int(escape[1:], 16))
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    parts = []
    last = 0
    for m in _RAW_ESCAPE.finditer(data):
        parts.append(data[last:m.start()].decode('latin-1'))
        parts.append(one(m))
        last = m.end()
    parts.append(data[last:].decode('latin-1'))
    return ''.join(parts)


_SIMPLE_ESCAPES = {b'\\'[0]: 0x5c, b"'"[0]: 0x27, b'"'[0]: 0x22, b'a'[0]: 7, b'b'[0]: 8,
                   b'f'[0]: 12, b'n'[0]: 10, b'r'[0]: 13, b't'[0]: 9, b'v'[0]: 11}


def _escape_decode(data):
    """The bytes a Python 2 string literal's body stands for (the STRING
    opcode's argument)."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == b'x'[0]:
            digits = data[i:i + 2]
            if len(digits) < 2 or not all(d in b'0123456789abcdefABCDEF' for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """What the global _codecs.encode, in pickles of bytes made with
    protocols 0 to 2, stands for."""
    return obj.encode(encoding, errors)


# Reductions of built-in objects that CPython's types define and Adder's
# types lack today (their __reduce__ is object's); see COVERAGE-f.md.
def _reduce_builtin_function(obj):
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        return obj.__qualname__
    return getattr, (owner, obj.__name__)


_ADDER_REDUCERS = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    type(len): _reduce_builtin_function,
    type(...): lambda obj: 'Ellipsis',
    type(NotImplemented): lambda obj: 'NotImplemented',
}


def _reduce_ex_v1(obj, proto):
    """object.__reduce_ex__ for protocols 0 and 1: rebuild with
    copyreg._reconstructor from the nearest built-in base's value."""
    cls = type(obj)
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    if cls.__getstate__ is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    state = obj.__getstate__()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _missing_reduce(obj, cls, proto):
    """The reduction CPython would use for obj where Adder's built-in
    __reduce_ex__ cannot give it, or None to use obj.__reduce_ex__."""
    if cls.__reduce_ex__ is not object.__reduce_ex__ or cls.__reduce__ is not object.__reduce__:
        return None
    reducer = _ADDER_REDUCERS.get(cls)
    if reducer is not None:
        return reducer(obj)
    if proto < 2:
        return _reduce_ex_v1(obj, proto)
    return None


class _Framer:
    """Groups what the pickler writes into FRAME opcodes (protocol 4+):
    a frame is written out when it reaches _FRAME_SIZE_TARGET bytes, and
    frames under _FRAME_SIZE_MIN bytes go out without a FRAME header."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        frame = self.current_frame
        if not frame or (frame.tell() < _FRAME_SIZE_TARGET and not force):
            return
        data = frame.getvalue()
        if len(data) >= _FRAME_SIZE_MIN:
            self.file_write(FRAME + pack("<Q", len(data)))
        self.file_write(data)
        self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        # A large payload goes out unframed, after the frame so far.
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class _Unframer:
    """Reads a pickle, from the current frame when inside one."""

    def __init__(self, file_read, file_readline, file_readinto=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != b'\n'[0]:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self.current_frame = io.BytesIO(data)


def _getattribute(obj, name):
    """obj.a.b.c for name 'a.b.c', and the object holding the last part."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.

    >>> encode_long(255)
    b'\xff\x00'
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string.

    >>> decode_long(b'\xff\x00')
    255
    """
    return int.from_bytes(data, byteorder='little', signed=True)


def _bad_protocol(protocol):
    raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)


class _Pickler:
    """Writes pickles of objects to a binary file (an object with write)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            _bad_protocol(protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        # id(obj) -> (memo index, obj); obj is kept alive so ids stay unique.
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        if id(obj) in self.memo:
            raise PicklingError("BUG: pickle: memoizing an object twice")
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()

        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return

        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(self.get(seen[0]))
            return

        rv = NotImplemented
        reducer_override = getattr(self, "reducer_override", None)
        if reducer_override is not None:
            rv = reducer_override(obj)

        if rv is NotImplemented:
            t = type(obj)
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
                return

            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = _missing_reduce(obj, t, self.proto)
                    if rv is None:
                        rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            self.write(PERSID + str(pid).encode("ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # A recursive reference in args may have memoized obj already.
            seen = self.memo.get(id(obj))
            if seen is not None:
                write(POP + self.get(seen[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # The savers of the built-in types, by exact type.
    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + pack("<B", obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + pack("<H", obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_sized(self, short, long, long8, data):
        """Write data after the opcode for its length: short (1-byte length),
        long (4-byte) or long8 (8-byte, protocol 4+)."""
        n = len(data)
        if n <= 0xff and short is not None:
            self.write(short + pack("<B", n) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(long8 + pack("<Q", n), data)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(long + pack("<I", n), data)
        else:
            self.write(long + pack("<I", n) + data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                # As CPython's C pickler: _codecs.encode(text, 'latin1').
                seen = self.memo.get(id(_codecs_encode))
                if seen is not None:
                    self.write(self.get(seen[0]))
                else:
                    self._save_global_name('_codecs', 'encode')
                    self.memoize(_codecs_encode)
                self.save((str(obj, 'latin1'), 'latin1'))
                self.write(REDUCE)
                self.memoize(obj)
            return
        self._save_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            self._save_sized(SHORT_BINUNICODE if self.proto >= 4 else None,
                             BINUNICODE, BINUNICODE8, encoded)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                       .replace("\n", "\\u000a").replace("\r", "\\u000d")
                       .replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # The tuple may have been pickled by a recursive reference
            # from one of its items: drop what was built, use the memo.
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            self.write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    _BATCHSIZE = 1000

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, self._BATCHSIZE))
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < self._BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, self._BATCHSIZE))
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < self._BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, self._BATCHSIZE))
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < self._BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def _save_global_name(self, module_name, name):
        """Write the opcodes that push module_name.name (without memo)."""
        if self.proto >= 4:
            # Interned, as CPython's identifiers are, so that repeated
            # names hit the memo as they do there.
            self.save(sys.intern(module_name))
            self.save(sys.intern(name))
            self.write(STACK_GLOBAL)
            return
        if self.fix_imports:
            if (module_name, name) in _REVERSE_NAME_MAPPING:
                module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
            elif module_name in _REVERSE_IMPORT_MAPPING:
                module_name = _REVERSE_IMPORT_MAPPING[module_name]
        encoding = "utf-8" if self.proto >= 3 else "ascii"
        try:
            self.write(GLOBAL + bytes(module_name, encoding) + b'\n'
                       + bytes(name, encoding) + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using "
                                "pickle protocol %i" % (module_name, name, self.proto)) from None

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto < 4 and parent is not module:
            # A nested name: getattr(parent, lastname).
            self.save_reduce(getattr, (parent, lastname))
        else:
            self._save_global_name(module_name, name)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[FunctionType] = save_global
    dispatch[type] = save_type


class _Unpickler:
    """Reads pickles from a binary file (an object with read and readline)
    and rebuilds the objects."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file and
        return the reconstituted object hierarchy."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self.dispatch
        first = True
        try:
            while True:
                key = read(1)
                if not key:
                    if first:
                        raise EOFError("Ran out of input")
                    raise UnpicklingError("pickle data was truncated")
                first = False
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key[0]))
                op(self)
        except _Stop as stopinst:
            return stopinst.value

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_counted(self, fmt, width, opname):
        """Reads a little-endian length (struct format fmt, width bytes)
        and then that many bytes; opname names the opcode when the length
        exceeds sys.maxsize."""
        n, = unpack(fmt, self._read_exact(width))
        if n > maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes" % (opname, maxsize))
        return self._read_exact(n)

    def _read_line(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def pop_mark(self):
        # Callers must not hold self.append across this call: it changes.
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._read_exact(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._read_line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._read_line()
        if data == b'00':
            self.append(False)
        elif data == b'01':
            self.append(True)
        else:
            self.append(int(data, 0))
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read_exact(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read_exact(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._read_line()
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._read_line()))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read_exact(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        # Python 2 str: bytes with encoding="bytes", else decoded text.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._read_line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        self.append(self._read_counted('<I', 4, 'BINBYTES'))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._read_line()))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        self.append(str(self._read_counted('<I', 4, 'BINUNICODE'), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        self.append(str(self._read_counted('<Q', 8, 'BINUNICODE8'), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        self.append(self._read_counted('<Q', 8, 'BINBYTES8'))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        self.append(bytearray(self._read_counted('<Q', 8, 'BYTEARRAY8')))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self.stack[-1]
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._read_line().decode("ascii")
        name = self._read_line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._read_line().decode("utf-8")
        name = self._read_line().decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._read_exact(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self._read_exact(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self._read_exact(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        """Return module.name, importing module (Python 2 names mapped
        when fix_imports and the protocol is below 3)."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if (module, name) in (('_codecs', 'encode'), ('codecs', 'encode')):
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._read_line()))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read_exact(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def _memo_put(self, i):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_put(self):
        self._memo_put(int(self._read_line()))
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self._memo_put(self._read_exact(1)[0])
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._read_exact(4))
        if i > maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(i)
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self._memo_put(len(self.memo))
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self.stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        raise _Stop(self._pop())
    dispatch[STOP[0]] = load_stop


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(s, str):
        raise TypeError("Can't load pickle from unicode string")
    return _Unpickler(io.BytesIO(s), fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


Pickler, Unpickler = _Pickler, _Unpickler
dump, dumps, load, loads = _dump, _dumps, _load, _loads
