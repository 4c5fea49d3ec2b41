// traceback.go: the _traceback module, which gives traceback.py the
// interpreter's own formatting of exceptions and traceback objects (the
// text CPython 3.11's traceback module produces, markers and exception
// groups included): format_exception(exc), format_exception_only(exc) and
// format_tb(tb), each returning a list of str.

package stdlib

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_traceback",
		Doc:  "The interpreter's traceback formatting, for the traceback module.",
		Methods: []object.MethodDef{
			{Name: "format_exception", Fn: tracebackExcFn("format_exception", interp.FormatException),
				Doc: "format_exception(exc) -> list of str: the report traceback.format_exception(exc) makes."},
			{Name: "format_exception_only", Fn: tracebackExcFn("format_exception_only", interp.FormatExceptionOnly),
				Doc: "format_exception_only(exc) -> list of str: the exception's last line(s) and notes."},
			{Name: "format_tb", Fn: tracebackFormatTB,
				Doc: "format_tb(tb) -> list of str: one entry per frame of the traceback object (None gives none)."},
		},
	})
}

func strList(lines []string) object.Value {
	items := make([]object.Value, len(lines))
	for i, s := range lines {
		items[i] = object.StrValue(s)
	}
	return object.NewList(items).AsValue()
}

func tracebackExcFn(name string, format func(*interp.Thread, *object.Exc) []string) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		exc, ok := args[0].AsException()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "%s() argument must be an exception, not %s", name, object.ArgTypeName(args[0]))
		}
		return strList(format(t.State.(*interp.Thread), exc)), nil
	}
}

func tracebackFormatTB(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("format_tb", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	tb := args[0]
	if !tb.IsNone() && tb.Type() != interp.TracebackType {
		return object.Null, object.Errorf(object.TypeError, "format_tb() argument must be a traceback or None, not %s", object.ArgTypeName(tb))
	}
	if tb.IsNone() {
		tb = object.Null
	}
	return strList(interp.FormatTraceback(t.State.(*interp.Thread), tb)), nil
}
