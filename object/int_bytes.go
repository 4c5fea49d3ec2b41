// int_bytes.go: int.to_bytes and int.from_bytes, the conversions between
// ints and two's complement byte strings.

package object

import (
	"math/big"
)

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	var a [3]Value
	if err := ParseArgs("to_bytes", args[1:], kwnames, []string{"length", "byteorder", "signed"}, 0, 2, a[:]); err != nil {
		return Null, err
	}
	length := 1
	if !a[0].IsNull() {
		n, err := IndexInt(t, a[0])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, NewError(ValueError, "length argument must be non-negative")
		}
		length = n
	}
	little, err := byteOrderArg("to_bytes", a[1])
	if err != nil {
		return Null, err
	}
	signed, err := signedArg(t, a[2])
	if err != nil {
		return Null, err
	}
	x, _ := AsBigInt(args[0])
	if x.Sign() < 0 && !signed {
		return Null, NewError(OverflowError, "can't convert negative int to unsigned")
	}
	// Fits when -2**(8n-1) <= x < 2**(8n-1) (signed) or x < 2**(8n).
	nbits := x.BitLen()
	if signed && x.Sign() < 0 {
		// -2**(k) needs k+1 bits: for negative x the magnitude of x+1 decides.
		nbits = new(big.Int).Add(x, bigOne).BitLen()
	}
	if signed {
		nbits++
	}
	if nbits > 8*length {
		return Null, NewError(OverflowError, "int too big to convert")
	}
	b := make([]byte, length)
	if x.Sign() < 0 {
		// Two's complement: 2**(8n) + x.
		x.Add(x, new(big.Int).Lsh(bigOne, uint(8*length)))
	}
	x.FillBytes(b)
	if little {
		reverseBytes(b)
	}
	return NewBytes(b), nil
}

// intFromBytes is the class method int.from_bytes(bytes, byteorder='big',
// *, signed=False); for a subclass of int it returns cls(value).
func intFromBytes(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	var a [3]Value
	if err := ParseArgs("from_bytes", args[1:], kwnames, []string{"bytes", "byteorder", "signed"}, 1, 2, a[:]); err != nil {
		return Null, err
	}
	little, err := byteOrderArg("from_bytes", a[1])
	if err != nil {
		return Null, err
	}
	signed, err := signedArg(t, a[2])
	if err != nil {
		return Null, err
	}
	data, ok := BytesData(a[0])
	if !ok {
		// bytes(x) without its bytes(n) meaning (CPython's PyObject_Bytes).
		if _, _, isInt := intOperand(a[0]); isInt || a[0].Type().IsSubtype(StrType) {
			return Null, Errorf(TypeError, "cannot convert '%s' object to bytes", a[0].Type().Name)
		}
		b, err := Call(t, BytesType.AsValue(), []Value{a[0]}, nil)
		if err != nil {
			return Null, err
		}
		data = bytesOf(b)
	}
	data = append([]byte(nil), data...)
	if little {
		reverseBytes(data)
	}
	x := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(bigOne, uint(8*len(data))))
	}
	v := IntFromBig(x)
	if cls := args[0]; cls != IntType.AsValue() {
		return Call(t, cls, []Value{v}, nil)
	}
	return v, nil
}

// byteOrderArg converts the byteorder argument of fname; Null is 'big'.
func byteOrderArg(fname string, v Value) (little bool, err error) {
	if v.IsNull() {
		return false, nil
	}
	s, ok := v.AsStr()
	if !ok {
		return false, Errorf(TypeError, "%s() argument 'byteorder' must be str, not %s", fname, ArgTypeName(v))
	}
	switch s.s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewError(ValueError, "byteorder must be either 'little' or 'big'")
}

// signedArg converts the signed argument; Null is False.
func signedArg(t *Thread, v Value) (bool, error) {
	if v.IsNull() {
		return false, nil
	}
	return Truth(t, v)
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}
