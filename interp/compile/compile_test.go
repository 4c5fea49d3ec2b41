package compile

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

var update = flag.Bool("update", false, "rewrite golden files")

// codes returns code and every code object nested in its constants.
func codes(code *Code) []*Code {
	out := []*Code{code}
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			out = append(out, codes(sub)...)
		}
	}
	return out
}

// TestCorpus compiles every snippet that CPython compiles, checks the
// result with Verify, round-trips it through Marshal, and disassembles it.
func TestCorpus(t *testing.T) {
	for _, tc := range loadCases(t) {
		if tc.Error != nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			code, err := Compile(tc.module(t), "<test>", Options{Source: []byte(tc.Source)})
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			if err := Verify(code); err != nil {
				t.Fatalf("Verify: %v", err)
			}
			data := Marshal(code)
			back, err := Unmarshal(data)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if !reflect.DeepEqual(code, back) {
				t.Errorf("Marshal round trip changed the code")
			}
			var b bytes.Buffer
			Disassemble(&b, code)
			golden := filepath.Join("testdata", "dis", tc.Name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("missing golden file (run go test -update): %v", err)
			}
			if b.String() != string(want) {
				t.Errorf("disassembly differs from %s:\n%s", golden, b.String())
			}
		})
	}
}

// TestCompileErrors checks SyntaxErrors raised by the symbol table and the
// code generator against CPython's compile().
func TestCompileErrors(t *testing.T) {
	for _, tc := range loadCases(t) {
		if tc.Error == nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			_, err := Compile(tc.module(t), "<test>", Options{Source: []byte(tc.Source)})
			var se *syntax.Error
			if !errors.As(err, &se) {
				t.Fatalf("Compile error = %v, want SyntaxError %q", err, tc.Error.Msg)
			}
			want := tc.Error
			got := fmt.Sprintf("%s @%d:%d", se.Msg, se.Lineno, se.Offset)
			exp := fmt.Sprintf("%s @%d:%d", want.Msg, want.Lineno, want.Offset)
			if got != exp {
				t.Errorf("got  %s\nwant %s", got, exp)
			}
		})
	}
}

// symtableDump formats scopes as testdata/gen.py formats CPython's.
func symtableDump(s *Scope, out []string) []string {
	kind := map[ScopeKind]string{ModuleScope: "module", ClassScope: "class", FunctionScope: "function", AnnotationScope: "annotation"}[s.Kind]
	name := strings.TrimSuffix(strings.TrimPrefix(s.Name, "<"), ">")
	if s.Kind == ModuleScope {
		name = "top"
	}
	var names []string
	for n := range s.Symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	var syms []string
	for _, n := range names {
		syms = append(syms, fmt.Sprintf("%s=%d", n, s.Symbols[n].Binding))
	}
	out = append(out, fmt.Sprintf("%s %s: %s", kind, name, strings.Join(syms, " ")))
	for _, c := range s.Children {
		out = symtableDump(c, out)
	}
	return out
}

// TestSymtable compares the bindings of every name in every scope with
// CPython's symtable module.
func TestSymtable(t *testing.T) {
	for _, tc := range loadCases(t) {
		if tc.Error != nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			st, err := BuildSymbolTable(tc.module(t), "<test>")
			if err != nil {
				t.Fatal(err)
			}
			got := symtableDump(st.Top, nil)
			if strings.Join(got, "\n") != strings.Join(tc.Symtable, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.Symtable, "\n"))
			}
		})
	}
}

// positionDump formats the positions of the instructions whose positions
// tracebacks show, as testdata/gen.py formats CPython's.
func positionDump(code *Code, out []string) []string {
	var items []string
	for i, in := range code.Code {
		name := in.Op().String()
		switch in.Op() {
		case CALL_KW, CALL_FUNCTION_EX:
			name = "CALL"
		case BINARY_SLICE: // 3.11's BUILD_SLICE + BINARY_SUBSCR
			name = "BINARY_SUBSCR"
		case STORE_SLICE:
			name = "STORE_SUBSCR"
		case BINARY_OP, BINARY_SUBSCR, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM, CALL, COMPARE_OP, STORE_SUBSCR, RAISE_VARARGS:
		default:
			continue
		}
		p := code.Positions[i]
		items = append(items, fmt.Sprintf("%s %d,%d,%d,%d", name, p.Line, p.EndLine, p.Col, p.EndCol))
	}
	out = append(out, fmt.Sprintf("%s:%d: %s", code.QualName, code.FirstLineno, strings.Join(items, " ")))
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			out = positionDump(sub, out)
		}
	}
	return out
}

// TestPositions compares the source positions of the instructions that
// tracebacks point at with CPython 3.11's co_positions.
func TestPositions(t *testing.T) {
	for _, tc := range loadCases(t) {
		if tc.Error != nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			code, err := Compile(tc.module(t), "<test>", Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := positionDump(code, nil)
			for i := range max(len(got), len(tc.Positions)) {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(tc.Positions) {
					w = tc.Positions[i]
				}
				if g != w {
					t.Errorf("got  %s\nwant %s", g, w)
				}
			}
		})
	}
}
