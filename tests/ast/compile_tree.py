# compile() of AST objects, and of source with PyCF_ONLY_AST.
import ast

tree = ast.parse("x = 6\nprint(x * 7)\n")
exec(compile(tree, '<ast>', 'exec'))

e = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(e)
print(eval(compile(e, '<ast>', 'eval')))

# A tree built by hand, transformed, then run.
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Double().visit(ast.parse("def f(a):\n    return a + 10\nprint(f(1))\n"))
exec(compile(t, '<ast>', 'exec'))

t = compile("y = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))

for bad in [ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),           # no positions
            ast.Expression(ast.Dict([ast.Constant(1)], [])),                # keys/values differ
            ast.Expression(ast.Constant([1])),                              # bad constant
            ast.Module([ast.Pass(lineno=1, col_offset=0)], [])]:            # fine
    try:
        code = compile(bad, '<bad>', 'exec' if isinstance(bad, ast.Module) else 'eval')
        print('compiled', type(code).__name__)
    except (TypeError, ValueError) as err:
        print(type(err).__name__)
try:
    compile(ast.Expression(ast.Constant(1)), '<x>', 'exec')
except TypeError as err:
    print('TypeError', err)
