package interp

import (
	"unsafe"

	"github.com/adderpy/adder/object"
)

// The asynchronous-iteration built-ins: aiter() and anext().

func init() {
	builtinFunctions = append(builtinFunctions,
		object.MethodDef{Name: "aiter", Fn: builtinAiter},
		object.MethodDef{Name: "anext", Fn: builtinAnext},
	)
	anextAwaitableType.Iter = func(_ *object.Thread, v object.Value) (object.Value, error) { return v, nil }
	anextAwaitableType.Next = func(t *object.Thread, v object.Value) (object.Value, error) {
		return (*anextAwaitable)(v.Pointer()).send(t, object.None)
	}
	anextAwaitableType.AddMethods([]object.MethodDef{
		{Name: "__await__", Fn: func(_ *object.Thread, args []object.Value, _ *object.Tuple) (object.Value, error) {
			return args[0], nil
		}},
		{Name: "send", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("send", args[1:], kw, 1, 1); err != nil {
				return object.Null, err
			}
			return (*anextAwaitable)(args[0].Pointer()).send(t, args[1])
		}},
	})
	anextAwaitableType.Ready()
}

func builtinAiter(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("aiter", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	m := args[0].Type().Lookup(strAiter)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterable", args[0].Type().Name)
	}
	it, err := callUnbound(t, m, args[0])
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
	m := args[0].Type().Lookup(strAnext)
	if m.IsNull() {
		return object.Null, object.Errorf(object.TypeError, "'%s' object is not an async iterator", args[0].Type().Name)
	}
	aw, err := callUnbound(t, m, args[0])
	if err != nil || len(args) == 1 {
		return aw, err
	}
	a := &anextAwaitable{Header: object.NewHeader(anextAwaitableType), awaitable: aw, dflt: args[1]}
	return object.FromPointer(unsafe.Pointer(a)), nil
}

// anextAwaitable is what anext(it, default) returns: it awaits
// it.__anext__() and turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	object.Header
	awaitable, dflt object.Value
	iter            object.Value // the awaitable's iterator, once started
}

var anextAwaitableType = object.NewNativeType("anext_awaitable", "", nil)

func (a *anextAwaitable) send(t *object.Thread, v object.Value) (object.Value, error) {
	th := t.State.(*Thread)
	if a.iter.IsNull() {
		it, err := th.awaitable(a.awaitable, 0)
		if err != nil {
			return object.Null, err
		}
		a.iter = it
	}
	r, yielded, err := th.send(a.iter, v)
	switch {
	case err != nil && isInstance(err, object.StopAsyncIteration):
		return object.Null, object.NewStopIteration(a.dflt)
	case err != nil:
		return object.Null, err
	case !yielded:
		return object.Null, object.NewStopIteration(r)
	}
	return r, nil
}
