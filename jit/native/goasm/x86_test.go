package goasm

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// build adds to a a random piece of code: instructions of 1 to 10 bytes,
// and branches of every kind to labels bound before and after them, at
// distances around the reach of a short branch.
func build(a *Assembler, seed uint64) []*Label {
	r := rand.New(rand.NewPCG(seed, 1))
	jumps := []obj.As{obj.AJMP, x86.AJOS, x86.AJOC, x86.AJCS, x86.AJCC, x86.AJEQ, x86.AJNE, x86.AJLS, x86.AJHI,
		x86.AJMI, x86.AJPL, x86.AJPS, x86.AJPC, x86.AJLT, x86.AJGE, x86.AJLE, x86.AJGT}
	regs := []int16{x86.REG_AX, x86.REG_CX, x86.REG_R8, x86.REG_R15}
	labels := make([]*Label, 4+r.IntN(20))
	for i := range labels {
		labels[i] = a.NewLabel()
	}
	bound := 0
	for n := 20 + r.IntN(200); n > 0; n-- {
		switch k := r.IntN(10); {
		case k == 0 && bound < len(labels):
			a.Bind(labels[bound])
			bound++
		case k <= 2:
			a.Branch(jumps[r.IntN(len(jumps))], labels[r.IntN(len(labels))])
		default:
			p := a.Prog(x86.AMOVQ)
			p.From = obj.Addr{Type: obj.TYPE_CONST, Offset: []int64{0, 1, 300, 1 << 40}[r.IntN(4)]}
			p.To = obj.Addr{Type: obj.TYPE_MEM, Reg: regs[r.IntN(len(regs))], Offset: int64(r.IntN(4) * 100)}
			if p.From.Offset > 1<<31 {
				p.To = obj.Addr{Type: obj.TYPE_REG, Reg: regs[r.IntN(len(regs))]}
			}
			if r.IntN(3) == 0 {
				p.As, p.From = x86.AADDQ, obj.Addr{Type: obj.TYPE_REG, Reg: regs[r.IntN(len(regs))]}
			}
			a.Add(p)
		}
	}
	for ; bound < len(labels); bound++ {
		a.Bind(labels[bound])
	}
	return labels
}

// TestX86Layout checks that the amd64 path (encoding cache, branch
// layout) makes the code and label offsets golang-asm makes alone.
func TestX86Layout(t *testing.T) {
	for seed := range uint64(300) {
		fast, err := New("amd64")
		if err != nil {
			t.Fatal(err)
		}
		slow, _ := New("amd64")
		slow.x86 = false
		if seed%7 == 0 {
			fast.KeepListing()
		}
		lf, ls := build(fast, seed), build(slow, seed)
		cf, err := fast.Assemble()
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		cs, err := slow.Assemble()
		if err != nil {
			t.Fatalf("seed %d: golang-asm: %v", seed, err)
		}
		if !bytes.Equal(cf, cs) {
			t.Fatalf("seed %d: code differs:\n% x\ngolang-asm:\n% x", seed, cf, cs)
		}
		for i := range lf {
			if lf[i].Offset() != ls[i].Offset() {
				t.Fatalf("seed %d: label %d at %d, golang-asm %d", seed, i, lf[i].Offset(), ls[i].Offset())
			}
		}
		if seed%7 == 0 && fast.Listing() == "" {
			t.Fatalf("seed %d: empty listing", seed)
		}
	}
}

// TestX86Unsupported checks that a branch the amd64 path does not lay
// out is an error, not wrong code.
func TestX86Unsupported(t *testing.T) {
	a, _ := New("amd64")
	l := a.NewLabel()
	a.Bind(l)
	a.Branch(obj.ACALL, l)
	if _, err := a.Assemble(); err == nil {
		t.Fatal("CALL to a label assembled")
	}
}

// TestDirectX86 checks directX86 against golang-asm for every register
// and base register it takes, displacements of every size and
// immediates.
func TestDirectX86(t *testing.T) {
	var regs []int16
	for r := int16(x86.REG_AX); r <= x86.REG_R15; r++ {
		regs = append(regs, r)
	}
	var xregs []int16
	for r := int16(x86.REG_X0); r <= x86.REG_X15; r++ {
		xregs = append(xregs, r)
	}
	offs := []int64{0, 1, -1, 8, 127, 128, -128, -129, 255, 4096 + 8, 1 << 20, -1 << 20, 1<<31 - 1, -1 << 31}
	imms := []int64{0, 1, -1, 127, 128, -129, 1<<31 - 1, -1 << 31, 1 << 31, 1<<32 - 1, 1 << 32, -1<<31 - 1, 0xc000123456, -1 << 63}
	type inst struct {
		as       obj.As
		from, to obj.Addr
	}
	var insts []inst
	direct := 0
	for _, base := range regs {
		for _, off := range offs {
			mem := obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: off}
			for _, r := range regs {
				reg := obj.Addr{Type: obj.TYPE_REG, Reg: r}
				insts = append(insts, inst{x86.AMOVQ, reg, mem}, inst{x86.AMOVQ, mem, reg})
			}
			for _, r := range xregs {
				reg := obj.Addr{Type: obj.TYPE_REG, Reg: r}
				insts = append(insts, inst{x86.AMOVSD, reg, mem}, inst{x86.AMOVSD, mem, reg})
			}
			for _, v := range imms {
				k := obj.Addr{Type: obj.TYPE_CONST, Offset: v}
				insts = append(insts, inst{x86.AMOVQ, k, mem}, inst{x86.AMOVL, k, mem})
			}
		}
		for _, v := range imms {
			insts = append(insts, inst{x86.AMOVQ, obj.Addr{Type: obj.TYPE_CONST, Offset: v}, obj.Addr{Type: obj.TYPE_REG, Reg: base}})
		}
	}
	for _, in := range insts {
		e, ok := directX86(in.as, &in.from, &in.to)
		if !ok {
			continue
		}
		direct++
		a, _ := New("amd64")
		a.x86 = false
		p := a.Prog(in.as)
		p.From, p.To = in.from, in.to
		a.Add(p)
		want, err := a.Assemble()
		if err != nil {
			t.Fatalf("%v %v, %v: golang-asm: %v", in.as, in.from, in.to, err)
		}
		if got := e.b[:e.n]; !bytes.Equal(got, want) {
			t.Fatalf("%v: % x, golang-asm % x", p, got, want)
		}
	}
	if direct < len(insts)/2 {
		t.Fatalf("only %d of %d instructions encoded directly", direct, len(insts))
	}
}
