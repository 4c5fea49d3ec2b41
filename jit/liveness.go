// liveness.go: which fast locals of a code object are live before each
// instruction, that is, may be read (LOAD_FAST, DELETE_FAST) on some path
// from there before they are written (STORE_FAST). A local that is dead
// where an exit resumes need not be written back: the interpreter stores
// to it before anything reads it. (LuaJIT purges dead slots from its
// snapshots the same way.) Paths include exception handlers: an
// instruction inside a handler's range may continue at its target.
//
// Python can see a frame's locals without reading them by name:
// locals(), vars(), dir(), eval() and exec() without a namespace,
// super() without arguments (local 0), frame objects' f_locals. Code
// that names one of those builtins, _getframe, currentframe or f_locals
// has every local live
// everywhere (as Psyco did); a frame inspected through a frame object
// that another function or a traceback reached may show a dead local
// with an older value than CPython would.

package jit

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/compile"
)

// liveness holds a bit set of the live locals before each instruction.
type liveness struct {
	words int // words per instruction
	bits  []uint64
	all   bool // every local is live everywhere
}

// frameIntrospection names what reads a frame's locals without naming
// them (see the file comment).
var frameIntrospection = map[string]bool{
	"locals": true, "vars": true, "dir": true, "eval": true, "exec": true, "super": true,
	"_getframe": true, "currentframe": true, "f_locals": true,
}

// newLiveness computes the liveness of c's fast locals.
func newLiveness(c *interp.Code) *liveness {
	n := c.NumLocals()
	code := c.Instructions()
	lv := &liveness{words: (n + 63) / 64}
	for _, name := range c.Names {
		if frameIntrospection[name] {
			lv.all = true
			return lv
		}
	}
	for _, ins := range code {
		if ins.Op() == compile.LOAD_LOCALS {
			lv.all = true
			return lv
		}
	}
	w := lv.words
	lv.bits = make([]uint64, w*len(code))
	handler := make([]int, len(code)) // the handler target of each instruction, or -1
	for i := range handler {
		handler[i] = -1
	}
	for _, h := range c.ExceptionTable {
		for i := h.Start; i < h.End && i < len(code); i++ {
			handler[i] = h.Target
		}
	}
	tmp := make([]uint64, w)
	// Backward passes until nothing changes: loops need a few.
	for changed := true; changed; {
		changed = false
		for i := len(code) - 1; i >= 0; i-- {
			ins := code[i]
			op := ins.Op()
			clear(tmp)
			if op.Flags()&compile.FlagNoNext == 0 && i+1 < len(code) {
				or(tmp, lv.at(i+1))
			}
			if op.IsJump() {
				or(tmp, lv.at(ins.Arg()))
			}
			switch op {
			case compile.STORE_FAST:
				tmp[ins.Arg()/64] &^= 1 << (ins.Arg() % 64)
			case compile.LOAD_FAST, compile.DELETE_FAST:
				tmp[ins.Arg()/64] |= 1 << (ins.Arg() % 64)
			}
			if h := handler[i]; h >= 0 {
				or(tmp, lv.at(h))
			}
			in := lv.at(i)
			for k := range tmp {
				if tmp[k] != in[k] {
					copy(in, tmp)
					changed = true
					break
				}
			}
		}
	}
	return lv
}

// at returns the live set before instruction i.
func (lv *liveness) at(i int) []uint64 { return lv.bits[i*lv.words : (i+1)*lv.words] }

// live reports whether local k is live before instruction pc.
func (lv *liveness) live(pc, k int) bool {
	return lv.all || lv.bits[pc*lv.words+k/64]&(1<<(k%64)) != 0
}

func or(dst, src []uint64) {
	for i, x := range src {
		dst[i] |= x
	}
}
