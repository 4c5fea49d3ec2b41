"""Generates the compiler's test expectations with CPython (the oracle).

Reads testdata/snippets.txt, where each snippet starts with a line
"### name" and runs to the next such line, and writes testdata/cases.json:
for every snippet its source, its AST (as JSON the Go tests decode, until
the Go parser can be used instead), CPython's symtable scopes, and the
SyntaxError that compile() raises, if any.

Run: python3 testdata/gen.py   (from interp/compile)

With --stdlib MOD..., it instead writes the same records for the sources of
the named standard library modules to stdout (the Go tests run this live,
so nothing derived from CPython's sources is checked in).
"""
import ast
import dis
import json
import symtable
import sys


def const(v):
    if v is None:
        return {"k": "None"}
    if v is Ellipsis:
        return {"k": "Ellipsis"}
    if isinstance(v, bool):
        return {"k": "bool", "v": v}
    if isinstance(v, int):
        return {"k": "int", "v": str(v)}
    if isinstance(v, float):
        return {"k": "float", "v": v.hex()}
    if isinstance(v, complex):
        return {"k": "complex", "re": v.real.hex(), "im": v.imag.hex()}
    if isinstance(v, str):
        return {"k": "str", "v": v}
    if isinstance(v, bytes):
        return {"k": "bytes", "v": list(v)}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    d = {"_t": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            d[f] = const(v)
        elif isinstance(v, (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
            d[f] = type(v).__name__
        elif isinstance(v, list) and v and isinstance(v[0], ast.cmpop):
            d[f] = [type(x).__name__ for x in v]
        else:
            d[f] = node(v)
    for a in n._attributes:
        d[a] = getattr(n, a, None)
    return d


def scopes(t, out):
    syms = []
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        syms.append("%s=%d" % (s.get_name(), s._Symbol__scope))
    out.append("%s %s: %s" % (t.get_type(), t.get_name(), " ".join(syms)))
    for c in t.get_children():
        scopes(c, out)
    return out


# Instructions whose positions tracebacks show; compared with the Go
# compiler's (calls of any form are "CALL").
POSITION_OPS = {"BINARY_OP", "BINARY_SUBSCR", "LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM",
                "CALL", "CALL_FUNCTION_EX", "COMPARE_OP", "STORE_SUBSCR", "RAISE_VARARGS"}


def positions(co, out):
    items = []
    for ins in dis.get_instructions(co):
        if ins.opname in POSITION_OPS:
            p = ins.positions
            name = "CALL" if ins.opname == "CALL_FUNCTION_EX" else ins.opname
            items.append("%s %s,%s,%s,%s" % (name, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset))
    out.append("%s:%d: %s" % (co.co_qualname, co.co_firstlineno, " ".join(items)))
    for k in co.co_consts:
        if hasattr(k, "co_code"):
            positions(k, out)
    return out


def make_case(name, src):
    case = {"name": name, "source": src}
    tree = ast.parse(src)
    case["ast"] = node(tree)
    try:
        co = compile(src, "<test>", "exec")
        case["positions"] = positions(co, [])
        case["symtable"] = scopes(symtable.symtable(src, "<test>", "exec"), [])
    except SyntaxError as e:
        case["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                         "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    return case


def main():
    if sys.argv[1:2] == ["--stdlib"]:
        import os.path
        import sysconfig
        stdlib = sysconfig.get_paths()["stdlib"]
        cases = []
        for mod in sys.argv[2:]:
            path = os.path.join(stdlib, mod.replace(".", "/") + ".py")
            with open(path, encoding="utf-8") as f:
                cases.append(make_case(mod, f.read()))
        json.dump(cases, sys.stdout)
        return
    text = open("testdata/snippets.txt").read()
    cases = []
    for chunk in text.split("\n### ")[1:]:
        name, _, src = chunk.partition("\n")
        cases.append(make_case(name.strip(), src))
    with open("testdata/cases.json", "w") as f:
        json.dump(cases, f, indent=0, sort_keys=True)
        f.write("\n")


main()
