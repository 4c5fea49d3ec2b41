# Node classes: fields, attributes, constructors, class hierarchy.
import ast

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.arguments._fields, ast.comprehension._attributes, ast.AST._fields)
print(ast.BinOp.__mro__[1:] == (ast.expr, ast.AST, object), issubclass(ast.Load, ast.expr_context))
print(issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.Module, ast.mod))
print(ast.Name.__module__, ast.Name.__name__, ast.Add.__name__)

n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, n.end_col_offset)
print(ast.Constant(1).kind, ast.FunctionDef().returns, ast.arg().annotation)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError')
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(e)
try:
    ast.Name('a', id='b')
except TypeError as e:
    print(e)
c = ast.Constant(value=5, custom='yes')
print(c.value, c.custom)

class MyName(ast.Name):
    pass
m = MyName('q', ast.Store())
print(isinstance(m, ast.expr), ast.dump(m))

tree = ast.parse("a = 1")
print(isinstance(tree.body[0].targets[0].ctx, ast.Store))
print(type(ast.parse("a; b").body[0].value.ctx) is type(ast.parse("c").body[0].value.ctx))

match ast.parse("f(1)", mode='eval').body:
    case ast.Call(ast.Name(name), [ast.Constant(v)]):
        print('matched', name, v)
