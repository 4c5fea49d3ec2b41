package interp

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// Module is a module object: a namespace with a name.
type Module struct {
	object.Header
	dict *object.Dict
	// builtin marks a module implemented in Go (its repr says "built-in").
	builtin bool
}

// ModuleType is the type of modules.
var ModuleType = object.NewNativeType("module", "", nil)

func init() {
	ModuleType.GetAttr = moduleGetAttr
	ModuleType.SetAttr = moduleSetAttr
	ModuleType.Repr = moduleRepr
	ModuleType.New = func(t *object.Thread, typ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs("module", args, kwnames, []string{"name", "doc"}, 1, 2, a[:]); err != nil {
			return object.Null, err
		}
		name, ok := a[0].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		m := NewModule(name.String())
		if !a[1].IsNull() {
			m.dict.SetStr(strDoc, a[1])
		}
		return m.AsValue(), nil
	}
	ModuleType.Init = func(*object.Thread, object.Value, []object.Value, *object.Tuple) error { return nil }
	ModuleType.AddMethods([]object.MethodDef{{Name: "__dir__", Fn: moduleDir}})
	ModuleType.AddGetSets([]object.GetSetDef{{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
		return (*Module)(v.Pointer()).dict.AsValue(), nil
	}}})
	ModuleType.Ready()
}

// NewModule returns an empty module named name.
func NewModule(name string) *Module { return newModuleSized(name, 0) }

// newModuleSized is NewModule with room for n more names in the namespace,
// so that filling in a large built-in module does not grow it step by step.
func newModuleSized(name string, n int) *Module {
	m := &Module{Header: object.NewHeader(ModuleType), dict: object.NewDictSized(n + 5)}
	m.dict.SetStr(strName, object.StrValue(name))
	m.dict.SetStr(strDoc, object.None)
	m.dict.SetStr(strPackage, object.None)
	m.dict.SetStr(strLoader, object.None)
	m.dict.SetStr(strSpec, object.None)
	return m
}

// AsValue returns the module as a Value.
func (m *Module) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(m)) }

// Dict returns the module's namespace.
func (m *Module) Dict() *object.Dict { return m.dict }

// Name returns the module's __name__.
func (m *Module) Name() string {
	if v, ok := m.dict.GetStr(strName); ok {
		if s, ok := v.AsStr(); ok {
			return s.String()
		}
	}
	return "?"
}

func asModule(v object.Value) (*Module, bool) {
	if v.Type().IsSubtype(ModuleType) {
		return (*Module)(v.Pointer()), true
	}
	return nil, false
}

var strGetAttr = object.Intern("__getattr__")

// moduleGetAttr looks up a module attribute as object.__getattribute__
// does with the module's namespace as its instance dict: data descriptors
// of the type (__dict__, __class__), then the namespace, then other type
// attributes, then the module's __getattr__ (PEP 562).
func moduleGetAttr(t *object.Thread, obj object.Value, name *object.Str) (object.Value, error) {
	m := (*Module)(obj.Pointer())
	typ := obj.Type()
	d := typ.Lookup(name)
	if !d.IsNull() && d.Type().DescrSet != nil {
		return object.GenericGetAttr(t, obj, name)
	}
	if v, ok := m.dict.GetStr(name); ok {
		return v, nil
	}
	if !d.IsNull() {
		return object.GenericGetAttr(t, obj, name)
	}
	if ga, ok := m.dict.GetStr(strGetAttr); ok {
		return object.Call(t, ga, []object.Value{name.AsValue()}, nil)
	}
	return object.Null, object.Errorf(object.AttributeError, "module '%s' has no attribute '%s'", m.Name(), name)
}

// moduleDir is module.__dir__: the module's own __dir__ function if its
// namespace defines one, else the namespace's keys.
func moduleDir(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("__dir__", args[1:], kwnames, 0, 0); err != nil {
		return object.Null, err
	}
	m := (*Module)(args[0].Pointer())
	if f, ok := m.dict.GetStr(object.Intern("__dir__")); ok {
		return object.Call(t, f, nil, nil)
	}
	return object.NewList(m.dict.Keys()).AsValue(), nil
}

func moduleSetAttr(t *object.Thread, obj object.Value, name *object.Str, value object.Value) error {
	m := (*Module)(obj.Pointer())
	if value.IsNull() {
		found, err := m.dict.DelItem(t, name.AsValue())
		if err == nil && !found {
			err = object.Errorf(object.AttributeError, "module '%s' has no attribute '%s'", m.Name(), name)
		}
		return err
	}
	m.dict.SetStr(name, value)
	return nil
}

func moduleRepr(t *object.Thread, v object.Value) (object.Value, error) {
	m := (*Module)(v.Pointer())
	if f, ok := m.dict.GetStr(strFile); ok {
		if s, ok := f.AsStr(); ok {
			return object.StrValue(fmt.Sprintf("<module '%s' from '%s'>", m.Name(), s)), nil
		}
	}
	if m.builtin {
		return object.StrValue(fmt.Sprintf("<module '%s' (built-in)>", m.Name())), nil
	}
	return object.StrValue(fmt.Sprintf("<module '%s'>", m.Name())), nil
}

// ModuleDef describes a module implemented in Go. The interpreter creates
// it on first import: a module with the functions in Methods and those
// MakeMethods makes, then Init adds the rest (constants, types).
type ModuleDef struct {
	Name    string
	Doc     string
	Methods []object.MethodDef
	// MakeMethods, when set, makes more functions of the module, once in
	// the process, before the module is first created: a table of
	// closures built by code (math1("sqrt", ...)) costs a program that
	// never imports the module nothing at start-up, as a package-level
	// table would.
	MakeMethods func() []object.MethodDef
	// Setup, when set, runs once in the process before the module is
	// first created: it readies the types that only the module hands
	// out, so that a program that never imports it does not pay for them
	// at start-up. Nothing may reach those types before the import.
	Setup     func()
	Init      func(th *Thread, m *Module) error
	setupOnce sync.Once
}

// setup runs once before the module is first created: it completes
// Methods and runs Setup.
func (def *ModuleDef) setup() {
	if def.MakeMethods != nil {
		def.Methods = append(def.Methods[:len(def.Methods):len(def.Methods)], def.MakeMethods()...)
	}
	if def.Setup != nil {
		def.Setup()
	}
}

// newBuiltinModule creates the module described by def.
func (th *Thread) newBuiltinModule(def *ModuleDef) (*Module, error) {
	def.setupOnce.Do(def.setup)
	m := newModuleSized(def.Name, len(def.Methods)+1)
	m.builtin = true
	if def.Doc != "" {
		m.dict.SetStr(strDoc, object.StrValue(def.Doc))
	}
	for i := range def.Methods {
		f := object.NewBuiltinFunction(&def.Methods[i], def.Name)
		m.dict.SetStr(object.Intern(def.Methods[i].Name), f.AsValue())
	}
	if def.Init != nil {
		if err := def.Init(th, m); err != nil {
			return nil, err
		}
	}
	return m, nil
}
