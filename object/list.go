// list.go: the list type: slots, methods, slicing and the list iterators.

package object

import (
	"strings"
	"unsafe"
)

// List is a Python list. The interpreter appends to Items directly
// (LIST_APPEND); everything else goes through the functions below.
type List struct {
	Header
	Items []Value
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Header{ListType}, items} }

// AsValue returns the list as a Value.
func (l *List) AsValue() Value { return FromPointer(unsafe.Pointer(l)) }

// AsList returns v as a *List when v is a list or list subclass.
func (v Value) AsList() (*List, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == ListType {
		return (*List)(v.p), true
	}
	return nil, false
}

// Append appends v (list.append).
func (l *List) Append(v Value) { l.Items = append(l.Items, v) }

// ListExtend appends the items of iterable to l (list.extend, LIST_EXTEND).
func ListExtend(t *Thread, l *List, iterable Value) error {
	if iterable.p != nil && !iterable.IsImmediate() {
		switch iterable.Type().solid {
		case ListType, TupleType:
			// A list or tuple subclass may override __iter__; only exact
			// types take the fast path.
			if typ := iterable.Type(); typ == ListType || typ == TupleType {
				var items []Value
				if typ == ListType {
					items = (*List)(iterable.p).Items
				} else {
					items = (*Tuple)(iterable.p).Items
				}
				if int64(len(l.Items))+int64(len(items)) > maxSeqItems {
					return errNoMemory()
				}
				l.Items = append(l.Items, items...) // safe for l.extend(l): items is read before the append grows it
				return nil
			}
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
		l.Items = append(l.Items, x)
	}
}

// ListType's Go layout, for subclasses.
func newListOfType(typ *Type) *List {
	if typ == ListType {
		return &List{Header: Header{ListType}}
	}
	return (*List)(typ.AllocInstance())
}

// The iterator types of lists and tuples.
var (
	ListIterType        = newBuiltinType("list_iterator", nil)
	ListReverseIterType = newBuiltinType("list_reverseiterator", nil)
)

var _ = registerTypeInit(initList)

func initList() {
	typ := ListType
	subclassable[List](typ)
	typ.Doc = "Built-in mutable sequence."
	typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
		return newListOfType(typ).AsValue(), nil
	}
	typ.Init = listInit
	typ.Repr = listRepr
	typ.Compare = listCompare
	typ.Iter = func(_ *Thread, v Value) (Value, error) {
		return newSeqIter(ListIterType, &(*List)(v.p).Items, 0), nil
	}
	typ.Len = func(_ *Thread, v Value) (int, error) { return len((*List)(v.p).Items), nil }
	typ.GetItem = listGetItem
	typ.SetItem = listSetItem
	typ.Contains = func(t *Thread, container, v Value) (bool, error) {
		return seqContains(t, &(*List)(container.p).Items, v)
	}
	typ.SeqConcat = listConcat
	typ.SeqInPlaceConcat = func(t *Thread, a, b Value) (Value, error) {
		if err := ListExtend(t, (*List)(a.p), b); err != nil {
			return Null, err
		}
		return a, nil
	}
	typ.SeqRepeat = func(t *Thread, seq, n Value) (Value, error) {
		count, err := repeatCount(t, n)
		if err != nil {
			return Null, err
		}
		items, err := repeatItems((*List)(seq.p).Items, count)
		if err != nil {
			return Null, err
		}
		return NewList(items).AsValue(), nil
	}
	typ.InPlace[OpMul] = listInPlaceRepeat
	typ.AddMethods(listMethods)

	initSeqIter(ListIterType)
	initSeqIter(ListReverseIterType)
	ListReverseIterType.Next = seqReverseIterNext
}

var listMethods = []MethodDef{
	{Name: "append", Fn: listAppend, Doc: "Append object to the end of the list."},
	{Name: "extend", Fn: listExtendMethod, Doc: "Extend list by appending elements from the iterable."},
	{Name: "insert", Fn: listInsert, Doc: "Insert object before index."},
	{Name: "remove", Fn: listRemove, Doc: "Remove first occurrence of value."},
	{Name: "pop", Fn: listPop, Doc: "Remove and return item at index (default last)."},
	{Name: "clear", Fn: listClear, Doc: "Remove all items from list."},
	{Name: "index", Fn: listIndex, Doc: "Return first index of value."},
	{Name: "count", Fn: listCount, Doc: "Return number of occurrences of value."},
	{Name: "reverse", Fn: listReverse, Doc: "Reverse *IN PLACE*."},
	{Name: "sort", Fn: listSortMethod, Doc: "Sort the list in ascending order and return None."},
	{Name: "copy", Fn: listCopy, Doc: "Return a shallow copy of the list."},
	{Name: "__reversed__", Fn: listReversed, Doc: "Return a reverse iterator over the list."},
	{Name: "__sizeof__", Fn: listSizeof, Doc: "Return the size of the list in memory, in bytes."},
	{Name: "__class_getitem__", Fn: ClassGetItem, Kind: ClassMethod, Doc: "See PEP 585"},
}

func listInit(t *Thread, self Value, args []Value, kwnames *Tuple) error {
	l := (*List)(self.p)
	if self.Type() == ListType || SameFunc(self.Type().New, ListType.New) {
		if err := NoKeywords("list", kwnames); err != nil {
			return err
		}
	}
	if len(args) > 1 {
		return Errorf(TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	l.Items = nil
	if len(args) == 1 {
		return ListExtend(t, l, args[0])
	}
	return nil
}

func listRepr(t *Thread, v Value) (Value, error) {
	l := (*List)(v.p)
	if len(l.Items) == 0 {
		return StrValue("[]"), nil
	}
	if !t.ReprEnter(v) {
		return StrValue("[...]"), nil
	}
	defer t.ReprLeave(v)
	var b strings.Builder
	err := reprItems(t, &b, "[", "]", func() int { return len(l.Items) }, func(i int) Value { return l.Items[i] })
	if err != nil {
		return Null, err
	}
	return StrValue(b.String()), nil
}

func listCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	lb, ok := b.AsList()
	if !ok {
		return NotImplemented, nil
	}
	return seqCompareLive(t, &(*List)(a.p).Items, &lb.Items, op)
}

// seqContains reports whether v is in *items, re-reading the slice after
// every comparison.
func seqContains(t *Thread, items *[]Value, v Value) (bool, error) {
	for i := 0; i < len(*items); i++ {
		eq, err := Equal(t, (*items)[i], v)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func listGetItem(t *Thread, obj, key Value) (Value, error) {
	l := (*List)(obj.p)
	if key.IsInt() {
		i := key.AsInt()
		if i < 0 {
			i += int64(len(l.Items))
		}
		if uint64(i) >= uint64(len(l.Items)) {
			return Null, NewError(IndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	if s, ok := key.AsSlice(); ok {
		start, _, step, n, err := s.Indices(t, len(l.Items))
		if err != nil {
			return Null, err
		}
		return newListSlice(l.Items, start, step, n).AsValue(), nil
	}
	i, err := itemIndex(t, key, "list")
	if err != nil {
		return Null, err
	}
	if i < 0 {
		i += int64(len(l.Items))
	}
	if uint64(i) >= uint64(len(l.Items)) {
		return Null, NewError(IndexError, "list index out of range")
	}
	return l.Items[i], nil
}

// sliceItems copies the n items start, start+step, ... of items.
func sliceItems(items []Value, start, step, n int) []Value {
	if n <= 0 {
		return nil
	}
	if step == 1 {
		return append([]Value(nil), items[start:start+n]...)
	}
	out := make([]Value, n)
	for i := range out {
		out[i] = items[start+i*step]
	}
	return out
}

func listSetItem(t *Thread, obj, key, value Value) error {
	l := (*List)(obj.p)
	if s, ok := key.AsSlice(); ok {
		return listAssignSlice(t, l, s, value)
	}
	var i int64
	if key.IsInt() {
		i = key.AsInt()
	} else {
		var err error
		if i, err = itemIndex(t, key, "list"); err != nil {
			return err
		}
	}
	if i < 0 {
		i += int64(len(l.Items))
	}
	if uint64(i) >= uint64(len(l.Items)) {
		return NewError(IndexError, "list assignment index out of range")
	}
	if value.IsNull() {
		l.Items = deleteItems(l.Items, int(i), int(i)+1)
	} else {
		l.Items[i] = value
	}
	return nil
}

// deleteItems removes items[lo:hi], clearing the freed tail so the
// collector can reclaim what it held.
func deleteItems(items []Value, lo, hi int) []Value {
	n := copy(items[lo:], items[hi:])
	clear(items[lo+n:])
	return items[:lo+n]
}

func listAssignSlice(t *Thread, l *List, s *Slice, value Value) error {
	start, stop, step, n, err := s.Indices(t, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		if value.IsNull() {
			l.Items = deleteItems(l.Items, start, stop)
			return nil
		}
		src, err := assignedItems(t, l, value, "can only assign an iterable")
		if err != nil {
			return err
		}
		// Recompute the bounds: converting value may have run code that
		// changed the list.
		start, stop = min(start, len(l.Items)), min(stop, len(l.Items))
		stop = max(stop, start)
		l.Items = replaceItems(l.Items, start, stop, src)
		return nil
	}
	if value.IsNull() {
		if n <= 0 {
			return nil
		}
		if step < 0 { // delete the same items in ascending order
			start += (n - 1) * step
			step = -step
		}
		out := l.Items[:start]
		next := start
		for i := start; i < len(l.Items); i++ {
			if i == next && next < start+n*step {
				next += step
				continue
			}
			out = append(out, l.Items[i])
		}
		clear(l.Items[len(out):])
		l.Items = out
		return nil
	}
	src, err := assignedItems(t, l, value, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, x := range src {
		l.Items[start+i*step] = x
	}
	return nil
}

// assignedItems returns the items of the right side of a slice assignment
// to l, copied when they are l's own.
func assignedItems(t *Thread, l *List, value Value, msg string) ([]Value, error) {
	if value.p == unsafe.Pointer(l) {
		return append([]Value(nil), l.Items...), nil
	}
	if value.p != nil && !value.IsImmediate() {
		switch value.Type() {
		case ListType:
			return append([]Value(nil), (*List)(value.p).Items...), nil
		case TupleType:
			return (*Tuple)(value.p).Items, nil
		}
	}
	if typ := value.Type(); typ.Iter == nil && typ.GetItem == nil {
		return nil, NewError(TypeError, msg)
	}
	return Collect(t, value)
}

// replaceItems returns items with items[lo:hi] replaced by src.
func replaceItems(items []Value, lo, hi int, src []Value) []Value {
	grow := len(src) - (hi - lo)
	switch {
	case grow > 0:
		items = append(items, make([]Value, grow)...)
		copy(items[hi+grow:], items[hi:len(items)-grow])
	case grow < 0:
		copy(items[hi+grow:], items[hi:])
		clear(items[len(items)+grow:])
		items = items[:len(items)+grow]
	}
	copy(items[lo:], src)
	return items
}

func listConcat(t *Thread, a, b Value) (Value, error) {
	lb, ok := b.AsList()
	if !ok {
		return Null, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", b.Type().Name)
	}
	items, err := concatItems((*List)(a.p).Items, lb.Items)
	if err != nil {
		return Null, err
	}
	return NewList(items).AsValue(), nil
}

func listInPlaceRepeat(t *Thread, a, b Value) (Value, error) {
	n, kind, err := indexOf(t, b)
	switch {
	case err != nil:
		return Null, err
	case kind == indexNone:
		return NotImplemented, nil
	case kind == indexBig:
		return Null, errCannotFitIndex(OverflowError)
	}
	l := (*List)(a.p)
	items, err := repeatItems(l.Items, int(n))
	if err != nil {
		return Null, err
	}
	l.Items = items
	return a, nil
}

// ---- methods (args[0] is the list) ----

func listAppend(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.append", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	l.Items = AppendItem(l.Items, args[1])
	return None, nil
}

// AppendItem is append(items, v) for a list's items, starting a list that
// grows from nothing with room for four items instead of one, then two.
func AppendItem(items []Value, v Value) []Value {
	if cap(items) == 0 {
		items = make([]Value, 0, 4)
	}
	return append(items, v)
}

func listExtendMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.extend", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	return None, ListExtend(t, (*List)(args[0].p), args[1])
}

func listInsert(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("list.insert", args[1:], kwnames, 2, 2); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	i, err := IndexInt(t, args[1])
	if err != nil {
		return Null, err
	}
	n := len(l.Items)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	l.Items = append(l.Items, Null)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[2]
	return None, nil
}

func listRemove(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.remove", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	for i := 0; i < len(l.Items); i++ {
		eq, err := Equal(t, l.Items[i], args[1])
		if err != nil {
			return Null, err
		}
		if eq {
			if i < len(l.Items) {
				l.Items = deleteItems(l.Items, i, i+1)
			}
			return None, nil
		}
	}
	return Null, NewError(ValueError, "list.remove(x): x not in list")
}

func listPop(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("list.pop", args[1:], kwnames, 0, 1); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	i := -1
	if len(args) > 1 {
		var err error
		if i, err = IndexInt(t, args[1]); err != nil {
			return Null, err
		}
	}
	if len(l.Items) == 0 {
		return Null, NewError(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += len(l.Items)
	}
	if uint64(i) >= uint64(len(l.Items)) {
		return Null, NewError(IndexError, "pop index out of range")
	}
	v := l.Items[i]
	l.Items = deleteItems(l.Items, int(i), int(i)+1)
	return v, nil
}

func listClear(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.clear", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	(*List)(args[0].p).Items = nil
	return None, nil
}

// searchBounds converts the optional start and stop arguments of index()
// to positions in a sequence of length n, as CPython's
// _PyEval_SliceIndexNotNone and the adjustments of list.index do.
func searchBounds(t *Thread, args []Value, n int) (start, stop int, err error) {
	lo, hi := int64(0), int64(n)
	for i, p := range []*int64{&lo, &hi} {
		if i >= len(args) {
			break
		}
		v, kind, err := indexOf(t, args[i])
		if err != nil {
			return 0, 0, err
		}
		if kind == indexNone {
			return 0, 0, NewError(TypeError, "slice indices must be integers or have an __index__ method")
		}
		*p = v
		if *p < 0 {
			*p = max(*p+int64(n), 0)
		}
	}
	return int(min(lo, int64(n))), int(min(hi, int64(n))), nil
}

func listIndex(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckMethodArity("list.index", args[1:], kwnames, 1, 3); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	start, stop, err := searchBounds(t, args[2:], len(l.Items))
	if err != nil {
		return Null, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := Equal(t, l.Items[i], args[1])
		if err != nil {
			return Null, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	r, err := Repr(t, args[1])
	if err != nil {
		return Null, err
	}
	return Null, Errorf(ValueError, "%s is not in list", r.s)
}

func listCount(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.count", args[1:], kwnames, 1, 1); err != nil {
		return Null, err
	}
	n, err := seqCount(t, &(*List)(args[0].p).Items, args[1])
	return Int(n), err
}

func seqCount(t *Thread, items *[]Value, v Value) (int64, error) {
	var n int64
	for i := 0; i < len(*items); i++ {
		eq, err := Equal(t, (*items)[i], v)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func listReverse(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.reverse", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	reverseValues((*List)(args[0].p).Items)
	return None, nil
}

func reverseValues(items []Value) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

func listCopy(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.copy", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return NewListCopy((*List)(args[0].p).Items).AsValue(), nil
}

func listReversed(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.__reversed__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	l := (*List)(args[0].p)
	return newSeqIter(ListReverseIterType, &l.Items, len(l.Items)-1), nil
}

func listSizeof(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := CheckArity("list.__sizeof__", args[1:], kwnames, 0, 0); err != nil {
		return Null, err
	}
	return sizeofSlice(40, cap((*List)(args[0].p).Items)), nil
}
