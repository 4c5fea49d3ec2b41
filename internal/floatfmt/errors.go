// errors.go: errors that become Python exceptions.

package floatfmt

import "errors"

// ExcKind names the Python exception class an [Error] stands for.
type ExcKind uint8

// The exception classes this package's functions raise.
const (
	ValueError ExcKind = iota + 1
	OverflowError
)

// Error is a Python exception; Msg is its message, exactly.
type Error struct {
	Kind ExcKind
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// ErrInvalidFloat is returned by [Parse] and [ParseBytes] for text float()
// rejects. CPython raises ValueError("could not convert string to float: "
// + repr(text)); the caller formats the repr.
var ErrInvalidFloat = errors.New("could not convert string to float")

func valueError(msg string) error { return &Error{ValueError, msg} }
