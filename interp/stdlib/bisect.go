// bisect.go: the bisect module: binary search and insertion into sorted
// sequences (bisect_left/right, insort_left/right, with lo, hi and key),
// comparing with < only, in CPython's order.

package stdlib

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var strInsert = object.Intern("insert")

func init() {
	bisectRight := object.MethodDef{Name: "bisect_right", Fn: bisectFn("bisect_right", true, false),
		Doc: "Return the index where to insert item x in list a, assuming a is sorted."}
	insortRight := object.MethodDef{Name: "insort_right", Fn: bisectFn("insort_right", true, true),
		Doc: "Insert item x in list a, and keep it sorted assuming a is sorted."}
	bisect, insort := bisectRight, insortRight
	bisect.Name, insort.Name = "bisect", "insort"
	modules = append(modules, &interp.ModuleDef{
		Name: "bisect",
		Doc:  "Bisection algorithms.",
		Methods: []object.MethodDef{
			bisectRight, insortRight,
			{Name: "bisect_left", Fn: bisectFn("bisect_left", false, false),
				Doc: "Return the index where to insert item x in list a, assuming a is sorted."},
			{Name: "insort_left", Fn: bisectFn("insort_left", false, true),
				Doc: "Insert item x in list a, and keep it sorted assuming a is sorted."},
			bisect, insort,
		},
	})
}

var bisectParams = []string{"a", "x", "lo", "hi", "key"}

// bisectFn returns one of the four functions: right chooses the insertion
// point after equal items, insert inserts x there.
func bisectFn(name string, right, insert bool) object.NativeFunc {
	// The work is in a plain function rather than in the closure: copies
	// of a closure made by inlining its maker (as init inlines bisectFn)
	// are compiled without inlining their callees (golang/go#81380).
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return bisectCall(t, name, right, insert, args, kw)
	}
}

// bisectCall is the function bisectFn(name, right, insert) makes.
func bisectCall(t *object.Thread, name string, right, insert bool, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [5]object.Value
	if len(args) == 2 && kw == nil {
		a[0], a[1] = args[0], args[1] // the common bisect(seq, x)
	} else if err := object.ParseArgs(name, args, kw, bisectParams, 2, 4, a[:]); err != nil {
		return object.Null, err
	}
	seq, x, key := a[0], a[1], a[4]
	if key.IsNone() {
		key = object.Null
	}
	lo, hi := 0, -1
	var err error
	if !a[2].IsNull() {
		if lo, err = object.IndexInt(t, a[2]); err != nil {
			return object.Null, err
		}
		if lo < 0 {
			return object.Null, object.NewError(object.ValueError, "lo must be non-negative")
		}
	}
	list, isList := seq.AsList()
	switch {
	case !a[3].IsNull() && !a[3].IsNone():
		if hi, err = object.IndexInt(t, a[3]); err != nil {
			return object.Null, err
		}
	case isList && seq.Type() == object.ListType:
		hi = len(list.Items)
	default:
		if hi, err = object.Len(t, seq); err != nil {
			return object.Null, err
		}
	}
	target := x
	if insert && !key.IsNull() {
		if target, err = object.Call1(t, key, x); err != nil {
			return object.Null, err
		}
	}
	if isList && key.IsNull() {
		lo, hi = bisectImmediates(list.Items, x, lo, hi, right)
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var item object.Value
		if isList && mid < len(list.Items) {
			item = list.Items[mid]
		} else if item, err = object.GetItem(t, seq, object.Int(int64(mid))); err != nil {
			return object.Null, err
		}
		if !key.IsNull() {
			if item, err = object.Call1(t, key, item); err != nil {
				return object.Null, err
			}
		}
		var lt bool
		if right {
			lt, err = lessThan(t, target, item)
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		} else {
			lt, err = lessThan(t, item, target)
			if lt {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if err != nil {
			return object.Null, err
		}
	}
	if !insert {
		return object.Int(int64(lo)), nil
	}
	if isList && seq.Type() == object.ListType {
		items := append(list.Items, object.Null)
		copy(items[lo+1:], items[lo:])
		items[lo] = x
		list.Items = items
		return object.None, nil
	}
	ins, err := object.GetAttr(t, seq, strInsert)
	if err != nil {
		return object.Null, err
	}
	_, err = object.Call(t, ins, []object.Value{object.Int(int64(lo)), x}, nil)
	return object.None, err
}

// bisectImmediates narrows the search for x in items[lo:hi] while x and
// the items it probes are both ints or both floats (immediates, compared
// inline without running Python code), and returns the range still to
// search: empty when it is done, else one whose middle item needs the
// general comparison.
func bisectImmediates(items []object.Value, x object.Value, lo, hi int, right bool) (int, int) {
	isInt, isFloat := x.IsInt(), x.IsFloat()
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		if mid >= len(items) {
			break
		}
		item := items[mid]
		var before bool // x goes before item
		switch {
		case isFloat && item.IsFloat():
			if right {
				before = x.AsFloat() < item.AsFloat()
			} else {
				before = !(item.AsFloat() < x.AsFloat())
			}
		case isInt && item.IsInt():
			if right {
				before = x.AsInt() < item.AsInt()
			} else {
				before = item.AsInt() >= x.AsInt()
			}
		default:
			return lo, hi
		}
		if before {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, hi
}

// lessThan returns a < b as a bool.
func lessThan(t *object.Thread, a, b object.Value) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return a.AsInt() < b.AsInt(), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return a.AsFloat() < b.AsFloat(), nil
	}
	r, err := object.RichCompare(t, a, b, object.CmpLT)
	if err != nil {
		return false, err
	}
	return object.Truth(t, r)
}
