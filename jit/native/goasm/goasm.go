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
	arch        *obj.LinkArch
	ctxt        *obj.Link
	first, last *obj.Prog
	labels      []*Label
	diags       []string
	assembled   bool
	comments    map[*obj.Prog]string
}

// Label is a position in the code that branches can target.
type Label struct {
	anchor *obj.Prog // a zero-size NOP placed where the label is bound
	bound  bool
}

// New returns an Assembler for GOARCH name ("amd64" or "arm64").
func New(name string) (*Assembler, error) {
	init, ok := archs[name]
	if !ok {
		return nil, fmt.Errorf("goasm: unsupported architecture %q", name)
	}
	a := &Assembler{arch: init()}
	a.ctxt = obj.Linknew(a.arch)
	a.ctxt.Headtype = objabi.Hlinux
	a.ctxt.IsAsm = true
	a.ctxt.DiagFunc = func(format string, args ...any) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	if name == "arm64" {
		// The TEXT stand-in: skipped by the arm64 assembler; its To.Offset
		// is the frame size.
		p := a.Prog(obj.ANOP)
		p.To.Type = obj.TYPE_CONST
		a.Add(p)
	}
	return a, nil
}

// Prog returns a new instruction with opcode as, not yet in the list.
func (a *Assembler) Prog(as obj.As) *obj.Prog {
	p := a.ctxt.NewProg()
	p.As = as
	return p
}

// Add appends p to the code and returns it.
func (a *Assembler) Add(p *obj.Prog) *obj.Prog {
	if a.assembled {
		panic("BUG: goasm: Add after Assemble")
	}
	if a.first == nil {
		a.first = p
	} else {
		a.last.Link = p
	}
	a.last = p
	return p
}

// NewLabel returns a label to bind later with Bind.
func (a *Assembler) NewLabel() *Label {
	l := &Label{anchor: a.Prog(obj.ANOP)}
	a.labels = append(a.labels, l)
	return l
}

// Bind places l before the next instruction added.
func (a *Assembler) Bind(l *Label) {
	if l.bound {
		panic("BUG: goasm: label bound twice")
	}
	l.bound = true
	a.Add(l.anchor)
}

// Branch appends a branch with opcode as (a jump, conditional jump or call
// of the architecture) to l.
func (a *Assembler) Branch(as obj.As, l *Label) *obj.Prog {
	p := a.Prog(as)
	p.To.Type = obj.TYPE_BRANCH
	p.To.SetTarget(l.anchor)
	return a.Add(p)
}

// Offset returns the byte offset of l in the assembled code.
func (l *Label) Offset() int {
	if !l.bound {
		panic("BUG: goasm: offset of an unbound label")
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
	if a.first == nil {
		return nil, nil
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: a.first}}
	a.arch.Assemble(a.ctxt, s, a.ctxt.NewProg)
	if len(a.diags) > 0 || a.ctxt.Errors > 0 {
		if len(a.diags) == 0 {
			a.diags = append(a.diags, "unreported assembler error")
		}
		return nil, errors.New("goasm: " + strings.Join(a.diags, "; "))
	}
	if len(s.R) > 0 {
		return nil, fmt.Errorf("goasm: code needs %d relocation(s) (%v); native code must be position independent", len(s.R), s.R[0].Type)
	}
	return s.P, nil
}

// Comment places a comment before the next instruction added; it shows in
// Listing and emits no code.
func (a *Assembler) Comment(text string) {
	p := a.Add(a.Prog(obj.ANOP))
	if a.comments == nil {
		a.comments = map[*obj.Prog]string{}
	}
	a.comments[p] = text
}

// Listing returns the assembled instructions one a line with their byte
// offsets, and the comments, for logs. It is valid after Assemble.
func (a *Assembler) Listing() string {
	if !a.assembled {
		panic("BUG: goasm: Listing before Assemble")
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
