package interp

// This file holds the global interpreter lock (DESIGN.md §6).

import (
	"sync/atomic"
	"time"
)

// globalLock is what a thread holds while it runs Python code. The default
// build uses gil; a GIL-free mode (-X gil=0) would plug in another
// implementation, which is why the interpreter only sees this interface.
type globalLock interface {
	// acquire blocks until th holds the lock.
	acquire(th *Thread)
	// release gives up the lock th holds.
	release(th *Thread)
	// yield lets waiting threads run: the holder calls it when its eval
	// breaker asks for a drop.
	yield(th *Thread)
	// setInterval and interval are sys.setswitchinterval and
	// sys.getswitchinterval.
	setInterval(d time.Duration)
	interval() time.Duration
}

// defaultSwitchInterval is CPython's default switch interval.
const defaultSwitchInterval = 5 * time.Millisecond

// gil is CPython's GIL in Go. The lock is a one-slot channel: holding it
// means having sent into it. A thread that has waited a whole switch
// interval for it sets the breakGILDrop bit of the holder's eval breaker;
// the holder then releases it at its next check. Because a receive from a
// full channel with blocked senders completes the oldest sender's send,
// release hands the lock directly to the longest waiter, so a thread that
// yields cannot take the lock back before a waiter runs (CPython's
// FORCE_SWITCHING) and waiters are served in order.
type gil struct {
	token  chan struct{}
	holder atomic.Pointer[Thread]
	// switchNS is the switch interval in nanoseconds.
	switchNS atomic.Int64
	// switches counts the times the lock changed hands after a wait (for
	// tests).
	switches atomic.Uint64
}

func newGIL() *gil {
	g := &gil{token: make(chan struct{}, 1)}
	g.switchNS.Store(int64(defaultSwitchInterval))
	return g
}

func (g *gil) acquire(th *Thread) {
	select {
	case g.token <- struct{}{}:
		g.holder.Store(th)
		return
	default:
	}
	timer := time.NewTimer(g.interval())
	defer timer.Stop()
	for {
		select {
		case g.token <- struct{}{}:
			g.holder.Store(th)
			g.switches.Add(1)
			return
		case <-timer.C:
			// The holder may have just released the lock: a spurious drop
			// request only costs it one yield.
			if h := g.holder.Load(); h != nil {
				h.breaker.Or(breakGILDrop)
			}
			timer.Reset(g.interval())
		}
	}
}

func (g *gil) release(th *Thread) {
	if g.holder.Load() != th {
		panic("BUG: GIL released by a thread that does not hold it")
	}
	g.holder.Store(nil)
	<-g.token
}

func (g *gil) yield(th *Thread) {
	g.release(th)
	g.acquire(th)
}

func (g *gil) setInterval(d time.Duration) { g.switchNS.Store(int64(d)) }

func (g *gil) interval() time.Duration { return time.Duration(g.switchNS.Load()) }
