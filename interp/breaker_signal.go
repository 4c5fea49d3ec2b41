package interp

// This file routes operating-system signals to Python handlers. Go's
// os/signal delivers them to a goroutine, which marks them pending and
// sets the main thread's eval breaker; the main thread then calls the
// handlers between bytecodes, as CPython does.

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/adderpy/adder/object"
)

// NumSignals bounds signal numbers (signal.NSIG).
const NumSignals = 65

// The values of signal.SIG_DFL and signal.SIG_IGN.
const (
	SigDefault = 0
	SigIgnore  = 1
)

// signalState is the interpreter's table of Python signal handlers.
type signalState struct {
	// pending[n] is set by the notifier when signal n arrives.
	pending [NumSignals]atomic.Bool
	// handlers[n] is the Python handler of signal n: a callable, or the
	// int SigDefault or SigIgnore; Null when never set (SIG_DFL).
	// Guarded by the GIL.
	handlers [NumSignals]object.Value
	ch       chan os.Signal
	once     sync.Once
}

// DefaultIntHandler is signal.default_int_handler: it raises
// KeyboardInterrupt.
var DefaultIntHandler = object.NewBuiltinFunction(&object.MethodDef{
	Name: "default_int_handler",
	Doc:  "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
	Fn: func(*object.Thread, []object.Value, *object.Tuple) (object.Value, error) {
		return object.Null, object.NewException(object.KeyboardInterrupt)
	},
}, "_signal").AsValue()

// installSignalHandlers makes SIGINT raise KeyboardInterrupt in the main
// thread, as Python does at startup.
func (in *Interpreter) installSignalHandlers() {
	in.signals.handlers[syscall.SIGINT] = DefaultIntHandler
	in.notifySignal(syscall.SIGINT)
}

// notifySignal starts delivering sig to the notifier goroutine.
func (in *Interpreter) notifySignal(sig syscall.Signal) {
	s := &in.signals
	s.once.Do(func() {
		s.ch = make(chan os.Signal, NumSignals)
		go func() {
			for sig := range s.ch {
				if n, ok := sig.(syscall.Signal); ok && int(n) < NumSignals {
					s.pending[n].Store(true)
					in.notifyMain(breakSignals)
				}
			}
		}()
	})
	signal.Notify(s.ch, sig)
}

// SignalHandler returns signal.getsignal(n): the handler last set, or
// None when Python never set one.
func (in *Interpreter) SignalHandler(n int) object.Value {
	if n <= 0 || n >= NumSignals {
		return object.None
	}
	if h := in.signals.handlers[n]; !h.IsNull() {
		return h
	}
	return object.Int(SigDefault)
}

// SetSignalHandler is signal.signal(n, handler): handler is a callable,
// SigDefault or SigIgnore. It returns the previous handler. Only the main
// thread may set handlers.
func (th *Thread) SetSignalHandler(n int, handler object.Value) (object.Value, error) {
	in := th.interp
	if !th.IsMain() {
		return object.Null, object.NewError(object.ValueError, "signal only works in main thread of the main interpreter")
	}
	if n <= 0 || n >= NumSignals {
		return object.Null, object.NewError(object.ValueError, "signal number out of range")
	}
	sig := syscall.Signal(n)
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP {
		return object.Null, object.NewOSError(syscall.EINVAL, "")
	}
	old := in.SignalHandler(n)
	switch {
	case handler.IsInt() && handler.AsInt() == SigIgnore:
		signal.Ignore(sig)
	case handler.IsInt() && handler.AsInt() == SigDefault:
		signal.Reset(sig)
	case handler.Type().Call != nil:
		in.notifySignal(sig)
	default:
		return object.Null, object.NewError(object.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	in.signals.handlers[n] = handler
	return old, nil
}

// runSignalHandlers calls the Python handlers of the pending signals on
// the main thread, stopping at the first that raises.
func (th *Thread) runSignalHandlers() error {
	if !th.IsMain() {
		return nil
	}
	if err := th.sync(); err != nil {
		return err
	}
	s := &th.interp.signals
	for n := 1; n < NumSignals; n++ {
		if !s.pending[n].Swap(false) {
			continue
		}
		h := s.handlers[n]
		if h.IsNull() || h.IsInt() {
			continue
		}
		frame := object.None
		if th.frame != nil {
			th.frame.escape()
			frame = th.frame.AsValue()
		}
		if _, err := object.Call(&th.Thread, h, []object.Value{object.Int(int64(n)), frame}, nil); err != nil {
			// The other pending signals run at the next check.
			th.breaker.Or(breakSignals)
			return err
		}
	}
	return nil
}

// InterruptMain is _thread.interrupt_main(n): it simulates the arrival of
// signal n in the main thread.
func (in *Interpreter) InterruptMain(n int) error {
	if n <= 0 || n >= NumSignals {
		return object.NewError(object.ValueError, "signal number out of range")
	}
	in.signals.pending[n].Store(true)
	in.notifyMain(breakSignals)
	return nil
}

// UncaughtInterrupt reports whether the program ended with an uncaught
// KeyboardInterrupt; python then ends itself with SIGINT (see
// ExitBySIGINT).
func (in *Interpreter) UncaughtInterrupt() bool { return in.uncaughtInterrupt }

// ExitBySIGINT ends the process with SIGINT, as CPython does after an
// uncaught KeyboardInterrupt so that its parent (a shell running a loop)
// sees how it died. It returns only if the signal did not kill it.
func ExitBySIGINT() {
	signal.Reset(syscall.SIGINT)
	if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
		// Delivery is asynchronous: give the runtime's handler, which
		// re-raises the signal with its default action, time to run.
		time.Sleep(time.Second)
	}
}
