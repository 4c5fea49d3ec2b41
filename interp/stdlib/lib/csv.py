"""Reading and writing CSV files (Adder's own implementation in Python).

A dialect says how fields are separated (delimiter), quoted (quotechar,
quoting, doublequote, escapechar) and how rows end (lineterminator for
writing; readers accept \\r, \\n and \\r\\n). reader() and writer() take a
dialect name or object and keyword overrides; DictReader and DictWriter
map rows to dicts. Sniffer is not provided.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """The largest field a reader accepts; with an argument, set it and
    return the old value."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """The formatting parameters of a CSV flavour; subclass it and set the
    class attributes, or pass them to reader()/writer()."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Dialect(self)


class excel(Dialect):
    """Excel's CSV: comma-separated, double quotes, CRLF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Unix CSV: comma-separated, every field quoted, LF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


class _Dialect:
    """A checked, immutable set of dialect parameters."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default

        for k in kwargs:
            if k not in self.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        set_ = object.__setattr__
        set_(self, "delimiter", _char_param("delimiter", get("delimiter", ","), required=True))
        set_(self, "escapechar", _char_param("escapechar", get("escapechar", None)))
        set_(self, "doublequote", bool(get("doublequote", True)))
        set_(self, "skipinitialspace", bool(get("skipinitialspace", False)))
        set_(self, "strict", bool(get("strict", False)))
        lt = get("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "lineterminator", lt)
        quoting = get("quoting", QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE) or isinstance(quoting, bool):
            raise TypeError('bad "quoting" value')
        set_(self, "quoting", quoting)
        quotechar = get("quotechar", '"')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        set_(self, "quotechar", _char_param("quotechar", quotechar))
        if self.delimiter in ("\r", "\n"):
            raise ValueError("bad delimiter value")

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


def _char_param(name, value, required=False):
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                        if not required else '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def register_dialect(name, dialect=None, **kwargs):
    """Name a dialect (an object with the parameters and/or keywords)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Forget a named dialect."""
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """Rows of a CSV source, as lists of strings."""

    def __init__(self, iterable, dialect="excel", **kwargs):
        self._it = iter(iterable)
        self.dialect = _Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        numeric = False

        def save_field():
            nonlocal field, numeric
            text = "".join(field)
            field = []
            if numeric:
                numeric = False
                text = float(text)
            fields.append(text)

        def add_char(c):
            if len(field) >= _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            field.append(c)

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    save_field()
                    return fields
                if state not in (_START_RECORD, _EAT_CRNL) or fields:
                    save_field()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            # None marks the end of the line's text.
            for c in [*line, None]:
                if state == _START_RECORD:
                    if c is None:
                        break
                    if c in "\n\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c is None or c in "\n\r":
                        save_field()
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        save_field()
                    else:
                        if d.quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        add_char(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c is None:
                        c = "\n"
                    elif c in "\n\r":
                        add_char(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    add_char(c)
                    state = _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL:
                    if c is None:
                        break
                    state = _IN_FIELD
                    if c in "\n\r":
                        save_field()
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    else:
                        add_char(c)
                elif state == _IN_FIELD:
                    if c is None or c in "\n\r":
                        save_field()
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    else:
                        add_char(c)
                elif state == _IN_QUOTED_FIELD:
                    if c is None:
                        break
                    elif c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        add_char(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if c is None:
                        c = "\n"
                    add_char(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        add_char(c)
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        save_field()
                        state = _START_FIELD
                    elif c is None or c in "\n\r":
                        save_field()
                        state = _START_RECORD if c is None else _EAT_CRNL
                    elif not d.strict:
                        add_char(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c is None:
                        state = _START_RECORD
                    elif c not in "\n\r":
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            if state == _START_RECORD:
                return fields


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the rows (lists of strings) of csvfile, any
    iterable of lines."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Writes rows to a file object as delimited lines."""

    def __init__(self, fileobj, dialect="excel", **kwargs):
        self._write = fileobj.write
        self.dialect = _Dialect(dialect, **kwargs)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float))
        else:
            quote = d.quoting == QUOTE_ALL
        # Characters that force quoting (or, without quoting, escaping).
        special = {d.delimiter, "\n", "\r", *d.lineterminator}
        out = []
        for c in text:
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    out.append(c)
                    quote = True
                elif d.escapechar:
                    out.append(d.escapechar)
                else:
                    raise Error("need to escape, but no escapechar set")
            elif c == d.escapechar:
                out.append(d.escapechar)
            elif c in special or c == d.quotechar:
                if d.quoting == QUOTE_NONE:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                else:
                    quote = True
            out.append(c)
        text = "".join(out)
        if d.quoting == QUOTE_MINIMAL and only and text == "":
            quote = True
        if d.quoting == QUOTE_NONE:
            quote = False
        if quote:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one row (an iterable of fields); return write()'s result."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        if len(fields) == 1 and fields[0] == "" and self.dialect.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        line = self.dialect.delimiter.join(self._field(v, len(fields) == 1) for v in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        """Write every row of rows."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows to csvfile, any object with a write() method."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Rows as dicts keyed by fieldnames (the first row by default);
    extra values go under restkey, missing ones are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in fieldnames order; missing keys write
    restval, unknown keys raise ValueError unless extrasaction='ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
