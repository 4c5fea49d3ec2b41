# Importing a module with a syntax error raises SyntaxError at the import site.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
try:
    import broken_module
except SyntaxError as e:
    print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset, repr(e.text))
import broken_module
