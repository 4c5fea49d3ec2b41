package frontend

import "testing"

// TestCompileTree runs code compiled from node objects (_ast._compile, which
// compile() of an AST object calls) and checks the errors of bad trees.
func TestCompileTree(t *testing.T) {
	checkLines(t, `
import ast, _ast
src = '''
def f(a, *args, k=2, **kw):
    total = a + k
    for x in args:
        total += x
    return [total, sorted(kw)]
class C:
    def m(self):
        return f'{self!r:>3}'
    def __repr__(self):
        return 'C'
match f(1, 2, 3, z=1):
    case [n, ['z']] if n > 5:
        print('matched', n)
try:
    raise ValueError('v')
except* ValueError as eg:
    print(type(eg).__name__)
print(C().m(), (lambda q=3: q * 2)(), {k: v for k, v in [(1, 2)]}, b'x')
'''
exec(_ast._compile(ast.parse(src), '<tree>', 'exec'))
print(eval(_ast._compile(ast.parse('1 + 2 * 3', mode='eval'), '<tree>', 'eval')))
for bad in [ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),
            ast.Expression(ast.Dict([ast.Constant(1, lineno=1, col_offset=0)], [], lineno=1, col_offset=0)),
            ast.Expression(ast.Constant([1], lineno=1, col_offset=0)),
            ast.Expression(ast.Name(1, ast.Load(), lineno=1, col_offset=0)),
            ast.Expression(ast.Call(ast.Name('f', ast.Load(), lineno=1, col_offset=0), [None], [], lineno=1, col_offset=0)),
            ast.Expression(ast.Pass()),
            ast.Module(None, [])]:
    try:
        _ast._compile(bad, '<bad>', 'exec' if isinstance(bad, ast.Module) else 'eval')
        print('compiled')
    except (TypeError, ValueError) as err:
        print(type(err).__name__, str(err).split(' object at ')[0])
`, `matched 8
ExceptionGroup
  C 6 {1: 2} b'x'
7
TypeError required field "lineno" missing from Name
ValueError Dict doesn't have the same number of keys as values
TypeError got an invalid type in Constant: list
TypeError AST string must be of type str
ValueError None disallowed in AST list
TypeError expected some sort of expr, but got <ast.Pass
TypeError AST field must be a list, not NoneType
`)
}
