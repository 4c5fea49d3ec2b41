# math functions whose libm versions are not yet bit-identical to glibc
# (internal/libm lists them as TODO: Go's math package).
import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 10.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, 3, -7, 2**70]
for name in ["sinh", "cosh", "erfc", "expm1", "cbrt", "exp2", "acos", "acosh"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
