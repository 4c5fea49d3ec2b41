//go:build !linux

// map_other.go: hosts without memfd get ErrUnsupported from every Alloc.

package alloc

import (
	"os"
	"unsafe"
)

func mapExec(n int) (int, []byte, error)                  { return -1, nil, ErrUnsupported }
func unmapExec(fd int, mem []byte) error                  { return ErrUnsupported }
func writeThrough(fd int, off uintptr, code []byte) error { return ErrUnsupported }
func pageSize() int                                       { return os.Getpagesize() }
func uintptrOf(b []byte) uintptr                          { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
