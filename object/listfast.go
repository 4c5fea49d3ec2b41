package object

import "unsafe"

// Lists made with a known length (literals, slices, copies) of up to 16
// items are allocated with room for their items in one block: one
// allocation instead of two. A list that outgrows the room moves its items
// to a slice of their own, as any list does when it outgrows its capacity.

// listBlock is a list followed by the array its items start in.
type listBlock[S any] struct {
	List
	a S
}

// NewListOfLen returns a new list of n Null items, for the caller to fill
// (the list and its first items in one allocation, with room for a few
// more: what BUILD_LIST makes).
func NewListOfLen(n int) *List {
	switch {
	case n == 0:
		return NewList(nil)
	case n <= 4:
		return newListBlock[[4]Value](n)
	case n <= 8:
		return newListBlock[[8]Value](n)
	case n <= 16:
		return newListBlock[[16]Value](n)
	}
	return NewList(make([]Value, n))
}

// newListBlock allocates a listBlock whose array S holds the first items
// of a list of n of them.
func newListBlock[S any](n int) *List {
	b := new(listBlock[S])
	b.typ = ListType
	room := int(unsafe.Sizeof(b.a) / unsafe.Sizeof(Value{}))
	b.Items = unsafe.Slice((*Value)(unsafe.Pointer(&b.a)), room)[:n]
	return &b.List
}

// NewListCopy returns a new list holding a copy of items.
func NewListCopy(items []Value) *List {
	l := NewListOfLen(len(items))
	copy(l.Items, items)
	return l
}

// newListSlice returns the new list items[start:start+n*step:step].
func newListSlice(items []Value, start, step, n int) *List {
	if n <= 0 {
		return NewList(nil)
	}
	l := NewListOfLen(n)
	if step == 1 {
		copy(l.Items, items[start:start+n])
		return l
	}
	for i := range l.Items {
		l.Items[i] = items[start+i*step]
	}
	return l
}
