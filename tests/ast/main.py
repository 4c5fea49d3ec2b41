# python -m ast: ast.main() reads sys.argv. The output leaves out the
# type_params fields of Python 3.12 (the expected output comes from 3.11).
import ast
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


# With -a, type_params is never the last field of its node.
for args in (['ast', '-a', 'ast/_support/sample.py'],
             ['ast', '-a', '-i', '1', 'ast/_support/sample.py'],
             ['ast', '--include-attributes', '--mode', 'exec', '--indent', '0', 'ast/_support/sample.py']):
    sys.argv = args
    out, sys.stdout = sys.stdout, Capture()
    try:
        ast.main()
    finally:
        captured, sys.stdout = sys.stdout, out
    text = ''.join(captured.parts)
    for line in text.split('\n'):
        if line.strip() != 'type_params=[],':
            print(line)
