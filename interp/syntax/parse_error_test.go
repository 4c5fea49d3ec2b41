package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// wantError is a SyntaxError as CPython reports it (the fields of
// tests/syntax_errors/expected.json and testdata/errors.json).
type wantError struct {
	Type      string  `json:"type"`
	Msg       string  `json:"msg"`
	Lineno    int     `json:"lineno"`
	Offset    int     `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
}

// compilerMessages are errors CPython raises after parsing (symbol table,
// compiler), which Parse rightly does not report.
var compilerMessages = map[string]bool{
	"'return' outside function":                                      true,
	"'yield' outside function":                                       true,
	"'await' outside function":                                       true,
	"'break' outside loop":                                           true,
	"'continue' not properly in loop":                                true,
	"nonlocal declaration not allowed at module level":               true,
	"'yield from' inside async function":                             true,
	"'await' outside async function":                                 true,
	"asynchronous comprehension outside of an asynchronous function": true,
	"starred assignment target must be in a list or tuple":           true,
	"multiple starred expressions in assignment":                     true,
	"can't use starred expression here":                              true,
	"'return' with value in async generator":                         true,
	"default 'except:' must be last":                                 true,
}

// compilerMessage reports whether msg comes from CPython's compiler or
// symbol table rather than its parser.
func compilerMessage(msg string) bool {
	if compilerMessages[msg] {
		return true
	}
	for _, prefix := range []string{"duplicate argument", "name '", "no binding for nonlocal",
		"'async with' outside", "'async for' outside", "keyword argument repeated",
		"'break', 'continue' and 'return' cannot appear in an except* block",
		"multiple starred names in sequence pattern", "name capture", "wildcard makes remaining",
		"alternative patterns bind different names", "multiple assignments to name",
		"mapping pattern checks duplicate key", "attribute name repeated in class pattern",
		"annotated name", "from __future__ imports must occur", "future feature", "not a chance",
		"too many expressions in star-unpacking", "import * only allowed", "'yield' inside",
		"'await' inside", "assignment expression cannot", "comprehension inner loop cannot"} {
		if len(msg) >= len(prefix) && msg[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// errorDiff compares the error of parsing src with want; "" means equal.
func errorDiff(name string, src []byte, want wantError) string {
	_, err := Parse(name, src, ModeExec, nil)
	if err == nil {
		return "no error"
	}
	e := err.(*Error)
	got := fmt.Sprintf("%s %q %d:%d-%d:%d", e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
	endLine, endOff := 0, 0
	if want.EndLineno != nil {
		endLine = *want.EndLineno
	}
	if want.EndOffset != nil {
		endOff = *want.EndOffset
	}
	w := fmt.Sprintf("%s %q %d:%d-%d:%d", want.Type, want.Msg, want.Lineno, want.Offset, endLine, endOff)
	if got != w {
		return "got " + got + ", want " + w
	}
	if want.Text != nil && *want.Text != e.Text {
		return fmt.Sprintf("text %q, want %q", e.Text, *want.Text)
	}
	return ""
}

// checkErrorCorpus parses each snippet of dir listed in the JSON file
// expected and returns the number that match CPython exactly, the number of
// compiler-phase errors skipped, and the total.
func checkErrorCorpus(t *testing.T, dir, expected string) (match, compiler, total int) {
	data, err := os.ReadFile(expected)
	if err != nil {
		t.Skip("no corpus:", err)
	}
	var want map[string]wantError
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		total++
		w := want[name]
		diff := errorDiff(name, src, w)
		switch {
		case diff == "":
			match++
		case diff == "no error" && compilerMessage(w.Msg):
			compiler++
		default:
			t.Logf("%s: %s", name, diff)
		}
	}
	return match, compiler, total
}

// TestSyntaxErrorCorpus checks the project's syntax-error corpus
// (tests/syntax_errors), whose expectations come from CPython 3.11.
func TestSyntaxErrorCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "tests", "syntax_errors")
	match, compiler, total := checkErrorCorpus(t, dir, filepath.Join(dir, "expected.json"))
	parserErrors := total - compiler
	pct := 100 * float64(match) / float64(parserErrors)
	t.Logf("syntax-error corpus: %d snippets, %d compiler errors (not the parser's), %d/%d parser errors match CPython (%.1f%%)",
		total, compiler, match, parserErrors, pct)
	if pct < 90 {
		t.Errorf("only %.1f%% of the parser errors match CPython (want >= 90%%)", pct)
	}
}

// TestSyntaxErrors checks the parser's own error snippets
// (testdata/errors/*.py, expectations from CPython 3.11 in
// testdata/errors.json). Every one must match.
func TestSyntaxErrors(t *testing.T) {
	match, compiler, total := checkErrorCorpus(t, filepath.Join("testdata", "errors"), filepath.Join("testdata", "errors.json"))
	if match+compiler != total {
		t.Errorf("%d of %d error snippets differ from CPython", total-match-compiler, total)
	}
}
