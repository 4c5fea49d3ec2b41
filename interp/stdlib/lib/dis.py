"""Disassembler of Adder bytecode.

The listings are Adder's own instruction set (see interp/compile): offsets
are instruction indices, and jump arguments count instructions too.
"""

import sys
import _dis
from _dis import opname, hasconst, hasname, haslocal, hasfree, hascompare, hasjump

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'get_instructions',
           'show_code', 'Instruction', 'Bytecode', 'opname', 'opmap',
           'hasconst', 'hasname', 'haslocal', 'hasfree', 'hascompare',
           'hasjump', 'hasjrel', 'hasjabs', 'COMPILER_FLAG_NAMES']

opmap = {name: op for op, name in enumerate(opname)}
hasjrel = []
hasjabs = hasjump

COMPILER_FLAG_NAMES = {
    0x1: 'OPTIMIZED', 0x2: 'NEWLOCALS', 0x4: 'VARARGS', 0x8: 'VARKEYWORDS',
    0x10: 'NESTED', 0x20: 'GENERATOR', 0x40: 'NOFREE', 0x80: 'COROUTINE',
    0x100: 'ITERABLE_COROUTINE', 0x200: 'ASYNC_GENERATOR',
}

def _code_of(x):
    """The code object of x: a code object, function, method, generator,
    coroutine, or source text (compiled as a module)."""
    for attr in ('__func__', '__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            x = getattr(x, attr)
    if isinstance(x, (str, bytes)):
        x = compile(x, '<disassembly>', 'exec')
    if hasattr(x, 'co_code') or hasattr(x, 'co_positions'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _write(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble x: a module, class, method, function, generator, code
    object or source string; without x, the last traceback."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__dict__') and not hasattr(x, '__code__'):
        # A module or class: every function, method and nested class.
        for name, value in sorted(vars(x).items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__') or isinstance(value, type):
                _write('Disassembly of %s:\n' % name, file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as err:
                    _write('Sorry: %s\n' % err, file)
                _write('\n', file)
        return
    _write(_dis.disassemble(_code_of(x)), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _write(_dis.disassemble(co), file)


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback (by default the last one)."""
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Instruction(tuple):
    """One instruction: opname, opcode, arg, argval, argrepr, offset,
    starts_line, is_jump_target."""
    __slots__ = ()
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target')

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target))

    opname = property(lambda self: self[0], doc='Name of the operation')
    opcode = property(lambda self: self[1], doc='Numeric code of the operation')
    arg = property(lambda self: self[2], doc='Numeric argument, or None')
    argval = property(lambda self: self[3], doc='Resolved argument value')
    argrepr = property(lambda self: self[4], doc='Readable description of the argument')
    offset = property(lambda self: self[5], doc='Index of the instruction')
    starts_line = property(lambda self: self[6], doc='Line started by this instruction, or None')
    is_jump_target = property(lambda self: self[7], doc='True if some jump or handler targets it')

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(self._fields, self)]
        return 'Instruction(%s)' % ', '.join(parts)

    def _replace(self, **changes):
        return Instruction(*[changes.pop(name, value) for name, value in zip(self._fields, self)])


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterate over the instructions of x (as dis accepts it), as
    Instruction tuples. first_line renumbers the lines so that the code
    starts at that line."""
    co = _code_of(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for fields in _dis.instructions(co):
        ins = Instruction(*fields)
        if shift and ins.starts_line is not None:
            ins = ins._replace(starts_line=ins.starts_line + shift)
        yield ins


def _flags(flags):
    names = []
    for bit in range(32):
        mask = 1 << bit
        if flags & mask:
            names.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
    return ', '.join(names)


def code_info(x):
    """Return a description of the code object of x."""
    co = _code_of(x)
    lines = [
        'Name:              %s' % co.co_name,
        'Filename:          %s' % co.co_filename,
        'Argument count:    %s' % co.co_argcount,
        'Positional-only arguments: %s' % co.co_posonlyargcount,
        'Kw-only arguments: %s' % co.co_kwonlyargcount,
        'Number of locals:  %s' % co.co_nlocals,
        'Stack size:        %s' % co.co_stacksize,
        'Flags:             %s' % _flags(co.co_flags),
    ]
    for title, items, fmt in (('Constants', co.co_consts, '%4d: %r'),
                              ('Names', co.co_names, '%4d: %s'),
                              ('Variable names', co.co_varnames, '%4d: %s'),
                              ('Free variables', co.co_freevars, '%4d: %s'),
                              ('Cell variables', co.co_cellvars, '%4d: %s')):
        if items:
            lines.append(title + ':')
            for i, item in enumerate(items):
                lines.append(fmt % (i, item))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    """Print the code_info of co."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a code object (or of anything dis accepts):
    iterate for Instruction tuples; dis() returns the listing, info() the
    code_info."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _code_of(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self._original_object = x

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _dis.disassemble(self.codeobj)


def main(args=None):
    args = sys.argv[1:] if args is None else args
    if args:
        with open(args[0], 'rb') as f:
            source = f.read()
        name = args[0]
    else:
        source, name = sys.stdin.read(), '<stdin>'
    dis(compile(source, name, 'exec'))


if __name__ == '__main__':
    main()
