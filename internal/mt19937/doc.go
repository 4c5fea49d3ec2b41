// Package mt19937 reproduces, bit for bit, the random numbers CPython 3.11's
// random module produces.
//
// [MT] is the Mersenne Twister of CPython's _random module: seeding
// (init_genrand, init_by_array), 32-bit outputs, random() with 53-bit
// resolution, getrandbits(k) and getstate/setstate. [Random] adds what
// Lib/random.py computes on top of it, written here in Go on plain values
// (int64, *big.Int, float64) so that the random module of Adder gives
// CPython's exact outputs for the same seed: the seed conversions of
// Random.seed (int, str/bytes version 1 and 2), _randbelow, randrange,
// randint, choice, shuffle, sample, choices, randbytes and every variate
// (uniform, triangular, normalvariate, gauss, lognormvariate, expovariate,
// vonmisesvariate, gammavariate, betavariate, paretovariate,
// weibullvariate).
//
// Sequence functions work on indices: the caller passes a length and indexes
// its own sequence with the results.
//
// Variates need log, exp, cos, sin, acos and pow exactly as the platform C
// library (glibc) computes them; the caller passes them as a [Math]. The
// Python-level checks around those calls (math domain and range errors,
// float division by zero, float ** rules) are done here and reported as an
// [*Error] naming the Python exception. Products that feed a sum are
// written float64(x*y) so the compiler never fuses them into an FMA, which
// would change results on arm64.
package mt19937
