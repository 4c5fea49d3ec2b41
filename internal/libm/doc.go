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
// Correctly rounded (fast double-double path with an error bound, then a
// math/big Ziv loop when the rounding cannot be decided): Exp, Expm1, Log,
// Log2, Log10, Pow/FloatPow, Sin, Cos, Tan, Atan, Atan2; Sqrt, Fmod and the
// float division helpers are exact by construction. glibc 2.36 is only
// nearly correctly rounded, so these differ from CPython where glibc
// misrounds (measured: 0.01%-0.3% of random arguments; log10 15% and expm1
// 1.8%, whose glibc versions are older, less accurate algorithms).
//
// Reproducing CPython's own algorithms: Gamma and Lgamma (Lanczos, as
// mathmodule.c), FloatMod and FloatDivmod (as floatobject.c).
//
// TODO (Go's math package, not yet correctly rounded, with CPython's error
// rules): Exp2, Asin, Acos, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh, Cbrt,
// Erf, Erfc, Hypot (CPython 3.11 has its own vector_norm), Log1p (fdlibm
// as glibc: 0.01% differ). Sin/Cos/Tan reduce |x| >= 2^19 with math/big
// (slow, ~8µs): a Payne-Hanek table would fix that. The fast paths run
// 8-20x slower than Go's math: they need table-driven, shorter polynomials.
package libm
