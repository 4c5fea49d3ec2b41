package object

import "unsafe"

// Tuples of up to six items are allocated with their items in one block:
// one allocation instead of two for the tuples that BUILD_TUPLE makes most
// (return values, swaps, dict items).

type (
	tuple1 struct {
		Tuple
		a [1]Value
	}
	tuple2 struct {
		Tuple
		a [2]Value
	}
	tuple3 struct {
		Tuple
		a [3]Value
	}
	tuple4 struct {
		Tuple
		a [4]Value
	}
	tuple5 struct {
		Tuple
		a [5]Value
	}
	tuple6 struct {
		Tuple
		a [6]Value
	}
)

// NewPair returns the new tuple (a, b), in one allocation.
func NewPair(a, b Value) *Tuple {
	p := &tuple2{a: [2]Value{a, b}}
	p.typ = TupleType
	p.Items = p.a[:]
	return &p.Tuple
}

// NewTupleCopy returns a new tuple holding a copy of items.
func NewTupleCopy(items []Value) *Tuple {
	t := NewTupleN(len(items))
	for i, v := range items {
		t.Items[i] = v
	}
	return t
}

// NewTupleN returns a new tuple of n items, all Null, for the caller to
// fill in before the tuple is used anywhere (it is immutable from then
// on); a tuple of up to six items is a single allocation.
func NewTupleN(n int) *Tuple {
	var t *Tuple
	switch n {
	case 0:
		return EmptyTuple
	case 1:
		b := &tuple1{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 2:
		b := &tuple2{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 3:
		b := &tuple3{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 4:
		b := &tuple4{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 5:
		b := &tuple5{}
		b.Items = b.a[:]
		t = &b.Tuple
	case 6:
		b := &tuple6{}
		b.Items = b.a[:]
		t = &b.Tuple
	default:
		t = &Tuple{Items: make([]Value, n)}
	}
	t.typ = TupleType
	return t
}

// TupleSlab makes new tuples of one length for an iterator that yields
// many of them (itertools.product and the other combinatoric iterators).
// Tuples of up to six items are carved tupleSlabLen at a time out of one
// block of tupleN structs (tuple and items side by side, one allocation per
// block); longer ones take a block of tuples and a block of items. Measured
// with Go benchmarks under GOGC=400: one block per 32 tuples of three cost
// about 15% less CPU than the two-block scheme, and half as much as one
// allocation per tuple. The price is memory: a block stays alive while any
// of its tuples does. The zero TupleSlab is ready to use.
type TupleSlab struct {
	block    unsafe.Pointer // the current block of tupleN structs
	off, end uintptr        // the next unused tupleN and the block's size, in bytes
	stride   uintptr        // the size of one tupleN
	tuples   []Tuple        // more than six items: the unused rest of the tuple block
	items    []Value        // and of the item block
}

const tupleSlabLen = 32

// tupleItemsOffset is where the items of a tupleN start.
const tupleItemsOffset = unsafe.Offsetof(tuple1{}.a)

// slabBlock allocates a block of tupleSlabLen values of type T (a tupleN)
// for s.
func slabBlock[T any](s *TupleSlab) {
	p := new([tupleSlabLen]T)
	s.block, s.off, s.stride, s.end = unsafe.Pointer(p), 0, unsafe.Sizeof(p[0]), unsafe.Sizeof(*p)
}

// New returns a new tuple of n items, all Null, for the caller to fill in
// before the tuple is used anywhere; n must be the same at every call.
func (s *TupleSlab) New(n int) *Tuple {
	if n == 0 {
		return EmptyTuple
	}
	if n > 6 {
		return s.newLong(n)
	}
	if s.off == s.end {
		switch n {
		case 1:
			slabBlock[tuple1](s)
		case 2:
			slabBlock[tuple2](s)
		case 3:
			slabBlock[tuple3](s)
		case 4:
			slabBlock[tuple4](s)
		case 5:
			slabBlock[tuple5](s)
		default:
			slabBlock[tuple6](s)
		}
	}
	p := unsafe.Add(s.block, s.off)
	s.off += s.stride
	t := (*Tuple)(p)
	t.typ = TupleType
	t.Items = unsafe.Slice((*Value)(unsafe.Add(p, tupleItemsOffset)), n)
	return t
}

// newLong is New for tuples of more than six items.
func (s *TupleSlab) newLong(n int) *Tuple {
	if len(s.tuples) == 0 {
		s.tuples = make([]Tuple, tupleSlabLen)
		s.items = make([]Value, tupleSlabLen*n)
	}
	t := &s.tuples[0]
	s.tuples = s.tuples[1:]
	t.typ = TupleType
	t.Items = s.items[:n:n]
	s.items = s.items[n:]
	return t
}
