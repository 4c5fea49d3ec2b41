package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestRunOnce(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run children with:", err)
	}
	s := runOnce([]string{"sh", "-c", `echo "seed=$PYTHONHASHSEED"`}, 10*time.Second)
	if s.status != statusOK || string(s.output) != "seed=0\n" || s.wall <= 0 {
		t.Errorf("ok run = %+v", s)
	}
	s = runOnce([]string{"sh", "-c", "echo partial; echo 'Traceback...' >&2; echo 'ValueError: boom' >&2; exit 3"}, 10*time.Second)
	if s.status != statusFail || !strings.Contains(s.detail, "exit status 3: ValueError: boom") {
		t.Errorf("failing run = %+v", s)
	}
	s = runOnce([]string{"sh", "-c", "sleep 5"}, 100*time.Millisecond)
	if s.status != statusTimeout || s.wall > 3 {
		t.Errorf("timed-out run = %+v", s)
	}
	s = runOnce([]string{"/nonexistent/python"}, time.Second)
	if s.status != statusFail {
		t.Errorf("missing binary = %+v", s)
	}
}

func TestDiffLine(t *testing.T) {
	tests := []struct{ got, want, diff string }{
		{"a\nb\n", "a\nc\n", `line 2: got "b", want "c"`},
		{"a\n", "a\nb\n", `line 2: got "", want "b"`},
		{"a\nb\n", "a\n", `line 2: got "b", want ""`},
	}
	for _, tt := range tests {
		if got := diffLine([]byte(tt.got), []byte(tt.want)); got != tt.diff {
			t.Errorf("diffLine(%q, %q) = %s, want %s", tt.got, tt.want, got, tt.diff)
		}
	}
}

func TestTailBuffer(t *testing.T) {
	tb := &tailBuffer{limit: 5}
	tb.Write([]byte("abc"))
	tb.Write([]byte("defg"))
	if tb.String() != "cdefg" {
		t.Errorf("tail = %q, want %q", tb.String(), "cdefg")
	}
}
