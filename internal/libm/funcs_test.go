// funcs_test.go: the functions under test, their CPython expressions and
// argument distributions.

package libm

import "math"

func unary(f func(float64) (float64, Err)) func(a, b float64) string {
	return func(a, _ float64) string { return fmtResult(f(a)) }
}

func init() {
	register(funcSpec{name: "exp", py: "math.exp(a)", nargs: 1, call: unary(Exp),
		gen: oneOf(uniform(-750, 750), magnitudes(-60, 10), nearValue(709.78, 0.01),
			nearValue(-745.13, 0.01), nearValue(-708.4, 0.5), anyMagnitude)})
	_ = math.Pi
}
