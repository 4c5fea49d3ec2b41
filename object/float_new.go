package object

// float_new.go: float(), conversions to float, and the methods and
// attributes of float.

import (
	"math"
	"math/big"
	"unsafe"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
)

// floatNew is float.__new__: float(), float(x).
func floatNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords("float", kwnames); err != nil {
		return Null, err
	}
	if err := CheckArity("float", args, nil, 0, 1); err != nil {
		return Null, err
	}
	x := 0.0
	if len(args) == 1 {
		var err error
		if x, err = floatOf(t, args[0]); err != nil {
			return Null, err
		}
	}
	if typ == FloatType {
		return Float(x), nil
	}
	p := typ.AllocInstance()
	(*floatObject)(p).V = x
	return FromPointer(unsafe.Pointer(p)), nil
}

// floatOf is float(x) for one argument: parsing a str, or ToFloat.
func floatOf(t *Thread, x Value) (float64, error) {
	if s, ok := x.AsStr(); ok {
		f, err := floatfmt.Parse(s.String())
		if err != nil {
			return 0, Errorf(ValueError, "could not convert string to float: %s", pyrepr.Str(s.String()))
		}
		return f, nil
	}
	if typ := x.Type(); typ.Float == nil && typ.Index == nil {
		if b, ok := contiguousBuffer(x); ok {
			f, err := floatfmt.ParseBytes(b)
			if err != nil {
				// CPython names the object itself: "... float: bytearray(b'x')".
				r, rerr := Repr(t, x)
				if rerr != nil {
					return 0, rerr
				}
				return 0, Errorf(ValueError, "could not convert string to float: %s", r.String())
			}
			return f, nil
		}
	}
	return ToFloat(t, x)
}

// ToFloat converts a real number to a float64 as CPython's
// PyFloat_AsDouble does: a float's value, else __float__ (which must
// return a float), else __index__ (an int converted with OverflowError).
func ToFloat(t *Thread, v Value) (float64, error) {
	if x, ok := AsFloat64(v); ok {
		return x, nil
	}
	if v.IsInt() {
		return float64(v.AsInt()), nil
	}
	typ := v.Type()
	if f := typ.Float; f != nil {
		r, err := f(t, v)
		if err != nil {
			return 0, err
		}
		x, ok := AsFloat64(r)
		if !ok {
			return 0, Errorf(TypeError, "%.50s.__float__ returned non-float (type %.50s)", typ.tpName(), r.Type().tpName())
		}
		return x, nil
	}
	if typ.Index != nil {
		i, err := Index(t, v)
		if err != nil {
			return 0, err
		}
		return intToFloat(i)
	}
	return 0, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", typ.tpName())
}

func initFloatMethods(t *Type) {
	t.AddMethods([]MethodDef{
		{Name: "is_integer", Fn: floatMethod0("is_integer", func(x float64) (Value, error) {
			return Bool(x == math.Trunc(x) && !math.IsInf(x, 0)), nil
		}), Doc: "Return True if the float is an integer."},
		{Name: "as_integer_ratio", Fn: floatMethod0("as_integer_ratio", floatAsIntegerRatio),
			Doc: "Return integer ratio."},
		{Name: "hex", Fn: floatMethod0("hex", func(x float64) (Value, error) { return StrValue(floatfmt.Hex(x)), nil }),
			Doc: "Return a hexadecimal representation of a floating-point number."},
		{Name: "conjugate", Fn: floatMethod0("conjugate", floatValue), Doc: "Return self, the complex conjugate of any float."},
		{Name: "__trunc__", Fn: floatMethod0("__trunc__", FloatToInt), Doc: "Return the Integral closest to x between 0 and x."},
		{Name: "__floor__", Fn: floatMethod0("__floor__", func(x float64) (Value, error) { return FloatToInt(math.Floor(x)) }),
			Doc: "Return the floor as an Integral."},
		{Name: "__ceil__", Fn: floatMethod0("__ceil__", func(x float64) (Value, error) { return FloatToInt(math.Ceil(x)) }),
			Doc: "Return the ceiling as an Integral."},
		{Name: "__getnewargs__", Fn: floatMethod0("__getnewargs__", func(x float64) (Value, error) {
			return NewTuple(Float(x)).AsValue(), nil
		})},
		{Name: "__round__", Fn: floatRound, Doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
		{Name: "__format__", Fn: floatFormatMethod, Doc: "Formats the float according to format_spec."},
		{Name: "__pow__", Fn: powMethod(false), Doc: "Return pow(self, value, mod)."},
		{Name: "__rpow__", Fn: powMethod(true), Doc: "Return pow(value, self, mod)."},
		{Name: "__divmod__", Fn: divmodMethod(false), Doc: "Return divmod(self, value)."},
		{Name: "__rdivmod__", Fn: divmodMethod(true), Doc: "Return divmod(value, self)."},
		{Name: "fromhex", Fn: floatFromHex, Kind: ClassMethod, Doc: "Create a floating-point number from a hexadecimal string."},
		{Name: "__getformat__", Fn: floatGetFormat, Kind: ClassMethod, Doc: "You probably don't want to use this function."},
	})
	t.AddGetSets([]GetSetDef{
		{Name: "real", Get: func(_ *Thread, v Value) (Value, error) { x, _ := AsFloat64(v); return Float(x), nil }, Doc: "the real part of a complex number"},
		{Name: "imag", Get: func(*Thread, Value) (Value, error) { return Float(0), nil }, Doc: "the imaginary part of a complex number"},
	})
}

func floatValue(x float64) (Value, error) { return Float(x), nil }

// floatMethod0 makes a float method without arguments.
func floatMethod0(name string, f func(x float64) (Value, error)) NativeFunc {
	name = "float." + name
	return func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckMethodArity(name, args[1:], kwnames, 0, 0); err != nil {
			return Null, err
		}
		x, _ := AsFloat64(args[0])
		return f(x)
	}
}

func floatAsIntegerRatio(x float64) (Value, error) {
	switch {
	case math.IsInf(x, 0):
		return Null, NewError(OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return Null, NewError(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple(IntFromBig(new(big.Int).Set(r.Num())), IntFromBig(new(big.Int).Set(r.Denom()))).AsValue(), nil
}

// floatRound is float.__round__(ndigits=None).
func floatRound(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("float.__round__", args[1:], kwnames, 0, 1); err != nil {
		return Null, err
	}
	x, _ := AsFloat64(args[0])
	if len(args) == 1 || args[1].IsNone() {
		return FloatToInt(math.RoundToEven(x))
	}
	nd, err := Index(t, args[1])
	if err != nil {
		return Null, err
	}
	n, ok := AsInt64(nd)
	if !ok {
		// Far beyond any float's digits: x itself, or a zero.
		if i, _ := AsBigInt(nd); i.Sign() > 0 {
			n = math.MaxInt32
		} else {
			n = math.MinInt32
		}
	}
	r, err := floatfmt.Round(x, int(max(min(n, math.MaxInt32), math.MinInt32)))
	if err != nil {
		return Null, floatfmtError(err)
	}
	return Float(r), nil
}

// floatFromHex is the class method float.fromhex(string).
func floatFromHex(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("float.fromhex", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	s, ok := args[1].AsStr()
	if !ok {
		return Null, NewError(TypeError, "bad argument type for built-in operation")
	}
	x, err := floatfmt.FromHex(s.String())
	if err != nil {
		return Null, floatfmtError(err)
	}
	if cls, _ := args[0].AsType(); cls != FloatType {
		return Call(t, args[0], []Value{Float(x)}, nil)
	}
	return Float(x), nil
}

// floatGetFormat is the class method float.__getformat__(typestr).
func floatGetFormat(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("float.__getformat__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	s, ok := args[1].AsStr()
	if !ok {
		return Null, Errorf(TypeError, "__getformat__() argument must be str, not %s", ArgTypeName(args[1]))
	}
	if s.String() != "double" && s.String() != "float" {
		return Null, NewError(ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
	}
	return StrValue("IEEE, little-endian"), nil
}
