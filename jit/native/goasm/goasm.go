// Package goasm is the thin layer over golang-asm (Go's own assembler as a
// library) that the amd64 and arm64 backends share: it collects obj.Prog
// instructions, resolves branches to labels, and assembles them into
// position-independent bytes.
//
// What goes in: obj.Prog values built with the architecture's obj/x86 or
// obj/arm64 constants. What comes out: machine code with no relocations
// (Assemble fails if the code would need one, e.g. a reference to a
// symbol), and the byte offset of every label.
//
// golang-asm reports problems through a DiagFunc that only prints; here
// every diagnostic becomes part of the error Assemble returns. Two quirks
// are handled here so that backends need not know them: on arm64 the
// assembler treats the first instruction as the function's TEXT and emits
// nothing for it, so the list starts with a NOP carrying the frame size 0
// (DESIGN §4.6); on amd64 jump padding against the Intel JCC erratum is
// off (the assembler's "hand-written assembly" mode), so encodings are
// exactly the instructions given.
//
// On amd64 the Assembler does not have golang-asm assemble the whole code
// (several encodings of every instruction, and an obj.Prog for each): it
// encodes each distinct instruction once per process, keeps the encodings
// in a cache, and lays out the branches itself by golang-asm's rules, so
// the code is byte for byte golang-asm's (x86.go). Branches there are JMP
// and conditional jumps to labels.
//
// An Assembler is used by one goroutine; separate Assemblers may be used
// concurrently.
package goasm

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// archs holds the initialised architectures; golang-asm initialises global
// opcode tables on first use, which must not race. The link architectures
// are used directly: golang-asm's asm/arch wrappers would also build the
// text assembler's name tables (most of a millisecond) and pull in every
// architecture golang-asm knows.
var archs = map[string]func() *obj.LinkArch{
	"amd64": sync.OnceValue(func() *obj.LinkArch { return initArch("amd64", &x86.Linkamd64) }),
	"arm64": sync.OnceValue(func() *obj.LinkArch { return initArch("arm64", &arm64.Linkarm64) }),
}

func initArch(name string, a *obj.LinkArch) *obj.LinkArch {
	ctxt := obj.Linknew(a)
	ctxt.DiagFunc = func(format string, args ...any) {
		panic("BUG: goasm: initialising " + name + ": " + fmt.Sprintf(format, args...))
	}
	a.Init(ctxt)
	return a
}

// Assembler collects instructions for one piece of code.
type Assembler struct {
	arch *obj.LinkArch
	ctxt *obj.Link
	// x86 is set for amd64, whose instructions Inst and Add encode at
	// once from the encoding cache when they can (x86.go), reusing
	// their Progs; the list of Progs (first, last) is then kept only
	// for a listing.
	x86         bool
	listing     bool
	first, last *obj.Prog
	labels      []*Label
	diags       []string
	assembled   bool
	comments    map[*obj.Prog]string
	// block holds instructions that Prog hands out, the first next
	// of them handed out already.
	block []obj.Prog
	next  int
	x86Code
	scratch *x86Scratch // amd64: insts's memory, and more (x86Scratch)
}

// progBlock is the most instructions Prog allocates at once.
const progBlock = 256

// Label is a position in the code that branches can target.
type Label struct {
	// anchor is a zero-size NOP placed where the label is bound, except
	// in amd64 code, where the label is bound before instruction at
	// (an index into x86Code.insts) and its offset is off.
	anchor *obj.Prog
	id, at int32 // id: the index in Assembler.labels
	off    int
	bound  bool
}

// New returns an Assembler for GOARCH name ("amd64" or "arm64").
func New(name string) (*Assembler, error) {
	init, ok := archs[name]
	if !ok {
		return nil, fmt.Errorf("goasm: unsupported architecture %q", name)
	}
	a := &Assembler{arch: init(), x86: name == "amd64"}
	if name == "arm64" {
		// The TEXT stand-in: skipped by the arm64 assembler; its To.Offset
		// is the frame size.
		p := a.Prog(obj.ANOP)
		p.To.Type = obj.TYPE_CONST
		a.Add(p)
	}
	return a, nil
}

// context returns a's golang-asm context, made on first use: amd64 code
// whose encodings are all cached needs none, and making one costs more
// than assembling a short piece of code from the cache.
func (a *Assembler) context() *obj.Link {
	if a.ctxt == nil {
		a.ctxt = obj.Linknew(a.arch)
		a.ctxt.Headtype = objabi.Hlinux
		a.ctxt.IsAsm = true
		a.ctxt.DiagFunc = func(format string, args ...any) {
			a.diags = append(a.diags, fmt.Sprintf(format, args...))
		}
	}
	return a.ctxt
}

// KeepListing has the Assembler keep what Listing and Comment need. It
// must be called before any instruction is added.
func (a *Assembler) KeepListing() {
	if a.first != nil || len(a.insts) > 0 {
		panic("BUG: goasm: KeepListing after Add")
	}
	a.listing = true
	a.context() // for the Progs' text
}

// Prog returns a new instruction with opcode as, not yet in the list.
func (a *Assembler) Prog(as obj.As) *obj.Prog {
	if a.next == len(a.block) {
		// Blocks grow with the code: short pieces of code stay small.
		a.block, a.next = make([]obj.Prog, min(progBlock, max(16, 2*len(a.block)))), 0
	}
	p := &a.block[a.next]
	a.next++
	ctxt := a.ctxt
	if !a.x86 {
		ctxt = a.context()
	}
	// amd64: a Prog gets the context when it is encoded (encodeX86).
	*p = obj.Prog{Ctxt: ctxt, As: as}
	return p
}

// Add appends p to the code. The caller must not use p afterwards: on
// amd64 the Assembler may reuse it for the next instruction.
func (a *Assembler) Add(p *obj.Prog) {
	if a.assembled {
		panic("BUG: goasm: Add after Assemble")
	}
	if a.x86 {
		if !a.addX86(p) && a.next > 0 && p == &a.block[a.next-1] {
			a.next-- // its Prog is free again
		}
		if !a.listing {
			return
		}
	}
	a.link(p)
}

// link appends p to the list of Progs.
func (a *Assembler) link(p *obj.Prog) {
	if a.first == nil {
		a.first = p
	} else {
		a.last.Link = p
	}
	a.last = p
}

// NewLabel returns a label to bind later with Bind.
func (a *Assembler) NewLabel() *Label {
	l := &Label{id: int32(len(a.labels))}
	if !a.x86 || a.listing {
		l.anchor = a.Prog(obj.ANOP) // amd64: the branches' target in the listing
	}
	a.labels = append(a.labels, l)
	return l
}

// Bind places l before the next instruction added.
func (a *Assembler) Bind(l *Label) {
	if l.bound {
		panic("BUG: goasm: label bound twice")
	}
	l.bound = true
	if a.x86 {
		l.at = int32(len(a.insts))
		return
	}
	a.Add(l.anchor)
}

// Branch appends a branch with opcode as to l: a jump, conditional jump
// or call of the architecture (on amd64 a JMP or conditional jump).
func (a *Assembler) Branch(as obj.As, l *Label) {
	if a.x86 {
		a.branchX86(as, l)
		return
	}
	p := a.Prog(as)
	p.To.Type = obj.TYPE_BRANCH
	p.To.SetTarget(l.anchor)
	a.Add(p)
}

// Offset returns the byte offset of l in the assembled code.
func (l *Label) Offset() int {
	if !l.bound {
		panic("BUG: goasm: offset of an unbound label")
	}
	if l.anchor == nil {
		return l.off
	}
	return int(l.anchor.Pc)
}

// Assemble encodes the instructions. An error lists every diagnostic of
// the assembler; it means the instructions were malformed, which is a bug
// in the caller's code generator, but is returned so the JIT can abort the
// trace and log it rather than crash.
func (a *Assembler) Assemble() ([]byte, error) {
	if a.assembled {
		panic("BUG: goasm: Assemble called twice")
	}
	a.assembled = true
	for _, l := range a.labels {
		if !l.bound {
			return nil, errors.New("goasm: branch to a label never bound")
		}
	}
	if a.x86 {
		return a.assembleX86()
	}
	if a.first == nil {
		return nil, nil
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: a.first}}
	a.arch.Assemble(a.context(), s, a.ctxt.NewProg)
	if err := a.diagnostics(); err != nil {
		return nil, err
	}
	if len(s.R) > 0 {
		return nil, fmt.Errorf("goasm: code needs %d relocation(s) (%v); native code must be position independent", len(s.R), s.R[0].Type)
	}
	return s.P, nil
}

// diagnostics returns the assembler's diagnostics as an error, or nil.
func (a *Assembler) diagnostics() error {
	if len(a.diags) == 0 && (a.ctxt == nil || a.ctxt.Errors == 0) {
		return nil
	}
	if len(a.diags) == 0 {
		a.diags = append(a.diags, "unreported assembler error")
	}
	return errors.New("goasm: " + strings.Join(a.diags, "; "))
}

// Comment places a comment before the next instruction added; it shows in
// Listing and emits no code. It needs KeepListing.
func (a *Assembler) Comment(text string) {
	if !a.listing {
		panic("BUG: goasm: Comment without KeepListing")
	}
	p := a.Prog(obj.ANOP)
	if a.x86 {
		// Only in the listing: not an instruction.
		a.link(p)
	} else {
		a.Add(p)
	}
	if a.comments == nil {
		a.comments = map[*obj.Prog]string{}
	}
	a.comments[p] = text
}

// Listing returns the assembled instructions one a line with their byte
// offsets, and the comments, for logs. It is valid after Assemble, with
// KeepListing.
func (a *Assembler) Listing() string {
	if !a.assembled || !a.listing {
		panic("BUG: goasm: Listing before Assemble or without KeepListing")
	}
	var b strings.Builder
	for p := a.first; p != nil; p = p.Link {
		if c, ok := a.comments[p]; ok {
			fmt.Fprintf(&b, "; %s\n", c)
			continue
		}
		if p.As == obj.ANOP {
			continue
		}
		fmt.Fprintf(&b, "%05x  %v\n", p.Pc, p.InstructionString())
	}
	return b.String()
}
