package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, src   string
		quick, full string
		wantErr     string
	}{
		{"ints", "# bench: quick=100 full=200000\nimport sys\n", "100", "200000", ""},
		{"after other comments", "#!/usr/bin/env python3\n# hello\n# bench: full=large quick=small\n", "small", "large", ""},
		{"spaces", "  #   bench:   quick=1   full=2  \n", "", "", `no "# bench`},
		{"missing full", "# bench: quick=1\n", "", "", "needs both"},
		{"unknown key", "# bench: quick=1 full=2 fast=3\n", "", "", "unknown key"},
		{"empty value", "# bench: quick= full=2\n", "", "", "bad field"},
		{"after code", "import sys\n# bench: quick=1 full=2\n", "", "", `no "# bench`},
		{"none", "", "", "", `no "# bench`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quick, full, err := parseHeader(strings.NewReader(tt.src))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || quick != tt.quick || full != tt.full {
				t.Fatalf("got %q, %q, %v; want %q, %q", quick, full, err, tt.quick, tt.full)
			}
		})
	}
}

// TestSuite checks the checked-in suite: every program has a header with
// distinct sizes, and every native twin has a Python program.
func TestSuite(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	programs, err := loadSuite(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(programs) < 25 {
		t.Errorf("suite has %d programs, want at least 25", len(programs))
	}
	names := map[string]bool{}
	for _, p := range programs {
		names[p.Name] = true
		if p.Quick == p.Full {
			t.Errorf("%s: quick and full sizes are both %q", p.Name, p.Quick)
		}
	}
	natives, err := filepath.Glob(filepath.Join(root, "bench", "native", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range natives {
		if !names[filepath.Base(dir)] {
			t.Errorf("native twin %s has no program %s.py", dir, filepath.Base(dir))
		}
		if _, err := os.Stat(filepath.Join(dir, "main.go")); err != nil {
			t.Errorf("native twin %s: %v", dir, err)
		}
	}
}
