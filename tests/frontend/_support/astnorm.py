# Prints ast.dump(tree, include_attributes=True, indent=3) of the file named
# by the argument, leaving out the positions of the nodes inside f-strings
# (CPython 3.11 gives them the f-string's span or approximations; 3.12 gives
# each its own) and the type_params fields 3.12 added. Runs under CPython
# and under Adder: the ast stdlib check compares the two outputs for files
# whose plain -m ast dumps differ.
import _ast
import ast
import sys

POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def strip(node, inside):
    for child in ast.iter_child_nodes(node):
        strip(child, inside or isinstance(node, ast.JoinedStr))
    if inside:
        for name in POSITIONS:
            if hasattr(node, name):
                delattr(node, name)
    if 'type_params' in node._fields:
        node._fields = tuple(f for f in node._fields if f != 'type_params')


if hasattr(_ast, '_parse_file'):  # Adder
    tree = _ast._parse_file(sys.argv[1], 'exec', True)
else:
    with open(sys.argv[1], 'rb') as f:
        tree = ast.parse(f.read(), sys.argv[1], type_comments=True)
strip(tree, False)
print(ast.dump(tree, include_attributes=True, indent=3))
