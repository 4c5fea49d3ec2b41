// spec.go: module specs and loaders (importlib.machinery.ModuleSpec,
// SourceFileLoader, BuiltinImporter) and the _adder_import module that
// the Python side of importlib and runpy is written over.
//
// Every module loaded from source gets a ModuleSpec as __spec__ and its
// SourceFileLoader as __loader__; modules implemented in Go get a spec
// whose loader is BuiltinImporter. A spec's attributes live in its
// attribute dictionary (name, loader, origin, loader_state,
// submodule_search_locations, cached, has_location); parent is computed.

package interp

import (
	"io/fs"
	"os"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// moduleSpec is importlib.machinery.ModuleSpec.
type moduleSpec struct {
	object.Header
	attrs object.Attrs
}

// ModuleSpecType is the type of module specs.
var ModuleSpecType = object.NewNativeType("ModuleSpec", "importlib.machinery", nil)

// sourceLoader is importlib.machinery.SourceFileLoader: it runs the
// source file at path (in the file system, or in the embedded standard
// library when fsys is set) in a module. Its attributes name and path are
// in attrs.
type sourceLoader struct {
	object.Header
	attrs object.Attrs
	fsys  fs.FS
	file  string
}

// SourceLoaderType is the type of source file loaders.
var SourceLoaderType = object.NewNativeType("SourceFileLoader", "importlib.machinery", nil)

// builtinImporterType is importlib.machinery.BuiltinImporter, the loader
// of modules implemented in Go; builtinImporter is its one instance.
var builtinImporterType = object.NewNativeType("BuiltinImporter", "importlib.machinery", nil)

var builtinImporter object.Value

type builtinImporterObj struct{ object.Header }

var (
	strSpecName       = object.Intern("name")
	strSpecLoader     = object.Intern("loader")
	strSpecOrigin     = object.Intern("origin")
	strLoaderState    = object.Intern("loader_state")
	strSearchLocs     = object.Intern("submodule_search_locations")
	strCached         = object.Intern("cached")
	strHasLocation    = object.Intern("has_location")
	strLoaderPath     = object.Intern("path")
	strAdderImportMod = "_adder_import"
)

func init() {
	var s moduleSpec
	ModuleSpecType.SetAttrsOffset(unsafe.Offsetof(s.attrs))
	ModuleSpecType.Flags &^= object.FlagImmutable
	ModuleSpecType.New = specNew
	ModuleSpecType.Init = func(*object.Thread, object.Value, []object.Value, *object.Tuple) error { return nil }
	ModuleSpecType.Repr = specRepr
	ModuleSpecType.AddGetSets([]object.GetSetDef{{Name: "parent", Get: specParent,
		Doc: "The name of the module's parent package."}})
	ModuleSpecType.Ready()

	var l sourceLoader
	SourceLoaderType.SetAttrsOffset(unsafe.Offsetof(l.attrs))
	SourceLoaderType.Flags &^= object.FlagImmutable
	SourceLoaderType.New = sourceLoaderNew
	SourceLoaderType.Init = func(*object.Thread, object.Value, []object.Value, *object.Tuple) error { return nil }
	SourceLoaderType.AddMethods([]object.MethodDef{
		{Name: "create_module", Fn: loaderCreateNone},
		{Name: "exec_module", Fn: sourceLoaderExec},
		{Name: "get_code", Fn: sourceLoaderGetCode},
		{Name: "get_filename", Fn: sourceLoaderFilename},
		{Name: "get_source", Fn: sourceLoaderGetSource},
		{Name: "is_package", Fn: sourceLoaderIsPackage},
	})
	SourceLoaderType.Ready()

	builtinImporterType.AddMethods([]object.MethodDef{
		{Name: "create_module", Fn: builtinCreate},
		{Name: "exec_module", Fn: builtinExec},
	})
	builtinImporterType.Ready()
	builtinImporter = object.FromPointer(unsafe.Pointer(&builtinImporterObj{Header: object.NewHeader(builtinImporterType)}))
}

// newSpec returns a spec; searchLocs, when not nil, makes it a package's.
func newSpec(name string, loader object.Value, origin string, searchLocs []string) object.Value {
	s := &moduleSpec{Header: object.NewHeader(ModuleSpecType)}
	s.attrs.Init(ModuleSpecType)
	s.attrs.Set(strSpecName, object.StrValue(name))
	s.attrs.Set(strSpecLoader, loader)
	originV := object.None
	if origin != "" {
		originV = object.StrValue(origin)
	}
	s.attrs.Set(strSpecOrigin, originV)
	s.attrs.Set(strLoaderState, object.None)
	locs := object.None
	if searchLocs != nil {
		items := make([]object.Value, len(searchLocs))
		for i, p := range searchLocs {
			items[i] = object.StrValue(p)
		}
		locs = object.NewList(items).AsValue()
	}
	s.attrs.Set(strSearchLocs, locs)
	s.attrs.Set(strCached, object.None)
	s.attrs.Set(strHasLocation, object.Bool(origin != "" && loader.Type() == SourceLoaderType))
	return object.FromPointer(unsafe.Pointer(s))
}

// specNew is ModuleSpec(name, loader, *, origin=None, loader_state=None,
// is_package=None).
func specNew(t *object.Thread, _ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("ModuleSpec", args, kwnames, []string{"name", "loader", "origin", "loader_state", "is_package"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "ModuleSpec() argument 'name' must be str, not %s", a[0].Type().Name)
	}
	var locs []string
	if !a[4].IsNull() {
		isPkg, err := object.Truth(t, a[4])
		if err != nil {
			return object.Null, err
		}
		if isPkg {
			locs = []string{}
		}
	}
	v := newSpec(name.String(), a[1], "", locs)
	s := (*moduleSpec)(v.Pointer())
	if !a[2].IsNull() {
		s.attrs.Set(strSpecOrigin, a[2])
	}
	if !a[3].IsNull() {
		s.attrs.Set(strLoaderState, a[3])
	}
	s.attrs.Set(strHasLocation, object.False)
	return v, nil
}

func specAttr(v object.Value, name *object.Str) object.Value {
	x, ok := (*moduleSpec)(v.Pointer()).attrs.Get(name)
	if !ok {
		return object.None
	}
	return x
}

// specParent is ModuleSpec.parent: the package the module is in (itself
// for a package).
func specParent(_ *object.Thread, v object.Value) (object.Value, error) {
	name, ok := specAttr(v, strSpecName).AsStr()
	if !ok {
		return object.None, nil
	}
	if !specAttr(v, strSearchLocs).IsNone() {
		return name.AsValue(), nil
	}
	parent, _, _ := cutLast(name.String(), ".")
	return object.StrValue(parent), nil
}

func specRepr(t *object.Thread, v object.Value) (object.Value, error) {
	var b strings.Builder
	b.WriteString("ModuleSpec(")
	for i, name := range []*object.Str{strSpecName, strSpecLoader, strSpecOrigin, strSearchLocs} {
		x := specAttr(v, name)
		if i >= 2 && x.IsNone() {
			continue
		}
		r, err := object.Repr(t, x)
		if err != nil {
			return object.Null, err
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name.String() + "=" + r.String())
	}
	b.WriteString(")")
	return object.StrValue(b.String()), nil
}

// newSourceLoader returns the loader of the source file file (in fsys, or
// the file system when fsys is nil), shown as display.
func newSourceLoader(name string, fsys fs.FS, file, display string) object.Value {
	l := &sourceLoader{Header: object.NewHeader(SourceLoaderType), fsys: fsys, file: file}
	l.attrs.Init(SourceLoaderType)
	l.attrs.Set(strSpecName, object.StrValue(name))
	l.attrs.Set(strLoaderPath, object.StrValue(display))
	return object.FromPointer(unsafe.Pointer(l))
}

// sourceLoaderNew is SourceFileLoader(fullname, path); a path under
// StdlibPath names a file of the embedded standard library.
func sourceLoaderNew(t *object.Thread, _ *object.Type, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("SourceFileLoader", args, kwnames, []string{"fullname", "path"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	name, ok1 := a[0].AsStr()
	path, ok2 := a[1].AsStr()
	if !ok1 || !ok2 {
		return object.Null, object.NewError(object.TypeError, "SourceFileLoader() arguments must be str")
	}
	th := t.State.(*Thread)
	fsys, file := th.sourceLocation(path.String())
	return newSourceLoader(name.String(), fsys, file, path.String()), nil
}

// sourceLocation maps a path as __file__ shows it to the file system
// holding it and the name of the file there.
func (th *Thread) sourceLocation(display string) (fs.FS, string) {
	if rest, ok := strings.CutPrefix(display, StdlibPath+"/"); ok && th.interp.stdlib != nil {
		return th.interp.stdlib, rest
	}
	return nil, display
}

// loaderCreateNone is create_module(spec): None, for the default module
// creation.
func loaderCreateNone(_ *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("create_module", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

// sourceLoaderExec is exec_module(module): run the source in the
// module's namespace.
func sourceLoaderExec(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("exec_module", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	l := (*sourceLoader)(args[0].Pointer())
	th := t.State.(*Thread)
	d, err := object.GetAttr(t, args[1], strDict)
	if err != nil {
		return object.Null, err
	}
	dict, ok := d.AsDict()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "module __dict__ must be a dict")
	}
	code, _, err := th.moduleCode(l.fsys, l.file)
	if err != nil {
		return object.Null, err
	}
	if _, err := th.execCode(code, dict, dict.AsValue()); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

// sourceLoaderGetCode is get_code(fullname): the module's code object.
func sourceLoaderGetCode(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("get_code", args[1:], kwnames, 0, 1); err != nil {
		return object.Null, err
	}
	l := (*sourceLoader)(args[0].Pointer())
	code, _, err := t.State.(*Thread).moduleCode(l.fsys, l.file)
	if err != nil {
		return object.Null, err
	}
	return code.AsValue(), nil
}

// sourceLoaderGetSource is get_source(fullname): the module's source text
// with universal newlines, as linecache and inspect ask for it (the files
// of the embedded standard library have no path to open).
func sourceLoaderGetSource(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("get_source", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	l := (*sourceLoader)(args[0].Pointer())
	var src []byte
	var err error
	if l.fsys != nil {
		src, err = fs.ReadFile(l.fsys, l.file)
	} else {
		src, err = os.ReadFile(l.file)
	}
	if err != nil {
		return object.Null, object.OSErrorFrom(err, l.file)
	}
	text := strings.ReplaceAll(strings.ToValidUTF8(string(src), "\uFFFD"), "\r\n", "\n")
	return object.StrValue(strings.ReplaceAll(text, "\r", "\n")), nil
}

// sourceLoaderFilename is get_filename(fullname): the path.
func sourceLoaderFilename(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("get_filename", args[1:], kwnames, 0, 1); err != nil {
		return object.Null, err
	}
	v, _ := (*sourceLoader)(args[0].Pointer()).attrs.Get(strLoaderPath)
	return v, nil
}

// sourceLoaderIsPackage is is_package(fullname): whether the file is a
// package's __init__.py.
func sourceLoaderIsPackage(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("is_package", args[1:], kwnames, 0, 1); err != nil {
		return object.Null, err
	}
	l := (*sourceLoader)(args[0].Pointer())
	base := l.file[strings.LastIndexAny(l.file, "/\\")+1:]
	return object.Bool(base == "__init__.py"), nil
}

// builtinCreate is BuiltinImporter.create_module(spec): a new instance
// of the Go module spec.name.
func builtinCreate(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("create_module", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	n, err := object.GetAttr(t, args[1], strSpecName)
	if err != nil {
		return object.Null, err
	}
	s, ok := n.AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "spec.name must be str, not %s", n.Type().Name)
	}
	def := th.builtinModuleDef(s.String())
	if def == nil {
		return object.Null, object.Errorf(object.ImportError, "no built-in module named %s", s)
	}
	m, err := th.newBuiltinModule(def)
	if err != nil {
		return object.Null, err
	}
	return m.AsValue(), nil
}

// builtinExec is BuiltinImporter.exec_module(module): nothing, since a
// Go module is complete when created.
func builtinExec(_ *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("exec_module", args[1:], kwnames, 1, 1); err != nil {
		return object.Null, err
	}
	return object.None, nil
}

// builtinModuleDef returns the Go module named name, or nil.
func (th *Thread) builtinModuleDef(name string) *ModuleDef {
	if def, ok := th.interp.builtinModules[name]; ok {
		return def
	}
	if name == strAdderImportMod {
		return adderImportDef
	}
	return nil
}

// findSpec returns the spec of module name (its last component child)
// found on path, or Null when there is none.
func (th *Thread) findSpec(name, child string, path []string) object.Value {
	file, pkgDir, fsys := th.findSource(child, path)
	if file == "" {
		return object.Null
	}
	return th.sourceSpec(name, fsys, file, pkgDir)
}

// sourceSpec returns the spec of module name loaded from file in fsys; a
// package has its directory pkgDir.
func (th *Thread) sourceSpec(name string, fsys fs.FS, file, pkgDir string) object.Value {
	display := file
	if fsys != nil {
		display = StdlibPath + "/" + file
	}
	var locs []string
	if pkgDir != "" {
		locs = []string{pkgDir}
	}
	return newSpec(name, newSourceLoader(name, fsys, file, display), display, locs)
}

// adderImportDef is the _adder_import module: the import machinery as
// importlib and runpy use it (set in init: its functions refer to it).
var adderImportDef *ModuleDef

func init() {
	adderImportDef = &ModuleDef{
		Name: strAdderImportMod,
		Doc:  "Adder's import machinery, for importlib and runpy.",
		Methods: []object.MethodDef{
			{Name: "find_spec", Fn: adderFindSpec, Doc: "find_spec(name, path=None): the spec of the absolute module name found on path (sys.path when None), or None; parents are not imported."},
			{Name: "gcd_import", Fn: adderGcdImport, Doc: "gcd_import(name): import the absolute module name and return it."},
		},
		Init: func(th *Thread, m *Module) error {
			m.dict.SetStr(object.Intern("ModuleSpec"), ModuleSpecType.AsValue())
			m.dict.SetStr(object.Intern("SourceFileLoader"), SourceLoaderType.AsValue())
			m.dict.SetStr(object.Intern("BuiltinImporter"), builtinImporterType.AsValue())
			return nil
		},
	}
}

func adderFindSpec(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("find_spec", args, kwnames, []string{"name", "path"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "find_spec() argument 'name' must be str, not %s", a[0].Type().Name)
	}
	pathV := a[1]
	_, child, dotted := cutLast(name.String(), ".")
	if pathV.IsNull() || pathV.IsNone() {
		if !dotted && th.builtinModuleDef(name.String()) != nil {
			return newSpec(name.String(), builtinImporter, "built-in", nil), nil
		}
		pathV, _ = th.sysAttr("path")
	}
	path, err := th.stringList(pathV)
	if err != nil {
		return object.Null, err
	}
	if s := th.findSpec(name.String(), child, path); !s.IsNull() {
		return s, nil
	}
	return object.None, nil
}

func adderGcdImport(t *object.Thread, args []object.Value, kwnames *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs("gcd_import", args, kwnames, []string{"name"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "gcd_import() argument 'name' must be str, not %s", a[0].Type().Name)
	}
	return t.State.(*Thread).gcdImport(name.String())
}
