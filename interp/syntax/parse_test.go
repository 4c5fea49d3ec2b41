package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden parses testdata/golden/*.py and compares the trees with the
// dumps CPython 3.11 made of them (testdata/gengolden.py).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.py"))
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".dump")
		if err != nil {
			t.Fatal(err)
		}
		got, errClass, _ := compareDump(path, src)
		if errClass != "" {
			_, err := Parse(path, src, ModeExec, nil)
			t.Errorf("%s: %v", path, err)
			continue
		}
		if got != string(want) {
			t.Errorf("%s: %s", path, firstDiff(got, string(want)))
		}
	}
}

// TestGolden312 checks Python 3.12 syntax that CPython 3.11 (the oracle on
// this machine) rejects or positions differently: type parameters, type
// aliases, PEP 701 f-strings, positions inside f-strings. The expected
// dumps were checked by hand against the 3.12 grammar and its position
// rules; they are not CPython output.
func TestGolden312(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden312.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, chunk := range strings.Split(string(data), "\n### ")[1:] {
		src, want, _ := strings.Cut(chunk, "\n---\n")
		mod, err := Parse("<golden312>", []byte(src+"\n"), ModeExec, nil)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got := Dump(mod, DumpOptions{IncludeAttributes: true})
		if got != strings.TrimSpace(want) {
			t.Errorf("%q:\n got %s\nwant %s", src, got, strings.TrimSpace(want))
		}
	}
}

func TestModes(t *testing.T) {
	tests := []struct {
		src  string
		mode Mode
		want string
	}{
		{"1 + 2", ModeEval, "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
		{"x = 1\n", ModeSingle, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
		{"(int, *str) -> None", ModeFuncType, "FunctionType(argtypes=[Name(id='int', ctx=Load()), Starred(value=Name(id='str', ctx=Load()), ctx=Load())], returns=Constant(value=None))"},
	}
	for _, tt := range tests {
		mod, err := Parse("<test>", []byte(tt.src), tt.mode, nil)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := Dump(mod, DumpOptions{}); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestIncomplete checks how single mode with AllowIncomplete tells input
// that needs more lines (as CPython's codeop does) from errors.
func TestIncomplete(t *testing.T) {
	tests := []struct {
		src        string
		incomplete bool
		err        bool
	}{
		{"x = 1", false, false},
		{"(1,", true, true},
		{"if x:", true, true},
		{"if x:\n  pass", true, true},
		{"if x:\n  pass\n", false, false},
		{"\"\"\"abc", true, true},
		{"@d", true, true},
		{"x = = 1", false, true},
		{"def f():\n  return 1\n", false, false},
		{"x = [1,\n 2", true, true},
		{"1 +", false, true},
	}
	for _, tt := range tests {
		_, err := Parse("<input>", []byte(tt.src), ModeSingle|AllowIncomplete, nil)
		if (err != nil) != tt.err || IsIncomplete(err) != tt.incomplete {
			t.Errorf("%q: err %v, incomplete %v; want error %v, incomplete %v", tt.src, err, IsIncomplete(err), tt.err, tt.incomplete)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 100000),
		strings.Repeat("-", 100000) + "1",
		strings.Repeat("not ", 100000) + "x",
		strings.Repeat("[", 150) + strings.Repeat("]", 150),
		"x = " + strings.Repeat("a.", 50000) + "b",
		strings.Repeat("if x:\n", 50) + "pass",
		"x = " + strings.Repeat("f(", 150) + strings.Repeat(")", 150),
		"x = " + strings.Repeat("lambda: ", 10000) + "1",
		"x = " + strings.Repeat("1 if 2 else ", 10000) + "1",
	} {
		_, err := Parse("<deep>", []byte(src), ModeExec, nil)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Errorf("%.20q...: error %T", src, err)
			}
		}
	}
}

func TestFloatRepr(t *testing.T) {
	tests := []struct {
		c    Const
		want string
	}{
		{1.5, "1.5"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"},
		{0.0001, "0.0001"}, {0.1, "0.1"}, {100.0, "100.0"}, {1.5e-7, "1.5e-07"},
		{1.7976931348623157e308, "1.7976931348623157e+308"}, {5e-324, "5e-324"},
		{complex(0, 1), "1j"}, {complex(0, 1.5), "1.5j"}, {complex(0, 0), "0j"},
		{complex(1, 2), "(1+2j)"}, {complex(1, -2), "(1-2j)"}, {complex(0, 1e16), "1e+16j"},
	}
	for _, tt := range tests {
		if got := ConstRepr(tt.c); got != tt.want {
			t.Errorf("ConstRepr(%v) = %s, want %s", tt.c, got, tt.want)
		}
	}
}
