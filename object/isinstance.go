package object

// This file holds isinstance() and issubclass(), with CPython's protocol:
// nested tuples and unions (int | str), __instancecheck__ / __subclasscheck__ on the metaclass,
// the __class__ fallback and classes that are not types but have
// __bases__.

var (
	dunderInstanceCheck = Intern("__instancecheck__")
	dunderSubclassCheck = Intern("__subclasscheck__")
	dunderBases         = Intern("__bases__")
)

// IsInstance returns isinstance(obj, cls).
func IsInstance(t *Thread, obj, cls Value) (bool, error) {
	if obj.Type().AsValue() == cls {
		return true, nil
	}
	if c, ok := cls.AsType(); ok && cls.Type() == TypeType {
		return objectIsInstance(t, obj, c.AsValue())
	}
	tu, ok := cls.AsTuple()
	if ok && cls.Type() == TupleType || cls.Type() == UnionType {
		if !ok {
			tu, _ = unionArgs(cls)
		}
		return checkEach(t, tu.Items, " in __instancecheck__", func(item Value) (bool, error) {
			return IsInstance(t, obj, item)
		})
	}
	if checker := cls.Type().Lookup(dunderInstanceCheck); !checker.IsNull() {
		if checker == typeInstanceCheckMethod {
			return objectIsInstance(t, obj, cls)
		}
		return callCheck(t, checker, cls, obj, " in __instancecheck__")
	}
	return objectIsInstance(t, obj, cls)
}

// IsSubclass returns issubclass(derived, cls).
func IsSubclass(t *Thread, derived, cls Value) (bool, error) {
	if c, ok := cls.AsType(); ok && cls.Type() == TypeType {
		if derived == cls {
			return true, nil
		}
		return recursiveIsSubclass(t, derived, c.AsValue())
	}
	tu, ok := cls.AsTuple()
	if ok && cls.Type() == TupleType || cls.Type() == UnionType {
		if !ok {
			tu, _ = unionArgs(cls)
		}
		return checkEach(t, tu.Items, " in __subclasscheck__", func(item Value) (bool, error) {
			return IsSubclass(t, derived, item)
		})
	}
	if checker := cls.Type().Lookup(dunderSubclassCheck); !checker.IsNull() {
		if checker == typeSubclassCheckMethod {
			return recursiveIsSubclass(t, derived, cls)
		}
		return callCheck(t, checker, cls, derived, " in __subclasscheck__")
	}
	return recursiveIsSubclass(t, derived, cls)
}

// checkEach runs check on the items of a tuple or union given to
// isinstance or issubclass until one is true. (The defers of checkEach and
// callCheck are kept out of IsInstance and IsSubclass, where they would
// cost every call.)
func checkEach(t *Thread, items []Value, where string, check func(item Value) (bool, error)) (bool, error) {
	if err := t.Enter(where); err != nil {
		return false, err
	}
	defer t.Leave()
	for _, item := range items {
		if r, err := check(item); err != nil || r {
			return r, err
		}
	}
	return false, nil
}

// callCheck returns the truth of checker(cls, x), a metaclass's
// __instancecheck__ or __subclasscheck__.
func callCheck(t *Thread, checker, cls, x Value, where string) (bool, error) {
	if err := t.Enter(where); err != nil {
		return false, err
	}
	defer t.Leave()
	r, err := callSpecial(t, checker, cls, x)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// objectIsInstance is type.__instancecheck__: the type check, then the
// __class__ attribute.
func objectIsInstance(t *Thread, obj, cls Value) (bool, error) {
	if c, ok := cls.AsType(); ok {
		if obj.Type().IsSubtype(c) {
			return true, nil
		}
		icls, err := classAttr(t, obj)
		if err != nil || icls.IsNull() {
			return false, err
		}
		if it, ok := icls.AsType(); ok && it != obj.Type() {
			return it.IsSubtype(c), nil
		}
		return false, nil
	}
	if ok, err := isClassLike(t, cls); err != nil {
		return false, err
	} else if !ok {
		return false, NewError(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	icls, err := classAttr(t, obj)
	if err != nil || icls.IsNull() {
		return false, err
	}
	return abstractIsSubclass(t, icls, cls)
}

// classAttr returns obj.__class__, or Null when it has none.
func classAttr(t *Thread, obj Value) (Value, error) {
	// Found by object.__getattribute__ as object's data descriptor,
	// __class__ is the type, without the lookup (isinstance with a class
	// the object is no instance of asks for it every time).
	if typ := obj.Type(); cacheable(typ, false) && typ.Lookup(dunderClass) == ObjectType.Lookup(dunderClass) {
		return typ.AsValue(), nil
	}
	c, err := GetAttr(t, obj, dunderClass)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
			return Null, nil
		}
		return Null, err
	}
	return c, nil
}

// recursiveIsSubclass is type.__subclasscheck__.
func recursiveIsSubclass(t *Thread, derived, cls Value) (bool, error) {
	if c, ok := cls.AsType(); ok {
		if d, ok := derived.AsType(); ok {
			return d.IsSubtype(c), nil
		}
	}
	if ok, err := isClassLike(t, derived); err != nil || !ok {
		if err == nil {
			err = NewError(TypeError, "issubclass() arg 1 must be a class")
		}
		return false, err
	}
	if ok, err := isClassLike(t, cls); err != nil || !ok {
		if err == nil {
			err = NewError(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		return false, err
	}
	return abstractIsSubclass(t, derived, cls)
}

// bases returns cls.__bases__ when it is a tuple, else nil.
func bases(t *Thread, cls Value) (*Tuple, error) {
	b, err := GetAttr(t, cls, dunderBases)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	tu, _ := b.AsTuple()
	return tu, nil
}

// isClassLike reports whether cls is a type or has a tuple __bases__.
func isClassLike(t *Thread, cls Value) (bool, error) {
	if _, ok := cls.AsType(); ok {
		return true, nil
	}
	b, err := bases(t, cls)
	return b != nil, err
}

// abstractIsSubclass walks __bases__ from derived looking for cls.
func abstractIsSubclass(t *Thread, derived, cls Value) (bool, error) {
	for {
		if derived == cls {
			return true, nil
		}
		b, err := bases(t, derived)
		if err != nil || b == nil || len(b.Items) == 0 {
			return false, err
		}
		if len(b.Items) == 1 {
			derived = b.Items[0]
			continue
		}
		if err := t.Enter(" in __subclasscheck__"); err != nil {
			return false, err
		}
		for _, base := range b.Items {
			if r, err := abstractIsSubclass(t, base, cls); err != nil || r {
				t.Leave()
				return r, err
			}
		}
		t.Leave()
		return false, nil
	}
}

// The __instancecheck__ and __subclasscheck__ methods of type, which
// IsInstance and IsSubclass call directly.
var typeInstanceCheckMethod, typeSubclassCheckMethod Value

func typeInstanceCheck(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__instancecheck__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	r, err := objectIsInstance(t, args[1], args[0])
	return Bool(r), err
}

func typeSubclassCheck(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("__subclasscheck__", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	r, err := recursiveIsSubclass(t, args[1], args[0])
	return Bool(r), err
}
