// tuples.go: tuples a trace builds itself (BUILD_TUPLE), taken from pools.

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// maxPooledTuple bounds the size of the tuples traces take from pools.
const maxPooledTuple = 8

// tuplePools holds, for each size n from 1 to maxPooledTuple, fresh
// tuples of n Null items (object.NewTupleN: one allocation each, so a
// tuple kept alive keeps nothing else alive).
var tuplePools [maxPooledTuple + 1]objectPool

// pooledTuple is (*args,) for 1 <= len(args) <= maxPooledTuple, taking
// the tuple from its size's pool (hTuplePool: what native code does when
// the pool is empty or the write barrier is on), and refilling an empty
// pool.
func pooledTuple(args []object.Value) object.Value {
	p := &tuplePools[len(args)]
	if p.next >= p.limit {
		for i := range p.items {
			p.items[i] = unsafe.Pointer(object.NewTupleN(len(args)))
		}
		p.next, p.limit = 0, len(p.items)
	}
	t := (*object.Tuple)(p.items[p.next])
	p.items[p.next] = nil
	p.next++
	copy(t.Items, args)
	return t.AsValue()
}

// tupleCall records BUILD_TUPLE of the n values at stack slots base..
// base+n-1 natively: the trace takes a tuple of that size from its pool
// (a pool call of hTuplePool) and stores the items into it (STOREVALUE:
// the tuple is fresh, and its Null items point nowhere). Like allocCall,
// it changes no object the recording knows. It reports whether it
// recorded the instruction: not for sizes without a pool, an item the
// trace does not track, or a bridge recorded while the collector marks
// (whose pointer stores go through helpers: markingBridge).
func (r *recorder) tupleCall(base, n int) bool {
	if n < 1 || n > maxPooledTuple || r.markingBridge() {
		return false
	}
	items := r.vals[base : base+n]
	for _, v := range items {
		if t := r.typeOf(v); t == ir.Void || t == ir.Ptr && r.cls[v] == nil {
			return false
		}
	}
	pc := r.pc
	if r.depth() > 0 {
		pc = r.frames[1].callPC
	}
	r.sites = append(r.sites, callSite{h: hTuplePool, typ: ir.Ptr, class: object.TupleType, postSP: int32(base + 1), exitPC: -1, pc: int32(pc)})
	t := r.b.PoolCall(int32(hTuplePool), items, uintptr(unsafe.Pointer(&tuplePools[n])))
	for k, v := range items {
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpElemAddr, t, r.b.KInt(int64(k)), tupleItemsOff), v)
	}
	r.cls[t], r.clsAt[t] = object.TupleType, r.ncalls
	for i := base + 1; i < base+n; i++ {
		r.vals[i] = ir.None
	}
	r.vals[base] = t
	return true
}
