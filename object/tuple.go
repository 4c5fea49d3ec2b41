// tuple.go: the tuple type and its iterator.

package object

import (
	"strings"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// Tuple is a Python tuple. Items must not change once the tuple is visible
// to Python code.
type Tuple struct {
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
var EmptyTuple = &Tuple{Header: Header{TupleType}}

// AsValue returns the tuple as a Value.
func (t *Tuple) AsValue() Value { return FromPointer(unsafe.Pointer(t)) }

// AsTuple returns v as a *Tuple when v is a tuple or tuple subclass.
func (v Value) AsTuple() (*Tuple, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == TupleType {
		return (*Tuple)(v.p), true
	}
	return nil, false
}

// NewTupleOfType returns an instance of typ, tuple or a subclass of it,
// holding items (not copied); namedtuple and structseq types use it.
func NewTupleOfType(typ *Type, items []Value) *Tuple {
	if typ == TupleType {
		return NewTuple(items...)
	}
	tu := (*Tuple)(typ.AllocInstance())
	tu.Items = items
	return tu
}

// TupleIterType is the type of tuple iterators.
var TupleIterType = newBuiltinType("tuple_iterator", nil)

var _ = registerTypeInit(initTuple)

func initTuple() {
	typ := TupleType
	subclassable[Tuple](typ)
	typ.Doc = "Built-in immutable sequence."
	typ.New = tupleNew
	typ.Repr = tupleRepr
	typ.Hash = tupleHash
	typ.Compare = func(t *Thread, a, b Value, op CompareOp) (Value, error) {
		tb, ok := b.AsTuple()
		if !ok {
			return NotImplemented, nil
		}
		return tupleCompare(t, (*Tuple)(a.p).Items, tb.Items, op)
	}
	typ.Iter = func(_ *Thread, v Value) (Value, error) {
		return newSeqIter(TupleIterType, &(*Tuple)(v.p).Items, 0), nil
	}
	typ.Len = func(_ *Thread, v Value) (int, error) { return len((*Tuple)(v.p).Items), nil }
	typ.GetItem = tupleGetItem
	typ.Contains = func(t *Thread, container, v Value) (bool, error) {
		return seqContains(t, &(*Tuple)(container.p).Items, v)
	}
	typ.SeqConcat = tupleConcat
	typ.SeqRepeat = tupleRepeat
	typ.AddMethods([]MethodDef{
		{Name: "index", Fn: tupleIndex, Doc: "Return first index of value."},
		{Name: "count", Fn: tupleCount, Doc: "Return number of occurrences of value."},
		{Name: "__getnewargs__", Fn: tupleGetNewArgs},
		{Name: "__sizeof__", Fn: tupleSizeof, Doc: "Size of object in memory, in bytes."},
		{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"},
	})
	initSeqIter(TupleIterType)
}

func tupleNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	if typ == TupleType {
		if err := NoKeywords("tuple", kwnames); err != nil {
			return Null, err
		}
	}
	npos := Positional(args, kwnames)
	if npos > 1 {
		return Null, Errorf(TypeError, "tuple expected at most 1 argument, got %d", npos)
	}
	if npos == 0 {
		return NewTupleOfType(typ, nil).AsValue(), nil
	}
	if typ == TupleType && args[0].Type() == TupleType {
		return args[0], nil
	}
	items, err := Collect(t, args[0])
	if err != nil {
		return Null, err
	}
	return NewTupleOfType(typ, items).AsValue(), nil
}

func tupleRepr(t *Thread, v Value) (Value, error) {
	items := (*Tuple)(v.p).Items
	if len(items) == 0 {
		return StrValue("()"), nil
	}
	if !t.ReprEnter(v) {
		return StrValue("(...)"), nil
	}
	defer t.ReprLeave(v)
	closer := ")"
	if len(items) == 1 {
		closer = ",)"
	}
	var b strings.Builder
	if err := reprItems(t, &b, "(", closer, func() int { return len(items) }, func(i int) Value { return items[i] }); err != nil {
		return Null, err
	}
	return StrValue(b.String()), nil
}

// tupleHash is hash(v) for a tuple; the int and str items of most dict
// keys are hashed inline, without a call through Hash.
func tupleHash(t *Thread, v Value) (int64, error) {
	h := pyhash.NewTupleHasher()
	for _, x := range (*Tuple)(v.p).Items {
		var xh int64
		switch {
		case x.IsInt():
			xh = hashInt64(x.AsInt())
		case x.Type() == StrType:
			xh = (*Str)(x.p).Hash()
		default:
			var err error
			if xh, err = Hash(t, x); err != nil {
				return 0, err
			}
		}
		h.Add(xh)
	}
	return h.Sum(), nil
}

// tupleCompare is tuple comparison (seqCompare) with the items of the
// commonest kinds compared inline: leading items that are identical, equal
// strs or equal floats are skipped, and a first unequal pair of ints,
// floats or strs decides the order without Equal or RichCompare. Other
// items go to seqCompare from where they stand, which orders the rest
// exactly as it would order the whole tuples.
func tupleCompare(t *Thread, a, b []Value, op CompareOp) (Value, error) {
	if op == CmpEQ || op == CmpNE {
		return seqCompare(t, a, b, op)
	}
	n := min(len(a), len(b))
	for i := range n {
		x, y := a[i], b[i]
		switch {
		case x == y:
			continue
		case x.IsInt() && y.IsInt():
			return Bool(CompareOrdered(x.AsInt(), y.AsInt(), op)), nil
		case x.IsFloat() && y.IsFloat():
			if fx, fy := x.AsFloat(), y.AsFloat(); fx != fy {
				return Bool(CompareOrdered(fx, fy, op)), nil
			}
			continue
		case x.isStrExactly() && y.isStrExactly():
			// WTF-8 orders bytewise as code points do.
			if sx, sy := (*Str)(x.p).s, (*Str)(y.p).s; sx != sy {
				return Bool(CompareOrdered(sx, sy, op)), nil
			}
			continue
		}
		return seqCompare(t, a[i:], b[i:], op)
	}
	return Bool(CompareOrdered(len(a), len(b), op)), nil
}

// tuplesEqual is a == b for the items of two exact tuples, as their
// Compare slot computes it but without making a bool Value: the items
// compare in order, by quickScalarEqual where it can tell, else by Equal.
func tuplesEqual(t *Thread, a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i, x := range a {
		eq, ok := quickScalarEqual(x, b[i])
		if !ok {
			var err error
			if eq, err = Equal(t, x, b[i]); err != nil {
				return false, err
			}
		}
		if !eq {
			return false, nil
		}
	}
	return true, nil
}

func tupleGetItem(t *Thread, obj, key Value) (Value, error) {
	items := (*Tuple)(obj.p).Items
	var i int64
	if key.IsInt() {
		i = key.AsInt()
	} else if s, ok := key.AsSlice(); ok {
		start, _, step, n, err := s.Indices(t, len(items))
		if err != nil {
			return Null, err
		}
		if n == len(items) && step == 1 && obj.Type() == TupleType {
			return obj, nil
		}
		return NewTuple(sliceItems(items, start, step, n)...).AsValue(), nil
	} else {
		var err error
		if i, err = itemIndex(t, key, "tuple"); err != nil {
			return Null, err
		}
	}
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return Null, NewError(IndexError, "tuple index out of range")
	}
	return items[i], nil
}

func tupleConcat(t *Thread, a, b Value) (Value, error) {
	tb, ok := b.AsTuple()
	if !ok {
		return Null, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
	}
	ta := (*Tuple)(a.p)
	switch {
	case len(tb.Items) == 0 && a.Type() == TupleType:
		return a, nil
	case len(ta.Items) == 0 && b.Type() == TupleType:
		return b, nil
	}
	items, err := concatItems(ta.Items, tb.Items)
	if err != nil {
		return Null, err
	}
	return NewTuple(items...).AsValue(), nil
}

func tupleRepeat(t *Thread, seq, n Value) (Value, error) {
	count, err := repeatCount(t, n)
	if err != nil {
		return Null, err
	}
	items := (*Tuple)(seq.p).Items
	if count == 1 && seq.Type() == TupleType {
		return seq, nil
	}
	out, err := repeatItems(items, count)
	if err != nil {
		return Null, err
	}
	return NewTuple(out...).AsValue(), nil
}

func tupleIndex(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("tuple.index", args[1:], kwnames, 1, 3); err != nil {
		return Null, err
	}
	items := (*Tuple)(args[0].p).Items
	start, stop, err := searchBounds(t, args[2:], len(items))
	if err != nil {
		return Null, err
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(t, items[i], args[1])
		if err != nil {
			return Null, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Null, NewError(ValueError, "tuple.index(x): x not in tuple")
}

func tupleCount(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("tuple.count", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	n, err := seqCount(t, &(*Tuple)(args[0].p).Items, args[1])
	return Int(n), err
}

func tupleGetNewArgs(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("tuple.__getnewargs__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	items := (*Tuple)(args[0].p).Items
	return NewTuple(NewTuple(append([]Value(nil), items...)...).AsValue()).AsValue(), nil
}

func tupleSizeof(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("tuple.__sizeof__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return sizeofSlice(24, len((*Tuple)(args[0].p).Items)), nil
}
