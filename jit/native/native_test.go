package native_test

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/nativetest"
)

// TestContextLayout checks the field order that native code depends on.
func TestContextLayout(t *testing.T) {
	var c native.Context
	for _, f := range []struct {
		name      string
		got, want uintptr
	}{
		{"Exit", unsafe.Offsetof(c.Exit), native.OffExit},
		{"Interrupt", unsafe.Offsetof(c.Interrupt), native.OffInterrupt},
		{"WriteBarrier", unsafe.Offsetof(c.WriteBarrier), native.OffWriteBarrier},
		{"G", unsafe.Offsetof(c.G), native.OffG},
		{"Frame", unsafe.Offsetof(c.Frame), native.OffFrame},
		{"Scratch", unsafe.Offsetof(c.Scratch), native.OffScratch},
		{"Spill", unsafe.Offsetof(c.Spill), native.OffSpill},
		{"Slot", unsafe.Sizeof(c.Spill[0]), native.SlotSize},
		{"Slot.N", unsafe.Offsetof(c.Spill[0].N), 8},
		{"Tree", unsafe.Offsetof(c.Tree), native.OffTree},
		{"Work", unsafe.Offsetof(c.Work), native.OffWork},
	} {
		if f.got != f.want {
			t.Errorf("%s at %d, constant says %d", f.name, f.got, f.want)
		}
	}
}

func TestExitWord(t *testing.T) {
	e := native.MakeExit(native.ExitInterrupt, 7)
	if e.Code() != native.ExitInterrupt || e.ID() != 7 || uint64(e) != 2|7<<32 || e.String() != "interrupt#7" {
		t.Errorf("MakeExit(interrupt, 7) = %#x %v", uint64(e), e)
	}
	if s := native.ExitCode(99).String(); s != "exit(99)" {
		t.Errorf("unknown code prints %q", s)
	}
}

// TestWriteBarrierFlag watches the flag turn on during a collection: some
// runtime.GC calls while another goroutine polls it.
func TestWriteBarrierFlag(t *testing.T) {
	c := native.NewContext(new(uint32))
	if c.WriteBarrier == nil {
		t.Fatal("no write-barrier pointer")
	}
	seen := make(chan bool)
	go func() {
		on := false
		for i := 0; i < 1e8 && !on; i++ {
			on = *c.WriteBarrier != 0
			if i%1000 == 0 {
				runtime.Gosched()
			}
		}
		seen <- on
	}()
	done := false
	for !done {
		runtime.GC()
		select {
		case on := <-seen:
			if !on {
				t.Error("write barrier never seen on across collections")
			}
			done = true
		default:
		}
	}
	runtime.GC()
	if native.WriteBarrierEnabled() {
		t.Error("write barrier on between collections")
	}
}

func TestTraceString(t *testing.T) {
	want := `loadslot r0 = 0
loadslot r1 = 1
loadslot r2 = 2
const r3 = 1
loop
guardle r0, r2 exit 0(guard s0=r0 s1=r1)
add r1 = r1, r0 exit 1(guard s0=r0 s1=r1)
add r0 = r0, r3 exit 1(guard s0=r0 s1=r1)
backedge exit 2(interrupt s0=r0 s1=r1 s2=r2 s3=r3)
`
	tr := nativetest.SumLoop()
	if err := tr.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := tr.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !tr.Resumes(nativetest.ExitPoll) || tr.Resumes(nativetest.ExitDone) {
		t.Error("Resumes wrong")
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		mutate func(*native.Trace)
		err    string
	}{
		{func(t *native.Trace) { t.Insts[0].Dst = native.NumRegs }, "out of range"},
		{func(t *native.Trace) { t.Insts[0].Imm = native.SpillSlots }, "slot"},
		{func(t *native.Trace) { t.Insts[5].Exit = 9 }, "exit 9"},
		{func(t *native.Trace) { t.Insts = append(t.Insts, native.Inst{Op: native.OpLoop}) }, "second loop"},
		{func(t *native.Trace) { t.Exits[nativetest.ExitPoll].Code = native.ExitGuard }, "back-edge exit"},
		{func(t *native.Trace) { t.Insts[4].Op = native.OpConst }, "before the loop header"},
	} {
		tr := nativetest.SumLoop()
		c.mutate(tr)
		if err := tr.Validate(); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Validate() = %v, want an error containing %q", err, c.err)
		}
	}
}
