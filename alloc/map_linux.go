//go:build linux

// map_linux.go: arenas as memfds with a permanent read+execute view and
// short-lived read+write windows.

package alloc

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mapExec creates a memfd of n bytes and maps it read+execute.
func mapExec(n int) (fd int, mem []byte, err error) {
	fd, err = unix.MemfdCreate("adder-jit", unix.MFD_CLOEXEC)
	if err != nil {
		return -1, nil, fmt.Errorf("alloc: memfd_create: %w", err)
	}
	if err = unix.Ftruncate(fd, int64(n)); err == nil {
		mem, err = unix.Mmap(fd, 0, n, unix.PROT_READ|unix.PROT_EXEC, unix.MAP_SHARED)
	}
	if err != nil {
		unix.Close(fd)
		return -1, nil, fmt.Errorf("alloc: mapping %d bytes of executable memory: %w", n, err)
	}
	return fd, mem, nil
}

func unmapExec(fd int, mem []byte) error {
	if err := unix.Munmap(mem); err != nil {
		return err
	}
	return unix.Close(fd)
}

// writeThrough copies code to offset off of the memfd through a read+write
// mapping of just the pages it covers, unmapped before returning.
func writeThrough(fd int, off uintptr, code []byte) error {
	if len(code) == 0 {
		return nil
	}
	ps := uintptr(pageSize())
	start := off &^ (ps - 1)
	end := (off + uintptr(len(code)) + ps - 1) &^ (ps - 1)
	w, err := unix.Mmap(fd, int64(start), int(end-start), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("alloc: mapping a write window: %w", err)
	}
	copy(w[off-start:], code)
	return unix.Munmap(w)
}

func pageSize() int { return unix.Getpagesize() }

func uintptrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
