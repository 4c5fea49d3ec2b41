// Package stdlib is Adder's standard library: the modules implemented in
// Go (Modules) and the modules written in Python, embedded in the binary
// (FS, served through interp.StdlibPath on sys.path).
//
// Each Go module lives in its own file and adds its definition to modules
// from an init function.
package stdlib

import (
	"embed"
	"io/fs"

	"github.com/adderpy/adder/interp"
)

//go:embed all:lib
var lib embed.FS

// FS returns the embedded Python modules, rooted at their top-level
// package directory.
func FS() fs.FS {
	sub, err := fs.Sub(lib, "lib")
	if err != nil {
		panic("BUG: stdlib: " + err.Error())
	}
	return sub
}

// modules holds the Go module definitions, added by each module's file.
var modules []*interp.ModuleDef

// Modules returns the definitions of the modules implemented in Go.
func Modules() []*interp.ModuleDef { return modules }
