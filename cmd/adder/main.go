// Command adder runs Python programs: a python-compatible command line over
// the Adder interpreter.
//
//	adder [option] ... [-c cmd | -m mod | file | -] [arg] ...
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"

	"github.com/adderpy/adder/internal/pyhash"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

const usage = `usage: adder [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E)
-m mod : run library module as a script (terminates option list)
-q     : don't print the version banner when starting interactively
-S     : don't add the site builtins (exit, quit, help, copyright, ...)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option:
         -X jit=off|on          disable or enable the JIT (default on)
         -X jit-threshold=N     loop iterations before a loop is traced
         -X jit-functions=on    trace hot functions from entry to return too
         -X jit-log=summary|ir|asm|exits[,...][:file]   JIT diagnostics
                                (also ADDER_JITLOG)
         -X jit-stats           print the JIT's counters at exit
         -X cpuprofile=FILE     write a Go CPU profile of the run (for developers)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH      : ':'-separated list of directories prefixed to the
                  default module search path.
PYTHONHASHSEED  : if this variable is set to 'random', a random value is used
                  to seed the hashes of str and bytes objects. It can also be
                  set to an integer in the range [0,4294967295] to get hash
                  values with a predictable seed.
`

// options is the parsed command line.
type options struct {
	command, module, script string
	fromStdin               bool
	args                    []string
	ignoreEnv, isolated     bool
	inspect, unbuffered     bool
	quiet, noSite           bool
	dontWriteBytecode       bool
	xoptions                map[string]string
}

// parseArgs parses the command line as CPython does: options up to the
// first of -c, -m, a file name or -, whose following arguments belong to
// the program.
func parseArgs(argv []string) (*options, int, error) {
	o := &options{xoptions: map[string]string{}}
	i := 0
	for i < len(argv) {
		a := argv[i]
		if a == "--" {
			i++
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		switch a {
		case "--help":
			return nil, -1, nil
		case "--version":
			return nil, -2, nil
		}
		if strings.HasPrefix(a, "--") {
			return nil, 2, fmt.Errorf("unknown option %s", a)
		}
		// A cluster of one-letter options, such as -Bu or -c'code'.
		for j := 1; j < len(a); j++ {
			switch c := a[j]; c {
			case 'c', 'm', 'X':
				val := a[j+1:]
				if val == "" {
					i++
					if i >= len(argv) {
						return nil, 2, fmt.Errorf("Argument expected for the -%c option", c)
					}
					val = argv[i]
				}
				switch c {
				case 'c':
					o.command = val
					o.args = append([]string{"-c"}, argv[i+1:]...)
					return o, 0, nil
				case 'm':
					o.module = val
					o.args = append([]string{val}, argv[i+1:]...)
					return o, 0, nil
				}
				k, v, ok := strings.Cut(val, "=")
				if !ok {
					v = "True"
				}
				o.xoptions[k] = v
				j = len(a)
			case 'B':
				o.dontWriteBytecode = true
			case 'E':
				o.ignoreEnv = true
			case 'I':
				o.isolated, o.ignoreEnv = true, true
			case 'i':
				o.inspect = true
			case 'u':
				o.unbuffered = true
			case 'q':
				o.quiet = true
			case 'S':
				o.noSite = true
			case 'h', '?':
				return nil, -1, nil
			case 'V':
				return nil, -2, nil
			case 'O', 's', 'b', 'd', 'v', 'R':
				// Accepted for compatibility; no effect yet.
			default:
				return nil, 2, fmt.Errorf("Unknown option: -%c", c)
			}
		}
		i++
	}
	if i < len(argv) && argv[i] != "-" {
		o.script = argv[i]
		o.args = argv[i:]
	} else {
		o.fromStdin = true
		o.args = []string{""}
		if i < len(argv) {
			o.args = append([]string{"-"}, argv[i+1:]...)
		}
	}
	return o, 0, nil
}

// The collector's pace when the environment does not set GOGC: Python
// programs allocate many short-lived objects that CPython frees by
// reference counting, and a heap allowed to grow to 5x its live size, and
// never kept under 32 MB, runs them measurably faster (fannkuch: 1.6 s at
// GOGC 100, 1.1 s at 400; go: 1.67 s at 400 without the floor, 1.43 s at
// 1600) for a bounded memory cost. A higher floor costs more than it
// saves: the heap's first touch faults its pages in, and memory reused
// sooner is still in the cache (21 bench programs at 32 MB against 64 MB:
// 4.7% faster in geomean, chaos, go, fannkuch and unpack_sequence by 9 to
// 15%, pidigits 3.5% slower; 16 MB: 4.4%, with the dict-heavy programs
// slower). See stdlib.StartGCPacer.
const (
	defaultGCPercent = 400
	gcHeapFloor      = 32 << 20
)

func main() {
	if os.Getenv("GOGC") == "" {
		startGCPacer(defaultGCPercent, gcHeapFloor)
	}
	status := run(os.Args[1:])
	if diedOfSIGINT {
		interp.ExitBySIGINT()
	}
	os.Exit(status)
}

// diedOfSIGINT records that the program ended with an uncaught
// KeyboardInterrupt, after which python ends itself with SIGINT.
var diedOfSIGINT bool

func run(argv []string) int {
	o, code, err := parseArgs(argv)
	switch {
	case err != nil:
		fmt.Fprintf(os.Stderr, "%s\n%s", err, usageHint)
		return code
	case code == -1:
		fmt.Print(usage)
		return 0
	case code == -2:
		fmt.Printf("Python %s (Adder %s)\n", interp.PythonVersion, interp.AdderVersion)
		return 0
	}
	getenv := func(k string) string {
		if o.ignoreEnv {
			return ""
		}
		return os.Getenv(k)
	}
	seed, random, err := pyhash.ParseSeed(getenv("PYTHONHASHSEED"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "Fatal Python error: %v\n", err)
		return 1
	}
	if !random {
		object.SetHashSecret(pyhash.SecretFromSeed(seed))
	}
	if getenv("PYTHONINSPECT") != "" {
		o.inspect = true
	}
	exe, _ := os.Executable()
	cfg := interp.Config{
		Argv:              o.args,
		Path:              searchPath(o, getenv),
		Modules:           stdlibModules(),
		Stdlib:            stdlibFS(),
		Executable:        exe,
		XOptions:          o.xoptions,
		DontWriteBytecode: o.dontWriteBytecode || getenv("PYTHONDONTWRITEBYTECODE") != "",
		Signals:           true,
	}
	js, err := newJIT(o.xoptions, getenv)
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder: %v\n", err)
		return 2
	}
	if js != nil {
		cfg.JIT = js.jit
		defer js.finish()
	}
	if path := o.xoptions["cpuprofile"]; path != "" {
		stop, err := startCPUProfile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "adder: -X cpuprofile: %v\n", err)
			return 1
		}
		defer stop()
	}
	in, err := interp.New(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder: cannot start: %v\n", err)
		return 1
	}
	if !o.noSite {
		in.InstallSite()
	}
	status := runProgram(in, o)
	diedOfSIGINT = in.UncaughtInterrupt()
	return status
}

// runProgram runs what the command line names: with -i, the program and
// then the interactive prompt; with no program, the prompt when stdin is a
// terminal, else the program read from stdin.
func runProgram(in *interp.Interpreter, o *options) int {
	prog := interp.Program{File: o.script, Command: o.command, Module: o.module}
	if o.inspect && prog != (interp.Program{}) {
		return in.Interact(prog, interactiveReader())
	}
	switch {
	case o.command != "":
		return in.RunSource([]byte(o.command+"\n"), "<string>")
	case o.module != "":
		return in.RunModule(o.module)
	case o.script != "":
		return in.RunFile(o.script)
	}
	if o.inspect || isTerminal(os.Stdin) {
		if !o.quiet {
			printBanner(!o.noSite)
		}
		return in.Interact(prog, interactiveReader())
	}
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder: cannot read stdin: %v\n", err)
		return 1
	}
	return in.RunSource(src, "<stdin>")
}

const usageHint = "usage: adder [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `adder -h' for more information.\n"

// searchPath builds sys.path: the script's directory (or "" for -c, -m and
// stdin), PYTHONPATH, then the embedded standard library.
func searchPath(o *options, getenv func(string) string) []string {
	var path []string
	switch {
	case o.script != "":
		dir := filepath.Dir(o.script)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		path = append(path, dir)
	case o.module != "":
		wd, _ := os.Getwd()
		path = append(path, wd)
	default:
		path = append(path, "")
	}
	if pp := getenv("PYTHONPATH"); pp != "" && !o.isolated {
		path = append(path, filepath.SplitList(pp)...)
	}
	return append(path, interp.StdlibPath)
}

// startCPUProfile starts Go's CPU profiler writing to path.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
