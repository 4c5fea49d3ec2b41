# compile() of bytes without an encoding declaration: invalid UTF-8 may sit
# in a comment; in a literal or a name it is a "(unicode error)" SyntaxError
# placed as CPython's string tokenizer places it.
cases = [
    b'print("b\xf6se")\n',
    b'x = 1 # \xf6\n',
    b'# \xf6\nprint(1)\n',
    b'x\xf6 = 1\n',
    b'y = ab\xf6\n',
    b'y = \xf6ab\n',
    b'y = a\xc3\xa9\xf6b\n',
    b'\xe9t\xe9 = 1\n',
    b'x = 1 \xf6\n',
    b'x = b"\xf6"\n',
    b'x = 1\ny = "ab\xf6cd" + "\xf7"\n',
    b'x = "\xc3\xa9\xc3" + 1\n',
    b'x = """a\n\xf6b"""\n',
    b'"""\n\xf6\n"""\n',
    b'x = r"\xf6"\n',
    b'x = "\\n\xf6"\n',
    b'x = "\xe9\xff"\n',
    b'x = "\xed\xa0\x80"\n',
    b'x = "\xf0\x80"\n',
    b'print("\\N{foo}")\n',
    b'x = "\\N{foo}" + "a"\n',
    b'x = ("\\N{foo}"\n "b")\n',
    b'"""\n\\N{foo}\n"""\n',
    b'x = ("""a\nb\\N{foo}""",\n 1)\n',
    b'# coding: latin-1\nx = "\xe9"\n',
]
for c in cases:
    try:
        code = compile(c, "f.py", "exec")
        ns = {}
        exec(code, ns)
        print("ok", repr(c), ns.get("x"))
    except SyntaxError as e:
        print(repr(c), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
