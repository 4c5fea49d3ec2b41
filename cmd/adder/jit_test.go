//go:build amd64 && linux

package main

import (
	"strings"
	"testing"
)

// TestNewJITOptions checks that bad -X jit* values are clean errors (on a
// host with a backend: without one, the other options are not read).
func TestNewJITOptions(t *testing.T) {
	noenv := func(string) string { return "" }
	for _, tc := range []struct {
		x   map[string]string
		err string
	}{
		{map[string]string{"jit": "maybe"}, "-X jit=maybe"},
		{map[string]string{"jit-threshold": "0"}, "-X jit-threshold=0"},
		{map[string]string{"jit-functions": "yes"}, "-X jit-functions=yes: want on or off"},
		{map[string]string{"jit-log": "everything"}, "unknown kind"},
	} {
		if _, err := newJIT(tc.x, noenv); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%v: error %v, want one containing %q", tc.x, err, tc.err)
		}
	}
	for _, v := range []string{"on", "off", "1", "0"} {
		if _, err := newJIT(map[string]string{"jit-functions": v}, noenv); err != nil {
			t.Errorf("-X jit-functions=%s: %v", v, err)
		}
	}
}
