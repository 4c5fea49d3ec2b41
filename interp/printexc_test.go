package interp

import (
	"testing"

	"github.com/adderpy/adder/interp/compile"
)

func TestClosestName(t *testing.T) {
	tests := []struct {
		name       string
		candidates []string
		want       string
	}{
		{"countr", []string{"counter", "print"}, "counter"},
		{"Counter", []string{"counter"}, "counter"},
		{"balanse", []string{"deposit", "balance"}, "balance"},
		{"x", []string{"y", "xyzzy"}, ""},
		{"appendd", []string{"append", "extend"}, "append"},
		{"abc", []string{"abc"}, ""},
	}
	for _, tt := range tests {
		if got := closestName(tt.name, tt.candidates); got != tt.want {
			t.Errorf("closestName(%q, %q) = %q, want %q", tt.name, tt.candidates, got, tt.want)
		}
	}
}

func TestMarkerLine(t *testing.T) {
	pos := func(col, endCol int32) compile.Position {
		return compile.Position{Line: 1, EndLine: 1, Col: col, EndCol: endCol}
	}
	tests := []struct {
		src  string
		pos  compile.Position
		want string
	}{
		{"    return a + b", pos(11, 16), "           ~~^~~\n"},
		{"    return (a) // b", pos(11, 19), "           ~~~~^^~~\n"},
		{"    x = grid[r][c]", pos(8, 18), "        ~~~~~~~^^^\n"},
		{"    f(x)", pos(4, 8), ""}, // the whole line
		{"    y = f(x)", pos(8, 12), "        ^^^^\n"},
		{"    y = f(x)", compile.Position{Line: 1, EndLine: 3, Col: 8, EndCol: 2}, "        ^^^^\n"},
		{"d['日本'] + 1", pos(0, 16), "    ~~~~~~~~~~^~~\n"},
	}
	for _, tt := range tests {
		got := markerLine(tt.src, tt.pos)
		if got != tt.want {
			t.Errorf("markerLine(%q, %v) = %q, want %q", tt.src, tt.pos, got, tt.want)
		}
	}
}
