// Command bench runs Adder's benchmark suite and compares Python
// implementations on it.
//
// Input: the programs in bench/programs/*.py, each with a header line
// "# bench: quick=SIZE full=SIZE" giving the argument it takes at each size,
// and, for some, a native Go twin in bench/native/<name>/main.go that
// prints the same output. Each program runs under every selected mode: adder
// (the JIT at its defaults), adder-nojit (-X jit=off), python3, pypy3, any
// --python interpreter, and go (the native twins).
//
// Output: a table on the terminal and results.json, results.csv,
// results.md and speedup.svg in the output folder.
//
// Invariants: every run's output is compared with the reference output
// (CPython's, when python3 is among the modes, else the baseline's); a cell
// whose output differs, that crashes or times out is reported as WRONG,
// FAIL or TIMEOUT and never gets a time, a speedup or a place in a
// geometric mean. Modes run interleaved within each repeat, so drift of the
// machine affects them alike.
//
// Usage, from the repository root:
//
//	go run ./bench [--modes adder,python3,...] [--python PATH]... [--adder PATH]
//	    [--baseline MODE] [--filter REGEX] [--repeat N] [--quick]
//	    [--timeout DUR] [--out DIR]
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// run is main without the exit, so that errors have one way out.
func run(args []string) error {
	cfg, err := parseFlags(args, os.Stderr)
	if err != nil {
		return err
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	programs, err := loadSuite(root, cfg.filter)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "adder-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	modes, skipped, err := resolveModes(cfg, root, tmp, programs, os.Stderr)
	if err != nil {
		return err
	}
	start := time.Now()
	results := newRunner(cfg, modes, os.Stderr).runSuite(programs)
	results.Machine = describeMachine()
	results.Skipped = skipped

	printTable(os.Stdout, results)
	outDir := cfg.outDir
	if outDir == "" {
		outDir = root + "/bench/out"
	}
	paths, err := writeReports(outDir, results)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "ran in %s; reports in %s\n", time.Since(start).Round(time.Second), paths)
	return nil
}
