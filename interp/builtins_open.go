package interp

import "github.com/adderpy/adder/object"

// builtins_open.go: the open builtin. As in CPython, builtins.open is
// io.open; the interpreter cannot import the standard library's Go
// packages (they import this one), so open imports the io module (a
// sys.modules lookup once it is loaded) and forwards to its open.

var strOpen = object.Intern("open")

func init() {
	builtinFunctions = append(builtinFunctions, object.MethodDef{Name: "open", Fn: builtinOpen,
		Doc: "Open file and return a stream.  Raise OSError upon failure."})
}

func builtinOpen(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	mod, err := t.State.(*Thread).importModule("io")
	if err != nil {
		return object.Null, err
	}
	open, err := object.GetAttr(t, mod, strOpen)
	if err != nil {
		return object.Null, err
	}
	return object.Call(t, open, args, kwnames)
}
