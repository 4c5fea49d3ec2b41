"""Abstract syntax trees of Python source.

The node classes and the conversions between source, trees and code come
from the _ast module (written in Go); this module adds the helpers that
work on trees: dump, literal_eval, walk, NodeVisitor, NodeTransformer, ...

Run as a script (adder -m ast [-a] [-i N] [-m MODE] [FILE]) it prints the
dump of FILE, or of the standard input.
"""

from _ast import *
import _ast


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into a tree of nodes; with type_comments, "# type:"
    comments fill the type_comment fields and type_ignores.

    feature_version is accepted for compatibility: Adder parses its own
    grammar (Python 3.12).
    """
    return _ast._parse(source, filename, mode, type_comments)


def literal_eval(node_or_string):
    """Evaluate a node or a string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None and
    Ellipsis, with + and - only in numbers and complex numbers."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        msg = 'malformed node or string'
        line = getattr(n, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(msg + f': {n!r}')

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        malformed(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            value = number(n.operand)
            return value if isinstance(n.op, UAdd) else -value
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([value(e) for e in n.elts])
        if isinstance(n, List):
            return [value(e) for e in n.elts]
        if isinstance(n, Set):
            return set([value(e) for e in n.elts])
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and not n.args and not n.keywords):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            return {value(k): value(v) for k, v in zip(n.keys, n.values)}
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left, right = signed(n.left), number(n.right)
            if type(left) in (int, float) and type(right) is complex:
                return left + right if isinstance(n.op, Add) else left - right
            malformed(n)
        return signed(n)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node: the class name and
    fields of each node, with the attributes (positions) if
    include_attributes, on one line or indented by indent (a string or a
    number of spaces). Fields that are None by default are left out."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def absent(cls, name, value):
        # None in a field whose class default is None: an optional field.
        return value is None and getattr(cls, name, ...) is None

    def fmt(x, level):
        if indent is None:
            prefix, sep = '', ', '
        else:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        if isinstance(x, AST):
            cls = type(x)
            args = []
            simple = True
            named = annotate_fields
            for name in x._fields:
                try:
                    value = getattr(x, name)
                except AttributeError:
                    named = True
                    continue
                if absent(cls, name, value):
                    named = True
                    continue
                text, s = fmt(value, level)
                simple = simple and s
                args.append(f'{name}={text}' if named else text)
            if include_attributes:
                for name in x._attributes:
                    try:
                        value = getattr(x, name)
                    except AttributeError:
                        continue
                    if absent(cls, name, value):
                        continue
                    text, s = fmt(value, level)
                    simple = simple and s
                    args.append(f'{name}={text}')
            if simple and len(args) <= 3:
                return f'{cls.__name__}({", ".join(args)})', not args
            return f'{cls.__name__}({prefix}{sep.join(args)})', False
        if isinstance(x, list):
            if not x:
                return '[]', True
            return '[' + prefix + sep.join([fmt(e, level)[0] for e in x]) + ']', False
        return repr(x), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node, and return it."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node of the tree that lacks a position the position of
    its parent (1, 0 at the root), and return node."""
    def fix(n, lineno, col, end_lineno, end_col):
        if 'lineno' in n._attributes:
            if not hasattr(n, 'lineno'):
                n.lineno = lineno
            else:
                lineno = n.lineno
        if 'end_lineno' in n._attributes:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if 'col_offset' in n._attributes:
            if not hasattr(n, 'col_offset'):
                n.col_offset = col
            else:
                col = n.col_offset
        if 'end_col_offset' in n._attributes:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of every node of the tree, and return
    node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno += n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: its node fields and the nodes
    in its list fields."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """Return the docstring of a function, class or module node, or None.
    clean removes the indentation as inspect.cleandoc does."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    # inspect.cleandoc: expand tabs, drop the common indentation of the
    # lines after the first, and blank lines at both ends.
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def walk(node):
    """Yield every node of the tree, node first, in no particular order."""
    todo = [node]
    while todo:
        n = todo.pop(0)
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree, calling visit_<ClassName>(node) for each node that has
    such a method, and generic_visit (which visits the children) for the
    others."""

    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node that replaces the
    visited one: None removes it, a list splices several nodes in its
    place (in list fields)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


def unparse(ast_obj):
    """Return source text for an expression node (statements are not yet
    supported)."""
    return _ast._unparse(ast_obj)


def main(args=None):
    import sys
    usage = 'usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]'
    args = sys.argv[1:] if args is None else args
    mode, include_attributes, indent, infile = 'exec', False, 3, None
    type_comments = True
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-h', '--help'):
            print(usage)
            return
        elif a in ('-a', '--include-attributes'):
            include_attributes = True
        elif a == '--no-type-comments':
            type_comments = False
        elif a in ('-m', '--mode', '-i', '--indent') or a.startswith(('--mode=', '--indent=')):
            if '=' in a:
                a, value = a.split('=', 1)
            else:
                i += 1
                if i == len(args):
                    sys.stderr.write(f'{usage}\npython -m ast: error: argument {a}: expected one argument\n')
                    raise SystemExit(2)
                value = args[i]
            if a in ('-m', '--mode'):
                if value not in ('exec', 'single', 'eval', 'func_type'):
                    sys.stderr.write(f"{usage}\npython -m ast: error: argument -m/--mode: invalid choice: {value!r} (choose from 'exec', 'single', 'eval', 'func_type')\n")
                    raise SystemExit(2)
                mode = value
            else:
                try:
                    indent = int(value)
                except ValueError:
                    sys.stderr.write(f"{usage}\npython -m ast: error: argument -i/--indent: invalid int value: {value!r}\n")
                    raise SystemExit(2)
        elif a.startswith('-') and a != '-':
            sys.stderr.write(f'{usage}\npython -m ast: error: unrecognized arguments: {a}\n')
            raise SystemExit(2)
        elif infile is None:
            infile = a
        else:
            sys.stderr.write(f'{usage}\npython -m ast: error: unrecognized arguments: {a}\n')
            raise SystemExit(2)
        i += 1
    if infile is None or infile == '-':
        tree = parse(sys.stdin.read(), '<stdin>', mode, type_comments=type_comments)
    else:
        tree = _ast._parse_file(infile, mode, type_comments)
    print(dump(tree, include_attributes=include_attributes, indent=indent))


if __name__ == '__main__':
    main()
