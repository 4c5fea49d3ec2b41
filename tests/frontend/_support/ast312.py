# Prints what `python3.12 -m ast -a FILE` prints, less one quirk of early
# CPython 3.12 releases: an empty Constant after a replacement field at the
# end of a format spec (f"{x:{y}}" gives values [FormattedValue, Constant('')]),
# which later releases and 3.13 do not produce. Runs under CPython 3.12 only:
# the ast stdlib check compares Adder's f-string positions with its output.
import ast
import sys


class DropEmptySpecText(ast.NodeTransformer):
    def visit_FormattedValue(self, node):
        self.generic_visit(node)
        spec = node.format_spec
        if spec is not None and len(spec.values) > 1:
            last = spec.values[-1]
            if isinstance(last, ast.Constant) and last.value == '':
                spec.values.pop()
        return node


with open(sys.argv[1], 'rb') as f:
    tree = ast.parse(f.read(), sys.argv[1], type_comments=True)
print(ast.dump(DropEmptySpecText().visit(tree), include_attributes=True, indent=3))
