// atexit.go: the atexit module. The interpreter calls _run_exitfuncs when
// the main program ends (interp/run.go), after an uncaught exception has
// been printed, before output is flushed.

package stdlib

import (
	"sync"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

type exitHandler struct {
	fn      object.Value
	args    []object.Value
	kwnames *object.Tuple
}

// exitHandlers are the registered functions, in registration order.
var exitHandlers struct {
	sync.Mutex
	list []exitHandler
}

func atexitRun(t *object.Thread) {
	for {
		exitHandlers.Lock()
		n := len(exitHandlers.list)
		if n == 0 {
			exitHandlers.Unlock()
			return
		}
		h := exitHandlers.list[n-1]
		exitHandlers.list = exitHandlers.list[:n-1]
		exitHandlers.Unlock()
		if _, err := object.Call(t, h.fn, h.args, h.kwnames); err != nil {
			if exc, ok := err.(*object.Exc); ok {
				t.State.(*interp.Thread).WriteUnraisable(exc, "in atexit callback", h.fn)
			}
		}
	}
}

func atexitMethods() []object.MethodDef {
	return []object.MethodDef{
		{Name: "register", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if object.Positional(args, kw) < 1 {
				return object.Null, object.NewError(object.TypeError, "register() takes at least 1 argument (0 given)")
			}
			fn := args[0]
			if fn.Type().Call == nil {
				return object.Null, object.NewError(object.TypeError, "the first argument must be callable")
			}
			exitHandlers.Lock()
			exitHandlers.list = append(exitHandlers.list, exitHandler{fn, append([]object.Value(nil), args[1:]...), kw})
			exitHandlers.Unlock()
			return fn, nil
		}, Doc: "Register a function to be executed upon normal program termination"},
		{Name: "unregister", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("unregister", args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			exitHandlers.Lock()
			list := append([]exitHandler(nil), exitHandlers.list...)
			exitHandlers.Unlock()
			kept := list[:0]
			for _, h := range list {
				eq, err := object.Equal(t, h.fn, args[0])
				if err != nil {
					return object.Null, err
				}
				if !eq {
					kept = append(kept, h)
				}
			}
			exitHandlers.Lock()
			exitHandlers.list = kept
			exitHandlers.Unlock()
			return object.None, nil
		}, Doc: "Unregister an exit function which was previously registered using atexit.register"},
		{Name: "_run_exitfuncs", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("_run_exitfuncs", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			atexitRun(t)
			return object.None, nil
		}, Doc: "Run all registered exit functions."},
		constant0("_clear", func() object.Value {
			exitHandlers.Lock()
			exitHandlers.list = nil
			exitHandlers.Unlock()
			return object.None
		}),
		constant0("_ncallbacks", func() object.Value {
			exitHandlers.Lock()
			defer exitHandlers.Unlock()
			return object.Int(int64(len(exitHandlers.list)))
		}),
	}
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "atexit",
		Doc:         "allow programmer to define multiple exit functions to be executed\nupon normal program termination.",
		MakeMethods: atexitMethods,
	})
}
