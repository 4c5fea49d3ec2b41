package interp

// builtins_async.go: the aiter and anext builtins. anext with a default
// returns an anext_awaitable, an awaitable that drives the __anext__
// awaitable and turns its StopAsyncIteration into a return of the default.

import (
	"unsafe"

	"github.com/adderpy/adder/object"
)

func init() {
	builtinFunctions = append(builtinFunctions,
		object.MethodDef{Name: "aiter", Fn: builtinAiter, Doc: "Return an AsyncIterator for an AsyncIterable object."},
		object.MethodDef{Name: "anext", Fn: builtinAnext,
			Doc: "Return the next item from the async iterator.\n\nIf default is given and the async iterator is exhausted,\nit is returned instead of raising StopAsyncIteration."},
	)
	t := anextAwaitableType
	t.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	t.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		return anextProxy(t, v, "__next__", nil)
	}
	t.AddMethods([]object.MethodDef{
		{Name: "__await__", Fn: func(_ *object.Thread, args []object.Value, _ *object.Tuple) (object.Value, error) {
			return args[0], nil
		}},
		{Name: "send", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("send", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return anextProxy(t, args[0], "send", args[1:])
		}},
		{Name: "throw", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("throw", args[1:], kw, 1, 3); err != nil {
				return object.Null, err
			}
			return anextProxy(t, args[0], "throw", args[1:])
		}},
		{Name: "close", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("close", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return anextProxy(t, args[0], "close", nil)
		}},
	})
	t.Ready()
}

func builtinAiter(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("aiter", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	f := args[0].Type().Lookup(strAiter)
	if f.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterable", args[0].Type().Name)
	}
	it, err := object.Call(t, f, args, nil)
	if err != nil {
		return object.Null, err
	}
	if it.Type().Lookup(strAnext).IsNull() {
		return object.Null, object.Errorf(object.TypeError, "aiter() returned not an async iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func builtinAnext(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("anext", args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	f := args[0].Type().Lookup(strAnext)
	if f.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterator", args[0].Type().Name)
	}
	awaitable, err := object.Call(t, f, args[:1], nil)
	if err != nil || len(args) == 1 {
		return awaitable, err
	}
	a := &anextAwaitable{Header: object.NewHeader(anextAwaitableType), awaitable: awaitable, dflt: args[1]}
	return object.FromPointer(unsafe.Pointer(a)), nil
}

// anextAwaitable is anext(it, default): awaiting it awaits it.__anext__()
// and returns default instead of raising StopAsyncIteration.
type anextAwaitable struct {
	object.Header
	awaitable object.Value // what __anext__ returned
	iter      object.Value // its __await__ iterator; Null until first use
	dflt      object.Value
}

var anextAwaitableType = object.NewNativeType("anext_awaitable", "", nil)

// anextProxy calls the method of the inner iterator (__next__ through the
// Next slot) and converts StopAsyncIteration into StopIteration(default).
func anextProxy(t *object.Thread, v object.Value, method string, args []object.Value) (object.Value, error) {
	a := (*anextAwaitable)(v.Pointer())
	if a.iter.IsNull() {
		it, err := t.State.(*Thread).awaitable(a.awaitable, 0)
		if err != nil {
			return object.Null, err
		}
		a.iter = it
	}
	var r object.Value
	var err error
	if next := a.iter.Type().Next; method == "__next__" && next != nil {
		r, err = next(t, a.iter)
	} else {
		if method == "__next__" { // a coroutine: __next__ is send(None)
			method, args = "send", []object.Value{object.None}
		}
		var m object.Value
		if m, err = object.GetAttr(t, a.iter, object.Intern(method)); err == nil {
			r, err = object.Call(t, m, args, nil)
		}
	}
	if err != nil && isInstance(err, object.StopAsyncIteration) {
		return object.Null, object.NewStopIteration(a.dflt)
	}
	return r, err
}
