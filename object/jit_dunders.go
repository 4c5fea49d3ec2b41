package object

// jit_dunders.go: which Python-level method an operator or a call on
// instances of classes runs first, as BinaryOp, InPlaceOp, RichCompare
// and Call dispatch through the type slots, for the JIT, which inlines
// that method's call. Each function answers only when the operand types
// alone decide the method and nothing that could return a result runs
// before it; the caller guards the types and their versions.

// FirstBinaryDunder returns the method that BinaryOp (InPlaceOp when
// inplace) of operands of types ta and tb calls first: the attribute
// found on its type, called as fn(a, b), or as fn(b, a) when reflected.
// ok is false when a built-in slot that might return a result comes
// first, or no method is called at all.
func FirstBinaryDunder(ta, tb *Type, op Operator, inplace bool) (fn Value, reflected, ok bool) {
	if inplace {
		switch f := ta.InPlace[op]; {
		case f == nil:
		case SameFunc(f, fieldInPlace[op].dispatch):
			if d := ta.Lookup(Intern(binaryOpInfo[op].iname)); !d.IsNull() {
				return d, false, true
			}
			// No __iop__: NotImplemented without a call.
		default:
			return Null, false, false
		}
	}
	dispatch := fieldBinary[op].dispatch
	name, rname := Intern(binaryOpInfo[op].name), Intern(binaryOpInfo[op].rname)
	slotA, slotB := ta.Binary[op], tb.Binary[op]
	isA := slotA != nil && SameFunc(slotA, dispatch)
	isB := ta != tb && slotB != nil && SameFunc(slotB, dispatch)
	switch {
	case isA:
		if ta != tb && slotB != nil && !isB && tb.IsSubtype(ta) {
			return Null, false, false // b's built-in slot runs first
		}
		if isB && tb.IsSubtype(ta) && methodIsOverloaded(ta, tb, rname) {
			return tb.Lookup(rname), true, true
		}
		if d := ta.Lookup(name); !d.IsNull() {
			return d, false, true
		}
	case !isB:
		return Null, false, false
	case slotA != nil && !numberDeclines(ta, tb):
		return Null, false, false
	}
	// a's method is missing or a's slot declines: b's reflected method.
	if d := tb.Lookup(rname); isB && !d.IsNull() {
		return d, true, true
	}
	return Null, false, false
}

// numberDeclines reports whether the built-in slots of ta, an int, bool
// or float type, return NotImplemented, without running anything else,
// for any instance of tb (whose instances are neither ints nor floats).
func numberDeclines(ta, tb *Type) bool {
	return (ta == IntType || ta == BoolType || ta == FloatType) && tb.solid != IntType && tb.solid != FloatType
}

// FirstCompareDunder returns the method that RichCompare of operands of
// types ta and tb with op calls first: the attribute found on its type,
// called as fn(a, b), or as fn(b, a) (the swapped operator's method)
// when reflected. Object's own ordering methods, which return
// NotImplemented, count as declining. ok is as for FirstBinaryDunder.
func FirstCompareDunder(ta, tb *Type, op CompareOp) (fn Value, reflected, ok bool) {
	dispatch := fieldCompare.dispatch
	// method returns what the slot of t calls for op, or Null when it
	// returns NotImplemented without running anything.
	method := func(t *Type, op CompareOp) Value {
		d := t.Lookup(compareNames[op])
		if op != CmpEQ && op != CmpNE && d == ObjectType.Lookup(compareNames[op]) {
			return Null
		}
		return d
	}
	isA := ta.Compare != nil && SameFunc(ta.Compare, dispatch)
	isB := tb.Compare != nil && SameFunc(tb.Compare, dispatch)
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.Compare != nil {
		if !isB {
			return Null, false, false
		}
		if d := method(tb, op.Swapped()); !d.IsNull() {
			return d, true, true
		}
		checkedReverse = true
	}
	switch {
	case isA:
		if d := method(ta, op); !d.IsNull() {
			return d, false, true
		}
	case ta.Compare != nil && !numberDeclines(ta, tb):
		return Null, false, false
	}
	if checkedReverse || !isB {
		return Null, false, false
	}
	if d := method(tb, op.Swapped()); !d.IsNull() {
		return d, true, true
	}
	return Null, false, false
}

// CallDunder returns the __call__ that calling an instance of t runs
// (called with the instance first), or Null when t's call slot is not
// the generic one that looks __call__ up.
func CallDunder(t *Type) Value {
	if t.Call == nil || !SameFunc(t.Call, fieldCall.dispatch) {
		return Null
	}
	return t.Lookup(dunderCall)
}

// BinaryOpDeclined returns a op b (a op= b when inplace) when the method
// FirstBinaryDunder returned for their types, fn, was called and
// returned NotImplemented: the JIT ran that call (inlined into a trace)
// and the dispatch goes on from there, trying the reflected method, the
// sequence slots, then raising TypeError.
func BinaryOpDeclined(t *Thread, a, b Value, op Operator, inplace bool, fn Value) (Value, error) {
	t.declined = fn
	defer func() { t.declined = Null }()
	if inplace {
		return InPlaceOp(t, a, b, op)
	}
	return BinaryOp(t, a, b, op)
}

// RichCompareDeclined is BinaryOpDeclined for RichCompare and
// FirstCompareDunder.
func RichCompareDeclined(t *Thread, a, b Value, op CompareOp, fn Value) (Value, error) {
	t.declined = fn
	defer func() { t.declined = Null }()
	return RichCompare(t, a, b, op)
}

// declines reports whether the dispatch running on t is to take
// method d for having returned NotImplemented (see BinaryOpDeclined):
// the first time it would call it, which is the first method it calls.
// d is not Null.
func (t *Thread) declines(d Value) bool {
	if d != t.declined {
		return false
	}
	t.declined = Null
	return true
}
