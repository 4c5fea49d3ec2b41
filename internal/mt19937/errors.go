// errors.go: errors that become Python exceptions.

package mt19937

// ExcKind names the Python exception class an [Error] stands for.
type ExcKind uint8

// The exception classes the random module's algorithms raise.
const (
	ValueError ExcKind = iota + 1
	IndexError
	ZeroDivisionError
	OverflowError
)

// Error is a Python exception raised by an algorithm of random.py or of the
// math functions it calls; Msg is the exception's message, exactly.
type Error struct {
	Kind ExcKind
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

var (
	errMathDomain = &Error{ValueError, "math domain error"}
	errMathRange  = &Error{OverflowError, "math range error"}
	errFloatDiv   = &Error{ZeroDivisionError, "float division by zero"}
	// CPython raises OverflowError(34, 'Numerical result out of range')
	// when float ** overflows; Msg is that exception's str().
	errPowRange   = &Error{OverflowError, "(34, 'Numerical result out of range')"}
	errZeroPowNeg = &Error{ZeroDivisionError, "0.0 cannot be raised to a negative power"}
)
