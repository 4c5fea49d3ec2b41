package object

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
// many of them (itertools.product and the other combinatoric iterators):
// it allocates the tuples and their items tupleSlabLen at a time, two
// allocations per block instead of one per tuple (measured with Go
// benchmarks: 15 ns a tuple of three instead of 25). The price is memory:
// a block stays alive while any of its tuples does. The zero TupleSlab is
// ready to use.
type TupleSlab struct {
	tuples []Tuple // the unused rest of the current block
	items  []Value
}

const tupleSlabLen = 16

// New returns a new tuple of n items, all Null, for the caller to fill in
// before the tuple is used anywhere; n must be the same at every call.
func (s *TupleSlab) New(n int) *Tuple {
	if n == 0 {
		return EmptyTuple
	}
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
