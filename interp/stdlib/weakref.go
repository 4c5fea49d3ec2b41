// weakref.go: the _weakref module: weak references (ref) through Go's weak
// pointers, with callbacks, getweakrefcount and getweakrefs. A ref does not
// keep its referent alive; once the collector has freed the referent,
// calling the ref returns None.
//
// Every ref is recorded in weakRegistry under its referent's weak pointer,
// itself held weakly, so the registry keeps nothing alive. Callbacks run on
// the Python thread, never on Go's cleanup goroutine: weakCollect, which
// gc.collect() calls after its full collection (so a callback is observable
// deterministically after del x; gc.collect(), as CPython's after del x),
// and which also runs at the next weakref operation once a Go cleanup has
// reported that some referent died. A ref that dies before its referent
// never calls back, as in CPython.

package stdlib

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var weakrefType = object.NewNativeType("ReferenceType", "weakref", nil)

// weakRef is a weak reference; hash caches the referent's hash once
// computed (CPython keeps it after the referent dies). callback is Null
// when there is none or once it has been called.
type weakRef struct {
	object.Header
	target   weak.Pointer[object.Header]
	callback object.Value
	hash     int64
	hasHash  bool
}

// weakEntries are the refs to one referent, oldest first.
type weakEntries struct {
	seq  uint64 // registration order of the referent, to order callbacks
	refs []weak.Pointer[weakRef]
}

// weakRegistry maps each referent (by weak pointer) to its refs.
var weakRegistry struct {
	sync.Mutex
	byTarget map[weak.Pointer[object.Header]]*weakEntries
	seq      uint64
	// died is set by a Go cleanup when a referent with refs is freed.
	died atomic.Bool
}

// weakrefable reports whether v's type supports weak references, as in
// CPython: classes (unless derived from a variable-size built-in) and the
// built-in types listed here.
func weakrefable(v object.Value) bool {
	if v.IsImmediate() {
		return false
	}
	typ := v.Type()
	if typ.Flags&object.FlagHeapType != 0 {
		for _, b := range []*object.Type{object.IntType, object.TupleType, object.BytesType, object.StrType} {
			if typ.IsSubtype(b) {
				return false
			}
		}
		return true
	}
	switch typ {
	case object.TypeType, object.SetType, object.FrozenSetType, interp.FunctionType, interp.ModuleType,
		interp.GeneratorType, object.MethodType, object.BuiltinFunctionType, partialType, dequeType, weakrefType:
		return true
	}
	_, isType := v.AsType()
	return isType
}

func (r *weakRef) referent() object.Value {
	if h := r.target.Value(); h != nil {
		return object.FromPointer(unsafe.Pointer(h))
	}
	return object.Null
}

// registerWeakRef records r, a new ref to target.
func registerWeakRef(target *object.Header, r *weakRef) {
	reg := &weakRegistry
	reg.Lock()
	defer reg.Unlock()
	if reg.byTarget == nil {
		reg.byTarget = map[weak.Pointer[object.Header]]*weakEntries{}
	}
	e := reg.byTarget[r.target]
	if e == nil {
		reg.seq++
		e = &weakEntries{seq: reg.seq}
		reg.byTarget[r.target] = e
		runtime.AddCleanup(target, func(struct{}) { weakRegistry.died.Store(true) }, struct{}{})
	}
	e.refs = append(e.refs, weak.Make(r))
}

// liveRefs returns the live refs to v, oldest first.
func liveRefs(v object.Value) []*weakRef {
	if v.IsImmediate() {
		return nil
	}
	reg := &weakRegistry
	reg.Lock()
	defer reg.Unlock()
	e := reg.byTarget[weak.Make((*object.Header)(v.Pointer()))]
	if e == nil {
		return nil
	}
	var out []*weakRef
	for _, p := range e.refs {
		if r := p.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// weakCollect calls the callbacks of the live refs whose referents have
// been freed: referents in registration order, the newest ref first for
// each (CPython's order). An exception in a callback is reported as
// unraisable, as CPython does, and the others still run.
func weakCollect(t *object.Thread) {
	reg := &weakRegistry
	reg.died.Store(false)
	reg.Lock()
	var dead []*weakEntries
	for target, e := range reg.byTarget {
		if target.Value() == nil {
			dead = append(dead, e)
			delete(reg.byTarget, target)
		}
	}
	reg.Unlock()
	slices.SortFunc(dead, func(a, b *weakEntries) int { return int(a.seq) - int(b.seq) })
	for _, e := range dead {
		for i := len(e.refs) - 1; i >= 0; i-- {
			r := e.refs[i].Value()
			if r == nil || r.callback.IsNull() {
				continue
			}
			cb := r.callback
			r.callback = object.Null
			if _, err := object.Call(t, cb, []object.Value{asValue(r)}, nil); err != nil {
				if exc, ok := err.(*object.Exc); ok {
					t.State.(*interp.Thread).WriteUnraisable(exc, "", cb)
				}
			}
		}
	}
}

// weakCollectIfDied runs weakCollect if a Go cleanup reported a death.
func weakCollectIfDied(t *object.Thread) {
	if weakRegistry.died.Load() {
		weakCollect(t)
	}
}

func newWeakRef(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity(typ.Name, args, kw, 1, 2); err != nil {
		return object.Null, err
	}
	weakCollectIfDied(t)
	target := args[0]
	if !weakrefable(target) {
		return object.Null, object.Errorf(object.TypeError, "cannot create weak reference to '%s' object", target.Type().Name)
	}
	callback := object.Null
	if len(args) == 2 && !args[1].IsNone() {
		callback = args[1]
	}
	// Like CPython, ref(x) without a callback is shared.
	if typ == weakrefType && callback.IsNull() {
		for _, r := range liveRefs(target) {
			if r.Type() == weakrefType && r.callback.IsNull() {
				return asValue(r), nil
			}
		}
	}
	var r *weakRef
	if typ == weakrefType {
		r = newObj[weakRef](typ)
	} else {
		r = (*weakRef)(typ.AllocInstance())
	}
	h := (*object.Header)(target.Pointer())
	r.target = weak.Make(h)
	r.callback = callback
	registerWeakRef(h, r)
	return asValue(r), nil
}

func weakGetweakrefcount(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("getweakrefcount", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	return object.Int(int64(len(liveRefs(args[0])))), nil
}

func weakGetweakrefs(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("getweakrefs", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	refs := liveRefs(args[0])
	out := make([]object.Value, len(refs))
	for i, r := range refs {
		out[len(refs)-1-i] = asValue(r) // newest first, as CPython lists them
	}
	return object.NewList(out).AsValue(), nil
}

// weakCollectMethod is _weakref._collect(): weakCollect, for the weak
// containers to call when they need dead entries gone.
func weakCollectMethod(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("_collect", args, kw, 0, 0); err != nil {
		return object.Null, err
	}
	weakCollectIfDied(t)
	return object.None, nil
}

func init() {
	typ := weakrefType
	object.Subclassable[weakRef](typ)
	typ.New = newWeakRef
	typ.Init = func(*object.Thread, object.Value, []object.Value, *object.Tuple) error { return nil }
	typ.Call = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("weakref", args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		if x := self[weakRef](v).referent(); !x.IsNull() {
			return x, nil
		}
		return object.None, nil
	}
	typ.Hash = func(t *object.Thread, v object.Value) (int64, error) {
		r := self[weakRef](v)
		if !r.hasHash {
			x := r.referent()
			if x.IsNull() {
				return 0, object.NewError(object.TypeError, "weak object has gone away")
			}
			h, err := object.Hash(t, x)
			if err != nil {
				return 0, err
			}
			r.hash, r.hasHash = h, true
		}
		return r.hash, nil
	}
	typ.Compare = func(t *object.Thread, a, b object.Value, op object.CompareOp) (object.Value, error) {
		if (op != object.CmpEQ && op != object.CmpNE) || !b.Type().IsSubtype(weakrefType) {
			return object.NotImplemented, nil
		}
		x, y := self[weakRef](a).referent(), self[weakRef](b).referent()
		if x.IsNull() || y.IsNull() {
			return object.Bool((a == b) == (op == object.CmpEQ)), nil
		}
		return object.RichCompare(t, x, y, op)
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		x := self[weakRef](v).referent()
		if x.IsNull() {
			return object.StrValue(fmt.Sprintf("<weakref at %#x; dead>", uintptr(v.Pointer()))), nil
		}
		return object.StrValue(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", uintptr(v.Pointer()), x.Type().Name, uintptr(x.Pointer()))), nil
	}
	typ.AddGetSets([]object.GetSetDef{{Name: "__callback__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		if cb := self[weakRef](v).callback; !cb.IsNull() {
			return cb, nil
		}
		return object.None, nil
	}}})
	typ.Ready()
	wrapGCCollect()
	modules = append(modules, &interp.ModuleDef{
		Name: "_weakref",
		Doc:  "Weak-reference support module.",
		Methods: []object.MethodDef{
			{Name: "getweakrefcount", Fn: weakGetweakrefcount, Doc: "Return the number of weak references to 'object'."},
			{Name: "getweakrefs", Fn: weakGetweakrefs, Doc: "Return a list of all weak reference objects pointing to 'object'."},
			{Name: "_collect", Fn: weakCollectMethod, Doc: "Run the callbacks of weak references whose referents died."},
		},
		Init: func(_ *interp.Thread, m *interp.Module) error {
			m.Dict().SetStr(object.Intern("ref"), typ.AsValue())
			m.Dict().SetStr(object.Intern("ReferenceType"), typ.AsValue())
			return nil
		},
	})
}

// wrapGCCollect makes gc.collect() run weakCollect after the collection it
// asks of Go, so that callbacks have run when it returns.
func wrapGCCollect() {
	for i := range gcMethods {
		if gcMethods[i].Name != "collect" {
			continue
		}
		collect := gcMethods[i].Fn
		gcMethods[i].Fn = func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			n, err := collect(t, args, kw)
			if err == nil {
				weakCollect(t)
			}
			return n, err
		}
		return
	}
	panic("BUG: gc module has no collect")
}
