package interp

// This file holds the builtins that Python's site module adds at startup
// for people at a prompt: exit and quit, help, copyright, credits and
// license (CPython's _sitebuiltins). python -S leaves them out.

import (
	"strings"
	"unsafe"

	"github.com/adderpy/adder/object"
)

// InstallSite adds exit, quit, help, copyright, credits and license to the
// builtins, as CPython's site module does when it is imported at startup
// (unless python -S). It must be called before the program runs.
func (in *Interpreter) InstallSite() {
	set := func(name string, v object.Value) { in.builtins.SetStr(object.Intern(name), v) }
	for _, name := range []string{"exit", "quit"} {
		set(name, (&siteObject{Header: object.NewHeader(quitterType), name: name}).AsValue())
	}
	copyright := "Copyright (c) the Adder authors."
	if v, ok := in.sys.dict.GetStr(object.Intern("copyright")); ok {
		if s, ok := v.AsStr(); ok {
			copyright = s.String()
		}
	}
	set("copyright", newPrinter("copyright", copyright))
	set("credits", newPrinter("credits", creditsText))
	set("license", newPrinter("license", licenseText))
	set("help", (&siteObject{Header: object.NewHeader(helperType)}).AsValue())
}

const (
	creditsText = "Adder is written by the Adder authors. The Python language it implements\n" +
		"is developed by the Python Software Foundation and a cast of thousands;\n" +
		"see www.python.org."
	licenseText = "Adder is distributed under the license in the LICENSE file of its source.\n" +
		"The Python language and its documentation are by the Python Software\n" +
		"Foundation; see https://docs.python.org/3/license.html."
	// licenseHint is what license shows before it is called, as in CPython,
	// whose license text is pages long.
	licenseHint = "Type license() to see the full license text"
)

// siteObject is an instance of one of the site types: exit and quit
// (name is theirs), copyright, credits and license (text is what they
// print), and help.
type siteObject struct {
	object.Header
	name string
	text string
}

func (s *siteObject) AsValue() object.Value { return object.FromPointer(unsafe.Pointer(s)) }

func asSiteObject(v object.Value) *siteObject { return (*siteObject)(v.Pointer()) }

var (
	quitterType = object.NewNativeType("Quitter", "_sitebuiltins", nil)
	printerType = object.NewNativeType("_Printer", "_sitebuiltins", nil)
	helperType  = object.NewNativeType("_Helper", "_sitebuiltins", nil)
)

func init() {
	quitterType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		return object.StrValue("Use " + asSiteObject(v).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	quitterType.Call = quitterCall
	quitterType.Ready()

	printerType.Repr = func(_ *object.Thread, v object.Value) (object.Value, error) {
		p := asSiteObject(v)
		if p.name == "license" {
			return object.StrValue(licenseHint), nil
		}
		return object.StrValue(p.text), nil
	}
	printerType.Call = func(t *object.Thread, callable object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
		p := asSiteObject(callable)
		if err := object.CheckArity(p.name, args, kw, 0, 0); err != nil {
			return object.Null, err
		}
		return object.None, t.State.(*Thread).writeStdout(p.text + "\n")
	}
	printerType.Ready()

	helperType.Repr = func(*object.Thread, object.Value) (object.Value, error) {
		return object.StrValue("Type help() for interactive help, or help(object) for help about object."), nil
	}
	helperType.Call = helpCall
	helperType.Ready()
}

func newPrinter(name, text string) object.Value {
	return (&siteObject{Header: object.NewHeader(printerType), name: name, text: text}).AsValue()
}

// quitterCall is exit(code=None) and quit(code=None): as in CPython it
// closes sys.stdin, then raises SystemExit(code).
func quitterCall(t *object.Thread, callable object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs(asSiteObject(callable).name, args, kw, []string{"code"}, 0, 1, a[:]); err != nil {
		return object.Null, err
	}
	code := a[0]
	if code.IsNull() {
		code = object.None
	}
	th := t.State.(*Thread)
	if stdin, ok := th.sysAttr("stdin"); ok {
		// Errors are ignored, as CPython's Quitter ignores them.
		if closeFn, err := object.GetAttr(t, stdin, object.Intern("close")); err == nil {
			object.Call(t, closeFn, nil, nil)
		}
	}
	exc, err := object.Call(t, object.SystemExit.AsValue(), []object.Value{code}, nil)
	if err != nil {
		return object.Null, err
	}
	e, _ := exc.AsException()
	return object.Null, e
}

// helpCall is help(request): Adder has no pydoc, so help shows the
// docstring of an object (or of the builtin or module a string names), and
// help() says that interactive help is not available.
func helpCall(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs("help", args, kw, []string{"request"}, 0, 1, a[:]); err != nil {
		return object.Null, err
	}
	th := t.State.(*Thread)
	if a[0].IsNull() {
		return object.None, th.writeStdout("Interactive help is not available in Adder; " +
			"use help(object) to see an object's documentation.\n")
	}
	obj := a[0]
	if s, ok := obj.AsStr(); ok {
		name := s.String()
		if v, ok := th.interp.builtins.GetStr(object.Intern(name)); ok {
			obj = v
		} else if m, err := th.importModule(name); err == nil {
			obj = m
		} else {
			return object.None, th.writeStdout("No Python documentation found for " + pyQuote(name) + ".\n")
		}
	}
	text, err := th.helpText(obj)
	if err != nil {
		return object.Null, err
	}
	return object.None, th.writeStdout(text)
}

// helpText is what help(obj) prints: a line saying what obj is, its name
// and its docstring, cleaned as inspect.cleandoc does.
func (th *Thread) helpText(obj object.Value) (string, error) {
	t := &th.Thread
	attrStr := func(name string) string {
		v, err := object.GetAttr(t, obj, object.Intern(name))
		if err != nil {
			return ""
		}
		s, _ := v.AsStr()
		if s == nil {
			return ""
		}
		return s.String()
	}
	name, module, doc := attrStr("__qualname__"), attrStr("__module__"), attrStr("__doc__")
	if name == "" {
		name = attrStr("__name__")
	}
	if f, ok := builtinFunctionOf(obj); ok {
		// Built-in functions keep their name and doc in their definition.
		name, module, doc = f.Def.Name, f.Module, f.Def.Doc
	}
	// what names the kind and, for functions and classes, the name; an
	// instance shows its repr and its class's documentation.
	var what string
	switch typ := obj.Type(); {
	case typ == ModuleType:
		module = ""
		what = "module " + name
	case typ.IsSubtype(object.TypeType):
		what = "class " + name
	case typ == object.BuiltinFunctionType:
		what = "built-in function " + name
	case typ == FunctionType:
		what = "function " + name
	default:
		r, err := object.Repr(t, obj)
		if err != nil {
			return "", err
		}
		module, name = "", r.String()
		what = typ.Name + " object"
		if doc == "" {
			doc = typ.Doc
		}
	}
	if module != "" {
		what += " in module " + module
	}
	if doc == "" {
		doc = "(no documentation)"
	}
	var b strings.Builder
	b.WriteString("Help on " + what + ":\n\n" + name + "\n")
	for _, line := range strings.Split(cleanDoc(doc), "\n") {
		if line != "" {
			b.WriteString("    " + line)
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return b.String(), nil
}

func builtinFunctionOf(v object.Value) (*object.BuiltinFunction, bool) {
	if v.Type() != object.BuiltinFunctionType {
		return nil, false
	}
	return (*object.BuiltinFunction)(v.Pointer()), true
}

// cleanDoc removes a docstring's indentation as inspect.cleandoc does: the
// first line loses its leading blanks, the others their common indent,
// and blank lines at either end go.
func cleanDoc(doc string) string {
	lines := strings.Split(strings.ReplaceAll(doc, "\t", "        "), "\n")
	indent := -1
	for _, line := range lines[1:] {
		if trimmed := strings.TrimLeft(line, " "); trimmed != "" {
			if n := len(line) - len(trimmed); indent < 0 || n < indent {
				indent = n
			}
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	for i := 1; i < len(lines); i++ {
		if len(lines[i]) >= indent && indent > 0 {
			lines[i] = lines[i][indent:]
		}
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
