package interp

import (
	"os"
	"strings"
	"sync"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// Traceback is one entry of an exception's traceback: a frame and the
// instruction it was at. Next points toward the frame that raised.
type Traceback struct {
	object.Header
	next  *Traceback
	frame *Frame
	lasti int
}

// TracebackType is the type of traceback objects.
var TracebackType = object.NewNativeType("traceback", "", nil)

func init() {
	TracebackType.AddGetSets([]object.GetSetDef{
		{Name: "tb_next", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			if n := (*Traceback)(v.Pointer()).next; n != nil {
				return n.AsValue(), nil
			}
			return object.None, nil
		}, Set: setTracebackNext},
		{Name: "tb_frame", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return (*Traceback)(v.Pointer()).frame.AsValue(), nil
		}},
		{Name: "tb_lineno", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			tb := (*Traceback)(v.Pointer())
			return object.Int(int64(tb.frame.code.line(tb.lasti))), nil
		}},
		{Name: "tb_lasti", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Int(int64((*Traceback)(v.Pointer()).lasti * 2)), nil
		}},
	})
	TracebackType.Ready()
}

// setTracebackNext assigns tb_next: a traceback or None, refusing one
// that would make the chain a loop (as CPython).
func setTracebackNext(_ *object.Thread, v, value object.Value) error {
	if value.IsNull() {
		return object.NewError(object.TypeError, "can't delete tb_next attribute")
	}
	tb := (*Traceback)(v.Pointer())
	if value.IsNone() {
		tb.next = nil
		return nil
	}
	if value.Type() != TracebackType {
		return object.Errorf(object.TypeError, "expected traceback object, got '%s'", value.Type().Name)
	}
	next := (*Traceback)(value.Pointer())
	for c := next; c != nil; c = c.next {
		if c == tb {
			return object.NewError(object.ValueError, "traceback loop detected")
		}
	}
	tb.next = next
	return nil
}

// AsValue returns the traceback as a Value.
func (tb *Traceback) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(tb)) }

// addTraceback records that exc passed through frame f at instruction
// lasti (prepending, so the outermost frame comes first).
func addTraceback(exc *object.Exc, f *Frame, lasti int) {
	f.escape()
	tb := &Traceback{Header: object.NewHeader(TracebackType), frame: f, lasti: lasti}
	if next, ok := exc.Traceback.Pointer(), !exc.Traceback.IsNull(); ok && exc.Traceback.Type() == TracebackType {
		tb.next = (*Traceback)(next)
	}
	exc.Traceback = tb.AsValue()
}

// sourceLines caches the lines of source files for tracebacks (as
// linecache does).
var sourceLines sync.Map // filename → []string

// SourceLine returns line n (1-based) of filename without its newline, or
// "" when unavailable.
func SourceLine(filename string, n int) string {
	v, ok := sourceLines.Load(filename)
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return ""
		}
		v, _ = sourceLines.LoadOrStore(filename, strings.Split(string(data), "\n"))
	}
	lines := v.([]string)
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// rememberEmbeddedSource records the text of an embedded standard-library
// file so that tracebacks can show its lines.
func rememberEmbeddedSource(filename string, src []byte) {
	sourceLines.LoadOrStore(filename, strings.Split(string(src), "\n"))
}
