package interp

// This file holds the eval breaker: the per-thread word the eval loop
// polls at RESUME and LOOP_HEADER (and that native traces poll at every
// loop back-edge, DESIGN.md §4 rule 2) to learn that something outside the
// running code needs attention: another thread wants the GIL, a signal
// arrived, or another thread asked to interrupt this one.

import (
	"sync/atomic"
	"time"
)

// The eval breaker bits.
const (
	// breakGILDrop: another thread has waited a switch interval for the GIL.
	breakGILDrop uint32 = 1 << iota
	// breakSignals: a signal arrived; its Python handler runs on the main
	// thread.
	breakSignals
	// breakReturn: the JIT asks the native code running on the thread to
	// return to the interpreter at its next poll (Thread.AskReturn);
	// nothing else is to be done.
	breakReturn
)

// AskReturn asks the native code running on th to return to the
// interpreter at its next back-edge poll, as for any eval breaker
// request; the interpreter then clears the request.
func (th *Thread) AskReturn() { th.breaker.Or(breakReturn) }

// Breaker returns the thread's eval breaker word: zero while nothing is
// pending. Code that runs Python without the eval loop (native traces)
// must poll it at every loop back-edge and, when it is not zero, return
// to the interpreter, which calls HandleBreaker.
func (th *Thread) Breaker() *atomic.Uint32 { return &th.breaker }

// HandleBreaker does what the eval breaker asks: it clears a JIT's
// return request, lets other threads take the GIL and runs pending
// signal handlers. An exception raised by a
// handler (KeyboardInterrupt from the default SIGINT handler) is returned,
// to be raised where the thread stands.
func (th *Thread) HandleBreaker() error {
	bits := th.breaker.Load()
	if bits&breakReturn != 0 {
		th.breaker.And(^breakReturn)
	}
	if bits&breakGILDrop != 0 {
		th.breaker.And(^breakGILDrop)
		th.interp.gil.yield(th)
	}
	if bits&breakSignals != 0 {
		th.breaker.And(^breakSignals)
		return th.runSignalHandlers()
	}
	return nil
}

// Unlocked runs fn without the GIL, so that other threads run Python code
// meanwhile. fn must not touch Python objects.
func (th *Thread) Unlocked(fn func()) {
	g := th.interp.gil
	g.release(th)
	defer g.acquire(th)
	fn()
}

// Wait blocks without the GIL until ch receives (ok true) or timeout
// passes (timeout < 0: never). On the main thread a signal interrupts the
// wait to run its Python handler: an exception it raises is returned,
// otherwise the wait goes on for the time left.
func (th *Thread) Wait(ch <-chan struct{}, timeout time.Duration) (ok bool, err error) {
	select {
	case <-ch:
		return true, nil
	default:
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline <-chan time.Time
	if timeout > 0 {
		timer := time.NewTimer(timeout)
		defer timer.Stop()
		deadline = timer.C
	}
	for {
		interrupted := false
		th.Unlocked(func() {
			select {
			case <-ch:
				ok = true
			case <-deadline:
			case <-th.wake:
				interrupted = true
			}
		})
		if !interrupted {
			return ok, nil
		}
		if err := th.HandleBreaker(); err != nil {
			return false, err
		}
	}
}

// Sleep is time.sleep: it waits d without the GIL; on the main thread a
// signal handler may end it early by raising.
func (th *Thread) Sleep(d time.Duration) error {
	if d <= 0 {
		th.interp.gil.yield(th)
		return th.HandleBreaker()
	}
	_, err := th.Wait(nil, d)
	return err
}

// notifyMain sets bits in the main thread's eval breaker and wakes it if it
// is blocked in Wait.
func (in *Interpreter) notifyMain(bits uint32) {
	in.main.breaker.Or(bits)
	select {
	case in.main.wake <- struct{}{}:
	default:
	}
}

// IsMain reports whether th is the main thread, the one that runs signal
// handlers.
func (th *Thread) IsMain() bool { return th == th.interp.main }
