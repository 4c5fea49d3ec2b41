package jit

import (
	"testing"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// TestDictVersionOffset checks that the word the version guards read is
// the one Dict.Version returns, before and after a mutation.
func TestDictVersionOffset(t *testing.T) {
	d := object.NewDict()
	for i := range 3 {
		if got := *(*uint64)(unsafe.Add(unsafe.Pointer(d), dictVersionOffset)); got != d.Version() {
			t.Fatalf("step %d: word at the offset is %d, Version() is %d", i, got, d.Version())
		}
		d.SetStr(object.Intern("k"), object.Int(int64(i)))
	}
}
