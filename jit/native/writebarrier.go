// writebarrier.go: the runtime's write-barrier flag, read through linkname
// as DESIGN §4.3 allows (the runtime keeps runtime.writeBarrier linkable for
// this use; go.dev/issue/67401).

package native

import "unsafe"

//go:linkname writeBarrier runtime.writeBarrier
var writeBarrier struct {
	enabled bool
	pad     [3]byte
	alignme uint64
}

// WriteBarrierEnabled reports whether the write barrier is on. The flag
// changes only while the world is stopped, so the answer holds until the
// calling goroutine next reaches a safe point.
func WriteBarrierEnabled() bool { return writeBarrier.enabled }

// writeBarrierFlag is the address native code reads as a 32-bit word; the
// runtime reserves the 3 bytes after the flag for exactly this.
func writeBarrierFlag() *uint32 { return (*uint32)(unsafe.Pointer(&writeBarrier)) }
