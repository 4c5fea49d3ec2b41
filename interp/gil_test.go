package interp

import (
	"testing"
	"time"

	"github.com/adderpy/adder/object"
)

// TestSwitchIntervalHandsOver runs two CPU-bound Python threads and checks
// that the GIL changed hands while both were running: the waiter's drop
// request reached the holder through the eval breaker.
func TestSwitchIntervalHandsOver(t *testing.T) {
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	in.SetSwitchInterval(time.Millisecond)
	g := runPython(t, in, "def spin(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n")
	spin, _ := g.GetStr(object.Intern("spin"))
	g0 := in.gil.(*gil)
	before := g0.switches.Load()
	done := make(chan error, 2)
	for range 2 {
		in.StartThread(func(th *Thread) {
			_, err := object.Call(&th.Thread, spin, []object.Value{object.Int(2_000_000)}, nil)
			done <- err
		})
	}
	// The main thread waits without the GIL, as a join would.
	for range 2 {
		var err error
		in.main.Unlocked(func() { err = <-done })
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := g0.switches.Load() - before; n < 2 {
		t.Errorf("GIL changed hands %d times, want several", n)
	}
}
