// Package tests runs Adder's Python-level test scripts and compares what they
// print with what CPython 3.11 printed for them.
//
// Every tests/**/*.py script is one subtest, run three times: with the JIT
// off (-X jit=off), with the JIT at its defaults, and with an eager JIT
// (-X jit-threshold=1). Skipped are helper modules (any file in a folder named
// _support, any file whose name starts with "_") and the syntax_errors corpus,
// which the parser's own test reads.
//
// A script runs with the tests directory as its working directory, is named
// by its relative path (python lang/closures.py), gets no stdin, the
// environment variables PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and
// PYTHONDONTWRITEBYTECODE=1 (other PYTHON* variables are removed), and at
// most scriptTimeout to finish; a hang is a failure.
//
// # Expected files
//
// name.py is checked against name.expected next to it. The file is the run's
// result rendered by render, in sections that each start with a header line:
//
//	-- stdout --
//	...everything the script wrote to stdout...
//	-- stderr --
//	...everything it wrote to stderr (section present only if non-empty)...
//	-- exit status 1 --
//	-- killed by signal: interrupt --
//
// The stdout section is always present. A section whose text does not end in
// a newline gets one added and its header says so: "-- stdout (no final
// newline) --". The exit section is present only when the status is not 0,
// the signal section only when a signal ended the process (CPython ends
// itself with SIGINT after an uncaught KeyboardInterrupt).
// Before rendering, the absolute path of the tests directory followed by a
// slash is removed from both streams (CPython prints absolute script paths in
// tracebacks and __file__), so a traceback reads File "lang/closures.py".
//
// Expected files are never edited by hand: go test ./tests -update rewrites
// all of them by running python3 the same way (with no -X option).
//
// # Known failures
//
// xfail.txt lists scripts known to fail on Adder today, one per line:
//
//	lang/closures.py                  # fails in every mode
//	lang/generators.py jit-eager      # fails only in the listed modes
//
// Text after '#' is a comment. A listed script that fails is skipped with the
// reason; a listed script that passes fails the test ("unexpected pass"), so
// the list only ever shrinks. go test ./tests -args -write-xfail rewrites the
// list with the scripts failing right now (run it without -run, or the list
// holds only the selected scripts' failures).
//
// After each mode the test prints "jit-off: scripts: N passed, M failed,
// K xfail" (visible with -v or when the test fails).
//
// # Flags
//
//	-update        regenerate every .expected file with python3
//	-adder PATH    test this python-compatible binary instead of building ./cmd/adder
//	-write-xfail   rewrite xfail.txt with the scripts that fail now
package tests
