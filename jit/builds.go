// builds.go: tuples and lists a trace builds itself (BUILD_TUPLE,
// BUILD_LIST), taken from pools.

package jit

import (
	"unsafe"

	"github.com/adderpy/adder/jit/ir"
	"github.com/adderpy/adder/object"
)

// maxPooledBuild bounds the size of the tuples and lists traces take from
// pools.
const maxPooledBuild = 8

// maxPooledCopy bounds the length of the lists whose copies (x[:]) traces
// take from listCopyPool, whose lists have room for that many items.
const maxPooledCopy = 16

// listCopyPool holds fresh empty lists with room for maxPooledCopy items,
// made one by one (as tuplePools and listPools): a trace copies a list
// into one (COPYLIST).
var listCopyPool objectPool

// pooledCopy is a new list of items, taken from listCopyPool (hListCopy,
// hStarList: what native code does when the pool is empty or the write
// barrier is on), refilling an empty pool.
func pooledCopy(items []object.Value) object.Value {
	if len(items) > maxPooledCopy {
		return object.NewListCopy(items).AsValue()
	}
	l := (*object.List)(listCopyPool.take(func(items *[object.InstancePoolSize]unsafe.Pointer) {
		for i := range items {
			l := object.NewListOfLen(maxPooledCopy)
			l.Items = l.Items[:0]
			items[i] = unsafe.Pointer(l)
		}
	}))
	l.Items = append(l.Items, items...)
	return object.FromPointer(unsafe.Pointer(l))
}

// listCopy records x[:] (BINARY_SLICE of an exact list x of up to
// maxPooledCopy items, both bounds None; stack slots sp-3..sp-1)
// natively: the trace takes an empty list from listCopyPool (a pool call
// of hListCopy) and copies x's items into it (COPYLIST, which exits for a
// longer x). It reports whether it recorded the instruction.
func (r *recorder) listCopy(sp int, slots []object.Value) bool {
	x := r.vals[sp-3]
	if r.clsOf(x) != object.ListType || r.clsOf(r.vals[sp-2]) != object.NoneType || r.clsOf(r.vals[sp-1]) != object.NoneType ||
		len(seqItems(slots[sp-3])) > maxPooledCopy || r.markingBridge() {
		return false
	}
	r.vals[sp-3] = r.copyCall(hListCopy, 0, x, listItemsOff, 0, 0, sp-2)
	r.vals[sp-2], r.vals[sp-1] = ir.None, ir.None
	return true
}

// copyCall records a list made natively from the items of list or tuple
// x (whose items' slice header is at off) but its first before and last
// after (COPYLIST): one from listCopyPool, or while the pool is empty,
// the result of helper h (with aux, as the instruction with stack
// pointer postSP after it would make it).
func (r *recorder) copyCall(h helper, aux int, x ir.Ref, off int64, before, after, postSP int) ir.Ref {
	l := r.poolCall(h, aux, []ir.Ref{x}, object.ListType, unsafe.Pointer(&listCopyPool), postSP)
	r.b.EmitAux(ir.OpCopyList, l, x, ir.CopyListAux(listItemsOff, off, before, after))
	return l
}

// tuplePools and listPools hold, for each size n up to maxPooledBuild,
// fresh tuples (from 1) and lists (from 0) of n Null items, made one by
// one as the interpreter makes them (so a tuple or list kept alive keeps
// no other alive, and a list has the room the interpreter's would).
var tuplePools, listPools [maxPooledBuild + 1]objectPool

// pooledBuild is (*args,) (for a list, [*args]) for len(args) up to
// maxPooledBuild, taking the tuple or list from its size's pool (hTuplePool,
// hListPool: what native code does when the pool is empty or the write
// barrier is on), and refilling an empty pool.
func pooledBuild(list bool, args []object.Value) object.Value {
	n := len(args)
	p := &tuplePools[n]
	if list {
		p = &listPools[n]
	}
	v := object.FromPointer(p.take(func(items *[object.InstancePoolSize]unsafe.Pointer) {
		for i := range items {
			if list {
				items[i] = unsafe.Pointer(object.NewListOfLen(n))
			} else {
				items[i] = unsafe.Pointer(object.NewTupleN(n))
			}
		}
	}))
	copy(seqItems(v), args)
	return v
}

// buildCall records BUILD_TUPLE (BUILD_LIST with list set) of the n
// values at stack slots base..base+n-1 natively: the trace takes a tuple
// or list of that size from its pool (a pool call of hTuplePool or
// hListPool) and stores the items into it (STOREVALUE: the object is
// fresh, and its Null items point nowhere). Like allocCall, it changes
// no object the recording knows. It reports whether it recorded the
// instruction: not for sizes without a pool, an item the trace does not
// track, or a bridge recorded while the collector marks (whose pointer
// stores go through helpers: markingBridge).
func (r *recorder) buildCall(list bool, base, n int) bool {
	if n < 0 || n > maxPooledBuild || n == 0 && !list || r.markingBridge() {
		return false
	}
	items := r.vals[base : base+n]
	for _, v := range items {
		if t := r.typeOf(v); t == ir.Void || t == ir.Ptr && r.cls[v] == nil {
			return false
		}
	}
	h, cls, pool, off := hTuplePool, object.TupleType, &tuplePools[n], tupleItemsOff
	if list {
		h, cls, pool, off = hListPool, object.ListType, &listPools[n], listItemsOff
	}
	x := r.poolCall(h, 0, items, cls, unsafe.Pointer(pool), base+1)
	for k, v := range items {
		r.b.Emit(ir.OpStoreValue, r.b.EmitAux(ir.OpElemAddr, x, r.b.KInt(int64(k)), off), v)
	}
	for i := base + 1; i < base+n; i++ {
		r.vals[i] = ir.None
	}
	r.vals[base] = x
	return true
}
