# Evaluates one Python expression per input line and prints repr(result),
# or "!ExcType: message", one line each (for str_diff_test.go).
import sys
out = []
for line in sys.stdin:
    try:
        out.append(repr(eval(line)))
    except Exception as e:
        out.append("!%s: %s" % (type(e).__name__, e))
sys.stdout.write("\n".join(x.replace("\n", "\\n") for x in out) + "\n")
