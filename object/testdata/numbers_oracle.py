# Evaluates one Python expression per input line and prints, per line, the
# repr of its value or "!ExcType: message". Used by the numbers
# differential test (int_diff_test.go) as the CPython oracle.
import sys

for line in sys.stdin:
    expr = line.rstrip("\n")
    try:
        r = repr(eval(expr))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print(r)
