package stdlib

import (
	"sync"
	"weak"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// Files left open. CPython flushes and closes a file object as soon as its
// last reference goes, so a script may write a file without closing it and
// read it back at once, and what it wrote is on disk when it exits. Go's
// collector gives no such moment, so the buffered writers that have held
// data are tracked (weakly: tracking keeps nothing alive) and flushed when
// the program opens a file and when it ends.
var openWriters struct {
	sync.Mutex
	list  []weak.Pointer[buffered]
	live  int                          // entries still alive at the last prune
	hooks map[*interp.Interpreter]bool // interpreters with the exit flush registered
}

// track records b, which now holds unwritten bytes, among openWriters.
func (b *buffered) track(t *object.Thread) {
	if b.tracked {
		return
	}
	b.tracked = true
	ow := &openWriters
	ow.Lock()
	defer ow.Unlock()
	if len(ow.list) >= 2*ow.live+16 {
		kept := ow.list[:0]
		for _, w := range ow.list {
			if w.Value() != nil {
				kept = append(kept, w)
			}
		}
		clear(ow.list[len(kept):])
		ow.list, ow.live = kept, len(kept)
	}
	ow.list = append(ow.list, weak.Make(b))
	if th, ok := t.State.(*interp.Thread); ok {
		in := th.Interp()
		if ow.hooks == nil {
			ow.hooks = map[*interp.Interpreter]bool{}
		}
		if !ow.hooks[in] {
			ow.hooks[in] = true
			in.AtShutdown(func(th *interp.Thread) { flushOpenWriters(&th.Thread) })
		}
	}
}

// flushOpenWriters writes out the buffers of the tracked writers that are
// still open. Errors are dropped, as CPython's finalizers drop them.
func flushOpenWriters(t *object.Thread) {
	ow := &openWriters
	ow.Lock()
	var ws []*buffered
	for _, w := range ow.list {
		if b := w.Value(); b != nil && len(b.wbuf) > 0 {
			ws = append(ws, b)
		}
	}
	ow.Unlock()
	for _, b := range ws {
		if closed, err := b.closed(t); err == nil && !closed && !b.raw.IsNull() {
			b.flushWrites(t)
		}
	}
}
