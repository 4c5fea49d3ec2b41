// This file checks that the syntax-error corpus and its expected.json agree.

package tests

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// syntaxErrorExpectation is one entry of syntax_errors/expected.json: the
// exception CPython 3.11's compile(source, file_name, "exec") raises.
// Positions are 1-based; offsets count characters; CPython leaves some unset.
type syntaxErrorExpectation struct {
	Type      string  `json:"type"`
	Msg       string  `json:"msg"`
	Lineno    *int    `json:"lineno"`
	Offset    *int    `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
}

// TestSyntaxErrorCorpus checks that every snippet in syntax_errors has an
// expectation and every expectation a snippet (regenerate with gen.py).
func TestSyntaxErrorCorpus(t *testing.T) {
	dir := "syntax_errors"
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var expected map[string]syntaxErrorExpectation
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatalf("expected.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "[0-9]*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		name := filepath.Base(f)
		names = append(names, name)
		e, ok := expected[name]
		if !ok {
			t.Errorf("%s has no entry in expected.json (run python3 gen.py in %s)", name, dir)
			continue
		}
		if !strings.HasSuffix(e.Type, "Error") || e.Msg == "" {
			t.Errorf("%s: implausible expectation %+v", name, e)
		}
	}
	for name := range expected {
		if !slices.Contains(names, name) {
			t.Errorf("expected.json lists %s, which does not exist", name)
		}
	}
}
