// iters.go: iterators a trace makes itself, from pools: `for i in
// range(...)` without a range object, GET_ITER of a list or tuple, zip()
// and enumerate() of lists and tuples; zips of list and tuple iterators
// advanced natively.

package jit

import (
	"math"
	"reflect"
	"unsafe"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// rangeIter records CALL of constant class fv at stack pointer sp, when
// fv is range, its arguments args are ints, the step (if given) is a
// nonzero constant and GET_ITER follows, as in `for i in range(a, b)`:
// the trace computes the iterator's count itself and takes a range
// iterator from its pool (as a class call takes an instance), setting its
// fields, and makes no range object. The GET_ITER that follows is then
// recorded as done (recorder.iterPC). It reports whether it recorded the
// call.
func (r *recorder) rangeIter(fv object.Value, self ir.Ref, args []ir.Ref, sp int) (bool, *abortError) {
	if fv.Pointer() != unsafe.Pointer(object.RangeType) {
		return false, nil
	}
	code := r.code.Instructions()
	if k, isK := r.b.Const(self); !isK || k != 0 || len(args) == 0 || len(args) > 3 ||
		r.pc+1 >= len(code) || code[r.pc+1].Op() != compile.GET_ITER {
		return false, nil
	}
	for _, a := range args {
		if r.typeOf(a) != ir.Int {
			return false, nil
		}
	}
	start, stop, step := r.b.KInt(0), args[0], int64(1)
	if len(args) >= 2 {
		start, stop = args[0], args[1]
	}
	if len(args) == 3 {
		k, isK := r.b.Const(args[2])
		if !isK || k == 0 || k == math.MinInt64 {
			return false, nil
		}
		step = k
	}
	// The count: max((hi - lo - 1) // |step| + 1, 0), exiting to the
	// interpreter where the subtraction overflows.
	lo, hi, abs := start, stop, step
	if step < 0 {
		lo, hi, abs = stop, start, -step
	}
	n := r.b.Emit(ir.OpSubOv, hi, lo)
	if abs != 1 {
		n = r.b.Emit(ir.OpSubOv, n, r.b.KInt(1))
		n = r.b.Emit(ir.OpAdd, r.b.Emit(ir.OpFloorDiv, n, r.b.KInt(abs)), r.b.KInt(1))
	}
	n = r.b.Emit(ir.OpMax, n, r.b.KInt(0))
	cls, err := r.constObject(object.FromPointer(unsafe.Pointer(object.RangeIterType)))
	if err != nil {
		return false, err
	}
	it := r.allocCall(cls, object.RangeIterType, sp-len(args)-1)
	delete(r.layouts, it)
	r.b.EmitAux(ir.OpStoreField, it, start, rangeNextOff)
	r.b.EmitAux(ir.OpStoreField, it, r.b.KInt(step), rangeStepOff)
	r.b.EmitAux(ir.OpStoreField, it, n, rangeLeftOff)
	r.iterPC = r.pc + 1
	return true, nil
}

// objectPool holds fresh objects of one kind for traces to take: laid
// out as object.InstancePool (ir.PoolNext, ir.PoolLimit, ir.PoolItems;
// TestSeqIterPool), so a trace takes one as a pool call takes an
// instance (ir.Call.Pool), while the write barrier is off. The iterator
// pools, for native GET_ITER, hold iterators of one class (list or
// tuple), each as iter() of an empty sequence makes it, at index 0; the
// trace points it at its sequence (STOREPTR). The tuple pools hold
// tuples of Null items of one size (tuples.go). Pools are used under the
// GIL, like the instance pools.
type objectPool struct {
	next, limit int
	items       [object.InstancePoolSize]unsafe.Pointer
}

// take is what native code does with p, in Go (when the pool is empty or
// the write barrier is on): it returns the next object and clears its
// entry, after fill has filled an empty pool's items with fresh ones.
func (p *objectPool) take(fill func(items *[object.InstancePoolSize]unsafe.Pointer)) unsafe.Pointer {
	if p.next >= p.limit {
		fill(&p.items)
		p.next, p.limit = 0, len(p.items)
	}
	x := p.items[p.next]
	p.items[p.next] = nil
	p.next++
	return x
}

// seqIterBlock is the memory of a pool's worth of list or tuple
// iterators, carved out of one allocation as object's pools carve range
// iterators (a block lives while any of its iterators does). Each entry
// has the layout of object's list and tuple iterator, which traces
// already rely on (seqIterItemsOff, seqIterIndexOff; TestSeqIterPool
// checks that the entries work as iterators): its header, the pointer to
// its sequence's items and the index, so the collector sees the same
// pointer words.
type seqIterBlock [object.InstancePoolSize]struct {
	object.Header
	items *[]object.Value
	index int
}

// The iterator pools, and the empty sequences their iterators start on
// (which keeps the pools from holding any program's sequence alive).
var (
	listIterPool, tupleIterPool objectPool
	emptyList                   = object.NewList(nil).AsValue()
	emptyTuple                  = object.NewTupleCopy(nil).AsValue()
)

// iterPool returns the iterator pool of the exact list or tuple class t,
// with an empty sequence of class t, or nil.
func iterPool(t *object.Type) (*objectPool, object.Value) {
	switch t {
	case object.ListType:
		return &listIterPool, emptyList
	case object.TupleType:
		return &tupleIterPool, emptyTuple
	}
	return nil, object.Null
}

// newSeqIter is iter(seq) for an exact list or tuple seq, taking the
// iterator from its pool (hSeqIter: what native code does when the pool
// is empty or the write barrier is on), and refilling an empty pool.
func newSeqIter(seq object.Value) object.Value {
	p, empty := iterPool(seq.Type())
	it := object.FromPointer(p.take(func(items *[object.InstancePoolSize]unsafe.Pointer) {
		proto, _ := empty.Type().Iter(nil, empty)
		block := new(seqIterBlock)
		for i := range block {
			block[i].Header = *(*object.Header)(proto.Pointer())
			block[i].items = *(**[]object.Value)(unsafe.Add(proto.Pointer(), seqIterItemsOff))
			items[i] = unsafe.Pointer(&block[i])
		}
	}))
	items, _ := seqIter(it)
	off, _ := seqItemsOff(seq.Type())
	*items = (*[]object.Value)(unsafe.Add(seq.Pointer(), off))
	return it
}

// seqIterCall records GET_ITER of the exact list or tuple x in stack slot
// sp-1 with seqIterOf. It reports whether x is a list or tuple.
func (r *recorder) seqIterCall(x ir.Ref, sp int) bool {
	it := r.seqIterOf(x, sp)
	if it == ir.None {
		return false
	}
	r.vals[sp-1] = it
	return true
}

// seqIterOf records iter(x) of the exact list or tuple x, for an
// instruction whose stack pointer after it is postSP: the trace takes an
// iterator from the class's pool (a pool call of hSeqIter) and points it
// at x's items (STOREPTR, which exits when the write barrier is on). Like
// allocCall, it changes no object the recording knows. It returns the
// iterator, or ir.None when x is no list or tuple.
func (r *recorder) seqIterOf(x ir.Ref, postSP int) ir.Ref {
	if r.typeOf(x) != ir.Ptr {
		return ir.None
	}
	p, _ := iterPool(r.cls[x])
	if p == nil {
		return ir.None
	}
	t := object.ListIterType
	if r.cls[x] == object.TupleType {
		t = object.TupleIterType
	}
	r.keepType(t)
	it := r.poolCall(hSeqIter, 0, []ir.Ref{x}, t, unsafe.Pointer(p), postSP)
	off, _ := seqItemsOff(r.cls[x])
	r.b.EmitAux(ir.OpStorePtr, it, r.b.EmitAux(ir.OpInnerAddr, x, ir.None, off), seqIterItemsOff)
	return it
}

// maxPooledZip is the most iterables a zip from the zip pools takes.
const maxPooledZip = 4

// zipEntry is a zip object of the zip pools: object.Zip's fields
// (TestZipPool checks the layout), then the room its iterators slice
// points into, so that a pooled zip is one piece of its block (a block
// lives while any of its zips does).
type zipEntry struct {
	object.Header
	its    []object.Value
	strict bool
	room   [maxPooledZip]object.Value
}

// zipPools holds, for each arity n up to maxPooledZip, fresh zip objects
// whose n iterators are Null, for the trace to fill (zipCall).
var zipPools [maxPooledZip + 1]objectPool

// pooledZip is zip() of the list and tuple iterators its, taking the zip
// from the pool of its arity (hZipPool: what native code does when the
// pool is empty or the write barrier is on), and refilling an empty pool.
func pooledZip(its []object.Value) object.Value {
	z := (*zipEntry)(zipPools[len(its)].take(func(items *[object.InstancePoolSize]unsafe.Pointer) {
		block := new([object.InstancePoolSize]zipEntry)
		for i := range block {
			z := &block[i]
			z.Header = object.NewHeader(object.ZipType)
			z.its = z.room[:len(its):len(its)]
			items[i] = unsafe.Pointer(z)
		}
	}))
	copy(z.its, its)
	return object.FromPointer(unsafe.Pointer(z))
}

// enumPool holds fresh enumerate objects counting from 0 with a Null
// iterator, for the trace to fill (enumCall); enumBlock is the memory of
// a pool's worth of them, carved out of one allocation.
var enumPool objectPool

type enumBlock [object.InstancePoolSize]object.Enumerate

// pooledEnum is enumerate(it) of a list or tuple iterator it, taking the
// enumerate from its pool (hEnumPool: what native code does when the pool
// is empty or the write barrier is on), and refilling an empty pool.
func pooledEnum(it object.Value) object.Value {
	e := object.FromPointer(enumPool.take(func(items *[object.InstancePoolSize]unsafe.Pointer) {
		block := new(enumBlock)
		for i := range block {
			*(*object.Header)(unsafe.Pointer(&block[i])) = object.NewHeader(object.EnumerateType)
			items[i] = unsafe.Pointer(&block[i])
		}
	}))
	*(*object.Value)(unsafe.Add(e.Pointer(), enumItOff)) = it
	return e
}

// enumCall records CALL of constant class fv at stack pointer sp, when fv
// is enumerate and its one argument is an exact list or tuple: the trace
// takes an iterator over it from the iterator pools and an enumerate of
// it from the enumerate pool (a pool call of hEnumPool), storing the
// iterator into it (STOREVALUE: the enumerate is fresh, its Null
// iterator points nowhere), so that `for i, x in enumerate(xs)` in a
// loop or an inlined call makes its enumerate natively. It reports
// whether it recorded the call.
func (r *recorder) enumCall(fv object.Value, self ir.Ref, args []ir.Ref, sp int) bool {
	if fv.Pointer() != unsafe.Pointer(object.EnumerateType) || len(args) != 1 || !r.freshIterCall(self, args) {
		return false
	}
	base := sp - 3
	it := r.seqIterOf(args[0], base+1)
	r.keepType(object.EnumerateType)
	e := r.poolCall(hEnumPool, 0, []ir.Ref{it}, object.EnumerateType, unsafe.Pointer(&enumPool), base+1)
	r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpFieldAddr, e, ir.None, enumItOff), it)
	r.replaceCall(base, sp, e)
	return true
}

// freshIterCall reports whether a call of a built-in iterator class with
// self and args may make its iterator from the JIT's pools: no self, and
// every argument an exact list or tuple, in a recording that may store
// pointers natively (markingBridge).
func (r *recorder) freshIterCall(self ir.Ref, args []ir.Ref) bool {
	if k, isK := r.b.Const(self); !isK || k != 0 || r.markingBridge() {
		return false
	}
	for _, a := range args {
		if r.typeOf(a) != ir.Ptr || (r.cls[a] != object.ListType && r.cls[a] != object.TupleType) {
			return false
		}
	}
	return true
}

// replaceCall puts v, the result of a CALL at stack pointer sp whose
// callable is at base, in the stack slot of the callable.
func (r *recorder) replaceCall(base, sp int, v ir.Ref) {
	for i := base; i < sp; i++ {
		r.vals[i] = ir.None
	}
	r.vals[base] = v
}

// zipCall records CALL of constant class fv at stack pointer sp, when fv
// is zip and its 1 to maxPooledZip arguments args are exact lists or
// tuples: the trace takes an iterator over each from the iterator pools
// and a zip of them from the zip pool of that arity (a pool call of
// hZipPool), storing the iterators into it (STOREVALUE: the zip is
// fresh, and its Null iterators point nowhere), so that the zip's
// making is native (chaos's `for m, t in zip(self.maps, self.thresholds)`
// in an inlined call). It reports whether it recorded the call.
func (r *recorder) zipCall(fv object.Value, self ir.Ref, args []ir.Ref, sp int) bool {
	if fv.Pointer() != unsafe.Pointer(object.ZipType) || len(args) == 0 || len(args) > maxPooledZip || !r.freshIterCall(self, args) {
		return false
	}
	base := sp - len(args) - 2
	its := make([]ir.Ref, len(args))
	for k, a := range args {
		its[k] = r.seqIterOf(a, base+1)
	}
	r.keepType(object.ZipType)
	z := r.poolCall(hZipPool, 0, its, object.ZipType, unsafe.Pointer(&zipPools[len(its)]), base+1)
	for k, it := range its {
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpElemAddr, z, r.b.KInt(int64(k)), zipItsOff), it)
	}
	r.replaceCall(base, sp, z)
	return true
}

// zipItsOff is the offset of a zip object's iterators (a []Value).
var zipItsOff = fieldOffset(reflect.TypeOf(object.Zip{}), "its", reflect.Slice)

// zipOverSeqs returns the iterators of zip object v when each is a list
// or tuple iterator with an item left, or nil.
func zipOverSeqs(v object.Value) []object.Value {
	if v.IsNull() || v.Type() != object.ZipType {
		return nil
	}
	its := *(*[]object.Value)(unsafe.Add(v.Pointer(), zipItsOff))
	for _, it := range its {
		if !isSeqIter(it) {
			return nil
		}
		if items, index := seqIter(it); *items == nil || *index >= len(**items) {
			return nil
		}
	}
	return its
}

// forIterZip records FOR_ITER over a zip of list and tuple iterators
// with an item left each, unpacked by the next instruction (`for a, b in
// zip(xs, ys)`), reading and writing the iterators' fields as the
// interpreter does: guards that the zip has as many iterators as the
// unpacking targets, each of the class seen and not at its end, then the
// items, which stay a virtual tuple, and the advanced indexes (after
// every guard, so that an exit finds the zip untouched). It reports
// whether it recorded the instruction; the interpreter's end of the zip
// (which advances the iterators before the exhausted one) is left to the
// helper.
func (r *recorder) forIterZip(sp int, slots []object.Value) (bool, *abortError) {
	its := zipOverSeqs(slots[sp-1])
	code := r.code.Instructions()
	if len(its) == 0 || r.pc+1 >= len(code) || code[r.pc+1].Op() != compile.UNPACK_SEQUENCE || code[r.pc+1].Arg() != len(its) {
		return false, nil
	}
	zip, err := r.below(sp-1, slots)
	if err != nil || zip == ir.None || r.cls[zip] != object.ZipType {
		return false, err
	}
	n := r.b.EmitAux(ir.OpListLen, zip, ir.None, zipItsOff)
	r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpEq, n, r.b.KInt(int64(len(its)))), ir.None)
	iters, next := make([]ir.Ref, len(its)), make([]ir.Ref, len(its))
	r.tuple = r.tuple[:0]
	for k, itv := range its {
		it, err := r.loadValue(r.b.EmitAux(ir.OpElemAddr, zip, r.b.KInt(int64(k)), zipItsOff), itv)
		if err != nil {
			return false, err
		}
		items, index := seqIter(itv)
		hdr := r.b.LoadField(it, seqIterItemsOff, ir.Ptr)
		r.b.Emit(ir.OpGuardT, r.b.Emit(ir.OpNe, hdr, r.b.KPtr(0)), ir.None)
		i := r.b.LoadField(it, seqIterIndexOff, ir.Int)
		v, err := r.loadValue(r.b.EmitAux(ir.OpElemAddr, hdr, i, 0), (**items)[*index])
		if err != nil {
			return false, err
		}
		iters[k], next[k] = it, r.b.Emit(ir.OpAdd, i, r.b.KInt(1))
		r.tuple = append(r.tuple, v)
	}
	for k, it := range iters {
		r.b.EmitAux(ir.OpStoreField, it, next[k], seqIterIndexOff)
	}
	return true, nil
}

// iterIsSelf reports whether iter() of an instance of exact class c is
// the instance itself: the built-in iterators'.
func iterIsSelf(c *object.Type) bool {
	switch c {
	case object.ZipType, object.EnumerateType, object.MapType, object.FilterType, object.ReversedType,
		object.ListIterType, object.TupleIterType, object.RangeIterType:
		return true
	}
	return false
}
