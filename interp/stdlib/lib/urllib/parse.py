"""Split URLs into components and put them back together, resolve relative
URLs, percent-encode and decode strings, and read and write query strings
(RFC 3986, with the lenient behaviour of CPython 3.11's urllib.parse).

Every function takes str or bytes; bytes are decoded as ASCII and results
are encoded back, so bytes in gives bytes out. Mixing the two raises
TypeError.
"""

import re
import types as _types
import warnings
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes whose URLs may be relative, carry a netloc, carry ;params, ...
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are stripped (WHATWG URL standard);
# tabs and newlines anywhere are removed.
_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(33)))
_UNSAFE_CHARS = ('\t', '\r', '\n')


def clear_cache():
    """Clear the parse cache (Adder's urllib.parse keeps none)."""


# --- str/bytes handling ---------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Return args as str plus a function that turns a str result back
    into the caller's type."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


# --- result types ---------------------------------------------------------

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port read from the netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id keeps its case.
        sep = '%' if isinstance(hostname, str) else b'%'
        host, percent, zone = hostname.partition(sep)
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(_types.GenericAlias)


def _netloc_parts(netloc, at, colon, open_br, close_br):
    userinfo, have_info, hostinfo = netloc.rpartition(at)
    if have_info:
        username, have_password, password = userinfo.partition(colon)
        if not have_password:
            password = None
    else:
        username = password = None
    _, have_open_br, bracketed = hostinfo.partition(open_br)
    if have_open_br:
        hostname, _, port = bracketed.partition(close_br)
        _, _, port = port.partition(colon)
    else:
        hostname, _, port = hostinfo.partition(colon)
    return username, password, hostname, port or None


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_parts(self.netloc, '@', ':', '[', ']')[:2]

    @property
    def _hostinfo(self):
        return _netloc_parts(self.netloc, '@', ':', '[', ']')[2:]


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_parts(self.netloc, b'@', b':', b'[', b']')[:2]

    @property
    def _hostinfo(self):
        return _netloc_parts(self.netloc, b'@', b':', b'[', b']')[2:]


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

# Shared base of the result types, kept for compatibility.
ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """A URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """The five components urlsplit() finds."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """The six components urlparse() finds."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes),
                     (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


# --- splitting and joining ------------------------------------------------

def _check_ipv6(host):
    """Whether host (without brackets and zone) is an IPv6 address."""
    if host.count('::') > 1:
        return False
    groups = host.split(':')
    if '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if '::' in host:
        if len(groups) > 9:
            return False
        # '::' yields empty strings at its place (and at an end it touches).
        filled = [g for g in groups if g]
        if len(filled) > 7:
            return False
        if host.startswith(':') and not host.startswith('::'):
            return False
        if host.endswith(':') and not host.endswith('::'):
            return False
    else:
        if len(groups) != 8:
            return False
        filled = groups
    return all(1 <= len(g) <= 4 and all(c in '0123456789abcdefABCDEF' for c in g)
               for g in filled)


def _is_ipv4(host):
    parts = host.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not (p.isascii() and p.isdigit()) or len(p) > 3 or int(p) > 255:
            return False
        if len(p) > 1 and p[0] == '0':
            return False
    return True


_IPVFUTURE = re.compile(r'\Av[a-fA-F0-9]+\..+\Z')


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _IPVFUTURE.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    addr, _, zone = host.partition('%')
    if not _check_ipv6(addr) or (_ and not zone):
        raise ValueError(f'{host!r} does not appear to be an IPv4 or IPv6 address')


def _check_netloc(netloc):
    """Reject netlocs whose NFKC normalization brings in URL delimiters."""
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        # Without unicodedata (not in Adder yet) the check cannot be made.
        return
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0 and i < end:
            end = i
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment); scheme is
    the default scheme when url has none. Returns a SplitResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            bracketed = netloc.partition('[')[2].partition(']')[0]
            _check_bracketed_host(bracketed)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return coerce(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, params, query, fragment).
    Returns a ParseResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    else:
        params = ''
    return coerce(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Join a 5-tuple as urlsplit() returns it back into a URL."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Join a 6-tuple as urlparse() returns it back into a URL."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the absolute URL base."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dir = bpath.split('/')
        if base_dir[-1] != '':
            del base_dir[-1]
        segments = base_dir + path.split('/')
        # Empty segments in the middle collapse; the ends keep theirs.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    path = '/'.join(_remove_dot_segments(segments)) or '/'
    return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """Split url into the URL without its fragment and the fragment."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag, defrag = '', url
    return coerce(DefragResult(defrag, frag))


# --- percent-encoding -----------------------------------------------------

_HEX = '0123456789ABCDEFabcdef'
_HEX_TO_BYTE = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEX for b in _HEX}


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'."""
    if not string:
        string.split  # a TypeError for None and other non-strings
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    out = [bits[0]]
    for item in bits[1:]:
        byte = _HEX_TO_BYTE.get(item[:2])
        if byte is None:
            out.append(b'%')
            out.append(item)
        else:
            out.append(byte)
            out.append(item[2:])
    return b''.join(out)


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes with the characters they encode (decoding runs
    of escapes with encoding and errors). unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    bits = _ASCII_RUN.split(string)
    out = [bits[0]]
    for i in range(1, len(bits), 2):
        out.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        out.append(bits[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that also turns '+' into ' ' (form encoding)."""
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_quoters = {}


def _quoter(safe):
    """The per-byte replacement table for a safe set (bytes)."""
    table = _quoters.get(safe)
    if table is None:
        keep = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in keep else '%{:02X}'.format(b) for b in range(256)]
        if len(_quoters) > 100:
            _quoters.clear()
        _quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes: b'abc def?' -> 'abc%20def%3F'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quoter(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL component: letters, digits, '_.-~'
    and the characters in safe stay; str is first encoded with encoding
    (UTF-8) and errors ('strict')."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# --- query strings --------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = coerce(unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors))
            value = coerce(unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors))
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string; with
    doseq, sequence values give one field per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    fields = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            fields.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            fields.append(k + '=' + q(v))
        else:
            for elt in v:
                fields.append(k + '=' + q(elt))
    return '&'.join(fields)


# --- legacy helpers -------------------------------------------------------

def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _deprecated(name, instead):
    warnings.warn(f"urllib.parse.{name}() is deprecated as of 3.8, "
                  f"use urllib.parse.{instead}() instead",
                  DeprecationWarning, stacklevel=3)


def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


_TYPE_RE = re.compile('([^/:]+):(.*)', re.DOTALL)
_HOST_RE = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_PORT_RE = re.compile('(.*):([0-9]*)', re.DOTALL)


def splittype(url):
    _deprecated('splittype', 'urlparse')
    m = _TYPE_RE.match(url)
    if m:
        scheme, data = m.groups()
        return scheme.lower(), data
    return None, url


def splithost(url):
    _deprecated('splithost', 'urlparse')
    m = _HOST_RE.match(url)
    if m:
        host_port, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def splituser(host):
    _deprecated('splituser', 'urlparse')
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def splitpasswd(user):
    _deprecated('splitpasswd', 'urlparse')
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def splitport(host):
    _deprecated('splitport', 'urlparse')
    m = _PORT_RE.fullmatch(host)
    if m:
        host, port = m.groups()
        if port:
            return host, port
    return host, None


def splitnport(host, defport=-1):
    _deprecated('splitnport', 'urlparse')
    host, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        return host, (int(port) if port.isdigit() and port.isascii() else None)
    return host, defport


def splitquery(url):
    _deprecated('splitquery', 'urlparse')
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def splittag(url):
    _deprecated('splittag', 'urlparse')
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def splitattr(url):
    _deprecated('splitattr', 'urlparse')
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    _deprecated('splitvalue', 'parse_qsl')
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)
