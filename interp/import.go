package interp

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// StdlibPath is the sys.path entry standing for the standard-library
// modules embedded in the binary (Config.Stdlib).
const StdlibPath = "<adder-stdlib>"

// importName implements IMPORT_NAME: __import__(name, globals, locals,
// fromlist, level), through builtins.__import__ when it was replaced.
func (th *Thread) importName(f *Frame, name *object.Str, fromlist, level object.Value) (object.Value, error) {
	imp, ok := f.builtins.GetStr(strImport)
	if !ok {
		return object.Null, object.NewError(object.ImportError, "__import__ not found")
	}
	if imp.Type() != object.BuiltinFunctionType || !object.SameFunc((*object.BuiltinFunction)(imp.Pointer()).Def.Fn, object.NativeFunc(builtinImport)) {
		locals := f.locals
		if locals.IsNull() {
			locals = object.None
		}
		return object.Call(&th.Thread, imp, []object.Value{name.AsValue(), f.globals.AsValue(), locals, fromlist, level}, nil)
	}
	return th.importModuleLevel(name.String(), f.globals, fromlist, int(level.AsInt()))
}

// importModule imports the module with the absolute dotted name and
// returns it (not the top-level package).
func (th *Thread) importModule(name string) (object.Value, error) {
	m, err := th.gcdImport(name)
	if err != nil {
		return object.Null, err
	}
	return m, nil
}

// importModuleLevel is __import__: it resolves a relative name against the
// package of globals, imports every package on the way, and returns the
// top-level package (no fromlist) or the module itself.
func (th *Thread) importModuleLevel(name string, globals *object.Dict, fromlist object.Value, level int) (object.Value, error) {
	t := &th.Thread
	if level < 0 {
		return object.Null, object.NewError(object.ValueError, "level must be >= 0")
	}
	absName := name
	if level > 0 {
		pkg, err := th.packageOf(globals)
		if err != nil {
			return object.Null, err
		}
		base, err := resolveRelative(pkg, level)
		if err != nil {
			return object.Null, err
		}
		absName = base
		if name != "" {
			absName = base + "." + name
		}
	} else if name == "" {
		return object.Null, object.NewError(object.ValueError, "Empty module name")
	}
	mod, err := th.gcdImport(absName)
	if err != nil {
		return object.Null, err
	}
	hasFromlist := false
	if !fromlist.IsNull() && !fromlist.IsNone() {
		if n, err := object.Len(t, fromlist); err == nil && n > 0 {
			hasFromlist = true
		}
	}
	if !hasFromlist {
		if level == 0 {
			top, _, _ := strings.Cut(name, ".")
			return th.gcdImport(top)
		}
		if name == "" {
			return mod, nil
		}
		// from-less relative import returns the first component relative
		// to the package.
		cut := len(absName) - len(name) + strings.IndexByte(name+".", '.')
		v, _ := th.interp.modules.GetStr(object.Intern(absName[:cut]))
		return v, nil
	}
	return mod, th.handleFromlist(mod, fromlist)
}

// handleFromlist imports the submodules named in fromlist that are not yet
// attributes of the package mod.
func (th *Thread) handleFromlist(mod, fromlist object.Value) error {
	t := &th.Thread
	path, err := object.GetAttr(t, mod, strPath)
	if err != nil {
		return nil // not a package
	}
	_ = path
	it, err := object.Iter(t, fromlist)
	if err != nil {
		return err
	}
	modName := moduleName(t, mod)
	for {
		x, err := object.Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		s, ok := x.AsStr()
		if !ok {
			return object.Errorf(object.TypeError, "Item in %s.__all__ must be str, not %s", modName, x.Type().Name)
		}
		if s.String() == "*" {
			all, err := object.GetAttr(t, mod, strAll)
			if err == nil {
				if err := th.handleFromlist(mod, all); err != nil {
					return err
				}
			}
			continue
		}
		if _, err := object.GetAttr(t, mod, object.InternStr(s)); err == nil {
			continue
		}
		sub := modName + "." + s.String()
		if _, err := th.gcdImport(sub); err != nil {
			if e, ok := err.(*object.Exc); ok && e.Type() == object.ModuleNotFoundError && moduleNotFoundName(t, e) == sub {
				continue
			}
			return err
		}
	}
}

func moduleName(t *object.Thread, mod object.Value) string {
	if n, err := object.GetAttr(t, mod, strName); err == nil {
		if s, ok := n.AsStr(); ok {
			return s.String()
		}
	}
	return "?"
}

// moduleNotFoundName returns the module name a ModuleNotFoundError
// carries (its name attribute).
func moduleNotFoundName(t *object.Thread, e *object.Exc) string {
	if n, err := object.GetAttr(t, e.AsValue(), strImportErrorName); err == nil {
		if s, ok := n.AsStr(); ok {
			return s.String()
		}
	}
	return ""
}

var strImportErrorName = object.Intern("name")

// packageOf returns the package that relative imports in globals resolve
// against: __package__, or derived from __name__ and __path__.
func (th *Thread) packageOf(globals *object.Dict) (string, error) {
	if p, ok := globals.GetStr(strPackage); ok && !p.IsNone() {
		s, ok := p.AsStr()
		if !ok {
			return "", object.NewError(object.TypeError, "package must be a string")
		}
		return s.String(), nil
	}
	n, ok := globals.GetStr(strName)
	if !ok {
		return "", object.NewError(object.KeyError, "'__name__' not in globals")
	}
	s, ok := n.AsStr()
	if !ok {
		return "", object.NewError(object.TypeError, "__name__ must be a string")
	}
	if _, isPkg := globals.GetStr(strPath); isPkg {
		return s.String(), nil
	}
	pkg, _, _ := cutLast(s.String(), ".")
	return pkg, nil
}

func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return "", s, false
	}
	return s[:i], s[i+len(sep):], true
}

func resolveRelative(pkg string, level int) (string, error) {
	if pkg == "" {
		return "", object.NewError(object.ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", object.NewError(object.ImportError, "attempted relative import beyond top-level package")
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), nil
}

// gcdImport imports the absolute dotted name, importing its parents first,
// and returns the module.
func (th *Thread) gcdImport(name string) (object.Value, error) {
	key := object.Intern(name)
	if m, ok := th.interp.modules.GetStr(key); ok {
		if m.IsNone() {
			return object.Null, moduleNotFound(name, "import of "+name+" halted; None in sys.modules")
		}
		return m, nil
	}
	var searchPath []string
	parent, child, dotted := cutLast(name, ".")
	var parentMod object.Value
	if dotted {
		var err error
		if parentMod, err = th.gcdImport(parent); err != nil {
			return object.Null, err
		}
		if m, ok := th.interp.modules.GetStr(key); ok {
			return m, nil
		}
		pathV, err := object.GetAttr(&th.Thread, parentMod, strPath)
		if err != nil {
			return object.Null, moduleNotFound(name, "No module named '"+name+"'; '"+parent+"' is not a package")
		}
		if searchPath, err = th.stringList(pathV); err != nil {
			return object.Null, err
		}
	} else {
		if def := th.builtinModuleDef(name); def != nil {
			m, err := th.newBuiltinModule(def)
			if err != nil {
				return object.Null, err
			}
			m.dict.SetStr(strSpec, newSpec(name, builtinImporter, "built-in", nil))
			m.dict.SetStr(strLoader, builtinImporter)
			th.interp.modules.SetStr(key, m.AsValue())
			return m.AsValue(), nil
		}
		pathV, _ := th.sysAttr("path")
		var err error
		if searchPath, err = th.stringList(pathV); err != nil {
			return object.Null, err
		}
	}
	m, err := th.findAndLoad(name, child, searchPath)
	if err != nil {
		return object.Null, err
	}
	if dotted {
		// Bind the submodule as an attribute of its parent.
		if err := object.SetAttr(&th.Thread, parentMod, object.Intern(child), m); err != nil {
			return object.Null, err
		}
	}
	return m, nil
}

func moduleNotFound(name, msg string) error {
	return object.NewImportError(object.ModuleNotFoundError, msg, name, "")
}

// stringList converts a list of str (sys.path, __path__) to Go strings,
// skipping non-str entries.
func (th *Thread) stringList(v object.Value) ([]string, error) {
	if v.IsNull() {
		return nil, nil
	}
	it, err := object.Iter(&th.Thread, v)
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		x, err := object.Next(&th.Thread, it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		if s, ok := x.AsStr(); ok {
			out = append(out, s.String())
		}
	}
}

// findAndLoad searches path for module child (fully named name) and
// loads it.
func (th *Thread) findAndLoad(name, child string, path []string) (object.Value, error) {
	file, pkgDir, fsys := th.findSource(child, path)
	if file == "" {
		return object.Null, moduleNotFound(name, "No module named '"+name+"'")
	}
	return th.loadSource(name, fsys, file, pkgDir)
}

// findSource searches path for module child: a package directory with
// __init__.py (then pkgDir is the directory as __path__ shows it), or
// child.py, in the file system (fsys nil) or in the embedded standard
// library. It returns file "" when there is none.
func (th *Thread) findSource(child string, path []string) (file, pkgDir string, fsys fs.FS) {
	for _, dir := range path {
		var base string
		if dir == StdlibPath || strings.HasPrefix(dir, StdlibPath+"/") {
			if th.interp.stdlib == nil {
				continue
			}
			fsys, base = th.interp.stdlib, strings.TrimPrefix(strings.TrimPrefix(dir, StdlibPath), "/")
		} else {
			if dir == "" {
				dir = "."
			}
			fsys, base = nil, dir
		}
		pkg := joinPath(fsys, base, child)
		if init := joinPath(fsys, pkg, "__init__.py"); isFile(fsys, init) {
			if fsys != nil {
				pkg = StdlibPath + "/" + pkg
			}
			return init, pkg, fsys
		}
		if f := joinPath(fsys, base, child+".py"); isFile(fsys, f) {
			return f, "", fsys
		}
	}
	return "", "", nil
}

// readSource reads a source file from the file system (fsys nil) or the
// embedded standard library, returning its text and the name tracebacks
// show for it.
func readSource(fsys fs.FS, file string) ([]byte, string, error) {
	if fsys != nil {
		src, err := fs.ReadFile(fsys, file)
		display := StdlibPath + "/" + file
		if err == nil {
			rememberEmbeddedSource(display, src)
		}
		return src, display, err
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, file, object.Errorf(object.ImportError, "cannot read %s: %v", file, err)
	}
	return src, file, nil
}

func joinPath(fsys fs.FS, a, b string) string {
	if fsys != nil {
		if a == "" || a == "." {
			return b
		}
		return a + "/" + b
	}
	return filepath.Join(a, b)
}

func isFile(fsys fs.FS, path string) bool {
	var info fs.FileInfo
	var err error
	if fsys != nil {
		info, err = fs.Stat(fsys, path)
	} else {
		info, err = os.Stat(path)
	}
	return err == nil && info.Mode().IsRegular()
}

// loadSource runs a module's source file, compiled or from the code cache
// (cache.go), in a new module registered in sys.modules under name (removed
// again if it fails); a package has its directory pkgDir. The module gets
// its spec (spec.go) as __spec__ and the spec's loader as __loader__.
func (th *Thread) loadSource(name string, fsys fs.FS, file, pkgDir string) (object.Value, error) {
	code, display, err := th.moduleCode(fsys, file)
	if err != nil {
		return object.Null, err
	}
	m := NewModule(name)
	d := m.dict
	spec := th.sourceSpec(name, fsys, file, pkgDir)
	d.SetStr(strSpec, spec)
	d.SetStr(strLoader, specAttr(spec, strSpecLoader))
	d.SetStr(strFile, object.StrValue(display))
	if pkgDir != "" {
		d.SetStr(strPath, object.NewList([]object.Value{object.StrValue(pkgDir)}).AsValue())
		d.SetStr(strPackage, object.StrValue(name))
	} else {
		pkg, _, _ := cutLast(name, ".")
		d.SetStr(strPackage, object.StrValue(pkg))
	}
	key := object.Intern(name)
	th.interp.modules.SetStr(key, m.AsValue())
	if _, err := th.execCode(code, d, d.AsValue()); err != nil {
		th.interp.modules.DelItem(&th.Thread, key.AsValue())
		return object.Null, err
	}
	// The module may have replaced itself in sys.modules.
	if v, ok := th.interp.modules.GetStr(key); ok {
		return v, nil
	}
	return m.AsValue(), nil
}

// compileSource parses, compiles and links source code.
func (th *Thread) compileSource(src []byte, filename string, mode syntax.Mode) (*Code, error) {
	tree, err := th.ParseSource(src, filename, mode)
	if err != nil {
		return nil, err
	}
	return th.CompileTree(tree, filename, src)
}

// ParseSource parses source code, reporting errors as the Python
// SyntaxError (or subclass) CPython raises.
func (th *Thread) ParseSource(src []byte, filename string, mode syntax.Mode) (syntax.ModNode, error) {
	tree, err := syntax.Parse(filename, src, mode, nil)
	if err != nil {
		return nil, th.syntaxErrorFrom(err)
	}
	return tree, nil
}

// CompileTree compiles and links a syntax tree; src, when not nil, is its
// source text, for the positions of compile errors.
func (th *Thread) CompileTree(tree syntax.ModNode, filename string, src []byte) (*Code, error) {
	cc, err := compile.Compile(tree, filename, compile.Options{Source: src})
	if err != nil {
		return nil, th.syntaxErrorFrom(err)
	}
	th.dumpBytecode(cc)
	return Link(cc)
}

// syntaxErrorFrom converts a *syntax.Error into the Python exception.
func (th *Thread) syntaxErrorFrom(err error) error {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return err
	}
	typ := object.SyntaxError
	switch se.Kind {
	case syntax.IndentationError:
		typ = object.IndentationError
	case syntax.TabError:
		typ = object.TabError
	}
	exc := object.NewSyntaxError(typ, se.Msg, se.Filename, se.Lineno, se.Offset, se.Text, se.EndLineno, se.EndOffset)
	if se.Offset == -1 {
		// The source could not be decoded at all (an unknown or
		// inconsistent encoding declaration): CPython reports line 0.
		object.SetAttr(&th.Thread, exc.AsValue(), object.Intern("lineno"), object.Int(0))
	}
	return exc
}

// execCode runs module or class-body code with the given globals and
// locals mapping.
func (th *Thread) execCode(code *Code, globals *object.Dict, locals object.Value) (object.Value, error) {
	if _, ok := globals.GetStr(strBuiltins); !ok {
		globals.SetStr(strBuiltins, th.interp.builtinsModule.AsValue())
	}
	f := th.newFrame(code, globals, th.builtinsOf(globals), locals)
	th.initCells(f)
	v, err := th.run(f)
	th.releaseFrame(f)
	return v, err
}

// importFrom implements IMPORT_FROM.
func (th *Thread) importFrom(mod object.Value, name *object.Str) (object.Value, error) {
	t := &th.Thread
	v, err := object.GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if !isInstance(err, object.AttributeError) {
		return object.Null, err
	}
	modName := moduleName(t, mod)
	if sub, ok := th.interp.modules.GetStr(object.Intern(modName + "." + name.String())); ok {
		return sub, nil
	}
	where := "unknown location"
	if f, err := object.GetAttr(t, mod, strFile); err == nil {
		if s, ok := f.AsStr(); ok {
			where = s.String()
		}
	}
	msg := fmt.Sprintf("cannot import name '%s' from '%s' (%s)", name, modName, where)
	if th.moduleInitializing(modName) {
		msg = fmt.Sprintf("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)",
			name, modName, where)
	}
	path := ""
	if where != "unknown location" {
		path = where
	}
	return object.Null, object.NewImportError(object.ImportError, msg, modName, path)
}

// moduleInitializing reports whether module name is still being executed
// (a circular import).
func (th *Thread) moduleInitializing(name string) bool {
	for f := th.frame; f != nil; f = f.back {
		if f.fn == nil && f.locals == f.globals.AsValue() {
			if n, ok := f.globals.GetStr(strName); ok {
				if s, ok := n.AsStr(); ok && s.String() == name {
					return true
				}
			}
		}
	}
	return false
}

// importStar implements IMPORT_STAR into the frame's locals.
func (th *Thread) importStar(f *Frame, mod object.Value) error {
	t := &th.Thread
	if f.locals.IsNull() {
		return object.NewError(object.SystemError, "no locals found during 'import *'")
	}
	var names []object.Value
	if all, err := object.GetAttr(t, mod, strAll); err == nil {
		it, err := object.Iter(t, all)
		if err != nil {
			return err
		}
		for {
			x, err := object.Next(t, it)
			if err != nil {
				return err
			}
			if x.IsNull() {
				break
			}
			if _, ok := x.AsStr(); !ok {
				return object.Errorf(object.TypeError, "Item in %s.__all__ must be str, not %s", moduleName(t, mod), x.Type().Name)
			}
			names = append(names, x)
		}
	} else {
		d, err := object.GetAttr(t, mod, strDict)
		if err != nil {
			return object.NewError(object.ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		dict, ok := d.AsDict()
		if !ok {
			return object.NewError(object.ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		for _, k := range dict.Keys() {
			if s, ok := k.AsStr(); ok && !strings.HasPrefix(s.String(), "_") {
				names = append(names, k)
			}
		}
	}
	for _, k := range names {
		s, _ := k.AsStr()
		v, err := object.GetAttr(t, mod, object.InternStr(s))
		if err != nil {
			return err
		}
		if err := mappingSet(t, f.locals, object.InternStr(s), v); err != nil {
			return err
		}
	}
	return nil
}
