package main

// This file chooses how the interactive prompt reads its input and prints
// the banner, as python does.

import (
	"fmt"
	"os"
	"runtime"
	"strings"

	"golang.org/x/term"

	"github.com/adderpy/adder/interp"
)

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// interactiveReader returns the line editor when stdin and stdout are
// terminals, and nil (plain lines from stdin, prompts on stderr) otherwise,
// as CPython uses readline only then.
func interactiveReader() interp.LineReader {
	if isTerminal(os.Stdin) && isTerminal(os.Stdout) {
		return newLineEditor(os.Stdin, os.Stdout)
	}
	return nil
}

// printBanner writes the greeting of the interactive prompt to stderr:
// the version line, and the hint about help when site's builtins are in.
func printBanner(withSite bool) {
	fmt.Fprintf(os.Stderr, "Python %s (Adder %s) [Go %s] on %s\n",
		interp.PythonVersion, interp.AdderVersion, strings.TrimPrefix(runtime.Version(), "go"), runtime.GOOS)
	if withSite {
		fmt.Fprintln(os.Stderr, `Type "help", "copyright", "credits" or "license" for more information.`)
	}
}
