package interp

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"

	"os"
	"runtime/debug"

	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// RunFile runs the program in filename as the __main__ module and returns
// the process exit status.
func (in *Interpreter) RunFile(filename string) int {
	// As CPython (3.9+), the main script's __file__, code filename and
	// error messages use its absolute path; sys.argv[0] stays as given.
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: can't open file %s: %s\n", in.progName(), pyQuote(filename), osErrorText(err))
		return 2
	}
	return in.RunSource(src, filename)
}

// RunSource runs src (named filename in tracebacks) as the __main__
// module and returns the process exit status.
func (in *Interpreter) RunSource(src []byte, filename string) int {
	return in.guard(func(th *Thread) error {
		code, err := th.compileSource(src, filename, syntax.ModeExec)
		if err != nil {
			return err
		}
		main := th.mainModule(filename)
		_, err = th.execCode(code, main.dict, main.dict.AsValue())
		return err
	})
}

// RunModule runs module name as __main__ (python -m name).
func (in *Interpreter) RunModule(name string) int {
	return in.guard(func(th *Thread) error {
		return th.runModuleAsMain(name)
	})
}

// runModuleAsMain finds module name (a package runs its __main__
// submodule) and executes it as __main__.
func (th *Thread) runModuleAsMain(name string) error {
	parent, _, dotted := cutLast(name, ".")
	path, _ := th.sysAttr("path")
	searchPath, err := th.stringList(path)
	if err != nil {
		return err
	}
	if dotted {
		pm, err := th.gcdImport(parent)
		if err != nil {
			return err
		}
		pv, err := object.GetAttr(&th.Thread, pm, strPath)
		if err != nil {
			return object.Errorf(object.ImportError, "No module named %s", name)
		}
		if searchPath, err = th.stringList(pv); err != nil {
			return err
		}
	}
	if th.builtinModuleDef(name) != nil {
		return object.Errorf(object.ImportError, "No code object available for %s", name)
	}
	_, child, _ := cutLast(name, ".")
	file, pkgDir, fsys := th.findSource(child, searchPath)
	if file == "" {
		return object.Errorf(object.ImportError, "No module named %s", name)
	}
	if pkgDir != "" {
		// A package: import it, then run its __main__.
		if _, err := th.gcdImport(name); err != nil {
			return err
		}
		return th.runModuleAsMain(name + ".__main__")
	}
	code, display, err := th.moduleCode(fsys, file)
	if err != nil {
		return err
	}
	spec := th.sourceSpec(name, fsys, file, "")
	main := th.mainModule(display)
	main.dict.SetStr(strSpec, spec)
	main.dict.SetStr(strLoader, specAttr(spec, strSpecLoader))
	main.dict.SetStr(strPackage, object.StrValue(parent))
	if argv, ok := th.sysAttr("argv"); ok {
		if l, ok := argv.AsList(); ok && len(l.Items) > 0 {
			l.Items[0] = object.StrValue(display)
		}
	}
	_, err = th.execCode(code, main.dict, main.dict.AsValue())
	return err
}

// mainModule creates the __main__ module and registers it.
func (th *Thread) mainModule(filename string) *Module {
	m := NewModule("__main__")
	m.dict.SetStr(strBuiltins, th.interp.builtinsModule.AsValue())
	if filename != "<string>" && filename != "<stdin>" {
		m.dict.SetStr(strFile, object.StrValue(filename))
	}
	th.interp.modules.SetStr(object.Intern("__main__"), m.AsValue())
	return m
}

// guard runs fn on the main thread and turns its outcome into an exit
// status: SystemExit's code, 1 after printing an uncaught exception, and
// an "internal error" report (status 70) for a Go panic, which is a bug.
func (in *Interpreter) guard(fn func(th *Thread) error) (status int) {
	th := in.main
	defer func() {
		if r := recover(); r != nil {
			in.Flush()
			fmt.Fprintf(os.Stderr, "adder: internal error: %v\n%s", r, debug.Stack())
			status = 70
		}
	}()
	err := fn(th)
	status = in.exitStatus(err)
	th.shutdownThreads() // threading._shutdown, before atexit as in CPython
	th.runAtExit()
	for _, fn := range in.shutdownHooks {
		fn(th)
	}
	in.Flush()
	return status
}

// exitStatus handles an exception that reached the top level.
func (in *Interpreter) exitStatus(err error) int {
	if err == nil {
		return 0
	}
	th := in.main
	exc, ok := err.(*object.Exc)
	if !ok {
		in.Flush()
		fmt.Fprintf(os.Stderr, "adder: internal error: %v\n", err)
		return 70
	}
	if exc.Type().IsSubtype(object.SystemExit) {
		return th.systemExitStatus(exc)
	}
	th.printUncaught(exc)
	if exc.Type().IsSubtype(object.KeyboardInterrupt) {
		in.uncaughtInterrupt = true
		return 130
	}
	return 1
}

// systemExitStatus turns SystemExit's code into an exit status, printing
// a non-integer code as CPython does.
func (th *Thread) systemExitStatus(exc *object.Exc) int {
	code := object.SystemExitCode(exc)
	switch {
	case code.IsNone():
		return 0
	case code.IsInt() || code.IsBool():
		return int(code.AsInt()) & 0xff
	}
	th.interp.Flush()
	if s, err := object.StrOf(&th.Thread, code); err == nil {
		fmt.Fprintln(os.Stderr, s.String())
	}
	return 1
}

// printUncaught prints an uncaught exception through sys.excepthook.
func (th *Thread) printUncaught(exc *object.Exc) {
	th.interp.Flush()
	t := &th.Thread
	if hook, ok := th.sysAttr("excepthook"); ok {
		tb := exc.Traceback
		if tb.IsNull() {
			tb = object.None
		}
		if _, err := object.Call(t, hook, []object.Value{exc.Type().AsValue(), exc.AsValue(), tb}, nil); err == nil {
			th.interp.Flush()
			return
		} else if e, ok := err.(*object.Exc); ok {
			fmt.Fprintln(os.Stderr, "Error in sys.excepthook:")
			th.PrintException(os.Stderr, e)
			fmt.Fprintln(os.Stderr, "\nOriginal exception was:")
		}
	}
	th.PrintException(os.Stderr, exc)
}

func (in *Interpreter) progName() string {
	if in.config.Executable != "" {
		return in.config.Executable
	}
	return "adder"
}

// osErrorText formats a Go file error as CPython prints an OSError:
// "[Errno 2] No such file or directory".
func osErrorText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	return err.Error()
}

// pyQuote quotes s as Python's repr of a str does.
func pyQuote(s string) string { return pyrepr.Str(s) }
