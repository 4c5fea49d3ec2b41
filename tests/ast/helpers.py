# The helpers of the ast module.
import ast

tree = ast.parse('''
"""Module doc."""
def f(a, b):
    """  Function doc.

        Indented line.
    """
    return a + b * 2
class C:
    x = 1
''')
print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]))

print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[1]) if name != 'type_params'])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1].body[1].value)])

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = Counter()
v.visit(tree)
print(v.names)

class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
    def visit_Return(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]
    def visit_Constant(self, node):
        return None if node.value == 1 else node
t2 = Renamer().visit(ast.parse("def g(x):\n    return x + y\nz = 1\n"))
print(ast.dump(t2).replace(', type_params=[]', ''))

e = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(e)
print(e.body.lineno, e.body.col_offset, e.body.end_lineno, e.body.left.lineno)
ast.increment_lineno(e, 4)
print(e.body.lineno, e.body.left.lineno, e.body.end_lineno)

for s in ["1", "-2.5", "(1, [2, {3: 'x'}], {4})", "1+2j", "-1-2j", "set()", "b'ab'", "None", "True", "...", " 7"]:
    print(repr(ast.literal_eval(s)))
for s in ["x", "1+1", "f()", "[1, y]", "{**a}"]:
    try:
        ast.literal_eval(s)
    except ValueError as err:
        print('ValueError:', str(err).split(':')[0])

for s in ["a + b * (c - 1)", "f(x, *y, k=1, **z)", "x if y else z", "[i for i in r if i]", "a[1:2, ::3]", "lambda a, *b: a", "-x ** 2", "(yield)"]:
    print(ast.unparse(ast.parse(s, mode='eval').body))
