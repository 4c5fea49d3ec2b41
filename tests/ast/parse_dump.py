# ast.parse and ast.dump over the statement and expression kinds.
import ast

SOURCES = [
    "x = 1 + 2 * -y",
    "a, *b = c[1:2, ::3]",
    "del x.y, z[0]",
    "from ..pkg import a as b, c\nimport os.path as p",
    "global g\nnonlocal_free = lambda q, /, r=1, *s, t, u=2, **v: (q, r)",
    "async def f(a: int = 3) -> None:\n    async with x as y, z:\n        await g\n    async for i in j:\n        yield i\n",
    "@dec(1)\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int = 0\n",
    "try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    assert x, 'm'\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "while (n := n - 1) > 0:\n    if n % 2: continue\n    else: break\nelse:\n    pass\n",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n",
    "r = [i for i in range(3) if i] + list({k: v for k, v in d.items()}) + [*{s for s in t}]",
    "g = (x async for x in y)",
    "b = 1 if a else 2; c = not a and b or c; d = a is not b; e = a not in b < c",
    "s = 'a' 'b'; f'{x!r:>{w}} {y=}'; t = b'\\x00'; n = 1.5e10 + 2j + 0x1f + 10**100 + ...",
]

for src in SOURCES:
    print(ast.dump(ast.parse(src)).replace(', type_params=[]', ''))

print(ast.dump(ast.parse("x = (1,\n  2)"), include_attributes=True))
print(ast.dump(ast.parse("def f():\n    return 1\n"), indent=2, include_attributes=True).replace('\n  type_params=[],', '').replace('      type_params=[],\n', ''))
print(ast.dump(ast.parse("a.b(c)", mode='eval'), indent='..'))
print(ast.dump(ast.parse("x = 1", mode='single'), annotate_fields=False))
print(ast.dump(ast.parse("(int, str) -> bool", mode='func_type')))

for bad in ["x = = 1", "def f(:\n  pass", "if x:\npass", "\tif x:\n        pass\n\ty = 1"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
