package jit_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/adderpy/adder/jit"
)

// TestCallBoundTreeRetired: a loop whose root trace pays for its one
// helper call, but whose hot path then runs through a bridge of helper
// calls (dict probes of fresh strs exit; the bridge calls dict.get and
// setitem), is retired during its first long run, and the program's
// output is the interpreter's.
func TestCallBoundTreeRetired(t *testing.T) {
	const src = `
seq = "ACGT" * 20000
def count(seq, k):
    counts = {}
    for i in range(len(seq) - k + 1):
        kmer = seq[i:i + k]
        counts[kmer] = counts.get(kmer, 0) + 1
    return counts
print(sorted(count(seq, 1).items()))
print(sorted(count(seq, 2).items()))
`
	var log bytes.Buffer
	got, _ := runPy(t, src, &jit.Options{Threshold: 50, Log: &log, LogIR: true})
	want := "[('A', 20000), ('C', 20000), ('G', 20000), ('T', 20000)]\n" +
		"[('AC', 20000), ('CG', 20000), ('GT', 20000), ('TA', 19999)]\n"
	if got != want {
		t.Fatalf("output %q, want %q", got, want)
	}
	if !strings.Contains(log.String(), "retired") {
		t.Errorf("the tree was not retired:\n%s", log.String())
	}
}
