package object

import (
	"fmt"
	"unsafe"
)

// Exc is an exception instance: the Go layout of every exception, of built-in
// and user-defined exception classes alike (all of them have a __dict__,
// held in attrs).
type Exc struct {
	Header
	Args            *Tuple
	Traceback       Value // Null or a traceback object
	Context         Value // __context__: Null or an exception
	Cause           Value // __cause__: Null or an exception
	SuppressContext bool
	// fields holds the attributes some exception classes add (OSError's
	// errno, ...; see excFieldSpecs), made on first store.
	fields []Value
	attrs  Attrs
}

// AsValue returns the exception as a Value.
func (e *Exc) AsValue() Value { return FromPointer(unsafe.Pointer(e)) }

// Error formats the exception as the last line of a traceback would,
// without running Python code (for Go-side diagnostics).
func (e *Exc) Error() string {
	if e.Args != nil && len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].exactStr(); ok {
			return e.typ.Name + ": " + s.s
		}
	}
	return e.typ.Name
}

// AsException returns v as an *Exc when v is an exception
// instance.
func (v Value) AsException() (*Exc, bool) {
	if v.p != nil && !v.IsImmediate() && v.Type().solid == BaseException {
		return (*Exc)(v.p), true
	}
	return nil, false
}

// NewException returns a new, not yet raised, exception of class typ with
// the given args. It does not run Python code, so typ's __init__ is not
// called: use it for built-in exception classes.
func NewException(typ *Type, args ...Value) *Exc {
	e := &Exc{Header: Header{typ}, Args: NewTuple(append([]Value(nil), args...)...)}
	e.attrs.Init(typ)
	return e
}

// NewError returns a new exception of class typ with one str argument.
func NewError(typ *Type, msg string) *Exc {
	return NewException(typ, StrValue(msg))
}

// Errorf returns a new exception of class typ with a formatted message.
func Errorf(typ *Type, format string, args ...any) *Exc {
	return NewError(typ, fmt.Sprintf(format, args...))
}

// The built-in exception classes.
var (
	BaseException             = newExceptionType("BaseException", nil)
	BaseExceptionGroup        = newExceptionType("BaseExceptionGroup", BaseException)
	Exception                 = newExceptionType("Exception", BaseException)
	GeneratorExit             = newExceptionType("GeneratorExit", BaseException)
	KeyboardInterrupt         = newExceptionType("KeyboardInterrupt", BaseException)
	SystemExit                = newExceptionType("SystemExit", BaseException)
	ArithmeticError           = newExceptionType("ArithmeticError", Exception)
	AssertionError            = newExceptionType("AssertionError", Exception)
	AttributeError            = newExceptionType("AttributeError", Exception)
	BufferError               = newExceptionType("BufferError", Exception)
	EOFError                  = newExceptionType("EOFError", Exception)
	ImportError               = newExceptionType("ImportError", Exception)
	LookupError               = newExceptionType("LookupError", Exception)
	MemoryError               = newExceptionType("MemoryError", Exception)
	NameError                 = newExceptionType("NameError", Exception)
	OSError                   = newExceptionType("OSError", Exception)
	ReferenceError            = newExceptionType("ReferenceError", Exception)
	RuntimeError              = newExceptionType("RuntimeError", Exception)
	StopAsyncIteration        = newExceptionType("StopAsyncIteration", Exception)
	StopIteration             = newExceptionType("StopIteration", Exception)
	SyntaxError               = newExceptionType("SyntaxError", Exception)
	SystemError               = newExceptionType("SystemError", Exception)
	TypeError                 = newExceptionType("TypeError", Exception)
	ValueError                = newExceptionType("ValueError", Exception)
	Warning                   = newExceptionType("Warning", Exception)
	FloatingPointError        = newExceptionType("FloatingPointError", ArithmeticError)
	OverflowError             = newExceptionType("OverflowError", ArithmeticError)
	ZeroDivisionError         = newExceptionType("ZeroDivisionError", ArithmeticError)
	BytesWarning              = newExceptionType("BytesWarning", Warning)
	DeprecationWarning        = newExceptionType("DeprecationWarning", Warning)
	EncodingWarning           = newExceptionType("EncodingWarning", Warning)
	FutureWarning             = newExceptionType("FutureWarning", Warning)
	ImportWarning             = newExceptionType("ImportWarning", Warning)
	PendingDeprecationWarning = newExceptionType("PendingDeprecationWarning", Warning)
	ResourceWarning           = newExceptionType("ResourceWarning", Warning)
	RuntimeWarning            = newExceptionType("RuntimeWarning", Warning)
	SyntaxWarning             = newExceptionType("SyntaxWarning", Warning)
	UnicodeWarning            = newExceptionType("UnicodeWarning", Warning)
	UserWarning               = newExceptionType("UserWarning", Warning)
	BlockingIOError           = newExceptionType("BlockingIOError", OSError)
	ChildProcessError         = newExceptionType("ChildProcessError", OSError)
	ConnectionError           = newExceptionType("ConnectionError", OSError)
	FileExistsError           = newExceptionType("FileExistsError", OSError)
	FileNotFoundError         = newExceptionType("FileNotFoundError", OSError)
	InterruptedError          = newExceptionType("InterruptedError", OSError)
	IsADirectoryError         = newExceptionType("IsADirectoryError", OSError)
	NotADirectoryError        = newExceptionType("NotADirectoryError", OSError)
	PermissionError           = newExceptionType("PermissionError", OSError)
	ProcessLookupError        = newExceptionType("ProcessLookupError", OSError)
	TimeoutError              = newExceptionType("TimeoutError", OSError)
	IndentationError          = newExceptionType("IndentationError", SyntaxError)
	IndexError                = newExceptionType("IndexError", LookupError)
	KeyError                  = newExceptionType("KeyError", LookupError)
	ModuleNotFoundError       = newExceptionType("ModuleNotFoundError", ImportError)
	NotImplementedError       = newExceptionType("NotImplementedError", RuntimeError)
	RecursionError            = newExceptionType("RecursionError", RuntimeError)
	UnboundLocalError         = newExceptionType("UnboundLocalError", NameError)
	UnicodeError              = newExceptionType("UnicodeError", ValueError)
	BrokenPipeError           = newExceptionType("BrokenPipeError", ConnectionError)
	ConnectionAbortedError    = newExceptionType("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError    = newExceptionType("ConnectionRefusedError", ConnectionError)
	ConnectionResetError      = newExceptionType("ConnectionResetError", ConnectionError)
	TabError                  = newExceptionType("TabError", IndentationError)
	UnicodeDecodeError        = newExceptionType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError        = newExceptionType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError     = newExceptionType("UnicodeTranslateError", UnicodeError)
	ExceptionGroup            = newExceptionType("ExceptionGroup", BaseExceptionGroup)
)

// newExceptionType declares a built-in exception class.
func newExceptionType(name string, base *Type) *Type {
	typ := newBuiltinType(name, base)
	typ.Flags |= FlagBaseType
	typ.solid = typ
	if base != nil {
		typ.solid = base.solid
	}
	typ.attrsOffset = unsafe.Offsetof(Exc{}.attrs)
	return typ
}

func initExceptions() {
	ExceptionGroup.Bases = []*Type{BaseExceptionGroup, Exception}
}
