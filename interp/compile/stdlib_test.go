package compile

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

// stdlibSample names standard library modules compiled by TestStdlib and
// BenchmarkStdlib: a mix of classes, closures, generators, comprehensions,
// try/with, f-strings and match.
var stdlibSample = []string{
	"textwrap", "fractions", "json.decoder", "contextlib", "dataclasses", "pprint",
	"asyncio.tasks", "difflib",
}

// loadStdlib runs CPython to parse the sample (its ASTs stand in for the
// Go parser) and to compute the expected symbol tables.
func loadStdlib(tb testing.TB) []testCase {
	py, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("python3 not found: skipping the standard library differential test")
	}
	cmd := exec.Command(py, append([]string{"testdata/gen.py", "--stdlib"}, stdlibSample...)...)
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("gen.py --stdlib: %v", err)
	}
	var cases []testCase
	if err := json.Unmarshal(out, &cases); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// TestStdlib compiles a sample of the standard library, checks every code
// object with Verify and a Marshal round trip, and compares the symbol
// tables with CPython's.
func TestStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, tc := range loadStdlib(t) {
		t.Run(tc.Name, func(t *testing.T) {
			mod := tc.module(t)
			st, err := BuildSymbolTable(mod, tc.Name)
			if err != nil {
				t.Fatal(err)
			}
			if got := symtableDump(st.Top, nil); strings.Join(got, "\n") != strings.Join(tc.Symtable, "\n") {
				t.Errorf("symbol tables differ from CPython's")
			}
			code, err := Compile(mod, tc.Name, Options{Source: []byte(tc.Source)})
			if err != nil {
				t.Fatal(err)
			}
			got := positionDump(code, nil)
			if len(got) != len(tc.Positions) {
				t.Errorf("%d code objects, CPython has %d", len(got), len(tc.Positions))
			}
			for i := range min(len(got), len(tc.Positions)) {
				if got[i] != tc.Positions[i] {
					t.Errorf("positions differ from CPython's:\ngot  %s\nwant %s", got[i], tc.Positions[i])
				}
			}
			if _, err := Unmarshal(Marshal(code)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// BenchmarkStdlib compiles the sample from ASTs (parse time excluded).
func BenchmarkStdlib(b *testing.B) {
	var mods []*syntax.Module
	for _, tc := range loadStdlib(b) {
		mods = append(mods, tc.module(b))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range mods {
			if _, err := Compile(m, "<bench>", Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkStdlibWithParse parses the sample with the Go parser and
// compiles it (parse time included).
func BenchmarkStdlibWithParse(b *testing.B) {
	var srcs [][]byte
	for _, tc := range loadStdlib(b) {
		srcs = append(srcs, []byte(tc.Source))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			tree, err := syntax.Parse("<bench>", src, syntax.ModeExec, nil)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Compile(tree, "<bench>", Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
