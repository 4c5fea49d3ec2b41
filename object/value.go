package object

import (
	"math"
	"unsafe"
)

// Header starts every heap object: its first field is the object's type.
// Immediates point at a static Header instead (see Value).
type Header struct {
	typ *Type
}

// Value is a Python value: two words, passed by value.
//
// For a heap object, p points at the object (whose first field is a Header)
// and n is 0. For an immediate, p points at one of the static headers below
// and n holds the payload: an int64 for int, the IEEE bits for float, 0 or 1
// for bool, 0 for None. The zero Value is Null: "no value" (an unbound local,
// a missing dict entry, a deleted attribute); it is never visible to Python
// code.
//
// Because both words are compared, `is` on equal small ints and equal floats
// is true, as on PyPy.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// The static headers of the immediate kinds. Their types are filled in when
// the built-in types are created.
var (
	intHeader   Header
	floatHeader Header
	boolHeader  Header
	noneHeader  Header
)

// Null is the zero Value: no value.
var Null Value

// The singleton immediates.
var (
	None  = Value{p: unsafe.Pointer(&noneHeader)}
	True  = Value{p: unsafe.Pointer(&boolHeader), n: 1}
	False = Value{p: unsafe.Pointer(&boolHeader)}
)

// Int returns the int i (an immediate).
func Int(i int64) Value { return Value{p: unsafe.Pointer(&intHeader), n: uint64(i)} }

// Float returns the float f (an immediate).
func Float(f float64) Value { return Value{p: unsafe.Pointer(&floatHeader), n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// FromPointer returns the Value of a heap object. p must point at a struct
// whose first field is a Header with its type set.
func FromPointer(p unsafe.Pointer) Value { return Value{p: p} }

// Pointer returns the heap object of v (for an immediate, its static header).
func (v Value) Pointer() unsafe.Pointer { return v.p }

// Type returns the Python type of v. v must not be Null.
func (v Value) Type() *Type { return (*Header)(v.p).typ }

// IsNull reports whether v is the Null value.
func (v Value) IsNull() bool { return v.p == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == unsafe.Pointer(&noneHeader) }

// IsInt reports whether v is an immediate int (an exact int in int64 range).
// Big ints, bools and int subclasses are not immediate ints.
func (v Value) IsInt() bool { return v.p == unsafe.Pointer(&intHeader) }

// IsFloat reports whether v is an immediate float (an exact float).
func (v Value) IsFloat() bool { return v.p == unsafe.Pointer(&floatHeader) }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.p == unsafe.Pointer(&boolHeader) }

// IsImmediate reports whether v is an int, float, bool or None immediate.
func (v Value) IsImmediate() bool {
	return v.p == unsafe.Pointer(&intHeader) || v.p == unsafe.Pointer(&floatHeader) ||
		v.p == unsafe.Pointer(&boolHeader) || v.p == unsafe.Pointer(&noneHeader)
}

// AsInt returns the payload of an immediate int (or bool: 0 or 1).
func (v Value) AsInt() int64 { return int64(v.n) }

// AsFloat returns the payload of an immediate float.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// Is reports whether v and w are the same object (Python's `is`).
func (v Value) Is(w Value) bool { return v == w }

// Payload returns the raw payload word (for the JIT and hashing of
// immediates).
func (v Value) Payload() uint64 { return v.n }

// NewHeader returns the header of a new heap object of type typ, for types
// implemented outside this package.
func NewHeader(typ *Type) Header { return Header{typ} }

// SetType changes the type in a header (for __class__ assignment and for
// objects built before their type was known).
func (h *Header) SetType(typ *Type) { h.typ = typ }

// Type returns the type recorded in the header.
func (h *Header) Type() *Type { return h.typ }
