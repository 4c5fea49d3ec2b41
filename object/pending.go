package object

// This file holds stand-ins for functions that engineers are writing on
// other branches (classes: IsInstance, IsSubclass, CalculateMetaclass;
// containers: NewCallableIter, NewSlice). Each is
// replaced by the real one when its branch merges, and this file then
// disappears. Each stand-in does its job correctly for the cases it
// handles and raises NotImplementedError otherwise.

// IsInstance is isinstance(obj, cls) for a class or a tuple of classes.
func IsInstance(t *Thread, obj, cls Value) (bool, error) {
	if tup, ok := cls.AsTuple(); ok {
		for _, c := range tup.Items {
			if r, err := IsInstance(t, obj, c); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	typ, ok := cls.AsType()
	if !ok {
		return false, NewError(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return obj.Type().IsSubtype(typ), nil
}

// IsSubclass is issubclass(derived, cls).
func IsSubclass(t *Thread, derived, cls Value) (bool, error) {
	d, ok := derived.AsType()
	if !ok {
		return false, NewError(TypeError, "issubclass() arg 1 must be a class")
	}
	if tup, ok := cls.AsTuple(); ok {
		for _, c := range tup.Items {
			if r, err := IsSubclass(t, derived, c); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	typ, ok := cls.AsType()
	if !ok {
		return false, NewError(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return d.IsSubtype(typ), nil
}

// CalculateMetaclass returns the most derived metaclass of meta and the
// types of bases.
func CalculateMetaclass(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		switch {
		case winner.IsSubtype(bt):
		case bt.IsSubtype(winner):
			winner = bt
		default:
			return nil, NewError(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// NewCallableIter returns iter(callable, sentinel).
func NewCallableIter(callable, sentinel Value) Value {
	panic("BUG: NewCallableIter pending")
}
