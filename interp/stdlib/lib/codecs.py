"""Codec registry, base classes and helpers (CPython 3.11's codecs API).

The built-in codecs and the error handlers are implemented in Go (_codecs);
this module gives them CodecInfo objects with incremental and stream
classes, and adds the bytes-to-bytes and str-to-str codecs (hex, base64,
zlib, rot13) written in Python.
"""

import builtins
import sys

from _codecs import (register, unregister, lookup, register_error, lookup_error,
                     utf_8_encode, utf_8_decode, ascii_encode, ascii_decode,
                     latin_1_encode, latin_1_decode, utf_16_le_encode, utf_16_le_decode,
                     utf_16_be_encode, utf_16_be_decode, utf_16_decode, utf_32_le_encode,
                     utf_32_le_decode, utf_32_be_encode, utf_32_be_decode, utf_32_decode,
                     unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode)
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
# Old names.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps unencoded input between calls in
    self.buffer; subclasses define _buffer_encode(input, errors, final)
    returning (output, length consumed)."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps undecoded input between calls in
    self.buffer; subclasses define _buffer_decode(input, errors, final)
    returning (output, bytes consumed)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                lines = newchars.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(keepends=False)[0]
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if isinstance(data, str) and data.endswith("\r") or \
                   isinstance(data, bytes) and data.endswith(b"\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Translates data between two encodings: read() decodes the stream
    with Reader and encodes with encode; write() the other way round."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped file that recodes data_encoding to file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def _check_str_args(fname, encoding, errors):
    # _codecs.encode and decode's argument errors, as Argument Clinic words them.
    for name, v in (('encoding', encoding), ('errors', errors)):
        if not isinstance(v, str):
            kind = 'None' if v is None else type(v).__name__
            raise TypeError(f"{fname}() argument '{name}' must be str, not {kind}")


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    _check_str_args('encode', encoding, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    _check_str_args('decode', encoding, errors)
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; targets mapped from several keys map to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")
xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
backslashreplace_errors = lookup_error("backslashreplace")
namereplace_errors = lookup_error("namereplace")


# The functions of _codecs that take more than the generic arguments.

def utf_16_encode(str, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_16_le_encode(str, errors)
    if byteorder > 0:
        return utf_16_be_encode(str, errors)
    return _codecs.utf_16_encode(str, errors)


def utf_32_encode(str, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_32_le_encode(str, errors)
    if byteorder > 0:
        return utf_32_be_encode(str, errors)
    return _codecs.utf_32_encode(str, errors)


def _ex_decode(data, errors, byteorder, final, bom, le, be, default):
    data = bytes(data)
    if byteorder == 0:
        if data[:len(bom[0])] == bom[0]:
            s, n = le(data[len(bom[0]):], errors, final)
            return s, n + len(bom[0]), -1
        if data[:len(bom[1])] == bom[1]:
            s, n = be(data[len(bom[1]):], errors, final)
            return s, n + len(bom[1]), 1
        s, n = default(data, errors, final)
        return s, n, 0
    s, n = (le if byteorder < 0 else be)(data, errors, final)
    return s, n, byteorder


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, (BOM_UTF16_LE, BOM_UTF16_BE),
                      utf_16_le_decode, utf_16_be_decode, utf_16_le_decode)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, (BOM_UTF32_LE, BOM_UTF32_BE),
                      utf_32_le_decode, utf_32_be_decode, utf_32_le_decode)


def readbuffer_encode(data, errors=None):
    data = data.encode() if isinstance(data, str) else bytes(data)
    return data, len(data)


_byte_escapes = {ord('\\'): b'\\\\', ord("'"): b"\\'", ord('\t'): b'\\t', ord('\n'): b'\\n', ord('\r'): b'\\r'}


def escape_encode(data, errors=None):
    """Escape bytes as in a bytes literal (without the quotes)."""
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    out = bytearray()
    for b in data:
        if b in _byte_escapes:
            out += _byte_escapes[b]
        elif b < 0x20 or b >= 0x7f:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return bytes(out), len(data)


def escape_decode(data, errors=None):
    """Decode the escapes of a bytes literal."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    simple = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('b'): 8, ord('f'): 12, ord('t'): 9,
              ord('n'): 10, ord('r'): 13, ord('v'): 11, ord('a'): 7}
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in simple:
            out.append(simple[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) < 2:
                    raise ValueError
                out.append(int(digits, 16))
                i += 2
            except ValueError:
                if errors == 'ignore':
                    continue
                if errors == 'replace':
                    out.append(ord('?'))
                    continue
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
        else:
            out += bytes((0x5c, c))
    return bytes(out), len(data)


def charmap_build(decoding_table):
    """Return the encoding map of a 256-character decoding table."""
    return {ord(c): i for i, c in reversed(list(enumerate(decoding_table)))}


def charmap_decode(data, errors=None, mapping=None):
    """Decode bytes through mapping: a str (one character per byte) or a
    dict of byte values to str, int or None; None means latin-1."""
    data = bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    while i < len(data):
        b = data[i]
        try:
            c = mapping[b]
        except (IndexError, KeyError, LookupError):
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, "character maps to <undefined>")
            repl, i = lookup_error(errors or 'strict')(exc)
            out.append(repl)
            continue
        out.append(c)
        i += 1
    return ''.join(out), len(data)


def charmap_encode(str, errors=None, mapping=None):
    """Encode str through mapping: a dict of code points to int, bytes or
    None; None means latin-1."""
    if mapping is None:
        return latin_1_encode(str, errors)

    def one(ch):
        v = mapping.get(ord(ch))
        if v is None:
            return None
        return bytes((v,)) if isinstance(v, int) else v

    out = []
    i = 0
    while i < len(str):
        b = one(str[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < len(str) and one(str[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', str, i, j, "character maps to <undefined>")
        repl, pos = lookup_error(errors or 'strict')(exc)
        if isinstance(repl, str):
            for ch in repl:
                b = one(ch)
                if b is None:
                    raise exc
                out.append(b)
        else:
            out.append(bytes(repl))
        i = pos
    return b''.join(out), len(str)


# CodecInfo objects for the built-in codecs.

def _stateless_classes(encode, decode):
    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return IncEncoder, IncDecoder


def _builtin_info(module, name):
    def encode(input, errors='strict'):
        return _codecs._encode(module, input, errors)

    def decode(input, errors='strict'):
        return _codecs._decode(module, input, errors, True)

    inc_encoder, inc_decoder = _stateless_classes(encode, decode)
    if module in ('utf_8', 'utf_16_le', 'utf_16_be', 'utf_32_le', 'utf_32_be',
                  'unicode_escape', 'raw_unicode_escape'):
        class inc_decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return _codecs._decode(module, input, errors, final)
    elif module in ('utf_16', 'utf_32', 'utf_8_sig'):
        inc_encoder, inc_decoder = _bom_classes(module)

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = inc_encoder(errors)

        def encode(self, input, errors='strict'):
            self._encoder.errors = errors
            return self._encoder.encode(input), len(input)

        def reset(self):
            self._encoder.reset()

    class Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self._decoder = inc_decoder(errors)

        def decode(self, input, errors='strict'):
            decoder = self._decoder
            decoder.errors = errors
            if isinstance(decoder, BufferedIncrementalDecoder):
                decoder.buffer = b""
            s = decoder.decode(input)
            return s, len(input) - len(decoder.getstate()[0])

        def reset(self):
            StreamReader.reset(self)
            self._decoder.reset()

    _name_classes(module, inc_encoder, inc_decoder, Reader, Writer)
    return CodecInfo(encode, decode, Reader, Writer, inc_encoder, inc_decoder, name)


def _name_classes(module, inc_encoder, inc_decoder, reader, writer):
    """Name a codec's classes as the encodings module's are named."""
    for cls, kind in ((inc_encoder, 'IncrementalEncoder'), (inc_decoder, 'IncrementalDecoder'),
                      (writer, 'StreamWriter'), (reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = 'encodings.' + module


def _bom_classes(module):
    """Incremental classes of the codecs that start with a byte order
    mark: the encoder writes it once, the decoder reads it (utf-16, utf-32:
    choosing the byte order) and continues with the fixed-order codec."""
    bom_size = {'utf_16': 2, 'utf_32': 4, 'utf_8_sig': 3}[module]
    boms = {'utf_16': ((BOM_UTF16_LE, 'utf_16_le'), (BOM_UTF16_BE, 'utf_16_be')),
            'utf_32': ((BOM_UTF32_LE, 'utf_32_le'), (BOM_UTF32_BE, 'utf_32_be')),
            'utf_8_sig': ((BOM_UTF8, 'utf_8'),)}[module]
    body = {'utf_16': 'utf_16_le', 'utf_32': 'utf_32_le', 'utf_8_sig': 'utf_8'}[module]
    ex_decode = utf_32_ex_decode if module == 'utf_32' else utf_16_ex_decode

    class BOMEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return _codecs._encode(module, input, self.errors)[0]
            return _codecs._encode(body, input, self.errors)[0]

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class BOMDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = None

        def _buffer_decode(self, input, errors, final):
            if self.codec is not None:
                return _codecs._decode(self.codec, input, errors, final)
            if module == 'utf_8_sig':
                if len(input) < 3 and BOM_UTF8.startswith(input):
                    return "", 0  # even when final, as CPython
                self.codec = 'utf_8'
                skip = 3 if input.startswith(BOM_UTF8) else 0
                s, n = _codecs._decode('utf_8', input[skip:], errors, final)
                return s, n + skip
            # As CPython: the stream must start with a BOM, which chooses
            # the byte order.
            s, n, order = ex_decode(input, errors, 0, final)
            if order:
                self.codec = boms[0 if order < 0 else 1][1]
            elif n >= bom_size:
                raise UnicodeError("%s stream does not start with BOM" % module[:6].upper().replace('_', '-'))
            return s, n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = None

    return BOMEncoder, BOMDecoder


# Codecs written in Python: bytes-to-bytes and str-to-str.

def _transform_info(name, encode, decode):
    inc_encoder, inc_decoder = _stateless_classes(encode, decode)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    _name_classes(name, inc_encoder, inc_decoder, Reader, Writer)
    return CodecInfo(encode, decode, Reader, Writer, inc_encoder, inc_decoder, name,
                     _is_text_encoding=False)


def _check_strict(errors):
    if errors != 'strict':
        raise ValueError("Unsupported error handling mode: %r" % errors)


def _strict_transform_info(name, module, encoder, decoder):
    """CodecInfo of a bytes-to-bytes codec that only supports strict errors
    and whose encode and decode call the functions named encoder and
    decoder of module (imported on first lookup)."""
    mod = __import__(module)

    def encode(input, errors='strict'):
        _check_strict(errors)
        return getattr(mod, encoder)(input), len(input)

    def decode(input, errors='strict'):
        _check_strict(errors)
        return getattr(mod, decoder)(input), len(input)
    return _transform_info(name, encode, decode)


def _hex_info():
    return _strict_transform_info('hex', 'binascii', 'b2a_hex', 'a2b_hex')


def _base64_info():
    return _strict_transform_info('base64', 'binascii', 'b2a_base64', 'a2b_base64')


def _zlib_info():
    return _strict_transform_info('zlib', 'zlib', 'compress', 'decompress')


def _rot13_info():
    table = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                          'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')

    def rot13(input, errors='strict'):
        return str.translate(input, table), len(input)
    return _transform_info('rot-13', rot13, rot13)


_python_codecs = {'hex_codec': _hex_info, 'base64_codec': _base64_info,
                  'zlib_codec': _zlib_info, 'rot_13': _rot13_info}


def _search(encoding):
    module, name = _codecs._resolve(encoding)
    if name is not None:
        return _builtin_info(module, name)
    make = _python_codecs.get(module)
    return make() if make is not None else None


register(_search)
