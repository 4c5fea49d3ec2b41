// This file tests the runner's own pieces: rendering, xfail parsing, diffs.

package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		res  result
		want string
	}{
		{result{stdout: "hi\n"}, "-- stdout --\nhi\n"},
		{result{}, "-- stdout --\n"},
		{result{stdout: "a", stderr: "e\n", exit: 3},
			"-- stdout (no final newline) --\na\n-- stderr --\ne\n-- exit status 3 --\n"},
		{result{stderr: "x", signal: "interrupt"},
			"-- stdout --\n-- stderr (no final newline) --\nx\n-- killed by signal: interrupt --\n"},
	}
	for _, tt := range tests {
		if got := render(tt.res); got != tt.want {
			t.Errorf("render(%+v) = %q, want %q", tt.res, got, tt.want)
		}
	}
}

func TestReadXfail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "xfail.txt")
	text := "# header comment\n\nlang/a.py  # slow path\nlang/b.py jit-eager jit-default\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	list, err := readXfail(path)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		script, mode string
		known        bool
		reason       string
	}{
		{"lang/a.py", "jit-off", true, "slow path"},
		{"lang/a.py", "jit-eager", true, "slow path"},
		{"lang/b.py", "jit-off", false, ""},
		{"lang/b.py", "jit-eager", true, "no reason given"},
		{"lang/c.py", "jit-off", false, ""},
	}
	for _, c := range checks {
		known, reason := list.covers(c.script, c.mode)
		if known != c.known || reason != c.reason {
			t.Errorf("covers(%s, %s) = %v, %q; want %v, %q", c.script, c.mode, known, reason, c.known, c.reason)
		}
	}

	for _, bad := range []string{"lang/a.py jit-fast\n", "lang/a.py\nlang/a.py\n"} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readXfail(path); err == nil {
			t.Errorf("readXfail accepted %q", bad)
		}
	}
	if list, err := readXfail(filepath.Join(t.TempDir(), "missing.txt")); err != nil || len(list) != 0 {
		t.Errorf("missing file: got %v, %v; want empty list", list, err)
	}
}

func TestWriteXfailRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "xfail.txt")
	failing := map[string][]string{
		"b.py": {"jit-eager"},
		"a.py": {"jit-off", "jit-default", "jit-eager"},
	}
	if err := writeXfailFile(path, failing); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(data), "a.py\nb.py jit-eager\n") {
		t.Errorf("wrote %q", data)
	}
	list, err := readXfail(path)
	if err != nil {
		t.Fatal(err)
	}
	if known, _ := list.covers("b.py", "jit-off"); known {
		t.Error("b.py should only be a known failure in jit-eager")
	}
	if known, _ := list.covers("a.py", "jit-default"); !known {
		t.Error("a.py should be a known failure in every mode")
	}
}

func TestLineDiff(t *testing.T) {
	want := "a\nb\nc\nd\ne\nf\ng\nh\n"
	got := "a\nb\nc\nd\nE\nf\ng\nh\ni"
	diff := lineDiff(want, got)
	wantDiff := "...\n  b\n  c\n  d\n- e\n+ E\n  f\n  g\n  h\n+ i (no newline)\n"
	if diff != wantDiff {
		t.Errorf("lineDiff:\n%s\nwant:\n%s", diff, wantDiff)
	}
	if d := lineDiff("same\n", "same\n"); strings.ContainsAny(d, "+-") {
		t.Errorf("identical texts gave %q", d)
	}
}

func TestFindScriptsSkipsHelpers(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"lang/a.py", "lang/_helper.py", "modules/_support/m.py", "syntax_errors/001-x.py", "lang/a.expected", "b.py"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scripts, err := findScripts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(scripts, ","); got != "b.py,lang/a.py" {
		t.Errorf("findScripts = %s, want b.py,lang/a.py", got)
	}
}
