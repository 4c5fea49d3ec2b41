//go:build amd64 && linux

// jit_amd64.go: the amd64 backend.

package main

import (
	"github.com/adderpy/adder/alloc"
	"github.com/adderpy/adder/amd64"
	"github.com/adderpy/adder/jit"
)

func newBackend() jit.Backend { return amd64.New(alloc.New(), amd64.HostFeatures()) }
