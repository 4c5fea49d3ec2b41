// signal.go: the _signal module (signal.py wraps it in enums): Python
// signal handlers through the interpreter's signal table
// (interp.Thread.SetSignalHandler), raise_signal, pause, sigpending,
// pidfd_send_signal, alarm and interval timers, strsignal and the Linux
// signal numbers.
//
// Handlers run on the main thread between bytecodes, as in CPython.
// raise_signal of a signal with a Python handler marks it pending and runs
// the handler before returning (CPython's raise() followed by its
// PyErr_CheckSignals); with SIG_DFL or SIG_IGN it really sends the signal.

package stdlib

import (
	"math"
	"strconv"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// itimerError is signal.ItimerError (signal.itimer_error), made when
// _signal is first imported.
var itimerError *object.Type

// signalNames lists the Linux signal numbers _signal exports.
var signalNames = []struct {
	name string
	num  syscall.Signal
}{
	{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT},
	{"SIGILL", syscall.SIGILL}, {"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT},
	{"SIGIOT", syscall.SIGIOT}, {"SIGBUS", syscall.SIGBUS}, {"SIGFPE", syscall.SIGFPE},
	{"SIGKILL", syscall.SIGKILL}, {"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV},
	{"SIGUSR2", syscall.SIGUSR2}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM},
	{"SIGTERM", syscall.SIGTERM}, {"SIGSTKFLT", syscall.SIGSTKFLT}, {"SIGCHLD", syscall.SIGCHLD},
	{"SIGCLD", syscall.SIGCLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP},
	{"SIGTSTP", syscall.SIGTSTP}, {"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU},
	{"SIGURG", syscall.SIGURG}, {"SIGXCPU", syscall.SIGXCPU}, {"SIGXFSZ", syscall.SIGXFSZ},
	{"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF}, {"SIGWINCH", syscall.SIGWINCH},
	{"SIGIO", syscall.SIGIO}, {"SIGPOLL", syscall.SIGPOLL}, {"SIGPWR", syscall.SIGPWR},
	{"SIGSYS", syscall.SIGSYS}, {"SIGRTMIN", sigRTMin}, {"SIGRTMAX", sigRTMax},
}

// glibc reserves real-time signals 32 and 33 for its threads.
const (
	sigRTMin syscall.Signal = 34
	sigRTMax syscall.Signal = interp.NumSignals - 1
)

// signalDescriptions are glibc's strsignal texts for the standard signals;
// 32 and 33 have none.
var signalDescriptions = [...]string{
	1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
	6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
	11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock",
	15: "Terminated", 16: "Stack fault", 17: "Child exited", 18: "Continued", 19: "Stopped (signal)",
	20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)", 23: "Urgent I/O condition",
	24: "CPU time limit exceeded", 25: "File size limit exceeded", 26: "Virtual timer expired",
	27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible", 30: "Power failure",
	31: "Bad system call",
}

func errSignalRange() error { return object.NewError(object.ValueError, "signal number out of range") }

// signalNumber converts a signal number argument.
func signalNumber(t *object.Thread, v object.Value, check bool) (int, error) {
	n, err := object.IndexInt(t, v)
	if err != nil {
		return 0, err
	}
	if check && (n < 1 || n >= interp.NumSignals) {
		return 0, errSignalRange()
	}
	return n, nil
}

func signalSignal(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("signal", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	n, err := signalNumber(t, args[0], false)
	if err != nil {
		return object.Null, err
	}
	return threadOf(t).SetSignalHandler(n, args[1])
}

func signalGetsignal(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("getsignal", args, kw); err != nil {
		return object.Null, err
	}
	n, err := signalNumber(t, args[0], true)
	if err != nil {
		return object.Null, err
	}
	return threadOf(t).Interp().SignalHandler(n), nil
}

func signalRaise(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("raise_signal", args, kw); err != nil {
		return object.Null, err
	}
	n, err := signalNumber(t, args[0], false)
	if err != nil {
		return object.Null, err
	}
	th := threadOf(t)
	in := th.Interp()
	if h := in.SignalHandler(n); n > 0 && n < interp.NumSignals && !h.IsInt() {
		if err := in.InterruptMain(n); err != nil {
			return object.Null, err
		}
		if th.IsMain() {
			if err := th.HandleBreaker(); err != nil {
				return object.Null, err
			}
		}
		return object.None, nil
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.Signal(n)); err != nil {
		return object.Null, object.NewOSError(err.(syscall.Errno), "")
	}
	return object.None, nil
}

func signalStrsignal(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("strsignal", args, kw); err != nil {
		return object.Null, err
	}
	n, err := signalNumber(t, args[0], true)
	if err != nil {
		return object.Null, err
	}
	switch {
	case n < len(signalDescriptions) && signalDescriptions[n] != "":
		return object.StrValue(signalDescriptions[n]), nil
	case n >= int(sigRTMin):
		return object.StrValue("Real-time signal " + strconv.Itoa(n-int(sigRTMin))), nil
	}
	return object.None, nil
}

func signalValidSignals(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("valid_signals", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	s := object.NewSet()
	for n := 1; n < interp.NumSignals; n++ {
		if n == 32 || n == 33 {
			continue
		}
		if err := s.Add(t, object.Int(int64(n))); err != nil {
			return object.Null, err
		}
	}
	return s.AsValue(), nil
}

func signalAlarm(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("alarm", args, kw); err != nil {
		return object.Null, err
	}
	secs, err := object.IndexInt(t, args[0])
	if err != nil {
		return object.Null, err
	}
	old, err := unix.Setitimer(unix.ItimerReal, unix.Itimerval{Value: unix.Timeval{Sec: int64(uint32(secs))}})
	if err != nil {
		return object.Null, object.NewOSError(err.(syscall.Errno), "")
	}
	// alarm() rounds the time left to the nearest second, and reports a
	// running timer as at least 1.
	left := old.Value.Sec
	if old.Value.Usec >= 500000 || (left == 0 && old.Value.Usec > 0) {
		left++
	}
	return object.Int(left), nil
}

func signalPause(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("pause", kw); err != nil {
		return object.Null, err
	}
	if len(args) != 0 {
		return object.Null, object.Errorf(object.TypeError, "_signal.pause() takes no arguments (%d given)", len(args))
	}
	if err := threadOf(t).Pause(); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

// signalPidfdSendSignal is pidfd_send_signal(pidfd, signalnum,
// siginfo=None, flags=0), positional only; siginfo must be None.
func signalPidfdSendSignal(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.NoKeywords("_signal.pidfd_send_signal", kw); err != nil {
		return object.Null, err
	}
	if err := clinicArity("pidfd_send_signal", args, nil, 2, 4); err != nil {
		return object.Null, err
	}
	var ints [3]int
	for i, j := range []int{0, 1, 3} {
		if j < len(args) {
			n, err := object.IndexInt(t, args[j])
			if err != nil {
				return object.Null, err
			}
			ints[i] = n
		}
	}
	if len(args) > 2 && !args[2].IsNone() {
		return object.Null, object.NewError(object.TypeError, "siginfo must be None")
	}
	if err := unix.PidfdSendSignal(ints[0], unix.Signal(ints[1]), nil, ints[2]); err != nil {
		return object.Null, object.NewOSError(err.(syscall.Errno), "")
	}
	return object.None, nil
}

// signalSigpending is sigpending(): the signals the kernel holds pending
// for the calling OS thread, blocked there. Go's runtime blocks no signal
// for long and Adder offers no pthread_sigmask, so the set is normally
// empty, as it is in CPython for a program that blocks nothing.
func signalSigpending(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("sigpending", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	var set uint64 // the kernel's sigset_t: one bit per signal 1..64
	if _, _, errno := unix.RawSyscall(unix.SYS_RT_SIGPENDING, uintptr(unsafe.Pointer(&set)), unsafe.Sizeof(set), 0); errno != 0 {
		return object.Null, object.NewOSError(errno, "")
	}
	s := object.NewSet()
	for n := 1; n < interp.NumSignals; n++ {
		if set&(1<<(n-1)) == 0 {
			continue
		}
		if err := s.Add(t, object.Int(int64(n))); err != nil {
			return object.Null, err
		}
	}
	return s.AsValue(), nil
}

func itimerTuple(v unix.Itimerval) object.Value {
	sec := func(tv unix.Timeval) object.Value {
		return object.Float(float64(tv.Sec) + float64(tv.Usec)/1e6)
	}
	return object.NewTuple(sec(v.Value), sec(v.Interval)).AsValue()
}

func secondsToTimeval(x float64) unix.Timeval {
	d := time.Duration(math.Round(x * 1e6))
	tv := unix.NsecToTimeval(int64(d) * 1000)
	if x > 0 && tv.Sec == 0 && tv.Usec == 0 {
		tv.Usec = 1 // a positive delay never disarms the timer
	}
	return tv
}

// itimerErr raises ItimerError(errno, strerror) for a failed timer call.
func itimerErr(t *object.Thread, err error) error {
	errno, _ := err.(syscall.Errno)
	osErr := object.NewOSError(errno, "")
	msg, gerr := object.GetAttr(t, osErr.AsValue(), object.Intern("strerror"))
	if gerr != nil {
		return gerr
	}
	exc, cerr := object.Call(t, itimerError.AsValue(), []object.Value{object.Int(int64(errno)), msg}, nil)
	if cerr != nil {
		return cerr
	}
	e, _ := exc.AsException()
	return e
}

func signalSetitimer(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("_signal.setitimer", args, kw, 2, 3); err != nil {
		return object.Null, err
	}
	which, err := object.IndexInt(t, args[0])
	if err != nil {
		return object.Null, err
	}
	var v [2]float64
	for i := range v {
		if i+1 < len(args) {
			if v[i], err = toFloat(t, args[i+1]); err != nil {
				return object.Null, err
			}
		}
	}
	old, err := unix.Setitimer(unix.ItimerWhich(which), unix.Itimerval{Value: secondsToTimeval(v[0]), Interval: secondsToTimeval(v[1])})
	if err != nil {
		return object.Null, itimerErr(t, err)
	}
	return itimerTuple(old), nil
}

func signalGetitimer(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("getitimer", args, kw); err != nil {
		return object.Null, err
	}
	which, err := object.IndexInt(t, args[0])
	if err != nil {
		return object.Null, err
	}
	cur, err := unix.Getitimer(unix.ItimerWhich(which))
	if err != nil {
		return object.Null, itimerErr(t, err)
	}
	return itimerTuple(cur), nil
}

var signalMethods = []object.MethodDef{
	{Name: "signal", Fn: signalSignal, Doc: "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned."},
	{Name: "getsignal", Fn: signalGetsignal, Doc: "Return the current action for the given signal."},
	{Name: "raise_signal", Fn: signalRaise, Doc: "Send a signal to the executing process."},
	{Name: "strsignal", Fn: signalStrsignal, Doc: "Return the system description of the given signal."},
	{Name: "valid_signals", Fn: signalValidSignals, Doc: "Return a set of valid signal numbers on this platform."},
	{Name: "pause", Fn: signalPause, Doc: "Wait until a signal arrives."},
	{Name: "pidfd_send_signal", Fn: signalPidfdSendSignal, Doc: "Send a signal to a process referred to by a pid file descriptor."},
	{Name: "sigpending", Fn: signalSigpending, Doc: "Examine pending signals.\n\nReturns a set of signal numbers that are pending for delivery to\nthe calling thread."},
	{Name: "alarm", Fn: signalAlarm, Doc: "Arrange for SIGALRM to arrive after the given number of seconds."},
	{Name: "setitimer", Fn: signalSetitimer, Doc: "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
	{Name: "getitimer", Fn: signalGetitimer, Doc: "Returns current value of given itimer."},
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "_signal",
		Doc:     "This module provides mechanisms to use signal handlers in Python.",
		Methods: signalMethods,
		Init: func(th *interp.Thread, m *interp.Module) error {
			if itimerError == nil {
				cls, err := newExceptionClass(&th.Thread, "signal", "itimer_error", object.OSError)
				if err != nil {
					return err
				}
				itimerError = cls
			}
			d := m.Dict()
			set := func(name string, v object.Value) { d.SetStr(object.Intern(name), v) }
			for _, s := range signalNames {
				set(s.name, object.Int(int64(s.num)))
			}
			set("NSIG", object.Int(interp.NumSignals))
			set("SIG_DFL", object.Int(interp.SigDefault))
			set("SIG_IGN", object.Int(interp.SigIgnore))
			set("SIG_BLOCK", object.Int(unix.SIG_BLOCK))
			set("SIG_UNBLOCK", object.Int(unix.SIG_UNBLOCK))
			set("SIG_SETMASK", object.Int(unix.SIG_SETMASK))
			set("ITIMER_REAL", object.Int(unix.ITIMER_REAL))
			set("ITIMER_VIRTUAL", object.Int(unix.ITIMER_VIRTUAL))
			set("ITIMER_PROF", object.Int(unix.ITIMER_PROF))
			set("ItimerError", itimerError.AsValue())
			set("default_int_handler", interp.DefaultIntHandler)
			return nil
		},
	})
}
