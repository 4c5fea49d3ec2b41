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
// An allocation costs Go's allocator far more than carving a tuple out of
// a block does, so it allocates tuples of up to six items in blocks, each
// tuple laid out as NewTupleN lays it out; blocks grow from 4 tuples to
// tupleSlabMax as the iterator goes on, so that a short iterator wastes
// little. The price is memory: a block stays alive while any of its tuples
// does. The zero TupleSlab is ready to use.
type TupleSlab struct {
	next   unsafe.Pointer // the next unused tuple of the current block
	left   int            // unused tuples left in the block
	stride uintptr        // bytes per tuple
	grow   int            // tuples in the next block
}

const tupleSlabMax = 16

// New returns a new tuple of n items, all Null, for the caller to fill in
// before the tuple is used anywhere; n must be the same at every call.
func (s *TupleSlab) New(n int) *Tuple {
	if s.left == 0 {
		s.grow = min(max(2*s.grow, 4), tupleSlabMax)
		switch n {
		case 0:
			return EmptyTuple
		case 1:
			s.next, s.stride = tupleBlock[tuple1](s.grow)
		case 2:
			s.next, s.stride = tupleBlock[tuple2](s.grow)
		case 3:
			s.next, s.stride = tupleBlock[tuple3](s.grow)
		case 4:
			s.next, s.stride = tupleBlock[tuple4](s.grow)
		case 5:
			s.next, s.stride = tupleBlock[tuple5](s.grow)
		case 6:
			s.next, s.stride = tupleBlock[tuple6](s.grow)
		default:
			return NewTupleN(n)
		}
		s.left = s.grow
	}
	t := (*Tuple)(s.next)
	t.typ = TupleType
	t.Items = unsafe.Slice((*Value)(unsafe.Add(s.next, unsafe.Sizeof(Tuple{}))), n)
	s.left--
	if s.left == 0 {
		s.next = nil // a pointer past the block's end may not be kept
	} else {
		s.next = unsafe.Add(s.next, s.stride)
	}
	return t
}

// tupleBlock allocates k tuples of layout T (a tupleN) and returns the
// first and the size of each.
func tupleBlock[T tuple1 | tuple2 | tuple3 | tuple4 | tuple5 | tuple6](k int) (unsafe.Pointer, uintptr) {
	b := make([]T, k)
	return unsafe.Pointer(&b[0]), unsafe.Sizeof(b[0])
}
