"""String constants, capwords, and the Template and Formatter classes.

Template and Formatter parse their formats by hand (this module does not
depend on re): Template recognizes $$, $identifier and ${identifier} with
its class's delimiter; Formatter follows str.format's grammar.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s at sep (whitespace runs when None), capitalize each word and
    join them with sep (a space when None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = set('_' + ascii_letters)
_ID_CHARS = _ID_START | set(digits)


def _identifier_end(s, i):
    """Return the end of the ASCII identifier starting at s[i] (i when there
    is none)."""
    if i < len(s) and s[i] in _ID_START:
        i += 1
        while i < len(s) and s[i] in _ID_CHARS:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder: kind is
        'escaped', 'named', 'braced' or 'invalid'."""
        s, delim = self.template, self.delimiter
        i = s.find(delim)
        while i >= 0:
            j = i + len(delim)
            if s.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                i = s.find(delim, j + len(delim))
                continue
            end = _identifier_end(s, j)
            if end > j:
                yield i, end, 'named', s[j:end]
                i = s.find(delim, end)
                continue
            if s.startswith('{', j):
                end = _identifier_end(s, j + 1)
                if end > j + 1 and s.startswith('}', end):
                    yield i, end + 1, 'braced', s[j + 1:end]
                    i = s.find(delim, end + 1)
                    continue
            yield i, j, 'invalid', None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out, last = [], 0
        for start, end, kind, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(self.template[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _sentinel_dict
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern if hasattr(self, 'pattern') else None)
            if name is not None and name not in ids:
                ids.append(name)
        return ids


_sentinel_dict = {}


class _ChainLookup:
    """Lookups in the keywords first, then in the mapping."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format() as a class whose steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples;
        field_name is None after the last literal."""
        s, n, i = format_string, len(format_string), 0
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            if s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            # A replacement field: find its matching brace.
            depth, j = 1, i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conversion, spec = _split_field(field)
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(field):
    """Split 'name!c:spec' into (name, conversion or None, spec)."""
    depth = 0
    for k, c in enumerate(field):
        if c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        elif depth == 0 and c in '!:':
            name = field[:k]
            if c == ':':
                return name, None, field[k + 1:]
            rest = field[k + 1:]
            if not rest:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[0]
            if len(rest) > 1 and rest[1] != ':':
                raise ValueError('expected \':\' after conversion specifier')
            return name, conversion, rest[2:]
    return field, None, ''


def _field_name_split(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)]); numeric first
    parts and indices become ints."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            end = k + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            attr = name[k + 1:end]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = end
        elif name[k] == '[':
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = end + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
