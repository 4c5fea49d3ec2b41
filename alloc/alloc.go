// Package alloc hands out executable memory for native traces and their exit
// stubs, in the manner of CPython's obmalloc: arenas of ArenaSize bytes are
// mapped from the kernel, carved into pools of PoolSize bytes, and each pool
// serves one size class (64 B, 128 B, ... PoolSize). A request larger than
// PoolSize gets an arena of its own.
//
// What goes in: machine code as a byte slice (Install), or a size first and
// the code later (Alloc then Fill) when the code must know its own address
// before it is assembled. What comes out: a Block whose Addr is the first
// byte of executable code, valid until Free.
//
// W^X. Protection is per page, and a page holds blocks that are running
// (executable) next to blocks still being written, so toggling a page with
// mprotect would make running code fault. Instead every arena is a memfd
// (an anonymous shared-memory file) mapped once read+execute for the
// arena's whole life; to write a block, Fill writes the code into the file
// at the block's offset (pwrite), and the executable mapping, which shares
// the file's pages, sees it. So no mapping is ever writable, code running
// on other threads in the same pages is never disturbed, and the design
// does not depend on the page size (4 KiB to 64 KiB). The cost is one
// system call per Fill (a temporary read+write mapping would cost two, and
// its unmapping interrupts every other thread to flush its TLB).
//
// Invariants: a block is filled exactly once (filling it again would patch
// code that may be running; DESIGN §4.7 links traces through writable jump
// tables instead); Free of a block not allocated, or freed twice, panics;
// an arena with no live block is unmapped at once. Freed blocks are not
// scrubbed: the JIT must make sure nothing jumps into a block before
// freeing it. On arm64 the JIT must also synchronise the instruction cache
// after Fill before running the code.
//
// An Allocator is safe for concurrent use; one mutex guards it.
package alloc

import (
	"errors"
	"fmt"
	"math/bits"
	"sync"
)

const (
	// ArenaSize is the size of an arena of pools.
	ArenaSize = 256 << 10
	// PoolSize is the size of a pool; it is also the largest size class.
	PoolSize = 16 << 10
	// MinBlock is the smallest size class. A block is aligned to its size
	// class or to a page, whichever is smaller: so at least to a cache line.
	MinBlock = 64

	poolsPerArena = ArenaSize / PoolSize
	numClasses    = 9 // 64 << 8 == PoolSize
	maxBlocks     = PoolSize / MinBlock
)

// ErrUnsupported is returned where executable memory cannot be mapped the
// way this package needs (memfd and shared mappings, Linux only).
var ErrUnsupported = errors.New("alloc: executable memory not supported on this OS")

// Block is one piece of executable memory. The zero Block is not a block.
type Block struct {
	pool  *pool  // nil for a block with an arena of its own
	arena *arena // always set
	addr  uintptr
	size  int
}

// Addr is the address of the block's first byte.
func (b Block) Addr() uintptr { return b.addr }

// Size is the usable size of the block, its size class (so at least the
// size asked for).
func (b Block) Size() int { return b.size }

// Stats is a snapshot of an Allocator's state.
type Stats struct {
	Arenas      int    // arenas mapped, large-block arenas included
	Pools       int    // pools currently serving a size class
	Blocks      int    // live blocks
	BytesMapped uint64 // bytes of all mapped arenas
	BytesUsed   uint64 // bytes of live blocks (size classes, not requests)
	BytesFree   uint64 // BytesMapped - BytesUsed
	Allocs      uint64 // blocks allocated since New
	Frees       uint64 // blocks freed since New
}

// Allocator owns arenas of executable memory.
type Allocator struct {
	mu      sync.Mutex
	arenas  []*arena            // every mapped arena, in no order
	partial [numClasses][]*pool // pools of each class with a free block
	stats   Stats               // Arenas, Pools, Blocks, BytesMapped, BytesUsed, Allocs, Frees kept current
}

// arena is one memfd mapped read+execute.
type arena struct {
	fd    int
	mem   []byte // the read+execute view
	index int    // position in Allocator.arenas
	live  int    // live blocks
	pools []pool // poolsPerArena pools, or none for a large-block arena
	free  uint32 // bit i set: pools[i] serves no class
	// filled is set once the single block of a large-block arena is filled.
	filled bool
}

// pool is PoolSize bytes of an arena serving one size class.
type pool struct {
	arena   *arena
	base    uintptr
	class   int // -1 while the pool is free
	nblocks int // PoolSize >> (class+6)
	nused   int
	partial int                    // index in Allocator.partial[class], or -1
	used    [maxBlocks / 64]uint64 // bit i: block i is allocated
	filled  [maxBlocks / 64]uint64 // bit i: block i has been filled
}

// New returns an empty Allocator; it maps nothing until the first Alloc.
func New() *Allocator { return &Allocator{} }

// classOf returns the size class serving n bytes, 0 < n <= PoolSize.
func classOf(n int) int {
	if n <= MinBlock {
		return 0
	}
	return bits.Len(uint(n-1)) - 6
}

// Install allocates a block, copies code into it and makes it executable.
func (a *Allocator) Install(code []byte) (Block, error) {
	b, err := a.Alloc(len(code))
	if err != nil {
		return Block{}, err
	}
	if err := a.Fill(b, code); err != nil {
		a.Free(b)
		return Block{}, err
	}
	return b, nil
}

// Alloc reserves a block of at least size bytes. Its address is final, but
// it must be filled (Fill) before it is run.
func (a *Allocator) Alloc(size int) (Block, error) {
	if size <= 0 {
		return Block{}, fmt.Errorf("alloc: bad block size %d", size)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if size > PoolSize {
		return a.allocLarge(size)
	}
	class := classOf(size)
	list := a.partial[class]
	var p *pool
	if n := len(list); n > 0 {
		p = list[n-1]
	} else {
		var err error
		if p, err = a.newPool(class); err != nil {
			return Block{}, err
		}
	}
	i := p.take()
	if p.nused == p.nblocks {
		a.removePartial(p)
	}
	p.arena.live++
	bsize := MinBlock << class
	a.stats.Blocks++
	a.stats.Allocs++
	a.stats.BytesUsed += uint64(bsize)
	return Block{pool: p, arena: p.arena, addr: p.base + uintptr(i*bsize), size: bsize}, nil
}

// take marks a free block of p used and returns its index.
func (p *pool) take() int {
	for w := range p.used {
		if free := ^p.used[w]; free != 0 {
			i := w*64 + bits.TrailingZeros64(free)
			if i >= p.nblocks {
				break
			}
			p.used[w] |= 1 << (i % 64)
			p.nused++
			return i
		}
	}
	panic("BUG: alloc: partial pool has no free block")
}

// newPool gives a free pool, mapping a new arena if needed, to class and
// puts it on the partial list.
func (a *Allocator) newPool(class int) (*pool, error) {
	var ar *arena
	for _, x := range a.arenas {
		if x.free != 0 {
			ar = x
			break
		}
	}
	if ar == nil {
		var err error
		if ar, err = a.mapArena(ArenaSize); err != nil {
			return nil, err
		}
		ar.pools = make([]pool, poolsPerArena)
		for i := range ar.pools {
			ar.pools[i] = pool{arena: ar, base: ar.base() + uintptr(i*PoolSize), class: -1, partial: -1}
		}
		ar.free = 1<<poolsPerArena - 1
	}
	i := bits.TrailingZeros32(ar.free)
	ar.free &^= 1 << i
	p := &ar.pools[i]
	p.class = class
	p.nblocks = PoolSize / (MinBlock << class)
	p.partial = len(a.partial[class])
	a.partial[class] = append(a.partial[class], p)
	a.stats.Pools++
	return p, nil
}

func (a *Allocator) removePartial(p *pool) {
	list := a.partial[p.class]
	last := list[len(list)-1]
	list[p.partial] = last
	last.partial = p.partial
	a.partial[p.class] = list[:len(list)-1]
	p.partial = -1
}

func (a *Allocator) allocLarge(size int) (Block, error) {
	ps := pageSize()
	n := (size + ps - 1) / ps * ps
	ar, err := a.mapArena(n)
	if err != nil {
		return Block{}, err
	}
	ar.live = 1
	a.stats.Blocks++
	a.stats.Allocs++
	a.stats.BytesUsed += uint64(n)
	return Block{arena: ar, addr: ar.base(), size: n}, nil
}

func (ar *arena) base() uintptr { return uintptrOf(ar.mem) }

// mapArena maps a new arena of n bytes and registers it.
func (a *Allocator) mapArena(n int) (*arena, error) {
	fd, mem, err := mapExec(n)
	if err != nil {
		return nil, err
	}
	ar := &arena{fd: fd, mem: mem, index: len(a.arenas)}
	a.arenas = append(a.arenas, ar)
	a.stats.Arenas++
	a.stats.BytesMapped += uint64(n)
	return ar, nil
}

// Fill copies code into b, which must have been allocated and not yet
// filled, through a short-lived writable mapping. After Fill returns the
// code may run.
func (a *Allocator) Fill(b Block, code []byte) error {
	if len(code) > b.size {
		panic(fmt.Sprintf("BUG: alloc: %d bytes of code into a %d-byte block", len(code), b.size))
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	var idx int
	if p := b.pool; p != nil {
		idx = p.index(b)
		if p.filled[idx/64]&(1<<(idx%64)) != 0 {
			panic("BUG: alloc: block filled twice")
		}
	} else if b.arena.live != 1 || b.arena.filled {
		panic("BUG: alloc: large block freed or filled twice")
	}
	if err := writeThrough(b.arena.fd, b.addr-b.arena.base(), code); err != nil {
		return err
	}
	if p := b.pool; p != nil {
		p.filled[idx/64] |= 1 << (idx % 64)
	} else {
		b.arena.filled = true
	}
	return nil
}

// index returns the index of b in p, panicking if b is not allocated.
func (p *pool) index(b Block) int {
	if p.class < 0 {
		panic("BUG: alloc: block of a free pool")
	}
	idx := int(b.addr-p.base) / (MinBlock << p.class)
	if p.used[idx/64]&(1<<(idx%64)) == 0 {
		panic("BUG: alloc: block not allocated (freed twice?)")
	}
	return idx
}

// Free returns b to its pool. b must not be running or reachable from any
// running code.
func (a *Allocator) Free(b Block) {
	a.mu.Lock()
	defer a.mu.Unlock()
	ar := b.arena
	if ar == nil {
		panic("BUG: alloc: Free of the zero Block")
	}
	if p := b.pool; p != nil {
		idx := p.index(b)
		bit := uint64(1) << (idx % 64)
		p.used[idx/64] &^= bit
		p.filled[idx/64] &^= bit
		if p.nused == p.nblocks {
			p.partial = len(a.partial[p.class])
			a.partial[p.class] = append(a.partial[p.class], p)
		}
		p.nused--
		if p.nused == 0 {
			a.removePartial(p)
			ar.free |= 1 << ((p.base - ar.base()) / PoolSize)
			p.class = -1
			a.stats.Pools--
		}
	} else if ar.live != 1 {
		panic("BUG: alloc: large block freed twice")
	}
	ar.live--
	a.stats.Blocks--
	a.stats.Frees++
	a.stats.BytesUsed -= uint64(b.size)
	if ar.live == 0 {
		a.unmapArena(ar)
	}
}

func (a *Allocator) unmapArena(ar *arena) {
	last := a.arenas[len(a.arenas)-1]
	a.arenas[ar.index] = last
	last.index = ar.index
	a.arenas = a.arenas[:len(a.arenas)-1]
	a.stats.Arenas--
	a.stats.BytesMapped -= uint64(len(ar.mem))
	if err := unmapExec(ar.fd, ar.mem); err != nil {
		panic("BUG: alloc: unmapping an arena: " + err.Error())
	}
	ar.mem = nil
}

// Stats returns a snapshot of the allocator's counters.
func (a *Allocator) Stats() Stats {
	a.mu.Lock()
	s := a.stats
	a.mu.Unlock()
	s.BytesFree = s.BytesMapped - s.BytesUsed
	return s
}
