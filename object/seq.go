package object

import "unsafe"

// Tuple is a Python tuple.
type Tuple struct {
	Header
	Items []Value
}

// List is a Python list.
type List struct {
	Header
	Items []Value
}

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items ...Value) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Header{TupleType}, items}
}

// EmptyTuple is the () singleton.
var EmptyTuple = &Tuple{}

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Header{ListType}, items} }

// AsValue returns the tuple as a Value.
func (t *Tuple) AsValue() Value { return FromPointer(unsafe.Pointer(t)) }

// AsValue returns the list as a Value.
func (l *List) AsValue() Value { return FromPointer(unsafe.Pointer(l)) }

// AsTuple returns v as a *Tuple when v is a tuple or tuple subclass.
func (v Value) AsTuple() (*Tuple, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == TupleType {
		return (*Tuple)(v.p), true
	}
	return nil, false
}

// AsList returns v as a *List when v is a list or list subclass.
func (v Value) AsList() (*List, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == ListType {
		return (*List)(v.p), true
	}
	return nil, false
}

// AsDict returns v as a *Dict when v is a dict or dict subclass.
func (v Value) AsDict() (*Dict, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == DictType {
		return (*Dict)(v.p), true
	}
	return nil, false
}

// AsType returns v as a *Type when v is a type object.
func (v Value) AsType() (*Type, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == TypeType {
		return (*Type)(v.p), true
	}
	return nil, false
}

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }
