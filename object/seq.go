package object

import "unsafe"

// AsType returns v as a *Type when v is a type object.
func (v Value) AsType() (*Type, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == TypeType {
		return (*Type)(v.p), true
	}
	return nil, false
}

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }
