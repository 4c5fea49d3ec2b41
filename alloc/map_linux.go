//go:build linux

// map_linux.go: arenas as memfds with a permanent read+execute view,
// written through the file descriptor.

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

// writeThrough copies code to offset off of the memfd with pwrite: the
// executable mapping shares the file's pages, so it sees the bytes, and no
// writable mapping of them ever exists (no mmap and munmap of a write
// window either, whose unmapping interrupted every other thread to flush
// its TLB).
func writeThrough(fd int, off uintptr, code []byte) error {
	for len(code) > 0 {
		n, err := unix.Pwrite(fd, code, int64(off))
		if err != nil {
			return fmt.Errorf("alloc: writing code: %w", err)
		}
		code, off = code[n:], off+uintptr(n)
	}
	return nil
}

func pageSize() int { return unix.Getpagesize() }

func uintptrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
