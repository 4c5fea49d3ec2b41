package interp

import (
	"strings"
	"testing"

	"github.com/adderpy/adder/object"
)

func TestCleanDoc(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"One line.", "One line."},
		{"  Summary.\n\n    Body\n      indented\n    ", "Summary.\n\nBody\n  indented"},
		{"\n    Starts on the second line.\n    More.\n", "Starts on the second line.\nMore."},
		{"Tab\n\tindented", "Tab\nindented"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanDoc(tt.doc); got != tt.want {
			t.Errorf("cleanDoc(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestHelpText checks what help(obj) prints for the kinds of objects it
// tells apart.
func TestHelpText(t *testing.T) {
	in, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	in.InstallSite()
	g := runPython(t, in, `
__name__ = "m"

def documented():
    """Do a thing.

    At length.
    """

def bare(): pass

class Point:
    """A point."""

p = Point()
`)
	builtin, _ := in.builtins.GetStr(object.Intern("len"))
	get := func(name string) object.Value {
		v, ok := g.GetStr(object.Intern(name))
		if !ok {
			t.Fatalf("%s not defined", name)
		}
		return v
	}
	tests := []struct {
		obj  object.Value
		want string
	}{
		{get("documented"), "Help on function documented in module m:\n\ndocumented\n    Do a thing.\n\n    At length.\n\n"},
		{get("bare"), "Help on function bare in module m:\n\nbare\n    (no documentation)\n\n"},
		{get("Point"), "Help on class Point in module m:\n\nPoint\n    A point.\n\n"},
		{builtin, "Help on built-in function len in module builtins:\n\nlen\n    (no documentation)\n\n"},
	}
	th := in.main
	for _, tt := range tests {
		got, err := th.helpText(tt.obj)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("help text:\n%q\nwant\n%q", got, tt.want)
		}
	}
	got, err := th.helpText(get("p"))
	if err != nil || !strings.HasPrefix(got, "Help on Point object:\n\n<m.Point object at ") || !strings.HasSuffix(got, ">\n    A point.\n\n") {
		t.Errorf("help(instance) = %q, %v", got, err)
	}
}
