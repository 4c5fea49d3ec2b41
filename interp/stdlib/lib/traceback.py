"""Extract, format and print exceptions and stack traces as CPython 3.11
does. Exceptions with their traceback objects are formatted by the
interpreter itself (_traceback, the code that prints uncaught exceptions),
so markers under the failing expression and exception groups come out
exactly as in a real traceback; stacks extracted into StackSummary lists
are formatted here.
"""

import itertools
import linecache
import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3  # identical entries shown before "[Previous line repeated"


def print_list(extracted_list, file=None):
    """Print the entries of a StackSummary or list of (filename, lineno,
    name, line) tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a StackSummary or list of tuples as traceback entries."""
    return StackSummary.from_list(extracted_list).format()


def _limit_default(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback object tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The entries of the traceback object tb, one string per frame."""
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return _traceback.format_tb(tb)
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback object tb, outermost frame first
    (up to limit frames; a negative limit keeps the last ones)."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception as an uncaught one is printed (to sys.stderr by
    default): its chained exceptions, traceback entries and message."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception would print, each ending in a newline
    (an entry may hold several lines)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of an exception's report: "Type: message" (after the
    location lines of a SyntaxError) and its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc's text as a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_value (the last uncaught exception, in the REPL)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller) up."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller),
    outermost frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of tb (frames here keep no
    locals a program can reach, so there is nothing to do beyond checking
    that tb is a traceback)."""
    while tb is not None:
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack: filename, lineno, name, line (the source,
    stripped; read lazily), the columns of the failing expression
    (colno, end_lineno, end_colno) and locals (reprs, when captured)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame f (default: the caller's caller)
    outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback object tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions_gen = code.co_positions()
    return next(itertools.islice(positions_gen, instruction_index // 2, None),
                (None, None, None, None))


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _display_width(text):
    """Terminal cells taken by text (East Asian wide characters take 2)."""
    if text.isascii():
        return len(text)
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in text)


def _anchors(segment):
    """For a segment that is one binary operation or subscript, the
    character range [left, right) to mark with ^ (the operator or the
    brackets); None otherwise."""
    try:
        import ast
        tree = ast.parse(segment)
    except (SyntaxError, ImportError, ValueError):
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value
    encoded = segment.encode('utf-8')

    def char_offset(byte_offset):
        return len(encoded[:byte_offset].decode('utf-8', 'replace'))

    if isinstance(expr, ast.BinOp):
        left_end = char_offset(expr.left.end_col_offset)
        right_start = char_offset(expr.right.col_offset)
        anchor = None
        i = left_end
        while i < right_start:
            if segment[i].isspace():
                i += 1
                continue
            anchor = [i, i + 1]
            if i + 1 < right_start and not segment[i + 1].isspace():
                anchor[1] += 1
            if i + 1 < right_start and segment[i] == ')':
                i += 1
                continue
            break
        return tuple(anchor) if anchor else (left_end, left_end)
    if isinstance(expr, ast.Subscript):
        left = char_offset(expr.value.end_col_offset)
        right = char_offset(expr.slice.end_col_offset) + 1
        while left < len(segment) and segment[left] != '[':
            left += 1
        while right < len(segment) and segment[right] != ']':
            right += 1
        if right < len(segment):
            right += 1
        return (left, right)
    return None


def _marker_line(source, frame_summary):
    """The '    ~~~^^^~~~' line under the failing expression, or ''."""
    fs = frame_summary
    if None in (fs.colno, fs.end_colno, fs.end_lineno) or fs.lineno is None:
        return ''
    encoded = source.encode('utf-8')
    start = len(encoded[:fs.colno].decode('utf-8', 'replace'))
    end = len(encoded[:fs.end_colno].decode('utf-8', 'replace'))
    anchor = None
    if fs.lineno == fs.end_lineno:
        if start <= end:
            anchor = _anchors(source[start:end])
    else:
        end = len(source.rstrip())
    if end - start >= len(source.strip()) and anchor is None:
        return ''
    if end < start:
        return ''
    indent = len(source) - len(source.lstrip(' \t\f'))
    out = '    ' + ' ' * max(0, _display_width(source[:start]) - indent)
    total = _display_width(source[start:end])
    if anchor is not None:
        seg = source[start:end]
        left = _display_width(seg[:anchor[0]])
        right = _display_width(seg[:anchor[1]])
        out += '~' * left + '^' * max(0, right - left) + '~' * max(0, total - right)
    else:
        out += '^' * total
    return out + '\n'


class StackSummary(list):
    """A list of FrameSummary objects: a stack ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarize the (frame, lineno) pairs of frame_gen (as walk_stack
        or walk_tb yield them)."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        limit = _limit_default(limit)
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                import collections
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = getattr(f, 'f_locals', None) if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: location, source line, markers, locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped))
            source = frame_summary._original_line
            if source is not None:
                source = source.rstrip('\n')
                row.append(_marker_line(source, frame_summary))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per entry; more than three identical consecutive
        entries collapse into "[Previous line repeated N more times]"."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception ready for formatting, captured with what is needed to
    print it later: exc_type, the message (_str), the StackSummary
    (stack), __cause__/__context__ as TracebackExceptions, __notes__, the
    fields of a SyntaxError, and the nested exceptions of a group."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._capture_locals = capture_locals
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        # The entries as extracted: the fast path below prints the
        # traceback itself, so it is only taken while stack holds them.
        self._stack_entries = tuple(self.stack)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)

        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if not is_recursive_call:
            # Walk the chain iteratively (it can be long).
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None
                                    and not e.__suppress_context__)
                else:
                    need_context = True
                if (e and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                if e and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        texc = TracebackException(
                            type(exc), exc, exc.__traceback__, limit=limit,
                            lookup_lines=lookup_lines, capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth, _seen=_seen)
                        exceptions.append(texc)
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _own_text_is_exact(self):
        """Whether the interpreter's formatter can print this exception
        as captured: the traceback is the exception's own, no limit or
        captured locals change the entries."""
        return (self._exc is not None and self._limit is None
                and not self._capture_locals
                and getattr(sys, 'tracebacklimit', None) is None
                and self._tb is self._exc.__traceback__
                and self._stack_is_extracted())

    def _stack_is_extracted(self):
        """Whether stack still holds the entries extracted from the
        traceback (a caller may have replaced, removed or added some)."""
        stack = self.stack
        entries = self._stack_entries
        return (type(stack) is StackSummary and len(stack) == len(entries)
                and all(a is b for a, b in zip(stack, entries)))

    def format_exception_only(self):
        """The "Type: message" line(s) of the exception and its notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        if isinstance(self._exc, BaseException) and self._exc.__class__ is self.exc_type:
            yield from _traceback.format_exception_only(self._exc)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        yield _format_final_exc_line(stype, self._str)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield '{}\n'.format(note)
        elif self.__notes__ is not None:
            yield '{}\n'.format(_safe_string(self.__notes__, '__notes__', func=repr))

    def _format_one(self):
        """The traceback entries and final lines of this exception alone."""
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            if self._own_text_is_exact():
                yield from _traceback.format_tb(self._tb)
            else:
                yield from self.stack.format()
        yield from self.format_exception_only()

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the report, each ending in a newline: the
        chained exceptions first (when chain), then this one."""
        if chain and _ctx is None and self._own_text_is_exact() and self._chain_is_exact():
            yield from _traceback.format_exception(self._exc)
            return
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.exceptions is not None and exc._exc is not None:
                yield from _traceback.format_exception(_without_chain(exc._exc))
            else:
                yield from exc._format_one()

    def _chain_is_exact(self):
        te = self
        while te is not None:
            if not te._own_text_is_exact():
                return False
            te = te.__cause__ or te.__context__
        return True

    def print(self, *, file=None, chain=True):
        """Print the report to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


class _without_chain:
    """Stands for an exception group in a chain printed piece by piece: the
    interpreter's formatter prints the group, without its own chain."""

    def __new__(cls, exc):
        if exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__):
            return exc
        copy = exc.derive(exc.exceptions)
        copy.__traceback__ = exc.__traceback__
        copy.__notes__ = getattr(exc, '__notes__', None)
        if copy.__notes__ is None:
            del copy.__notes__
        copy.__cause__ = None
        copy.__context__ = None
        return copy
