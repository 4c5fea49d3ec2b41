// sys_signal.go: waiting for a signal (signal.pause), next to the eval
// breaker's other blocking waits (breaker.go).

package interp

// Pause is signal.pause(): it blocks without the GIL until a signal with
// a Python handler arrives, runs the pending handlers and returns what the
// first failing one raised (nil when none did). A signal already pending
// when Pause starts ends it at once: its handler has not run yet. Signals
// are handled by the main thread only, so on another thread Pause never
// returns, as if every signal went to the main thread.
func (th *Thread) Pause() error {
	if !th.IsMain() {
		th.Unlocked(func() { select {} })
	}
	for th.breaker.Load()&breakSignals == 0 {
		// The wake channel is also sent to by other breaker requests;
		// only a signal ends the pause.
		th.Unlocked(func() { <-th.wake })
	}
	return th.HandleBreaker()
}
