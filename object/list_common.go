// list_common.go: algorithms shared by list, tuple and the other
// containers: recursion-safe repr, lexicographic comparison, repetition
// limits, and iteration helpers.

package object

import (
	"strings"
	"unsafe"
)

// ReprEnter marks the repr of the container v as in progress on t (as
// CPython's Py_ReprEnter). It returns false when it already was: the caller
// then prints a placeholder such as [...] and must not call ReprLeave.
func (t *Thread) ReprEnter(v Value) bool {
	for _, p := range t.reprActive {
		if p == v.p {
			return false
		}
	}
	t.reprActive = append(t.reprActive, v.p)
	return true
}

// ReprLeave ends a successful ReprEnter of v.
func (t *Thread) ReprLeave(v Value) {
	for i := len(t.reprActive) - 1; i >= 0; i-- {
		if t.reprActive[i] == v.p {
			t.reprActive = append(t.reprActive[:i], t.reprActive[i+1:]...)
			return
		}
	}
	panic("BUG: ReprLeave without ReprEnter")
}

// reprWhere is the RecursionError context of nested reprs.
const reprWhere = " while getting the repr of an object"

// reprItems builds open + repr(item(0)) + ", " + ... + close, reading the
// length afresh before each item since a repr may mutate the container.
func reprItems(t *Thread, b *strings.Builder, open, close string, length func() int, item func(i int) Value) error {
	if err := t.Enter(reprWhere); err != nil {
		return err
	}
	defer t.Leave()
	b.WriteString(open)
	for i := 0; i < length(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, item(i))
		if err != nil {
			return err
		}
		b.WriteString(r.s)
	}
	b.WriteString(close)
	return nil
}

// seqCompare compares two sequences lexicographically (list and tuple
// rich comparison). The slices are read through pointers on every step
// because an item comparison may mutate a list.
func seqCompare(t *Thread, a, b []Value, op CompareOp) (Value, error) {
	return seqCompareLive(t, &a, &b, op)
}

func seqCompareLive(t *Thread, a, b *[]Value, op CompareOp) (Value, error) {
	if len(*a) != len(*b) && (op == CmpEQ || op == CmpNE) {
		return Bool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(*a) && i < len(*b); i++ {
		x, y := (*a)[i], (*b)[i]
		eq, err := Equal(t, x, y)
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(*a) || i >= len(*b) {
		return Bool(CompareOrdered(len(*a), len(*b), op)), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return RichCompare(t, (*a)[i], (*b)[i], op)
}

// maxSeqItems bounds the length of a list or tuple built by repetition or
// concatenation: beyond it the operation raises MemoryError rather than
// letting the Go runtime die trying to allocate.
const maxSeqItems = 1 << 32

func errNoMemory() error { return NewException(MemoryError) }

// repeatCount converts the count operand of seq * n.
func repeatCount(t *Thread, n Value) (int, error) {
	c, kind, err := indexOf(t, n)
	switch {
	case err != nil:
		return 0, err
	case kind == indexNone:
		return 0, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().tpName())
	case kind == indexBig:
		return 0, errCannotFitIndex(OverflowError)
	}
	return int(c), nil
}

// repeatItems returns items repeated n times in a new slice.
func repeatItems(items []Value, n int) ([]Value, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items) > maxSeqItems/n {
		return nil, errNoMemory()
	}
	out := make([]Value, len(items)*n)
	copied := copy(out, items)
	for copied < len(out) {
		copied += copy(out[copied:], out[:copied])
	}
	return out, nil
}

// concatItems returns a + b in a new slice.
func concatItems(a, b []Value) ([]Value, error) {
	if int64(len(a))+int64(len(b)) > maxSeqItems {
		return nil, errNoMemory()
	}
	out := make([]Value, len(a)+len(b))
	copy(out, a)
	copy(out[len(a):], b)
	return out, nil
}

// ForEach calls fn with each item of iterable, in order, until fn returns
// an error or the items run out. Lists are read by index so that fn may
// mutate them, as CPython's list iterator allows.
func ForEach(t *Thread, iterable Value, fn func(item Value) error) error {
	if iterable.p != nil && !iterable.IsImmediate() {
		switch iterable.Type() {
		case ListType:
			l := (*List)(iterable.p)
			for i := 0; i < len(l.Items); i++ {
				if err := fn(l.Items[i]); err != nil {
					return err
				}
			}
			return nil
		case TupleType:
			for _, x := range (*Tuple)(iterable.p).Items {
				if err := fn(x); err != nil {
					return err
				}
			}
			return nil
		}
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// collectRangeMax is the length up to which Collect fills in a range's
// items directly.
const collectRangeMax = 1 << 16

// Collect returns the items of iterable in a new slice that the caller
// owns.
func Collect(t *Thread, iterable Value) ([]Value, error) {
	if iterable.p != nil && !iterable.IsImmediate() {
		switch iterable.Type() {
		case ListType:
			return append([]Value(nil), (*List)(iterable.p).Items...), nil
		case TupleType:
			return append([]Value(nil), (*Tuple)(iterable.p).Items...), nil
		case RangeType:
			// Small ranges, which product() and friends collect per
			// call, in one allocation of the right size.
			if r := (*Range)(iterable.p); r.big == nil && r.length <= collectRangeMax {
				out := make([]Value, r.length)
				for i := range out {
					out[i] = Int(r.Start + int64(i)*r.Step)
				}
				return out, nil
			}
		}
	}
	// The first items gather on the stack: a short result (tuple(gen) of
	// a few items) then costs one allocation of its exact size instead
	// of append's 1, 2, 4, 8.
	var buf [collectStackItems]Value
	n := 0
	var out []Value
	err := ForEach(t, iterable, func(x Value) error {
		switch {
		case out != nil:
			out = append(out, x)
		case n < len(buf):
			buf[n] = x
			n++
		default:
			out = append(make([]Value, 0, 2*len(buf)), buf[:]...)
			out = append(out, x)
		}
		return nil
	})
	if out == nil && n > 0 {
		out = append([]Value(nil), buf[:n]...)
	}
	return out, err
}

// collectStackItems is the number of items Collect gathers on the stack.
const collectStackItems = 8

// errStop is returned by a ForEach callback to end the loop early; the
// caller of ForEach treats it as success.
var errStop error = stopLoop{}

type stopLoop struct{}

func (stopLoop) Error() string { return "BUG: errStop escaped its loop" }

// sizeofSlice is the __sizeof__ of a CPython object with header bytes of
// fixed part and room for n pointers.
func sizeofSlice(header uintptr, n int) Value {
	return Int(int64(header + uintptr(n)*unsafe.Sizeof(uintptr(0))))
}
