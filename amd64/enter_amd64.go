// enter_amd64.go: the Go side of the trampoline.

package amd64

import "github.com/adderpy/adder/jit/native"

// enter calls the native code at code with ctx in R15 and returns the word
// the code left in ctx.Exit. It is ABI0 assembly (trampoline_amd64.s).
//
//go:noescape
func enter(code uintptr, ctx *native.Context) native.Exit
