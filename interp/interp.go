package interp

import (
	"bufio"
	"io/fs"
	"os"
	"sync"
	"sync/atomic"

	"github.com/adderpy/adder/object"
)

// Config configures a new Interpreter.
type Config struct {
	// Argv is sys.argv.
	Argv []string
	// Path is sys.path.
	Path []string
	// Modules are the modules implemented in Go, importable by name.
	Modules []*ModuleDef
	// Stdlib holds the standard-library modules written in Python that are
	// embedded in the binary, found through the StdlibPath entry of Path.
	Stdlib fs.FS
	// Executable is sys.executable.
	Executable string
	// XOptions are the -X options (sys._xoptions).
	XOptions map[string]string
	// DontWriteBytecode disables writing the code cache (-B).
	DontWriteBytecode bool
	// JIT is the tracing JIT, or nil to interpret only (see jit.go).
	JIT JIT
	// Signals installs Python's signal handling: SIGINT raises
	// KeyboardInterrupt in the main thread. Embedders that handle signals
	// themselves leave it off.
	Signals bool
}

// Interpreter is one Python runtime: its builtins, loaded modules and
// threads.
type Interpreter struct {
	config Config
	// shutdownHooks run at exit after the atexit handlers (AtShutdown).
	shutdownHooks  []func(*Thread)
	builtins       *object.Dict
	builtinsModule *Module
	sys            *Module
	// modules is sys.modules.
	modules        *object.Dict
	builtinModules map[string]*ModuleDef
	stdlib         fs.FS
	main           *Thread

	// gil is held by the thread running Python code.
	gil globalLock
	// signals holds the Python signal handlers.
	signals signalState
	// nextIdent numbers threads.
	nextIdent atomic.Int64
	// threads counts the threads started by _thread that are running.
	threads atomic.Int64
	// uncaughtInterrupt records that the program ended with an uncaught
	// KeyboardInterrupt.
	uncaughtInterrupt bool
	// dlopenFlags is sys.getdlopenflags(), kept for programs that read it
	// back: Adder loads no C extensions.
	dlopenFlags atomic.Int32

	// Stdout is the buffered standard output under sys.stdout; Flush must be
	// called before exit.
	stdout *bufio.Writer
	outMu  sync.Mutex
}

// New creates an interpreter with its builtins and sys modules.
func New(cfg Config) (*Interpreter, error) {
	in := &Interpreter{
		config:         cfg,
		modules:        object.NewDict(),
		builtinModules: map[string]*ModuleDef{},
		stdlib:         cfg.Stdlib,
		stdout:         bufio.NewWriterSize(os.Stdout, 1<<16),
	}
	for _, def := range cfg.Modules {
		in.builtinModules[def.Name] = def
	}
	in.gil = newGIL()
	in.dlopenFlags.Store(rtldNow)
	th := in.NewThread()
	in.main = th
	// The main thread holds the GIL whenever it runs Python code, which
	// is from now on except inside blocking calls.
	in.gil.acquire(th)
	if cfg.Signals {
		in.installSignalHandlers()
	}
	in.builtinsModule = newBuiltinsModule(th)
	in.builtins = in.builtinsModule.dict
	in.modules.SetStr(object.Intern("builtins"), in.builtinsModule.AsValue())
	sys, err := newSysModule(th)
	if err != nil {
		return nil, err
	}
	in.sys = sys
	in.modules.SetStr(object.Intern("sys"), sys.AsValue())
	return in, nil
}

// MainThread returns the thread state of the main thread.
func (in *Interpreter) MainThread() *Thread { return in.main }

// AtShutdown registers fn to run on the main thread when the program
// ends, after threading's shutdown and the atexit handlers and before the
// standard streams are flushed: the io module writes out the buffers of
// files left open there. Hooks run in the order they were added.
func (in *Interpreter) AtShutdown(fn func(*Thread)) {
	in.shutdownHooks = append(in.shutdownHooks, fn)
}

// Flush flushes buffered standard output.
func (in *Interpreter) Flush() {
	in.outMu.Lock()
	in.stdout.Flush()
	in.outMu.Unlock()
}

// sysModule returns the sys module.
func (th *Thread) sysModule() (*Module, error) {
	if th.interp.sys == nil {
		return nil, object.NewError(object.RuntimeError, "lost sys module")
	}
	return th.interp.sys, nil
}

// sysAttr returns sys.<name>, or Null.
func (th *Thread) sysAttr(name string) (object.Value, bool) {
	if th.interp.sys == nil {
		return object.Null, false
	}
	return th.interp.sys.dict.GetStr(object.Intern(name))
}
