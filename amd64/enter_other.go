//go:build !amd64

// enter_other.go: on other hosts amd64 code can be built but not run.

package amd64

import (
	"runtime"

	"github.com/adderpy/adder/jit/native"
)

func enter(code uintptr, ctx *native.Context) native.Exit {
	panic("BUG: amd64: entering amd64 code on " + runtime.GOARCH)
}
