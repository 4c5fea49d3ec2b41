// Package native is the architecture-neutral side of running machine code
// inside Adder: the per-thread Context that native traces and Go share, the
// exit codes, the small backend-neutral Trace description a backend
// compiles, and the Backend interface that the amd64 and arm64 packages
// implement. It follows DESIGN §4, "The contract between native traces and
// Go"; the rules are repeated here where they bind.
//
// # Exit and resume
//
// Go calls Backend.Enter(code, at, ctx) with at either code.Entry or a
// resume address code.Exits[id].Resume. The backend's trampoline calls the
// native code with ctx in a fixed register (amd64: R15, arm64: R26). The
// native code runs without calling Go and without keeping anything on the
// goroutine stack, and leaves in exactly one way: it stores a ExitCode
// and an exit ID in ctx.Exit (one word: code in the low half, ID in the high
// half), stores the values live at that exit into ctx.Spill, and returns.
// Enter returns that word as an Exit.
//
// Go then does what the exit asks (rebuild interpreter frames after a failed
// guard, serve the interrupt after ExitInterrupt, perform a pointer store
// with the write barrier after ExitWriteBarrier, run a helper after
// ExitHelper), writes back any values the resume code reloads into
// ctx.Spill, and calls Enter again at code.Exits[id].Resume if the exit is
// resumable. Between an exit and the next entry any amount of Go code may
// run, including a stop-the-world GC; that is the point of the protocol
// (DESIGN §4.1, §4.2).
//
// # Pointers in the context
//
// Pointer-sized p words of live values go into Slot.P, which the collector
// scans, never into a scalar word (DESIGN §4.4). Native code stores into
// Slot.P without a write barrier, even while the barrier is on; that is
// safe because Enter first re-stores every non-nil Slot.P through
// sync/atomic (ShadeSpill), which shades each pointer the trace can
// overwrite, and every pointer the trace can store came from the context
// (shaded), from a heap object it did not unlink (heap unlinks by a trace
// happen only while the barrier is off, DESIGN §4.3), or from an allocation
// made during the cycle (allocated black).
package native

import (
	"sync/atomic"
	"unsafe"
)

// ExitCode says why native code returned to Go.
type ExitCode uint32

const (
	// ExitGuard: a guard failed. The exit ID names the guard's snapshot;
	// the interpreter continues from it. Not resumable.
	ExitGuard ExitCode = 1 + iota
	// ExitInterrupt: the back-edge poll saw the interrupt word set, or the
	// runtime asking the goroutine to stop (see Context.G). Resumable at
	// the loop header once Go has served the interrupt; returning to Go is
	// itself enough to let the runtime stop the goroutine.
	ExitInterrupt
	// ExitWriteBarrier: a pointer store found the write barrier on. Go does
	// the store (its operands are in the exit's spill slots) and resumes
	// after it.
	ExitWriteBarrier
	// ExitHelper: the trace needs Go to do an operation (a call, an
	// allocation whose pool is empty). Go does it and resumes.
	ExitHelper
	// ExitCallFailed: Go re-entered a helper call's failure address
	// (CallSite.Fail) after the helper raised or returned an unexpected
	// value; the native code wrote the call's snapshot, as a guard exit
	// does, and returned straight to Go. The exit ID names the snapshot.
	// Not resumable.
	ExitCallFailed
)

var exitNames = [...]string{
	ExitGuard:        "guard",
	ExitInterrupt:    "interrupt",
	ExitWriteBarrier: "write-barrier",
	ExitHelper:       "helper",
	ExitCallFailed:   "call-failed",
}

func (c ExitCode) String() string {
	if int(c) < len(exitNames) && exitNames[c] != "" {
		return exitNames[c]
	}
	return "exit(" + itoa(uint64(c)) + ")"
}

func itoa(u uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		if u /= 10; u == 0 {
			return string(b[i:])
		}
	}
}

// Exit is the word native code leaves in Context.Exit: code in the low 32
// bits, exit ID in the high 32 bits, so one 64-bit load reads both.
type Exit uint64

// MakeExit builds the Exit word for code and id.
func MakeExit(code ExitCode, id uint32) Exit { return Exit(uint64(code) | uint64(id)<<32) }

// Code is the reason for the exit.
func (e Exit) Code() ExitCode { return ExitCode(uint32(e)) }

// ID is the exit site: an index into the trace's Code.Exits.
func (e Exit) ID() uint32 { return uint32(e >> 32) }

func (e Exit) String() string { return e.Code().String() + "#" + itoa(uint64(e.ID())) }

// SpillSlots is the number of value slots in a Context.
const SpillSlots = 256

// Slot holds one live value at an exit, in the layout of object.Value: P is
// the pointer word the collector scans, N the payload.
type Slot struct {
	P unsafe.Pointer
	N uint64
}

// Context is the per-thread block of memory that native code and Go share.
// Native code addresses its fields by the Off* constants; the field order
// is fixed (and tested) and must not change without changing them.
type Context struct {
	// Exit is written by native code just before it returns.
	Exit Exit
	// Interrupt points at the thread's interrupt word (the interpreter's
	// eval breaker). Native code reads it as a 32-bit word at every loop
	// back-edge and exits with ExitInterrupt when it is nonzero.
	Interrupt *uint32
	// WriteBarrier points at the runtime's write-barrier flag, read as a
	// 32-bit word: nonzero while the barrier is on.
	WriteBarrier *uint32
	// G is the address of the running goroutine's runtime g, stored by the
	// trampoline on every entry. The back-edge poll compares the stack
	// pointer with the word at G+GStackGuard0 exactly as a Go function
	// prologue does: the runtime sets that word to a huge value to ask a
	// goroutine to stop (for a stop-the-world GC, for preemption), and
	// no Go goroutine could set the interrupt word then, since the
	// stop-the-world has already parked every other goroutine.
	G uintptr
	// Frame is the address of the interpreter frame's first value slot
	// (an array of two-word values laid out as object.Value), set by Go
	// before each entry of a trace that reads or writes frame slots. The
	// frame outlives the run, and Go memory does not move while native
	// code runs.
	Frame uintptr
	// Scratch is free for native code within one run; Go never reads it
	// and values in it do not survive an exit, except Scratch[IterCount],
	// Scratch[ItersBefore] and Scratch[BarrierExit] (see those).
	Scratch [3]uint64
	// Spill holds the values live at an exit, and the values the resume
	// code reloads.
	Spill [SpillSlots]Slot
	// ShadeLimit bounds the spill slots ShadeSpill shades (0: all): Go
	// sets it before entering code that uses no slot from there on
	// (Compiled.SpillUsed).
	ShadeLimit int
	// Tree identifies the trace tree running: Go sets it before an entry;
	// a side trace that ends by jumping into another tree's root stores
	// that tree's number (Placement.LinkTree), so Go finds the trace of an
	// exit ID in the right tree.
	Tree uint64
	// Work is free for native code within one instruction's lowering
	// (a set probe's loop state).
	Work [4]uint64
}

// IterCount is the index in Context.Scratch of the loop iteration counter:
// JIT traces add one at every back edge; Go zeroes it before an entry and
// reads it after the exit, to judge whether a trace pays for its entries.
const IterCount = 2

// ItersBefore is the index in Context.Scratch of the iterations run before
// a bridge started the loop afresh (ir.Trace.Restart), which zeroes
// Scratch[IterCount] after adding it here: Go zeroes it before an entry
// and adds it to Scratch[IterCount] after the exit.
const ItersBefore = 0

// BarrierExit is the index in Context.Scratch of the word a guard exit
// finds set when it was a pointer store's, taken because the write
// barrier was on (DESIGN §4.3), not because a guard failed: Go zeroes it
// before an entry and reads it after the exit.
const BarrierExit = 1

// Offsets of the Context fields, for code generators.
const (
	OffExit         = 0
	OffInterrupt    = 8
	OffWriteBarrier = 16
	OffG            = 24
	OffFrame        = 32
	OffScratch      = 40
	OffSpill        = 64
	SlotSize        = 16 // bytes per Slot; P at +0, N at +8
	OffTree         = OffSpill + SpillSlots*SlotSize + 8
	OffWork         = OffTree + 8

	// GStackGuard0 is the offset of stackguard0 in the runtime's g, the
	// word Go's compiler compares the stack pointer with in every function
	// prologue (after g.stack.lo and g.stack.hi).
	GStackGuard0 = 16
)

// NewContext returns a Context polling the interrupt word at interrupt.
func NewContext(interrupt *uint32) *Context {
	return &Context{Interrupt: interrupt, WriteBarrier: writeBarrierFlag()}
}

// ShadeSpill re-stores every non-nil pointer in the spill area through
// sync/atomic, whose store runs the write barrier and so shades the
// pointer. Backends call it before entering native code while the barrier
// is on; see the package comment.
func (c *Context) ShadeSpill() {
	n := len(c.Spill)
	if c.ShadeLimit > 0 {
		n = min(n, c.ShadeLimit)
	}
	for i := range n {
		s := &c.Spill[i].P
		if p := *s; p != nil {
			atomic.StorePointer(s, p)
		}
	}
}

// Placement tells a backend where a trace sits in its trace tree (the
// root loop trace and the side traces grown from its exits).
//
// Every exit of the trace writes its snapshot into the spill slots (the
// values the IR does not know: ir.Trace.ExitStores) and its exit word
// (code, ID = Index<<16 | snapshot), then jumps to the address in
// ExitTable[snapshot]. The backend fills the table with the
// address of its plain return to Go; linking a side trace to an exit is
// a store of the side trace's entry into its word (DESIGN §4.7: a
// writable jump table, never a patch of executable code). The table must
// stay reachable while the code is installed.
type Placement struct {
	Index     uint16
	ExitTable []uintptr
	// RootEntry is the entry of the tree's root trace, where a side trace
	// jumps at its end (LINK).
	RootEntry uintptr
	// LinkTree, when nonzero, says that the side trace's LINK jumps to
	// another tree's root (at RootEntry): LINK stores LinkTree into
	// Context.Tree first.
	LinkTree uint64
}

// MaxSnapshots is the number of snapshots a trace may have (exit IDs keep
// the snapshot in their low 16 bits).
const MaxSnapshots = 1 << 16

// ExitIndex splits an exit ID into the trace's index in its tree and the
// snapshot.
func ExitIndex(id uint32) (index uint16, snap int) { return uint16(id >> 16), int(id & 0xffff) }

// Compiled is a trace installed in executable memory.
type Compiled struct {
	// Entry is the address of the trace's first instruction.
	Entry uintptr
	// Size is the number of bytes of machine code.
	Size int
	// SpillUsed bounds the spill slots the code reads or writes (0:
	// unknown, any).
	SpillUsed int
	// Exits is indexed by exit ID.
	Exits []ExitSite
	// Calls is indexed by a trace's helper call (the ID of its
	// ExitHelper exit, without the tree index).
	Calls []CallSite
	// Impl is the backend's handle for the memory, for Free.
	Impl any
}

// ExitSite describes one exit of a compiled trace.
type ExitSite struct {
	// Resume is where to re-enter after the exit, or 0 if the exit cannot
	// resume.
	Resume uintptr
}

// CallSite is where Go re-enters a trace after one of its helper calls:
// at Resume with the result in Spill[0], or at Fail to have the call's
// snapshot written (ExitCallFailed).
type CallSite struct {
	Resume, Fail uintptr
}

// Backend compiles and runs traces for one architecture.
type Backend interface {
	// Arch is the GOARCH the backend emits code for.
	Arch() string
	// Compile lowers t to machine code and installs it in executable
	// memory. An error means the backend declined the trace (a trace
	// abort), not a bug.
	Compile(t *Trace) (*Compiled, error)
	// Enter runs c from address at (c.Entry or a resume address of one of
	// its exits) until the native code exits, and reports the exit.
	Enter(c *Compiled, at uintptr, ctx *Context) Exit
	// Free releases c's memory. No code may be running in c or jump to it.
	Free(c *Compiled)
}
