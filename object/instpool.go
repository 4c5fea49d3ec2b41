// instpool.go: instances of a class made ahead of need, which JIT traces
// take without calling Go.

package object

import "unsafe"

// InstancePoolSize is how many instances a pool holds after a refill.
const InstancePoolSize = 32

// InstancePool holds instances of one class, each set up exactly as
// AllocInstance sets one up (header, layout, slot array), or range
// iterators with only their header set (fill), for native code
// to hand out: while the runtime's write barrier is off, a trace reads
// next, compares it with limit, loads items[next], clears that entry and
// stores next+1. A raw pointer store is allowed only while the barrier is
// off (DESIGN §4.3): while the collector marks, clearing an entry raw
// could hide an object from it, so the trace calls Go instead
// (Type.PooledInstance), as it does when next reaches limit (Go then
// refills the pool). So the pool never holds an instance it handed out:
// a handed-out instance lives exactly as long as the program keeps it
// (weak references and gc.collect() see no difference).
//
// What a pooled instance holds depends only on its class's pointer, its
// root layout (both fixed when the class is made) and the room of its
// slot array (Type.slotsHint): when the hint grows, the pool is dropped
// (limit set to 0), so the next take refills it with roomier instances.
// Changes to the class's namespace leave fresh instances as they are.
//
// The pool has no lock: it is used under the GIL, one thread at a time.
// A GIL-free mode (-X gil=0) needs a pool per thread (per JIT context),
// or native code that claims its index with an atomic add.
//
// The layout of next, limit and items is a contract with the JIT (see
// jit/ir Call.Pool): checked by jit's tests.
type InstancePool struct {
	next  int
	limit int
	items [InstancePoolSize]unsafe.Pointer
}

// InstancePool returns typ's pool, making it (empty) on first use. The
// pool lives as long as typ and never moves to another address.
func (typ *Type) InstancePool() *InstancePool {
	if typ.pool == nil {
		typ.pool = new(InstancePool)
	}
	return typ.pool
}

// PooledInstance is AllocInstance for a class whose instances a trace
// takes from its pool: the next pooled instance, refilling the pool when
// it is empty.
func (typ *Type) PooledInstance() unsafe.Pointer {
	p := typ.InstancePool()
	if p.next >= p.limit {
		typ.fill(p)
		p.next, p.limit = 0, len(p.items)
	}
	v := p.items[p.next]
	p.items[p.next] = nil
	p.next++
	return v
}

// fill fills p with fresh objects as typ's pool holds them: instances
// as AllocInstance makes them, or range iterators with only their header
// set (a trace sets their other fields: jit/iters.go), carved out of one
// block (a block lives while any of its iterators does: 32 small objects,
// one allocation).
func (typ *Type) fill(p *InstancePool) {
	if typ == RangeIterType {
		block := new([InstancePoolSize]RangeIter)
		for i := range block {
			block[i].Header = Header{typ}
			p.items[i] = unsafe.Pointer(&block[i])
		}
		return
	}
	for i := range p.items {
		p.items[i] = typ.AllocInstance()
	}
}

// dropInstancePool empties typ's pool, if it has one: the instances in it
// no longer look as AllocInstance would make them.
func (typ *Type) dropInstancePool() {
	if typ.pool != nil {
		typ.pool.limit = 0
	}
}
