//go:build linux

// verify_linux.go: checking W^X against the kernel's view of the process.

package alloc

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

// VerifyWX reads /proc/self/maps and checks that no mapping of the process
// is both writable and executable and that every page of every arena of a
// is mapped read+execute. It is a debugging and test aid: it reads a file
// and holds the allocator's lock meanwhile.
func (a *Allocator) VerifyWX() error {
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return err
	}
	type mapping struct {
		start, end uintptr
		perms      string
	}
	var ms []mapping
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var m mapping
		if _, err := fmt.Sscanf(sc.Text(), "%x-%x %s", &m.start, &m.end, &m.perms); err != nil {
			return fmt.Errorf("alloc: parsing /proc/self/maps line %q: %v", sc.Text(), err)
		}
		if m.perms[1] == 'w' && m.perms[2] == 'x' {
			return fmt.Errorf("alloc: mapping %#x-%#x is writable and executable (%s)", m.start, m.end, m.perms)
		}
		ms = append(ms, m)
	}
	ps := uintptr(pageSize())
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, ar := range a.arenas {
		for pg := ar.base(); pg < ar.base()+uintptr(len(ar.mem)); pg += ps {
			perms := "unmapped"
			for _, m := range ms {
				if m.start <= pg && pg < m.end {
					perms = m.perms
					break
				}
			}
			if perms[:3] != "r-x" {
				return fmt.Errorf("alloc: arena page %#x is %s, want r-x", pg, perms)
			}
		}
	}
	return nil
}
