# sys.setswitchinterval converts like a C double and checks the value.
import sys
from fractions import Fraction
sys.setswitchinterval(Fraction(1,100)); print(sys.getswitchinterval())
for v in ['x', 0, -1.0]:
    try: sys.setswitchinterval(v)
    except Exception as e: print(type(e).__name__, e)
sys.setswitchinterval(2); print(sys.getswitchinterval())
