// adder_jit.go: the adder.jit module, which reports what the tracing JIT
// did: adder.jit.stats() returns a dict of counters (recordings, traces,
// bridges, aborts by reason, entries, exits, code size, compile times),
// and adder.jit.enabled() whether the JIT is on. The module is Adder's
// own: CPython has no such module.

package stdlib

import (
	"slices"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// jitStatsReporter is what a JIT offers to adder.jit (jit.JIT does).
type jitStatsReporter interface {
	StatsMap() map[string]int64
}

var adderJITMethods = []object.MethodDef{
	{Name: "stats", Doc: "stats() -> dict of the JIT's counters (empty when the JIT is off)",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("stats", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			d := object.NewDict()
			r, ok := threadOf(t).JIT().(jitStatsReporter)
			if !ok {
				return d.AsValue(), nil
			}
			m := r.StatsMap()
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				d.SetStr(object.NewStr(k), object.Int(m[k]))
			}
			return d.AsValue(), nil
		}},
	{Name: "enabled", Doc: "enabled() -> whether the tracing JIT is on",
		Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("enabled", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.Bool(threadOf(t).JIT() != nil), nil
		}},
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "adder",
		Doc:  "Adder's own modules: adder.jit.",
		Init: initAdderModule,
	})
}

// initAdderModule makes adder a package holding the jit submodule, entered
// in sys.modules as adder.jit (the importer finds builtin modules by
// top-level name only).
func initAdderModule(th *interp.Thread, m *interp.Module) error {
	d := m.Dict()
	d.SetStr(object.Intern("__path__"), object.NewList(nil).AsValue())
	sub := interp.NewModule("adder.jit")
	sub.Dict().SetStr(object.Intern("__doc__"), object.StrValue("Counters of Adder's tracing JIT."))
	for i := range adderJITMethods {
		f := object.NewBuiltinFunction(&adderJITMethods[i], "adder.jit")
		sub.Dict().SetStr(object.Intern(adderJITMethods[i].Name), f.AsValue())
	}
	d.SetStr(object.Intern("jit"), sub.AsValue())
	sys, err := th.Import("sys")
	if err != nil {
		return err
	}
	mods, err := object.GetAttr(&th.Thread, sys, object.Intern("modules"))
	if err != nil {
		return err
	}
	return object.SetItem(&th.Thread, mods, object.StrValue("adder.jit"), sub.AsValue())
}
