// heapq.go: the _heapq module, the Go half of heapq: binary min-heaps (and
// the private max-heap helpers) on Python lists, with the sift algorithms
// of CPython so that results and the order of comparisons match. heapq's
// merge, nlargest and nsmallest are Python (lib/heapq.py).

package stdlib

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_heapq",
		Doc:  "Heap queue algorithm (a.k.a. priority queue).",
		Methods: []object.MethodDef{
			{Name: "heappush", Fn: heapFn("heappush", 2, false, heapPush), Doc: "Push item onto heap, maintaining the heap invariant."},
			{Name: "heappop", Fn: heapFn("heappop", 1, false, heapPop), Doc: "Pop the smallest item off the heap, maintaining the heap invariant."},
			{Name: "heapreplace", Fn: heapFn("heapreplace", 2, false, heapReplace), Doc: "Pop and return the current smallest value, and add the new item."},
			{Name: "heappushpop", Fn: heapFn("heappushpop", 2, false, heapPushPop), Doc: "Push item on the heap, then pop and return the smallest item from the heap."},
			{Name: "heapify", Fn: heapFn("heapify", 1, false, heapify), Doc: "Transform list into a heap, in-place, in O(len(heap)) time."},
			{Name: "_heappop_max", Fn: heapFn("_heappop_max", 1, true, heapPop), Doc: "Maxheap variant of heappop."},
			{Name: "_heapreplace_max", Fn: heapFn("_heapreplace_max", 2, true, heapReplace), Doc: "Maxheap variant of heapreplace."},
			{Name: "_heapify_max", Fn: heapFn("_heapify_max", 1, true, heapify), Doc: "Maxheap variant of heapify."},
		},
	})
}

// heap is a list being worked on as a min-heap (or a max-heap).
type heap struct {
	t    *object.Thread
	l    *object.List
	max  bool
	size int // len at the start, to detect changes made by comparisons
}

// less reports whether a comes before b in the heap: a < b for a min-heap,
// b < a for a max-heap.
func (h *heap) less(a, b object.Value) (bool, error) {
	if h.max {
		a, b = b, a
	}
	if a.IsInt() && b.IsInt() {
		return a.AsInt() < b.AsInt(), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return a.AsFloat() < b.AsFloat(), nil
	}
	r, err := object.RichCompare(h.t, a, b, object.CmpLT)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsInt() != 0, nil
	}
	return object.Truth(h.t, r)
}

// siftDown moves the item at pos up towards startpos until its parent is
// not greater.
func (h *heap) siftDown(startpos, pos int) error {
	items := h.l.Items
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := h.less(items[pos], items[parentpos])
		if err != nil {
			return err
		}
		if len(h.l.Items) != h.size {
			return object.NewError(object.RuntimeError, "list changed size during iteration")
		}
		items = h.l.Items
		if !lt {
			break
		}
		items[pos], items[parentpos] = items[parentpos], items[pos]
		pos = parentpos
	}
	return nil
}

// siftUp moves the smaller child up until reaching a leaf, then sifts the
// item at pos back down into place (the bottom-up variant CPython uses).
func (h *heap) siftUp(pos int) error {
	endpos, startpos := len(h.l.Items), pos
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			items := h.l.Items
			lt, err := h.less(items[childpos], items[childpos+1])
			if err != nil {
				return err
			}
			if len(h.l.Items) != endpos {
				return object.NewError(object.RuntimeError, "list changed size during iteration")
			}
			if !lt {
				childpos++
			}
		}
		items := h.l.Items
		items[childpos], items[pos] = items[pos], items[childpos]
		pos = childpos
	}
	return h.siftDown(startpos, pos)
}

func heapFn(name string, nargs int, max bool, fn func(h *heap, args []object.Value) (object.Value, error)) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if len(args) != nargs || kw != nil {
			if err := object.CheckMethodArity("_heapq."+name, args, kw, nargs, nargs); err != nil {
				return object.Null, err
			}
		}
		l, ok := args[0].AsList()
		if !ok {
			which := "argument 1" // Argument Clinic numbers the arguments of functions of several
			if nargs == 1 {
				which = "argument"
			}
			return object.Null, object.Errorf(object.TypeError, "%s() %s must be list, not %s", name, which, object.ArgTypeName(args[0]))
		}
		h := &heap{t: t, l: l, max: max, size: len(l.Items)}
		return fn(h, args[1:])
	}
}

func heapPush(h *heap, args []object.Value) (object.Value, error) {
	h.l.Items = append(h.l.Items, args[0])
	h.size++
	return object.None, h.siftDown(0, h.size-1)
}

func heapPop(h *heap, _ []object.Value) (object.Value, error) {
	n := len(h.l.Items)
	if n == 0 {
		return object.Null, object.NewError(object.IndexError, "index out of range")
	}
	last := h.l.Items[n-1]
	h.l.Items[n-1] = object.Null
	h.l.Items = h.l.Items[:n-1]
	h.size--
	if n == 1 {
		return last, nil
	}
	r := h.l.Items[0]
	h.l.Items[0] = last
	return r, h.siftUp(0)
}

func heapReplace(h *heap, args []object.Value) (object.Value, error) {
	if len(h.l.Items) == 0 {
		return object.Null, object.NewError(object.IndexError, "index out of range")
	}
	r := h.l.Items[0]
	h.l.Items[0] = args[0]
	return r, h.siftUp(0)
}

func heapPushPop(h *heap, args []object.Value) (object.Value, error) {
	item := args[0]
	if len(h.l.Items) == 0 {
		return item, nil
	}
	lt, err := h.less(h.l.Items[0], item)
	if err != nil {
		return object.Null, err
	}
	if !lt {
		return item, nil
	}
	if len(h.l.Items) == 0 {
		return object.Null, object.NewError(object.IndexError, "index out of range")
	}
	r := h.l.Items[0]
	h.l.Items[0] = item
	return r, h.siftUp(0)
}

func heapify(h *heap, _ []object.Value) (object.Value, error) {
	for i := len(h.l.Items)/2 - 1; i >= 0; i-- {
		if err := h.siftUp(i); err != nil {
			return object.Null, err
		}
	}
	return object.None, nil
}
