//go:build amd64 && linux

// contract_test.go: one test per rule of DESIGN §4, run on real hardware.

package amd64

import (
	"testing"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/nativetest"
)

func newBackend(t testing.TB) *Backend {
	return New(alloc.New(), HostFeatures())
}

func compile(t testing.TB, b *Backend, tr *native.Trace) *native.Compiled {
	t.Helper()
	c, err := b.Compile(tr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Free(c) })
	return c
}

// TestRoundTrip (rule 1): enter, leave through an exit with the live values
// in the context, and resume.
func TestRoundTrip(t *testing.T) {
	b := newBackend(t)
	c := compile(t, b, nativetest.SumLoop())
	var interrupt uint32
	ctx := native.NewContext(&interrupt)
	for _, n := range []int64{0, 1, 10, 1000000} {
		ctx.Spill[nativetest.SlotI].N = 1
		ctx.Spill[nativetest.SlotSum].N = 0
		ctx.Spill[nativetest.SlotN].N = uint64(n)
		e := b.Enter(c, c.Entry, ctx)
		if e != native.MakeExit(native.ExitGuard, nativetest.ExitDone) {
			t.Fatalf("n=%d: exit %v", n, e)
		}
		if got := int64(ctx.Spill[nativetest.SlotSum].N); got != nativetest.Sum(n) {
			t.Errorf("n=%d: sum %d, want %d", n, got, nativetest.Sum(n))
		}
		if got := int64(ctx.Spill[nativetest.SlotI].N); got != n+1 {
			t.Errorf("n=%d: i %d, want %d", n, got, n+1)
		}
	}
}
