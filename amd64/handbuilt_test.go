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

// Exit IDs of moveCode.
const (
	moveDone   = 0 // the move happened natively
	moveNeedWB = 1 // the write barrier is on: Go must do the move
	moveBounds = 2 // the index is out of range
)

// moveCode moves element i = slot[1].N of the pointer array at slot[0].P
// (length slot[0].N) to element i of the array at slot[3].P and clears the
// source: two pointer stores, the second deleting a reference. They are
// raw only while the write barrier is off (rule 3); the bounds check and
// the barrier check are compares (rule 5).
func moveCode() *Asm {
	a := NewAsm()
	needWB, bounds := a.NewLabel(), a.NewLabel()
	a.Op(x86.AMOVQ, Mem(CtxReg, native.OffWriteBarrier), Reg(x86.REG_R11))
	a.Op(x86.ACMPL, Mem(x86.REG_R11, 0), Imm(0))
	a.Branch(x86.AJNE, needWB)
	a.Op(x86.AMOVQ, slotN(1), Reg(x86.REG_CX))
	a.Op(x86.ACMPQ, Reg(x86.REG_CX), slotN(0))
	a.Branch(x86.AJCC, bounds) // unsigned >=: also catches negative indexes
	a.Op(x86.AMOVQ, slotP(0), Reg(x86.REG_AX))
	a.Op(x86.AMOVQ, slotP(3), Reg(x86.REG_BX))
	a.Op(x86.AMOVQ, MemIndex(x86.REG_AX, x86.REG_CX, 8, 0), Reg(x86.REG_DX))
	a.Op(x86.AMOVQ, Reg(x86.REG_DX), MemIndex(x86.REG_BX, x86.REG_CX, 8, 0))
	a.Op(x86.AMOVQ, Imm(0), MemIndex(x86.REG_AX, x86.REG_CX, 8, 0))
	emitExit(a, native.ExitGuard, moveDone)
	a.Bind(needWB)
	emitExit(a, native.ExitWriteBarrier, moveNeedWB)
	a.Bind(bounds)
	emitExit(a, native.ExitGuard, moveBounds)
	return a
}

// heapObject is what the stored pointers point at: contents derived from id,
// so a collected and reused object shows.
type heapObject struct {
	id    uint64
	check [7]uint64
}

func newObject(id uint64) *heapObject {
	o := &heapObject{id: id}
	for i := range o.check {
		o.check[i] = id*0x9e3779b97f4a7c15 + uint64(i)
	}
	return o
}

func (o *heapObject) ok(id uint64) bool {
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

// TestPointerStores (rule 3): native code moves pointers between two Go
// pointer arrays, back and forth, raw only while the write barrier is off;
// under GOGC=1 with concurrent allocation the objects, referenced only from
// the arrays, must stay intact. (With the barrier check removed from
// moveCode this test reports corrupted objects: moving a pointer into an
// array the collector has already scanned hides it.)
func TestPointerStores(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for three seconds")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	mem := alloc.New()
	code := install(t, mem, moveCode())
	ctx := native.NewContext(new(uint32))

	const n = 1 << 14
	arrays := [2][]unsafe.Pointer{make([]unsafe.Pointer, n), make([]unsafe.Pointer, n)}
	for i := range arrays[0] {
		arrays[0][i] = unsafe.Pointer(newObject(uint64(i + 1)))
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // garbage of the objects' size class, to reuse freed objects at once
		defer wg.Done()
		var keep [256]*[8]uint64
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			g := new([8]uint64)
			for k := range g {
				g[k] = ^uint64(0)
			}
			keep[i%256] = g
		}
	}()
	var nativeMoves, barrierMoves, bad, passes int
	deadline := time.Now().Add(3 * time.Second)
	for from := 0; time.Now().Before(deadline); from ^= 1 {
		src, dst := arrays[from], arrays[from^1]
		ctx.Spill[0] = native.Slot{P: unsafe.Pointer(&src[0]), N: n}
		ctx.Spill[3].P = unsafe.Pointer(&dst[0])
		for i := range n {
			ctx.Spill[1].N = uint64(i)
			switch e := Enter(code, ctx); e.ID() {
			case moveDone:
				nativeMoves++
			case moveNeedWB:
				barrierMoves++
				dst[i], src[i] = src[i], nil // Go's stores, with the barrier
			default:
				t.Fatalf("exit %v", e)
			}
		}
		passes++
		for i, p := range dst {
			if !(*heapObject)(p).ok(uint64(i + 1)) {
				bad++
			}
		}
		if bad > 0 {
			break
		}
	}
	ctx.Spill[0], ctx.Spill[3] = native.Slot{}, native.Slot{}
	close(stop)
	wg.Wait()
	t.Logf("%d passes: %d native moves, %d through the write-barrier exit", passes, nativeMoves, barrierMoves)
	if bad > 0 {
		t.Errorf("%d corrupted objects", bad)
	}
	if nativeMoves == 0 || barrierMoves == 0 {
		t.Errorf("want both paths taken: %d native moves, %d barrier exits", nativeMoves, barrierMoves)
	}
}

// TestBoundsCheck (rule 5): an out-of-range index is an exit, not a fault.
func TestBoundsCheck(t *testing.T) {
	mem := alloc.New()
	code := install(t, mem, moveCode())
	ctx := native.NewContext(new(uint32))
	src, dst := make([]unsafe.Pointer, 4), make([]unsafe.Pointer, 4)
	ctx.Spill[0] = native.Slot{P: unsafe.Pointer(&src[0]), N: 4}
	ctx.Spill[3].P = unsafe.Pointer(&dst[0])
	for _, i := range []int64{4, 1 << 40, -1} {
		ctx.Spill[1].N = uint64(i)
		if e := Enter(code, ctx); e.ID() != moveBounds && e.ID() != moveNeedWB {
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
	install(t, mem, moveCode())
	if err := mem.VerifyWX(); err != nil {
		t.Error(err)
	}
}

// BenchmarkEnterExit measures one round trip: Enter, the trampoline, code
// that only stores an exit word, and back.
func BenchmarkEnterExit(b *testing.B) {
	mem := alloc.New()
	a := NewAsm()
	emitExit(a, native.ExitHelper, 1)
	code := install(b, mem, a)
	ctx := native.NewContext(new(uint32))
	for b.Loop() {
		Enter(code, ctx)
	}
}

// BenchmarkSumLoop measures the loop of nativetest.SumLoop per iteration.
func BenchmarkSumLoop(b *testing.B) {
	bk := newBackend(b)
	c := compile(b, bk, nativetest.SumLoop())
	var interrupt uint32
	ctx := native.NewContext(&interrupt)
	runUntilDone(bk, c, ctx, int64(b.N), &interrupt)
}

// BenchmarkCompile measures lowering, assembling and installing SumLoop
// (installing includes writing the code into its arena's memfd).
func BenchmarkCompile(b *testing.B) {
	bk := newBackend(b)
	tr := nativetest.SumLoop()
	compile(b, bk, tr) // keeps an arena mapped: steady state, no mmap of arenas
	for b.Loop() {
		c, err := bk.Compile(tr)
		if err != nil {
			b.Fatal(err)
		}
		bk.Free(c)
	}
}
