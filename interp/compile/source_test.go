package compile

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/adderpy/adder/interp/syntax"
)

// TestFromSource compiles every snippet end to end from source with the Go
// parser and checks the result is identical to compiling CPython's AST of
// the same source (and that compile errors agree with CPython's).
func TestFromSource(t *testing.T) {
	for _, tc := range loadCases(t) {
		t.Run(tc.Name, func(t *testing.T) {
			src := []byte(tc.Source)
			tree, err := syntax.Parse("<test>", src, syntax.ModeExec, nil)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			code, err := Compile(tree, "<test>", Options{Source: src})
			if tc.Error != nil {
				var se *syntax.Error
				if !errors.As(err, &se) {
					t.Fatalf("Compile error = %v, want %q", err, tc.Error.Msg)
				}
				got := fmt.Sprintf("%s @%d:%d", se.Msg, se.Lineno, se.Offset)
				want := fmt.Sprintf("%s @%d:%d", tc.Error.Msg, tc.Error.Lineno, tc.Error.Offset)
				if got != want {
					t.Errorf("got  %s\nwant %s", got, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			ref, err := Compile(tc.module(t), "<test>", Options{Source: src})
			if err != nil {
				t.Fatal(err)
			}
			var got, want bytes.Buffer
			Disassemble(&got, code)
			Disassemble(&want, ref)
			if got.String() != want.String() {
				t.Errorf("code from the Go parser's AST differs from code from CPython's AST:\n%s\nwant:\n%s", got.String(), want.String())
			} else if tc.Name != "fstrings" && !bytes.Equal(Marshal(code), Marshal(ref)) {
				// (f-string fields have PEP 701 positions in the Go parser,
				// unlike CPython 3.11's AST)
				t.Errorf("positions or other fields differ between the Go parser's and CPython's AST")
			}
		})
	}
}
