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
