package main

import (
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseFlagsDefaults(t *testing.T) {
	cfg, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.modes, defaultModes) || cfg.baseline != modePython3 ||
		cfg.repeat != 3 || cfg.quick || cfg.timeout != 2*time.Minute || cfg.filter != nil {
		t.Errorf("defaults = %+v", cfg)
	}
}

func TestParseFlags(t *testing.T) {
	cfg, err := parseFlags([]string{"--modes", "python3, go,python3,py311", "--python", "/opt/py/py311",
		"--python", "pypy", "--repeat", "5", "--quick", "--filter", "^n", "--timeout", "3s"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{modePython3, modeNative}; !slices.Equal(cfg.modes, want) {
		t.Errorf("modes = %v, want %v", cfg.modes, want)
	}
	if want := []string{"/opt/py/py311", "pypy"}; !slices.Equal(cfg.pythons, want) {
		t.Errorf("pythons = %v, want %v", cfg.pythons, want)
	}
	if cfg.repeat != 5 || !cfg.quick || cfg.timeout != 3*time.Second || !cfg.filter.MatchString("nbody") {
		t.Errorf("cfg = %+v", cfg)
	}
}

func TestParseFlagsErrors(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"--modes", "cpython"}, "unknown mode"},
		{[]string{"--repeat", "0"}, "--repeat"},
		{[]string{"--timeout", "-1s"}, "--timeout"},
		{[]string{"--filter", "("}, "--filter"},
		{[]string{"extra"}, "unexpected arguments"},
	}
	for _, tt := range tests {
		_, err := parseFlags(tt.args, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("parseFlags(%q) = %v, want an error containing %q", tt.args, err, tt.wantErr)
		}
	}
}
