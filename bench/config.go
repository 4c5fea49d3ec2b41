// config.go: command-line flags and the configuration they produce.

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// Mode names known to the harness; --python adds more, named after the
// interpreter's file name.
const (
	modeAdder      = "adder"
	modeAdderNoJIT = "adder-nojit"
	modePython3    = "python3"
	modePyPy3      = "pypy3"
	modeNative     = "go"
)

// defaultModes are run when --modes is not given.
var defaultModes = []string{modeAdder, modeAdderNoJIT, modePython3, modePyPy3, modeNative}

type config struct {
	modes     []string       // selected built-in modes, in order
	pythons   []string       // extra interpreters from --python
	adderPath string         // prebuilt adder binary; empty: build ./cmd/adder
	baseline  string         // mode that speedups are relative to
	filter    *regexp.Regexp // programs to run; nil: all
	repeat    int            // timed runs per cell after the warm-up
	quick     bool           // use the quick sizes
	timeout   time.Duration  // limit for one run
	outDir    string         // where reports go; empty: bench/out in the module
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// parseFlags parses the command line; errors describe bad input.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		cfg     config
		modes   string
		filter  string
		pythons listFlag
	)
	fs.StringVar(&modes, "modes", strings.Join(defaultModes, ","),
		"comma-separated modes: adder, adder-nojit, python3, pypy3, go, or a --python label")
	fs.Var(&pythons, "python", "another Python `interpreter` to run (repeatable; label = file name)")
	fs.StringVar(&cfg.adderPath, "adder", "", "use this adder `binary` instead of building ./cmd/adder")
	fs.StringVar(&cfg.baseline, "baseline", modePython3, "`mode` that speedups are relative to")
	fs.StringVar(&filter, "filter", "", "run only programs whose name matches this `regex`")
	fs.IntVar(&cfg.repeat, "repeat", 3, "timed runs per program and mode, after one warm-up run")
	fs.BoolVar(&cfg.quick, "quick", false, "use the quick sizes (a smoke test, not a measurement)")
	fs.DurationVar(&cfg.timeout, "timeout", 2*time.Minute, "time limit for one run")
	fs.StringVar(&cfg.outDir, "out", "", "output `folder` (default bench/out in the module)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.repeat < 1 {
		return nil, errors.New("--repeat must be at least 1")
	}
	if cfg.timeout <= 0 {
		return nil, errors.New("--timeout must be positive")
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			return nil, fmt.Errorf("--filter: %v", err)
		}
		cfg.filter = re
	}
	cfg.pythons = pythons
	labels := map[string]bool{}
	for _, p := range pythons {
		labels[pythonLabel(p)] = true
	}
	seen := map[string]bool{}
	for _, m := range strings.Split(modes, ",") {
		m = strings.TrimSpace(m)
		switch {
		case m == "" || seen[m]:
			continue
		case labels[m]:
			// A --python label listed in --modes: it runs anyway.
		case !isBuiltinMode(m):
			return nil, fmt.Errorf("unknown mode %q (known: %s, or a --python label)",
				m, strings.Join(defaultModes, ", "))
		default:
			cfg.modes = append(cfg.modes, m)
		}
		seen[m] = true
	}
	return &cfg, nil
}

func isBuiltinMode(name string) bool {
	for _, m := range defaultModes {
		if m == name {
			return true
		}
	}
	return false
}
