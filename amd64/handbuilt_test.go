//go:build amd64 && linux

// handbuilt_test.go: contract rules checked with code written directly
// through Asm: pointer stores (rule 3), faults (rule 5), registers (rule 6)
// and W^X (rule 7).

package amd64

import (
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/jit/native"
	"github.com/adderpy/adder/jit/native/nativetest"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// install assembles a's code into mem, failing t on error.
func install(t testing.TB, mem *alloc.Allocator, a *Asm) uintptr {
	t.Helper()
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	blk, err := mem.Install(code)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mem.Free(blk) })
	return blk.Addr()
}

// Exit IDs of storeCode.
const (
	storeDone   = 0 // the store happened natively
	storeNeedWB = 1 // the write barrier is on: Go must do the store
	storeBounds = 2 // the index is out of range
)

// storeCode stores the pointer in slot 2 into element slot[1].N of the
// pointer array at slot[0].P, whose length is slot[0].N: a bounds check
// and a write-barrier check, both compares (rules 3 and 5).
func storeCode() *Asm {
	a := NewAsm()
	needWB, bounds := a.NewLabel(), a.NewLabel()
	a.Op(x86.AMOVQ, Mem(CtxReg, native.OffWriteBarrier), Reg(x86.REG_R11))
	a.Op(x86.ACMPL, Mem(x86.REG_R11, 0), Imm(0))
	a.Branch(x86.AJNE, needWB)
	a.Op(x86.AMOVQ, slotN(1), Reg(x86.REG_CX))
	a.Op(x86.ACMPQ, Reg(x86.REG_CX), slotN(0))
	a.Branch(x86.AJCC, bounds) // unsigned >=: also catches negative indexes
	a.Op(x86.AMOVQ, slotP(0), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, slotP(2), Reg(x86.REG_DX))
	a.Op(x86.AMOVQ, Reg(x86.REG_DX), MemIndex(x86.REG_AX, x86.REG_CX, 8, 0))
	emitExit(a, native.ExitGuard, storeDone)
	a.Bind(needWB)
	emitExit(a, native.ExitWriteBarrier, storeNeedWB)
	a.Bind(bounds)
	emitExit(a, native.ExitGuard, storeBounds)
	return a
}

// object is what the stored pointers point at: contents derived from id,
// so a collected and reused object shows.
type object struct {
	id    uint64
	check [7]uint64
}

func newObject(id uint64) *object {
	o := &object{id: id}
	for i := range o.check {
		o.check[i] = id*0x9e3779b97f4a7c15 + uint64(i)
	}
	return o
}

func (o *object) ok(id uint64) bool {
	if o == nil || o.id != id {
		return false
	}
	for i, c := range o.check {
		if c != id*0x9e3779b97f4a7c15+uint64(i) {
			return false
		}
	}
	return true
}

// TestPointerStores (rule 3): native code stores heap pointers into a Go
// pointer array only while the write barrier is off, and exits otherwise;
// under GOGC=1 with concurrent allocation the stored objects, kept alive by
// those stores alone, must stay intact.
func TestPointerStores(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for three seconds")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	mem := alloc.New()
	code := install(t, mem, storeCode())
	ctx := native.NewContext(new(uint32))

	const n = 4096
	slots := make([]unsafe.Pointer, n)
	ids := make([]uint64, n) // the id each slot should hold
	ctx.Spill[0] = native.Slot{P: unsafe.Pointer(&slots[0]), N: n}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // garbage, to keep the collector busy
		defer wg.Done()
		var keep [64][]byte
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			keep[i%64] = make([]byte, 64+i%4000)
		}
	}()
	var nativeStores, barrier, bad int
	deadline := time.Now().Add(3 * time.Second)
	for id := uint64(1); time.Now().Before(deadline); id++ {
		i := int(id*7919) % n
		ctx.Spill[1].N = uint64(i)
		ctx.Spill[2].P = unsafe.Pointer(newObject(id))
		switch e := Enter(code, ctx); e.ID() {
		case storeDone:
			nativeStores++
		case storeNeedWB:
			barrier++
			slots[i] = ctx.Spill[2].P // Go's store, with the barrier
		default:
			t.Fatalf("exit %v", e)
		}
		ctx.Spill[2].P = nil // the array is now the only reference
		ids[i] = id
		if id%50000 == 0 {
			runtime.GC()
			for j, p := range slots {
				if ids[j] != 0 && !(*object)(p).ok(ids[j]) {
					bad++
				}
			}
		}
	}
	close(stop)
	wg.Wait()
	runtime.GC()
	for j, p := range slots {
		if ids[j] != 0 && !(*object)(p).ok(ids[j]) {
			bad++
		}
	}
	t.Logf("%d native stores, %d through the write-barrier exit", nativeStores, barrier)
	if bad > 0 {
		t.Errorf("%d corrupted objects", bad)
	}
	if nativeStores == 0 || barrier == 0 {
		t.Errorf("want both paths taken: %d native stores, %d barrier exits", nativeStores, barrier)
	}
}

// TestBoundsCheck (rule 5): an out-of-range index is an exit, not a fault.
func TestBoundsCheck(t *testing.T) {
	mem := alloc.New()
	code := install(t, mem, storeCode())
	ctx := native.NewContext(new(uint32))
	slots := make([]unsafe.Pointer, 4)
	ctx.Spill[0] = native.Slot{P: unsafe.Pointer(&slots[0]), N: 4}
	ctx.Spill[2].P = unsafe.Pointer(newObject(1))
	for _, i := range []int64{4, 1 << 40, -1} {
		ctx.Spill[1].N = uint64(i)
		if e := Enter(code, ctx); e.ID() != storeBounds && e.ID() != storeNeedWB {
			t.Errorf("index %d: exit %v, want the bounds exit", i, e)
		}
	}
}

// clobberCode overwrites every general register but RSP and RBP, and every
// vector register, with garbage; records RSP and RBP in Scratch[0] and [1];
// and exits (rule 6). R14 (g) and X15 (Go's zero) are clobbered on purpose.
func clobberCode() *Asm {
	a := NewAsm()
	a.Op(x86.AMOVQ, Reg(x86.REG_SP), Mem(CtxReg, native.OffScratch))
	a.Op(x86.AMOVQ, Reg(x86.REG_BP), Mem(CtxReg, native.OffScratch+8))
	a.Op(x86.AMOVQ, Imm(-0x5a5a5a5a5a5a5a6), Reg(x86.REG_AX))
	for r := int16(x86.REG_X0); r <= x86.REG_X15; r++ {
		a.Op(x86.AMOVQ, Reg(x86.REG_AX), Reg(r))
		a.Op(x86.APUNPCKLQDQ, Reg(r), Reg(r))
	}
	for r := int16(x86.REG_AX); r <= x86.REG_R14; r++ {
		if r != x86.REG_SP && r != x86.REG_BP {
			a.Op(x86.AMOVQ, Reg(x86.REG_AX), Reg(r))
		}
	}
	emitExit(a, native.ExitHelper, 7)
	return a
}

//go:noinline
func zeroBlock() [8]uint64 { return [8]uint64{} }

//go:noinline
func deep(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return int(pad[0])
	}
	return deep(n-1) + int(pad[n%64])
}

// TestRegisterRules (rule 6): after code that trashes R14 and X15, Go code
// still finds its g (allocation, stack growth, scheduling) and a zero X15
// (zeroing memory); RSP and RBP seen by native code are Go's.
func TestRegisterRules(t *testing.T) {
	mem := alloc.New()
	code := install(t, mem, clobberCode())
	ctx := native.NewContext(new(uint32))
	var here byte
	for k := 0; k < 100; k++ {
		if e := Enter(code, ctx); e != native.MakeExit(native.ExitHelper, 7) {
			t.Fatalf("exit %v", e)
		}
		if z := zeroBlock(); z != [8]uint64{} {
			t.Fatalf("zeroed block %x after native code: X15 not restored", z)
		}
		if got := deep(300); got != deep(300) {
			t.Fatalf("deep recursion after native code: %d", got)
		}
		runtime.Gosched()
		_ = make([]byte, 1000+k) // allocation: needs g and its m
	}
	sp, bp := uintptr(ctx.Scratch[0]), uintptr(ctx.Scratch[1])
	top := uintptr(unsafe.Pointer(&here))
	if sp >= top || top-sp > 4096 {
		t.Errorf("native RSP %#x is not just below this frame (%#x)", sp, top)
	}
	if bp <= sp || bp-sp > 8192 {
		t.Errorf("native RBP %#x is not a frame pointer above RSP %#x", bp, sp)
	}
}

// TestWX (rule 7): every page of compiled code is mapped read+execute and
// nothing in the process is writable and executable.
func TestWX(t *testing.T) {
	mem := alloc.New()
	b := New(mem, HostFeatures())
	for k := 0; k < 50; k++ {
		c, err := b.Compile(nativetest.SumLoop())
		if err != nil {
			t.Fatal(err)
		}
		defer b.Free(c)
	}
	install(t, mem, storeCode())
	if err := mem.VerifyWX(); err != nil {
		t.Error(err)
	}
}
