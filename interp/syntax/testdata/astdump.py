# astdump.py: the CPython side of the parser's stdlib differential test
# (TestStdlibDifferential in parse_stdlib_test.go).
#
# Reads file paths from stdin, one per line, and prints one line per file:
#     path <TAB> OK <TAB> sha256 of the dump
#     path <TAB> ERR <TAB> exception class <TAB> lineno
# where the dump is ast.dump(tree, indent=3, include_attributes=True) with
# the positions of the nodes inside f-strings removed (CPython 3.11 gives
# them approximate positions that 3.12 corrects). With --full it prints
# "### path" and the dump itself instead of the hash.
import ast
import hashlib
import sys

POS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def strip_fstring_positions(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if inner is not node:
                    for a in POS:
                        if a in inner.__dict__:
                            delattr(inner, a)


def main():
    full = "--full" in sys.argv
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        try:
            with open(path, "rb") as f:
                src = f.read()
            tree = ast.parse(src, path)
        except SyntaxError as e:
            out.write(f"{path}\tERR\t{type(e).__name__}\t{e.lineno}\n")
            continue
        except (ValueError, UnicodeDecodeError) as e:
            out.write(f"{path}\tERR\t{type(e).__name__}\t0\n")
            continue
        strip_fstring_positions(tree)
        text = ast.dump(tree, indent=3, include_attributes=True) + "\n"
        if full:
            out.write(f"### {path}\n{text}")
        else:
            out.write(f"{path}\tOK\t{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}\n")


if __name__ == "__main__":
    main()
