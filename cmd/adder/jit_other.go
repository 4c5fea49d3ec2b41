//go:build !(amd64 && linux)

// jit_other.go: hosts without a backend run the interpreter only.

package main

import "github.com/adderpy/adder/jit"

func newBackend() jit.Backend { return nil }
