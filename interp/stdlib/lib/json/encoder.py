"""JSONEncoder; the encoding itself is _json's (Go)."""

from _json import (encode_basestring_ascii as c_encode_basestring_ascii,
                   encode_basestring as c_encode_basestring,
                   make_encoder as c_make_encoder)

__all__ = ['JSONEncoder']

INFINITY = float('inf')

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON:

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses, such as IntEnum) -> number, True/False ->
    true/false, None -> null.

    Override default(o) in a subclass to encode other objects: return
    something serializable, or raise TypeError (what the base class does).
    The constructor's options are those of json.dumps.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterable of strings whose concatenation is the JSON
        text of o (for writing it out piece by piece)."""
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            encoder = encode_basestring_ascii
        else:
            encoder = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        encode = c_make_encoder(markers, self.default, encoder, indent,
                                self.key_separator, self.item_separator,
                                self.sort_keys, self.skipkeys, self.allow_nan)
        return encode(o, 0)
