//go:build linux

package alloc

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// mapping is one line of /proc/self/maps.
type mapping struct {
	start, end uintptr
	perms      string
	name       string
}

func readMaps(t testing.TB) []mapping {
	t.Helper()
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Skipf("no /proc/self/maps: %v", err)
	}
	defer f.Close()
	var ms []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m mapping
		var off, dev, inode string
		n, _ := fmt.Sscanf(sc.Text(), "%x-%x %s %s %s %s %s", &m.start, &m.end, &m.perms, &off, &dev, &inode, &m.name)
		if n < 6 {
			t.Fatalf("cannot parse maps line %q", sc.Text())
		}
		ms = append(ms, m)
	}
	return ms
}

// checkWX fails t if a.VerifyWX does.
func checkWX(t *testing.T, a *Allocator) {
	t.Helper()
	if err := a.VerifyWX(); err != nil {
		t.Error(err)
	}
}

func findMapping(ms []mapping, addr uintptr) (mapping, bool) {
	for _, m := range ms {
		if m.start <= addr && addr < m.end {
			return m, true
		}
	}
	return mapping{}, false
}

// contents returns the bytes of b as seen through the executable view.
func contents(b Block, n int) []byte {
	off := b.Addr() - b.arena.base()
	return b.arena.mem[off : off+uintptr(n)]
}

func pattern(seed, n int) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(seed*31 + i*7)
	}
	return p
}

func TestClassOf(t *testing.T) {
	for _, c := range []struct{ n, class int }{
		{1, 0}, {64, 0}, {65, 1}, {128, 1}, {129, 2}, {1000, 4}, {1024, 4}, {PoolSize, numClasses - 1},
	} {
		if got := classOf(c.n); got != c.class {
			t.Errorf("classOf(%d) = %d, want %d", c.n, got, c.class)
		}
	}
}

func TestPatterns(t *testing.T) {
	a := New()
	rng := rand.New(rand.NewSource(1))
	type live struct {
		b    Block
		data []byte
	}
	var blocks []live
	check := func() {
		t.Helper()
		for _, l := range blocks {
			if !bytes.Equal(contents(l.b, len(l.data)), l.data) {
				t.Fatalf("block %#x lost its contents", l.b.Addr())
			}
		}
	}
	sizes := []int{1, 17, 64, 100, 300, 1000, 4000, 9000, PoolSize, PoolSize + 1, 70000}
	for round := 0; round < 2000; round++ {
		if len(blocks) > 0 && rng.Intn(3) == 0 {
			i := rng.Intn(len(blocks))
			a.Free(blocks[i].b)
			blocks[i] = blocks[len(blocks)-1]
			blocks = blocks[:len(blocks)-1]
			continue
		}
		n := sizes[rng.Intn(len(sizes))]
		data := pattern(round, n)
		b, err := a.Install(data)
		if err != nil {
			t.Fatal(err)
		}
		if b.Size() < n || b.Addr()%MinBlock != 0 {
			t.Fatalf("Install(%d bytes) = block %#x of %d bytes", n, b.Addr(), b.Size())
		}
		if align := uintptr(min(b.Size(), pageSize())); b.Addr()%align != 0 {
			t.Fatalf("block %#x not aligned to min(its size %d, a page)", b.Addr(), b.Size())
		}
		blocks = append(blocks, live{b, data})
	}
	check()
	checkWX(t, a)
	// No two live blocks overlap.
	for i, x := range blocks {
		for _, y := range blocks[i+1:] {
			if x.b.Addr() < y.b.Addr()+uintptr(y.b.Size()) && y.b.Addr() < x.b.Addr()+uintptr(x.b.Size()) {
				t.Fatalf("blocks %#x+%d and %#x+%d overlap", x.b.Addr(), x.b.Size(), y.b.Addr(), y.b.Size())
			}
		}
	}
	var used uint64
	for _, l := range blocks {
		used += uint64(l.b.Size())
	}
	s := a.Stats()
	if s.Blocks != len(blocks) || s.BytesUsed != used || s.BytesFree != s.BytesMapped-used || s.Allocs-s.Frees != uint64(len(blocks)) {
		t.Errorf("stats %+v, want %d blocks using %d bytes", s, len(blocks), used)
	}
	for _, l := range blocks {
		a.Free(l.b)
	}
	if s := a.Stats(); s != (Stats{Allocs: s.Allocs, Frees: s.Allocs}) {
		t.Errorf("after freeing everything: %+v", s)
	}
}

func TestStats(t *testing.T) {
	a := New()
	b1, err := a.Install(pattern(1, 100)) // class 128
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := a.Install(pattern(2, 120))   // class 128, same pool
	b3, _ := a.Install(pattern(3, 3000))  // class 4096, a second pool
	b4, _ := a.Install(pattern(4, 40000)) // large: an arena of its own
	want := Stats{
		Arenas: 2, Pools: 2, Blocks: 4,
		BytesMapped: ArenaSize + 40960, BytesUsed: 128 + 128 + 4096 + 40960,
		Allocs: 4,
	}
	want.BytesFree = want.BytesMapped - want.BytesUsed
	if got := a.Stats(); got != want {
		t.Errorf("Stats() = %+v\nwant       %+v", got, want)
	}
	a.Free(b4)
	a.Free(b1)
	want = Stats{Arenas: 1, Pools: 2, Blocks: 2, BytesMapped: ArenaSize, BytesUsed: 128 + 4096, Allocs: 4, Frees: 2}
	want.BytesFree = want.BytesMapped - want.BytesUsed
	if got := a.Stats(); got != want {
		t.Errorf("Stats() = %+v\nwant       %+v", got, want)
	}
	a.Free(b2)
	a.Free(b3)
	if got := a.Stats(); got != (Stats{Allocs: 4, Frees: 4}) {
		t.Errorf("Stats() after freeing all = %+v", got)
	}
}

// TestUnmapEmptyArena fills more than one arena, empties one and checks that
// its pages leave the address space while the other's stay.
func TestUnmapEmptyArena(t *testing.T) {
	a := New()
	perArena := ArenaSize / 1024
	var blocks []Block
	for i := 0; i < perArena+1; i++ {
		b, err := a.Install(pattern(i, 1024))
		if err != nil {
			t.Fatal(err)
		}
		blocks = append(blocks, b)
	}
	if s := a.Stats(); s.Arenas != 2 {
		t.Fatalf("%d blocks of 1 KiB: %d arenas, want 2", len(blocks), s.Arenas)
	}
	first, second := blocks[0].arena, blocks[perArena].arena
	firstBase := first.base()
	if first == second {
		t.Fatal("block past the first arena's capacity is in the first arena")
	}
	for _, b := range blocks[:perArena] {
		a.Free(b)
	}
	if s := a.Stats(); s.Arenas != 1 || s.BytesMapped != ArenaSize {
		t.Errorf("after emptying an arena: %+v", s)
	}
	ms := readMaps(t)
	if m, ok := findMapping(ms, firstBase); ok {
		t.Errorf("emptied arena %#x still mapped: %+v", firstBase, m)
	}
	if _, ok := findMapping(ms, second.base()); !ok {
		t.Errorf("live arena %#x not mapped", second.base())
	}
	checkWX(t, a)
	a.Free(blocks[perArena])
	if s := a.Stats(); s.Arenas != 0 {
		t.Errorf("after freeing everything: %+v", s)
	}
}

// TestReserveThenFill checks the two-step path: a block's address is final
// before its code is written, and the code appears only after Fill.
func TestReserveThenFill(t *testing.T) {
	a := New()
	b, err := a.Alloc(200)
	if err != nil {
		t.Fatal(err)
	}
	checkWX(t, a)
	code := pattern(9, 200)
	if err := a.Fill(b, code); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(contents(b, 200), code) {
		t.Error("Fill did not write the code")
	}
	checkWX(t, a)
	a.Free(b)
}

func TestMisuse(t *testing.T) {
	a := New()
	b, _ := a.Install(pattern(1, 10))
	keep, _ := a.Install(pattern(2, 10)) // keeps the pool alive
	mustPanic(t, "fill twice", func() { a.Fill(b, pattern(3, 10)) })
	a.Free(b)
	mustPanic(t, "double free", func() { a.Free(b) })
	mustPanic(t, "oversized fill", func() { a.Fill(keep, pattern(4, 100)) })
	mustPanic(t, "zero block", func() { a.Free(Block{}) })
	if _, err := a.Alloc(0); err == nil {
		t.Error("Alloc(0) succeeded")
	}
	a.Free(keep)
}

func mustPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r == nil {
			t.Errorf("%s: no panic", what)
		} else if !strings.HasPrefix(fmt.Sprint(r), "BUG: ") {
			t.Errorf("%s: panic %v, want a BUG panic", what, r)
		}
	}()
	f()
}

func TestConcurrent(t *testing.T) {
	a := New()
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func(g int) {
			var err error
			for i := 0; i < 300 && err == nil; i++ {
				data := pattern(g*1000+i, 64+i%500)
				var b Block
				if b, err = a.Install(data); err == nil {
					if !bytes.Equal(contents(b, len(data)), data) {
						err = fmt.Errorf("goroutine %d: block %#x corrupted", g, b.Addr())
					}
					a.Free(b)
				}
			}
			done <- err
		}(g)
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if s := a.Stats(); s.Arenas != 0 || s.Blocks != 0 {
		t.Errorf("after concurrent use: %+v", s)
	}
}

func BenchmarkInstallFree(b *testing.B) {
	for _, size := range []int{256, 4096} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			a := New()
			keep, _ := a.Install(pattern(0, 64)) // keeps an arena mapped
			code := pattern(1, size)
			for b.Loop() {
				blk, err := a.Install(code)
				if err != nil {
					b.Fatal(err)
				}
				a.Free(blk)
			}
			a.Free(keep)
		})
	}
}

func BenchmarkAllocFree(b *testing.B) {
	a := New()
	keep, _ := a.Alloc(64)
	for b.Loop() {
		blk, err := a.Alloc(256)
		if err != nil {
			b.Fatal(err)
		}
		a.Free(blk)
	}
	a.Free(keep)
}

// TestVerifyWXDetects makes sure VerifyWX can fail: a writable+executable
// mapping anywhere, or an arena page that is not read+execute.
func TestVerifyWXDetects(t *testing.T) {
	a := New()
	b, err := a.Install(pattern(1, 100))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Free(b)
	checkWX(t, a)

	m, err := unix.Mmap(-1, 0, pageSize(), unix.PROT_READ|unix.PROT_WRITE|unix.PROT_EXEC, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		t.Skipf("cannot map rwx memory to test the check: %v", err)
	}
	if a.VerifyWX() == nil {
		t.Error("VerifyWX accepted a writable and executable mapping")
	}
	unix.Munmap(m)

	page := b.arena.mem[:pageSize()]
	if err := unix.Mprotect(page, unix.PROT_READ); err != nil {
		t.Fatal(err)
	}
	if a.VerifyWX() == nil {
		t.Error("VerifyWX accepted an arena page that is not r-x")
	}
	if err := unix.Mprotect(page, unix.PROT_READ|unix.PROT_EXEC); err != nil {
		t.Fatal(err)
	}
	checkWX(t, a)
}
