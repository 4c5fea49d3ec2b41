# ast.parse(type_comments=True) and compile(..., PyCF_TYPE_COMMENTS):
# "# type:" comments where the grammar takes them, "# type: ignore" tags,
# and the syntax errors of type comments anywhere else.
import ast

srcs = [
    "x = 1  # type: int\n",
    "x = 1\n# type: int\ny = 2\n",
    "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
    "def f(a, b): # type: (int, int) -> None\n    pass\n",
    "for x in y:  # type: int\n    pass\n",
    "with a as b:  # type: int\n    pass\n",
    "with (a as b):  # type: int\n    pass\n",
    "x = 1  # type: ignore\ny = 2 # type: ignore[foo] bar\nz = 3 #type:ignore\nw = 4 # type: ignored\nv = 5 # type: ignore_x\n",
    "if x:\n    # type: ignore\n    pass\n",
    "f(1)  # type: int\n",
    "x = [1,  # type: int\n 2]\n",
    "def f():\n    # type: () -> None\n\n    pass\n",
    "def f(a):  # type: (int) -> None\n    # type: (int) -> None\n    pass\n",
    "a: int = 1  # type: int\n",
    "x = y = 1 # type: int\n",
    "x += 1 # type: int\n",
    "async def f():\n  async for x in y: # type: int\n    pass\n  async with a: # type: int\n    pass\n",
    "def f(a, *, b=1, # type: int\n   c=2):\n  pass\n",
    "def f(a # type: int\n):\n  pass\n",
    "def f(*args, # type: int\n **kw # type: str\n):\n  pass\n",
    "lambda a, # type: int\n b: 0\n",
    "class C: # type: int\n  pass\n",
    "x = 1 #  type:  List[int]  \n",
]


def show(tree):
    out = []
    for node in ast.walk(tree):
        tc = getattr(node, 'type_comment', None)
        if tc is not None:
            out.append((type(node).__name__, getattr(node, 'lineno', None), tc))
    ignores = [(t.lineno, t.tag) for t in tree.type_ignores]
    return out, ignores


for s in srcs:
    try:
        print(repr(s), *show(ast.parse(s, type_comments=True)))
    except SyntaxError as e:
        print(repr(s), "SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    # Without the flag, type comments are plain comments.
    try:
        print("  plain:", *show(ast.parse(s)))
    except SyntaxError as e:
        print("  plain: SyntaxError", e.msg)

tree = compile("x = 1  # type: int\n", "f.py", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)
print(show(tree))
