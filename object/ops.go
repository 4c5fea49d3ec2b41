package object

import (
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
	"github.com/adderpy/adder/internal/pyrepr"
)

// This file holds the generic operations the interpreter performs on any
// value, dispatching through the type slots with CPython's rules.

// NotImplemented is the NotImplemented singleton.
var NotImplemented = FromPointer(unsafe.Pointer(&notImplementedObject))

var notImplementedObject Header

// Ellipsis is the Ellipsis singleton.
var Ellipsis = FromPointer(unsafe.Pointer(&ellipsisObject))

var ellipsisObject Header

// SameFunc reports whether two slot functions are the same Go function (Go
// does not compare funcs; a func value is a pointer to its closure, static
// for top-level functions).
func SameFunc[F any](f, g F) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&f)) == *(*unsafe.Pointer)(unsafe.Pointer(&g))
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (*Str, error) {
	repr := v.Type().Repr
	r, err := repr(t, v)
	if err != nil {
		return nil, err
	}
	s, ok := r.exactStr()
	if !ok {
		return nil, Errorf(TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// StrOf returns str(v).
func StrOf(t *Thread, v Value) (*Str, error) {
	if s, ok := v.exactStr(); ok && v.Type() == StrType {
		return s, nil
	}
	str := v.Type().Str
	if str == nil {
		return Repr(t, v)
	}
	r, err := str(t, v)
	if err != nil {
		return nil, err
	}
	s, ok := r.exactStr()
	if !ok {
		return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	if v.IsInt() {
		return hashInt64(v.AsInt()), nil
	}
	switch typ := v.Type(); typ {
	case StrType:
		return (*Str)(v.p).Hash(), nil
	case TupleType:
		return tupleHash(t, v)
	}
	hash := v.Type().Hash
	if hash == nil {
		return 0, Errorf(TypeError, "unhashable type: '%s'", v.Type().tpName())
	}
	return hash(t, v)
}

// hashInt64 is hash(i) for an int in int64 range, as CPython computes it.
// An int of magnitude below the modulus 2**61-1 is its own hash (but -1,
// which CPython reserves for errors, hashes to -2).
func hashInt64(i int64) int64 {
	if uint64(i+(pyhash.Modulus-1)) < 2*pyhash.Modulus-1 && i != -1 {
		return i
	}
	return pyhash.Int(i)
}

// RichCompare returns the result of a op b, with CPython's reflection rules.
func RichCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.Compare != nil {
		checkedReverse = true
		r, err := tb.Compare(t, b, a, op.Swapped())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, err := tb.Compare(t, b, a, op.Swapped())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return Bool(a == b), nil
	case CmpNE:
		return Bool(a != b), nil
	}
	return Null, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), ta.tpName(), tb.tpName())
}

// Equal reports whether a == b (identity implies equality, as in CPython's
// container comparisons).
//
// Floats are immediates (DESIGN §2), so two NaNs with the same bits are
// the same object here, as on PyPy: [nan] == [float('nan')] is True, where
// CPython's distinct NaN objects make it False.
func Equal(t *Thread, a, b Value) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.IsInt() && b.IsInt() {
		return false, nil
	}
	switch ta, tb := a.Type(), b.Type(); {
	case ta == StrType && tb == StrType:
		return (*Str)(a.p).s == (*Str)(b.p).s, nil
	case ta == TupleType && tb == TupleType:
		return tuplesEqual(t, (*Tuple)(a.p).Items, (*Tuple)(b.p).Items)
	}
	r, err := RichCompare(t, a, b, CmpEQ)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// quickEqual is Equal(a, b) for the values it can compare without running
// Python code or allocating: those of quickScalarEqual and two exact
// tuples of such values. ok is false when only Equal can tell; nothing
// observable has happened then, so the caller can go on with Equal.
func quickEqual(a, b Value) (eq, ok bool) {
	if a.Type() != TupleType || b.Type() != TupleType {
		return quickScalarEqual(a, b)
	}
	x, y := (*Tuple)(a.p).Items, (*Tuple)(b.p).Items
	if len(x) != len(y) {
		return false, true
	}
	for i := range x {
		// Items compare in order, as tuplesEqual compares them: an unequal
		// item decides before a later item would run code.
		if eq, ok := quickScalarEqual(x[i], y[i]); !ok || !eq {
			return false, ok
		}
	}
	return true, true
}

// quickScalarEqual is quickEqual for identical values, two immediate ints
// and two exact strs (small enough to inline).
func quickScalarEqual(a, b Value) (eq, ok bool) {
	switch {
	case a == b:
		return true, true
	case a.IsInt() && b.IsInt():
		return false, true
	case a.Type() == StrType && b.Type() == StrType:
		return (*Str)(a.p).s == (*Str)(b.p).s, true
	}
	return false, false
}

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch {
	case v.IsBool() || v.IsInt():
		return v.n != 0, nil
	case v.IsNone():
		return false, nil
	case v.IsFloat():
		return v.AsFloat() != 0, nil
	}
	typ := v.Type()
	if typ.Bool != nil {
		return typ.Bool(t, v)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, v)
		return n != 0, err
	}
	return true, nil
}

// BinaryOp returns a op b, trying the left operand's slot, then the right's
// (first when the right operand's type is a subclass of the left's), then
// sequence concatenation and repetition, as CPython's binary_op1 does.
func BinaryOp(t *Thread, a, b Value, op Operator) (Value, error) {
	r, err := binaryOp1(t, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return binaryFallback(t, a, b, op, false)
}

// InPlaceOp returns the result of a op= b: the in-place slot of a first,
// then BinaryOp's rules.
func InPlaceOp(t *Thread, a, b Value, op Operator) (Value, error) {
	if f := a.Type().InPlace[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryOp1(t, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if op == OpAdd {
		if f := a.Type().SeqInPlaceConcat; f != nil {
			return f(t, a, b)
		}
	}
	return binaryFallback(t, a, b, op, true)
}

func binaryOp1(t *Thread, a, b Value, op Operator) (Value, error) {
	ta, tb := a.Type(), b.Type()
	slotA := ta.Binary[op]
	var slotB BinaryFunc
	if ta != tb {
		slotB = tb.Binary[op]
		if slotB != nil && slotA != nil && SameFunc(slotA, slotB) {
			slotB = nil
		}
	}
	if slotA != nil {
		if slotB != nil && tb.IsSubtype(ta) {
			r, err := slotB(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotB = nil
		}
		r, err := slotA(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotB != nil {
		return slotB(t, a, b)
	}
	return NotImplemented, nil
}

// binaryFallback handles what number slots did not: sequence concatenation
// and repetition, and the TypeError (naming the augmented operator, "+=",
// for an in-place operation).
func binaryFallback(t *Thread, a, b Value, op Operator, inplace bool) (Value, error) {
	switch op {
	case OpAdd:
		if f := a.Type().SeqConcat; f != nil {
			return f(t, a, b)
		}
	case OpMul:
		if f := a.Type().SeqRepeat; f != nil {
			return f(t, a, b)
		}
		if f := b.Type().SeqRepeat; f != nil {
			return f(t, b, a)
		}
	}
	symbol := op.Symbol()
	if inplace {
		symbol = binaryOpInfo[op].token + "="
	}
	return Null, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.Type().tpName(), b.Type().tpName())
}

// GetAttr returns getattr(v, name); name must be interned.
func GetAttr(t *Thread, v Value, name *Str) (Value, error) {
	get := v.Type().GetAttr
	if get == nil {
		return Null, noAttributeError(v, name)
	}
	return get(t, v, name)
}

// SetAttr sets (or, for a Null value, deletes) the attribute name (interned).
func SetAttr(t *Thread, v Value, name *Str, value Value) error {
	set := v.Type().SetAttr
	if set == nil {
		if v.Type().Lookup(name).IsNull() {
			return Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Type().tpName(), name.s)
		}
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", v.Type().tpName(), name.s)
	}
	return set(t, v, name, value)
}

// GetItem returns v[key].
func GetItem(t *Thread, v, key Value) (Value, error) {
	get := v.Type().GetItem
	if get == nil {
		if typ, ok := v.AsType(); ok {
			return classGetItem(t, typ, key)
		}
		return Null, Errorf(TypeError, "'%s' object is not subscriptable", v.Type().tpName())
	}
	return get(t, v, key)
}

// classGetItem implements C[key] for a class through __class_getitem__.
func classGetItem(t *Thread, typ *Type, key Value) (Value, error) {
	f := typ.Lookup(Intern("__class_getitem__"))
	if f.IsNull() {
		return Null, Errorf(TypeError, "type '%s' is not subscriptable", typ.tpName())
	}
	if get := f.Type().DescrGet; get != nil {
		var err error
		if f, err = get(t, f, Null, typ); err != nil {
			return Null, err
		}
	}
	return Call1(t, f, key)
}

// SetItem sets v[key] = value, or deletes v[key] when value is Null.
func SetItem(t *Thread, v, key, value Value) error {
	set := v.Type().SetItem
	if set == nil {
		if value.IsNull() {
			// CPython's sequence path (an index on a type with items) says
			// "doesn't", the general one "does not".
			if v.Type().GetItem != nil && key.Type().Index != nil {
				return Errorf(TypeError, "'%s' object doesn't support item deletion", v.Type().tpName())
			}
			return Errorf(TypeError, "'%s' object does not support item deletion", v.Type().tpName())
		}
		return Errorf(TypeError, "'%s' object does not support item assignment", v.Type().tpName())
	}
	return set(t, v, key, value)
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	l := v.Type().Len
	if l == nil {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", v.Type().tpName())
	}
	return l(t, v)
}

// Iter returns iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := v.Type()
	if typ.Iter == nil {
		if typ.GetItem != nil {
			return NewSeqIter(v), nil
		}
		return Null, Errorf(TypeError, "'%s' object is not iterable", typ.tpName())
	}
	it, err := typ.Iter(t, v)
	if err != nil {
		return Null, err
	}
	if it.Type().Next == nil {
		return Null, Errorf(TypeError, "iter() returned non-iterator of type '%s'", it.Type().tpName())
	}
	return it, nil
}

// Next advances the iterator it, returning Null at the end, whether the
// iterator signals it by returning Null or by raising StopIteration (whose
// value is dropped; callers that need it, such as next() and yield from,
// call the Next slot themselves).
func Next(t *Thread, it Value) (Value, error) {
	next := it.Type().Next
	if next == nil {
		return Null, Errorf(TypeError, "'%s' object is not an iterator", it.Type().tpName())
	}
	v, err := next(t, it)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ.IsSubtype(StopIteration) {
			return Null, nil
		}
	}
	return v, err
}

// Contains returns `v in container`.
func Contains(t *Thread, container, v Value) (bool, error) {
	typ := container.Type()
	if typ.Contains != nil {
		return typ.Contains(t, container, v)
	}
	it, err := Iter(t, container)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ == TypeError {
			return false, Errorf(TypeError, "argument of type '%s' is not iterable", typ.Name)
		}
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return false, err
		}
		if eq, err := Equal(t, x, v); err != nil || eq {
			return eq, err
		}
	}
}

var strFormatMethod = Intern("__format__")

// Format returns format(v, spec): type(v).__format__(v, spec), which must
// return a str.
func Format(t *Thread, v, spec Value) (Value, error) {
	m := v.Type().Lookup(strFormatMethod)
	if m.IsNull() {
		return Null, Errorf(TypeError, "Type %s doesn't define __format__", v.Type().Name)
	}
	r, err := Call(t, m, []Value{v, spec}, nil)
	if err != nil {
		return Null, err
	}
	if _, ok := r.exactStr(); !ok {
		return Null, Errorf(TypeError, "__format__ must return a str, not %s", r.Type().Name)
	}
	return r, nil
}

// ASCII returns ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(t *Thread, v Value) (*Str, error) {
	r, err := Repr(t, v)
	if err != nil || r.IsASCII() {
		return r, err
	}
	return NewStr(pyrepr.EscapeNonASCII(r.s)), nil
}

// ID returns id(v): the address of a heap object; for an immediate, a
// number derived from its payload that no heap object can have (heap
// addresses are multiples of 8).
func ID(v Value) int64 {
	if v.IsImmediate() {
		return int64(uintptr(v.p)) + int64(v.n)<<3 | 1
	}
	return int64(uintptr(v.p))
}
