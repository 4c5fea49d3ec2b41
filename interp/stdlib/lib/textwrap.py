"""Text wrapping and filling: wrap/fill break a paragraph into lines of
at most `width` characters (CPython's rules: break at whitespace, after
hyphens inside words, and inside words longer than a line), shorten
truncates with a placeholder, dedent/indent change common indentation."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_SPACE = '\t\n\x0b\x0c\r '


def _chunk_patterns():
    space = '[%s]' % re.escape(_SPACE)
    nonspace = '[^%s]' % re.escape(_SPACE)
    letter = r'[^\d\W]'
    word_end = r'[\w!"\'&.,?]'   # what may come right before an em-dash
    hyphen_break = r'-(?:(?<=%(L)s{2}-)|(?<=%(L)s-%(L)s-))(?=%(L)s-?%(L)s)' % {'L': letter}
    word = (r'%(NS)s+?(?:%(hyphen)s|(?=%(S)s|\Z)|(?<=%(W)s)(?=-{2,}\w))'
            % {'NS': nonspace, 'S': space, 'W': word_end, 'hyphen': hyphen_break})
    em_dash = r'(?<=%s)-{2,}(?=\w)' % word_end
    full = re.compile('(%s+|%s|%s)' % (space, em_dash, word))
    simple = re.compile('(%s+)' % space)
    return full, simple


class TextWrapper:
    """Wraps text; the options are attributes:

    width, initial_indent, subsequent_indent, expand_tabs (then tabsize),
    replace_whitespace (each white space character becomes a space),
    fix_sentence_endings (two spaces after a sentence), break_long_words,
    drop_whitespace (at line starts and ends), break_on_hyphens,
    max_lines (then placeholder ends the last line).
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _SPACE), ord(' '))
    wordsep_re, wordsep_simple_re = _chunk_patterns()
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the too-long next chunk on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut right after the last hyphen that fits,
                # unless everything before it is hyphens.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]  # consumed from the end
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                chunks.pop()
            line, length = [], 0
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                length -= len(line.pop())
            if not line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            nothing_left = (not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip()))
            if last_allowed or (nothing_left and length <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line.pop())
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters;
    the keyword arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse white space and truncate text to fit width, ending with the
    placeholder when something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the indentation (spaces and tabs) common to every line that
    is not blank; lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (default: lines that are not only white space)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
