// Package libm provides the floating-point functions behind Adder's math
// module and float operators, aiming at results bit-identical to CPython
// 3.11 on Linux/glibc.
//
// In: float64 arguments. Out: a float64 result and, where CPython can raise,
// an error kind: Err (DomainError → ValueError("math domain error"),
// RangeError → OverflowError("math range error"); underflow is never an
// error), PowErr for float.__pow__, a bool for float % // divmod by zero.
// Special cases (±0, ±inf, nan) follow C99 Annex F and CPython's
// mathmodule.c wrappers. Everything is safe for concurrent use.
//
// Bit-identical to glibc 2.36 on x86-64 with FMA, by performing glibc's
// own operations in glibc's order, with its constants and the multiply-adds
// GCC fuses in the FMA builds CPython gets through ifuncs (checked against
// CPython on 10^5 random arguments each, no difference): Exp, Exp2, Expm1,
// Log1p, Sinh, Cosh, Tanh, Atanh, Erf, Erfc, Cbrt (glibcexp.go,
// fdlibm.go). Asinh and Acosh follow glibc's too but call Log, so they
// inherit its few differences.
//
// Correctly rounded (Ziv's strategy in three steps, each with a proven
// error bound and a rounding test: a fast table-driven evaluation in double
// with one exact leading term, error about 2^-66, which decides all but
// ~0.1% of arguments; then a double-double evaluation, error 2^-90; then a
// math/big loop): Log, Log2, Log10, Pow/FloatPow, Sin, Cos, Tan, Atan,
// Atan2, Asin, Acos. TestFastPaths checks each fast path against the
// double-double path it stands in front of. Sqrt, Fmod and the float
// division helpers are exact by construction. glibc's versions of
// these are only nearly correctly rounded, so CPython differs where glibc
// misrounds (measured: 0.004%-0.16% of random arguments; log10 15%, whose
// glibc version is an older, less accurate algorithm). Reproducing those
// too would need glibc's tables (log: 128 specially searched (1/c, log c)
// pairs; asin/acos: IBM's ~5000-entry asncs table), which are data this
// project does not copy.
//
// Reproducing CPython's own algorithms: Gamma and Lgamma (Lanczos, as
// mathmodule.c; they call pow and log, so glibc's misroundings there show
// through), FloatMod and FloatDivmod (as floatobject.c).
//
// TODO: Hypot (Go's math.Hypot; CPython 3.11 has its own vector_norm).
package libm
