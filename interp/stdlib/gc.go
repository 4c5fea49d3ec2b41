// gc.go: the gc module, mapped onto Go's garbage collector, which owns
// every Python object (there is no reference counting and no separate
// cycle collector). collect() runs a full Go collection; enable/disable
// switch Go's collector with debug.SetGCPercent; the thresholds are
// CPython's numbers, kept and reported but not used by Go's pacer;
// freeze/unfreeze are accepted and counted (Go has no permanent
// generation to move objects into).

package stdlib

import (
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// gcState is the process-wide state behind the gc module.
var gcState = struct {
	sync.Mutex
	enabled     bool
	percent     int      // GOGC to restore on enable
	pacer       *gcPacer // set by StartGCPacer
	thresholds  [3]int64
	collections int64
}{enabled: true, percent: 100, thresholds: [3]int64{700, 10, 10}}

var gcMethods = []object.MethodDef{
	{Name: "collect", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [1]object.Value
		if err := object.ParseArgs("collect", args, kw, []string{"generation"}, 0, 1, a[:]); err != nil {
			return object.Null, err
		}
		if !a[0].IsNull() {
			g, err := object.IndexInt(t, a[0])
			if err != nil {
				return object.Null, err
			}
			if g < 0 || g > 2 {
				return object.Null, object.NewError(object.ValueError, "invalid generation")
			}
		}
		t.State.(*interp.Thread).DropSuspendedRuns()
		runtime.GC()
		gcState.Lock()
		gcState.collections++
		gcState.Unlock()
		return object.Int(0), nil // Go does not report how many objects died
	}},
	constant0("enable", func() object.Value {
		gcState.Lock()
		defer gcState.Unlock()
		if !gcState.enabled {
			debug.SetGCPercent(gcState.percent)
			gcState.enabled = true
		}
		return object.None
	}),
	constant0("disable", func() object.Value {
		gcState.Lock()
		defer gcState.Unlock()
		if gcState.enabled {
			gcState.percent = debug.SetGCPercent(-1)
			gcState.enabled = false
		}
		return object.None
	}),
	constant0("isenabled", func() object.Value {
		gcState.Lock()
		defer gcState.Unlock()
		return object.Bool(gcState.enabled)
	}),
	constant0("get_threshold", func() object.Value {
		gcState.Lock()
		defer gcState.Unlock()
		th := gcState.thresholds
		return object.NewTuple(object.Int(th[0]), object.Int(th[1]), object.Int(th[2])).AsValue()
	}),
	{Name: "set_threshold", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("set_threshold", args, kw, 1, 3); err != nil {
			return object.Null, err
		}
		gcState.Lock()
		defer gcState.Unlock()
		for i, a := range args {
			v, err := object.IndexInt(t, a)
			if err != nil {
				return object.Null, err
			}
			gcState.thresholds[i] = int64(v)
		}
		return object.None, nil
	}},
	constant0("get_count", func() object.Value {
		return object.NewTuple(object.Int(0), object.Int(0), object.Int(0)).AsValue()
	}),
	constant0("get_stats", func() object.Value {
		var st debug.GCStats
		debug.ReadGCStats(&st)
		gens := make([]object.Value, 3)
		for i := range gens {
			d := object.NewDict()
			n := int64(0)
			if i == 2 {
				n = st.NumGC
			}
			d.SetStr(object.Intern("collections"), object.Int(n))
			d.SetStr(object.Intern("collected"), object.Int(0))
			d.SetStr(object.Intern("uncollectable"), object.Int(0))
			gens[i] = d.AsValue()
		}
		return object.NewList(gens).AsValue()
	}),
	constant0("freeze", func() object.Value { return object.None }),
	constant0("unfreeze", func() object.Value { return object.None }),
	constant0("get_freeze_count", func() object.Value { return object.Int(0) }),
	{Name: "is_tracked", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("is_tracked", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		// Immediates (int, float, bool, None) are not objects at all; every
		// heap object is traced by Go's collector.
		return object.Bool(!args[0].IsImmediate()), nil
	}},
	{Name: "is_finalized", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity("is_finalized", args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		return object.False, nil
	}},
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "gc",
		Doc:     "This module provides access to the garbage collector for reference cycles.",
		Methods: gcMethods,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			d.SetStr(object.Intern("callbacks"), object.NewList(nil).AsValue())
			d.SetStr(object.Intern("garbage"), object.NewList(nil).AsValue())
			for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2,
				"DEBUG_UNCOLLECTABLE": 4, "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
				d.SetStr(object.Intern(name), object.Int(v))
			}
			return nil
		},
	})
}
