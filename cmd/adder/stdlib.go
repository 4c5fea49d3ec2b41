package main

import (
	"io/fs"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/interp/stdlib"
)

// stdlibModules and stdlibFS wire the standard library into the
// interpreter.
func stdlibModules() []*interp.ModuleDef { return stdlib.Modules() }

func stdlibFS() fs.FS { return stdlib.FS() }

// startGCPacer paces Go's collector for Python programs.
func startGCPacer(percent int, floor uint64) { stdlib.StartGCPacer(percent, floor) }
