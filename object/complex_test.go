package object

import (
	"math"
	"testing"
)

// Expected strings come from CPython 3.11.

func TestComplexNewAndPowMod(t *testing.T) {
	th := &Thread{}
	cplx := func(args ...Value) (Value, error) { return Call(th, ComplexType.AsValue(), args, nil) }
	negZero := Float(math.Copysign(0, -1))
	j := NewComplex(1i)
	runCases(t, th, []evalCase{
		{"complex(-0.0, -0.0)", func() (Value, error) { return cplx(negZero, negZero) }, "(-0-0j)"},
		{"complex(0, -0.0)", func() (Value, error) { return cplx(Int(0), negZero) }, "-0j"},
		{"complex(imag=1)", func() (Value, error) { return callKw(th, ComplexType.AsValue(), nil, "imag", 1) }, "1j"},
		{"complex(1j, 1j)", func() (Value, error) { return cplx(j, j) }, "(-1+1j)"},
		{"complex(2, 1j)", func() (Value, error) { return cplx(Int(2), j) }, "(1+0j)"},
		{"complex(2, [])", func() (Value, error) { return cplx(Int(2), lst()) }, "TypeError: complex() second argument must be a number, not 'list'"},
		{"pow(1j, 2, 3)", func() (Value, error) { return PowMod(th, j, Int(2), Int(3)) }, "ValueError: complex modulo"},
		{"pow(2, 1j, 3)", func() (Value, error) { return PowMod(th, Int(2), j, Int(3)) }, "ValueError: complex modulo"},
		{"pow(2, 3, 1.5)", func() (Value, error) { return PowMod(th, Int(2), Int(3), Float(1.5)) }, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow(1.5, 1j, 3)", func() (Value, error) { return PowMod(th, Float(1.5), j, Int(3)) }, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow(2, 3, 'x')", func() (Value, error) { return PowMod(th, Int(2), Int(3), pv("x")) }, "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'"},
		{"pow(2, 10, 1000)", func() (Value, error) { return PowMod(th, Int(2), Int(10), Int(1000)) }, "24"},
	})
}
