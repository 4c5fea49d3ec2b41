// list_sort.go: list.sort: a stable, adaptive merge sort (natural runs,
// binary insertion sort for short runs, merges balanced as in Timsort)
// whose comparisons may fail, since they run Python code.

package object

// ListSort sorts l in place (list.sort(key=key, reverse=reverse)); key may
// be Null or None. Comparisons use <, with fast paths when every key is an
// int, every key a float or every key an exact str. As in CPython the list
// appears empty while it is sorted, a failing key call or comparison leaves
// the items in some order, and a list mutated during the sort raises
// ValueError.
func ListSort(t *Thread, l *List, key Value, reverse bool) error {
	items := l.Items
	l.Items = nil
	err := sortValues(t, items, key, reverse)
	modified := l.Items != nil
	l.Items = items
	if err == nil && modified {
		return NewError(ValueError, "list modified during sort")
	}
	return err
}

// prefixMinItems is the length from which sorts whose keys have prefixes
// sort by them (sortPrefixed): shorter lists are sorted faster than their
// prefixes are made.
const prefixMinItems = 16

// keyed pairs a sort key with its item.
type keyed struct{ key, value Value }

func sortValues(t *Thread, items []Value, key Value, reverse bool) error {
	if len(items) < 2 {
		if len(items) == 1 && !key.IsNull() && !key.IsNone() {
			_, err := Call(t, key, items[:1:1], nil)
			return err
		}
		return nil
	}
	if key.IsNull() || key.IsNone() {
		if len(items) >= prefixMinItems {
			if k0, k1, ok := keyPrefixKinds(items); ok {
				return sortPrefixed(t, items, items, k0, k1, reverse)
			}
		}
		if reverse {
			reverseValues(items)
			defer reverseValues(items)
		}
		return timsort(items, lessFunc(t, items))
	}
	keys := make([]Value, len(items))
	arg := make([]Value, 1) // one argument vector for every call: callees do not keep it
	for i, x := range items {
		arg[0] = x
		k, err := Call(t, key, arg, nil)
		if err != nil {
			return err
		}
		keys[i] = k
	}
	if len(items) >= prefixMinItems {
		if k0, k1, ok := keyPrefixKinds(keys); ok {
			return sortPrefixed(t, items, keys, k0, k1, reverse)
		}
	}
	pairs := make([]keyed, len(items))
	for i, x := range items {
		pairs[i] = keyed{keys[i], x}
	}
	if reverse {
		reverseSlice(pairs)
	}
	less := lessFunc(t, keys)
	err := timsort(pairs, func(a, b keyed) (bool, error) { return less(a.key, b.key) })
	if reverse {
		reverseSlice(pairs)
	}
	for i := range pairs {
		items[i] = pairs[i].value
	}
	return err
}

func reverseSlice[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// lessFunc returns the comparison for sorting keys: a type-specific one
// when all keys are ints, floats or exact strs, else Python's <.
func lessFunc(t *Thread, keys []Value) func(a, b Value) (bool, error) {
	allInt, allFloat, allStr, allTuple := true, true, true, true
	for _, k := range keys {
		allInt = allInt && k.IsInt()
		allFloat = allFloat && k.IsFloat()
		allStr = allStr && k.isStrExactly()
		allTuple = allTuple && !k.IsImmediate() && k.Type() == TupleType
		if !allInt && !allFloat && !allStr && !allTuple {
			break
		}
	}
	switch {
	case allInt:
		return func(a, b Value) (bool, error) { return a.AsInt() < b.AsInt(), nil }
	case allFloat:
		return func(a, b Value) (bool, error) { return a.AsFloat() < b.AsFloat(), nil }
	case allStr:
		// UTF-8 (and the generalized UTF-8 of lone surrogates) orders
		// bytewise as code points do.
		return func(a, b Value) (bool, error) { return (*Str)(a.p).s < (*Str)(b.p).s, nil }
	case allTuple:
		return func(a, b Value) (bool, error) { return tupleLess(t, (*Tuple)(a.p).Items, (*Tuple)(b.p).Items) }
	}
	return func(a, b Value) (bool, error) {
		r, err := RichCompare(t, a, b, CmpLT)
		if err != nil {
			return false, err
		}
		if r.IsBool() {
			return r.AsInt() != 0, nil
		}
		return Truth(t, r)
	}
}

// tupleLess is x < y for the items of two tuples, as tuple comparison
// computes it (the first items that are not equal decide, else the
// lengths), with the comparisons of ints, floats and exact strs inline.
func tupleLess(t *Thread, x, y []Value) (bool, error) {
	for i := 0; i < len(x) && i < len(y); i++ {
		p, q := x[i], y[i]
		switch {
		case p == q:
			continue
		case p.IsInt() && q.IsInt():
			return p.AsInt() < q.AsInt(), nil // distinct ints differ
		case p.IsFloat() && q.IsFloat():
			if p.AsFloat() == q.AsFloat() {
				continue
			}
			return p.AsFloat() < q.AsFloat(), nil
		}
		if p.isStrExactly() && q.isStrExactly() {
			if sp, sq := (*Str)(p.p).s, (*Str)(q.p).s; sp != sq {
				return sp < sq, nil
			}
			continue
		}
		eq, err := Equal(t, p, q)
		if err != nil || eq {
			if err != nil {
				return false, err
			}
			continue
		}
		r, err := RichCompare(t, p, q, CmpLT)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return len(x) < len(y), nil
}

// timsort sorts a stably by less. If less fails, a is left a permutation
// of its original items and the error is returned.
func timsort[E any](a []E, less func(x, y E) (bool, error)) error {
	s := sorter[E]{a: a, less: less}
	return s.sort()
}

type run struct{ base, len int }

type sorter[E any] struct {
	a     []E
	less  func(x, y E) (bool, error)
	runs  []run
	tmp   []E
	stack [40]run
}

func (s *sorter[E]) sort() error {
	n := len(s.a)
	if n < 2 {
		return nil
	}
	s.runs = s.stack[:0]
	minrun := minRunLength(n)
	for lo := 0; lo < n; {
		runLen, err := s.countRun(lo)
		if err != nil {
			return err
		}
		if runLen < minrun {
			force := min(minrun, n-lo)
			if err := s.binaryInsertionSort(lo, lo+force, lo+runLen); err != nil {
				return err
			}
			runLen = force
		}
		s.runs = append(s.runs, run{lo, runLen})
		if err := s.mergeCollapse(); err != nil {
			return err
		}
		lo += runLen
	}
	for len(s.runs) > 1 {
		i := len(s.runs) - 2
		if i > 0 && s.runs[i-1].len < s.runs[i+1].len {
			i--
		}
		if err := s.mergeAt(i); err != nil {
			return err
		}
	}
	return nil
}

// minRunLength is Timsort's choice of the shortest run: between 32 and 64,
// such that n/minrun is a power of two or just below one.
func minRunLength(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run starting at lo, reversing it in
// place when it is strictly descending (strictness keeps the sort stable).
func (s *sorter[E]) countRun(lo int) (int, error) {
	a := s.a
	hi := lo + 1
	if hi == len(a) {
		return 1, nil
	}
	desc, err := s.less(a[hi], a[lo])
	if err != nil {
		return 0, err
	}
	hi++
	for ; hi < len(a); hi++ {
		lt, err := s.less(a[hi], a[hi-1])
		if err != nil {
			return 0, err
		}
		if lt != desc {
			break
		}
	}
	if desc {
		reverseSlice(a[lo:hi])
	}
	return hi - lo, nil
}

// binaryInsertionSort sorts a[lo:hi], of which a[lo:start] is already
// sorted.
func (s *sorter[E]) binaryInsertionSort(lo, hi, start int) error {
	a := s.a
	for i := start; i < hi; i++ {
		pivot := a[i]
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			lt, err := s.less(pivot, a[m])
			if err != nil {
				return err
			}
			if lt {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(a[l+1:i+1], a[l:i])
		a[l] = pivot
	}
	return nil
}

// mergeCollapse restores the run-length invariants of Timsort: for the
// top runs X, Y, Z (Z on top), len(X) > len(Y)+len(Z) and len(Y) > len(Z).
func (s *sorter[E]) mergeCollapse() error {
	for len(s.runs) > 1 {
		n := len(s.runs) - 2
		p := s.runs
		switch {
		case (n > 0 && p[n-1].len <= p[n].len+p[n+1].len) || (n > 1 && p[n-2].len <= p[n-1].len+p[n].len):
			if p[n-1].len < p[n+1].len {
				n--
			}
		case p[n].len > p[n+1].len:
			return nil
		}
		if err := s.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

// mergeAt merges runs i and i+1.
func (s *sorter[E]) mergeAt(i int) error {
	a := s.a
	x, y := s.runs[i], s.runs[i+1]
	s.runs[i].len += y.len
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)
	lo, mid, hi := x.base, y.base, y.base+y.len
	// Items of the left run not greater than the first of the right run
	// are already in place, as are items of the right run not less than
	// the last of the left one.
	l, r := lo, mid
	for l < r {
		m := int(uint(l+r) >> 1)
		lt, err := s.less(a[mid], a[m])
		if err != nil {
			return err
		}
		if lt {
			r = m
		} else {
			l = m + 1
		}
	}
	lo = l
	if lo == mid {
		return nil
	}
	l, r = mid, hi
	for l < r {
		m := int(uint(l+r) >> 1)
		lt, err := s.less(a[m], a[mid-1])
		if err != nil {
			return err
		}
		if lt {
			l = m + 1
		} else {
			r = m
		}
	}
	hi = l
	return s.mergeLow(lo, mid, hi)
}

// mergeLow merges the sorted a[lo:mid] and a[mid:hi] through a copy of the
// left run. On a failed comparison the unmerged left items are copied back
// into the gap, so no item is lost.
func (s *sorter[E]) mergeLow(lo, mid, hi int) error {
	a := s.a
	s.tmp = append(s.tmp[:0], a[lo:mid]...)
	tmp := s.tmp
	i, j, k := 0, mid, lo
	for i < len(tmp) && j < hi {
		lt, err := s.less(a[j], tmp[i])
		if err != nil {
			copy(a[k:], tmp[i:])
			return err
		}
		if lt {
			a[k] = a[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	copy(a[k:], tmp[i:])
	clear(tmp)
	return nil
}

func listSortMethod(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	var opts [2]Value
	if err := ParseArgs("sort", args[1:], kwnames, []string{"key", "reverse"}, 0, 0, opts[:]); err != nil {
		return Null, err
	}
	reverse := false
	if !opts[1].IsNull() {
		r, err := IndexInt(t, opts[1])
		if err != nil {
			return Null, err
		}
		reverse = r != 0
	}
	return None, ListSort(t, (*List)(args[0].p), opts[0], reverse)
}
