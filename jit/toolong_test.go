//go:build amd64 && linux

package jit_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestTooLongUninlines checks the rule for a loop whose trace is too long
// through the calls it inlines: the largest callee is not inlined any
// more, and the loop is traced with a helper call of it.
func TestTooLongUninlines(t *testing.T) {
	var src strings.Builder
	src.WriteString("def small(x):\n    return x + 1\n\ndef big(x, i):\n")
	for k := range 400 {
		fmt.Fprintf(&src, "    x = (x * %d + i) %% 1000003\n", k+3)
	}
	src.WriteString("    return x\n\ndef run(n):\n    t = 0\n    for i in range(n):\n        t = big(small(t), i)\n    return t\n\nprint(run(3000))\n")
	var log bytes.Buffer
	opts := eager()
	opts.Log, opts.LogIR = &log, true
	got, j := runPy(t, src.String(), opts)
	want, _ := runPy(t, src.String(), nil)
	if got != want {
		t.Fatalf("output with the JIT:\n%s\nwithout:\n%s", got, want)
	}
	text := log.String()
	i := strings.Index(text, "---- big (test.py line 4) is not inlined any more")
	if i < 0 {
		t.Fatalf("big was not uninlined; log:\n%.3000s", text)
	}
	if !regexp.MustCompile(`---- trace \d+ run:`).MatchString(text[i:]) {
		t.Errorf("run's loop was not traced after big was uninlined; log:\n%.3000s", text[i:])
	}
	if strings.Contains(text, "small (test.py line 1) is not inlined") {
		t.Error("small was uninlined")
	}
	if n := j.Stats().Aborts["trace too long"]; n != 1 {
		t.Errorf("%d recordings too long, want 1", n)
	}
}

// TestUnrolledUninlines checks the rule for a loop whose trace unrolls
// the loops of a call it inlines too far (maxUnrolled): that function is
// not inlined any more, the loop is traced with a helper call of it,
// and a callee with a short loop stays inlined.
func TestUnrolledUninlines(t *testing.T) {
	src := `
def few(xs):
    s = 0
    for x in xs:
        s += x
    return s

def grid(n):
    s = 0
    for a in range(n):
        for b in range(n):
            s += a * b
    return s

def run(n):
    t = 0
    short = [1, 2, 3]
    for i in range(n):
        t = (t + few(short) + grid(5 + i % 3)) % 1000003
    return t

print(run(500))
`
	var log bytes.Buffer
	opts := eager()
	opts.Log, opts.LogIR = &log, true
	got, j := runPy(t, src, opts)
	want, _ := runPy(t, src, nil)
	if got != want {
		t.Fatalf("output with the JIT:\n%s\nwithout:\n%s", got, want)
	}
	text := log.String()
	i := strings.Index(text, "---- grid (test.py line 8) is not inlined any more")
	if i < 0 {
		t.Fatalf("grid was not uninlined; log:\n%.3000s", text)
	}
	if !regexp.MustCompile(`---- trace \d+ run:`).MatchString(text[i:]) {
		t.Errorf("run's loop was not traced after grid was uninlined; log:\n%.3000s", text[i:])
	}
	if strings.Contains(text, "few (test.py line 2) is not inlined") {
		t.Error("few was uninlined")
	}
	if n := j.Stats().Aborts["inlined call's loops unrolled too far"]; n != 1 {
		t.Errorf("%d recordings unrolled too far, want 1", n)
	}
}
