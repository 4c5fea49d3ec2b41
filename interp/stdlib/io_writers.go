package stdlib

import (
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"weak"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// Files left open. CPython flushes and closes a file object as soon as its
// last reference goes, so a script may write a file without closing it,
// read it back at once, open thousands of files in a loop without closing
// them, and find everything on disk after it exits. Adder keeps those
// promises three ways:
//
//   - a FileIO that becomes garbage has a cleanup (finishFile) that writes
//     the bytes its buffered layer still held and closes its descriptor;
//   - the buffered layers that have held data are tracked (weakly) and
//     flushed whenever the program opens a file, stats a path or starts a
//     process, so a file written and dropped reads back complete;
//   - at exit they are flushed once more (Interpreter.AtShutdown).

// writeBuf holds the bytes a buffered layer has not yet passed to its raw
// stream. It is a separate allocation so that the cleanup of the FileIO
// below can write it without keeping the layer alive.
type writeBuf struct{ buf []byte }

// fileFinal is what finishFile needs to finish a FileIO that was never
// closed. mu orders the cleanup's goroutine against the exit flush.
type fileFinal struct {
	mu      sync.Mutex
	fd      int // -1 once closed
	closefd bool
	w       *writeBuf // the write buffer of the buffered layer over the file
}

var openFiles struct {
	sync.Mutex
	writers []weak.Pointer[buffered] // layers that have held data
	finals  []*fileFinal             // files with a buffered layer that has written
	live    int                      // len(writers)+len(finals) after the last prune
	hooks   map[*interp.Interpreter]bool
}

// watch gives f, just opened, the cleanup that finishes it if it becomes
// garbage while open.
func (f *fileIO) watch() {
	f.fin = &fileFinal{fd: f.fd, closefd: f.closefd}
	runtime.AddCleanup(f, finishFile, f.fin)
}

// finishFile writes what the layer over a garbage FileIO still held and
// closes the descriptor, as CPython's finalizers do. Errors are dropped.
func finishFile(fin *fileFinal) {
	fin.mu.Lock()
	defer fin.mu.Unlock()
	if fin.fd < 0 {
		return
	}
	fin.writeOut()
	if fin.closefd {
		syscall.Close(fin.fd)
		filesFinished.Add(1)
	}
	fin.fd = -1
}

// filesFinished counts the descriptors finishFile has closed.
var filesFinished atomic.Int64

// reclaimDescriptors is for an open that failed with EMFILE or ENFILE:
// it runs the collector so that the files the program dropped without
// closing get finished, waits a little for their cleanups, and reports
// whether any descriptor was closed (then the open is worth retrying).
func reclaimDescriptors() bool {
	before := filesFinished.Load()
	runtime.GC()
	for range 100 {
		if filesFinished.Load() != before {
			time.Sleep(time.Millisecond) // let the rest of the queued cleanups run
			return true
		}
		time.Sleep(time.Millisecond)
	}
	return false
}

// writeOut writes fin.w's bytes to the descriptor (fin.mu held).
func (fin *fileFinal) writeOut() {
	if fin.w == nil {
		return
	}
	p := fin.w.buf
	for len(p) > 0 {
		n, err := syscall.Write(fin.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			break
		}
		p = p[n:]
	}
	fin.w.buf = fin.w.buf[:0]
}

// closed marks fin's file closed (its close method ran).
func (fin *fileFinal) closed() {
	fin.mu.Lock()
	fin.fd, fin.w = -1, nil
	fin.mu.Unlock()
}

// writeBuf returns b's write buffer, making it on the first write: the
// layer is then tracked, and a FileIO below learns where its bytes are.
func (b *buffered) writeBuf(t *object.Thread) *writeBuf {
	if b.w != nil {
		return b.w
	}
	b.w = &writeBuf{}
	var fin *fileFinal
	if b.fio != nil && b.fio.fin != nil {
		fin = b.fio.fin
		fin.mu.Lock()
		fin.w = b.w
		fin.mu.Unlock()
	}
	if !b.tracked {
		b.tracked = true
		trackWriter(t, b, fin)
	}
	return b.w
}

// pendingWrites is how many bytes b holds for its raw stream.
func (b *buffered) pendingWrites() int {
	if b.w == nil {
		return 0
	}
	return len(b.w.buf)
}

// dropWriteBuf forgets b's write buffer (closed, detached, reinitialized).
func (b *buffered) dropWriteBuf() {
	if b.w == nil {
		return
	}
	if b.fio != nil && b.fio.fin != nil {
		fin := b.fio.fin
		fin.mu.Lock()
		if fin.w == b.w {
			fin.w = nil
		}
		fin.mu.Unlock()
	}
	b.w = nil
}

// trackWriter records b for the flushes: through fin, the file below it,
// when there is one, else weakly itself.
func trackWriter(t *object.Thread, b *buffered, fin *fileFinal) {
	of := &openFiles
	of.Lock()
	defer of.Unlock()
	if len(of.writers)+len(of.finals) >= 2*of.live+16 {
		writers := of.writers[:0]
		for _, w := range of.writers {
			if w.Value() != nil {
				writers = append(writers, w)
			}
		}
		clear(of.writers[len(writers):])
		finals := of.finals[:0]
		for _, f := range of.finals {
			f.mu.Lock()
			if f.fd >= 0 {
				finals = append(finals, f)
			}
			f.mu.Unlock()
		}
		clear(of.finals[len(finals):])
		of.writers, of.finals = writers, finals
		of.live = len(writers) + len(finals)
	}
	if fin != nil {
		of.finals = append(of.finals, fin) // flushed through fin, even once b is garbage
	} else {
		of.writers = append(of.writers, weak.Make(b))
	}
	if th, ok := t.State.(*interp.Thread); ok {
		in := th.Interp()
		if of.hooks == nil {
			of.hooks = map[*interp.Interpreter]bool{}
		}
		if !of.hooks[in] {
			of.hooks[in] = true
			in.AtShutdown(func(th *interp.Thread) { flushOpenFiles(&th.Thread) })
		}
	}
}

// flushOpenFiles writes out the buffers of the tracked writers that are
// still open, including those of files the collector has found dead but
// whose cleanup has not run yet (so no stale bytes can land after a later
// open truncates the file). Errors are dropped, as CPython's finalizers
// drop them.
func flushOpenFiles(t *object.Thread) {
	of := &openFiles
	of.Lock()
	var ws []*buffered
	for _, w := range of.writers {
		if b := w.Value(); b != nil && b.pendingWrites() > 0 {
			ws = append(ws, b)
		}
	}
	finals := of.finals
	of.Unlock()
	for _, b := range ws {
		if closed, err := b.closed(t); err == nil && !closed && !b.raw.IsNull() {
			b.flushWrites(t)
		}
	}
	for _, fin := range finals {
		fin.mu.Lock()
		if fin.fd >= 0 {
			fin.writeOut()
		}
		fin.mu.Unlock()
	}
}
