"""JSON (JavaScript Object Notation) encoding and decoding.

dumps/dump turn Python values into JSON text and loads/load parse it back,
with the options of CPython's json module; the work is done in Go by the
_json module, which json.encoder and json.decoder wrap.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'Adder'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def _all_default(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text to fp, a file opened for writing text
    (anything with a .write(str) method); see dumps for the options."""
    options = (skipkeys, ensure_ascii, check_circular, allow_nan,
               indent, separators, default, sort_keys, kw)
    if _all_default(cls, *options):
        encoder = _default_encoder
    else:
        encoder = _encoder_for(cls, *options)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys drops dict keys that are not str, int, float, bool or None
    (instead of raising TypeError); ensure_ascii escapes every non-ASCII
    character; check_circular detects reference cycles (ValueError);
    allow_nan writes NaN and Infinity (not strict JSON) instead of raising
    ValueError; indent (a count of spaces or a string) pretty-prints;
    separators is an (item_separator, key_separator) pair; default(obj)
    returns a serializable version of an object JSON cannot hold;
    sort_keys sorts dict keys; cls is a JSONEncoder subclass to use.
    """
    options = (skipkeys, ensure_ascii, check_circular, allow_nan,
               indent, separators, default, sort_keys, kw)
    if _all_default(cls, *options):
        return _default_encoder.encode(obj)
    return _encoder_for(cls, *options).encode(obj)


def _guess_encoding(b):
    """The encoding of JSON bytes b: a BOM names it; otherwise the pattern
    of zero bytes among the first four tells UTF-16 and UTF-32 apart (JSON
    text starts with an ASCII character)."""
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


detect_encoding = _guess_encoding


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with .read());
    see loads for the options."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document).

    object_hook(dict) replaces each decoded object; object_pairs_hook(list
    of pairs) does too, with the pairs in document order, and wins over
    object_hook. parse_float(text), parse_int(text) and
    parse_constant('NaN' | 'Infinity' | '-Infinity') convert numbers.
    cls is a JSONDecoder subclass to use; other keywords go to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = _guess_encoding(s)
        if encoding == 'utf-8-sig':
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
