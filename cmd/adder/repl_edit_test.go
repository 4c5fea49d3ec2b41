package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/adderpy/adder/interp"
)

// TestLineEditorKeys feeds key sequences to the editor and checks the line
// it accepts.
func TestLineEditorKeys(t *testing.T) {
	const (
		left  = "\x1b[D"
		right = "\x1b[C"
		home  = "\x1b[H"
		end   = "\x1b[F"
		del   = "\x1b[3~"
	)
	tests := []struct {
		name, keys, want string
	}{
		{"plain", "x = 1\r", "x = 1"},
		{"newline key", "x\n", "x"},
		{"left and insert", "abc" + left + left + "X\r", "aXbc"},
		{"home and end", "bc" + home + "a" + end + "d\r", "abcd"},
		{"ss3 home", "bc\x1bOHa\r", "abc"},
		{"tilde home and end", "bc\x1b[1~a\x1b[4~d\r", "abcd"},
		{"ctrl-a ctrl-e", "abc" + left + left + "X\x01Y\x05Z\r", "YaXbcZ"},
		{"ctrl-b ctrl-f", "ac\x02b\x06d\r", "abcd"},
		{"right at end", "ab" + right + right + "c\r", "abc"},
		{"left at start", left + left + "ab\r", "ab"},
		{"backspace", "abx\x7fc\r", "abc"},
		{"ctrl-h", "abx\x08c\r", "abc"},
		{"backspace at start", "\x7f\x7fa\r", "a"},
		{"delete", "abxc" + left + left + del + "\r", "abc"},
		{"ctrl-d deletes", "abxc" + left + left + "\x04\r", "abc"},
		{"ctrl-k", "abcdef" + left + left + left + "\x0b\r", "abc"},
		{"ctrl-u", "xyzabc" + left + left + left + "\x15\r", "abc"},
		{"ctrl-w", "print(a, bcd\x17\r", "print(a, "},
		{"ctrl-w blanks", "one two   \x17\r", "one "},
		{"alt-backspace", "one two\x1b\x7f\r", "one "},
		{"alt-b alt-f", "one two\x1bb\x1bbX\x1bfY\r", "XoneY two"},
		{"ctrl-arrows", "one two\x1b[1;5DX\x1b[1;5CY\r", "one XtwoY"},
		{"tab", "if x:\r", "if x:"},
		{"tab inserts spaces", "\tx\r", "    x"},
		{"utf-8", "é€😀\r", "é€😀"},
		{"unknown escape ignored", "a\x1b[15~b\x1bxc\r", "abc"},
		{"ctrl-l keeps the line", "ab\x0cc\r", "abc"},
		{"other control ignored", "a\x07\x1ab\r", "ab"},
		{"eof after text accepts", "abc", "abc"},
	}
	for _, tt := range tests {
		e := &lineEditor{}
		var out bytes.Buffer
		got, err := e.edit(strings.NewReader(tt.keys), &out, ">>> ", 80)
		if err != nil || got != tt.want {
			t.Errorf("%s: edit(%q) = %q, %v; want %q", tt.name, tt.keys, got, err, tt.want)
		}
	}
}

func TestLineEditorEnds(t *testing.T) {
	tests := []struct {
		keys    string
		wantErr error
	}{
		{"\x04", io.EOF},
		{"", io.EOF},
		{"abc\x03", interp.ErrInterrupted},
		{"\x03", interp.ErrInterrupted},
	}
	for _, tt := range tests {
		e := &lineEditor{}
		got, err := e.edit(strings.NewReader(tt.keys), io.Discard, ">>> ", 80)
		if got != "" || err != tt.wantErr {
			t.Errorf("edit(%q) = %q, %v; want %v", tt.keys, got, err, tt.wantErr)
		}
	}
}

// TestLineEditorHistory checks that up and down walk the lines accepted
// before, keeping the line being typed.
func TestLineEditorHistory(t *testing.T) {
	const up, down = "\x1b[A", "\x1b[B"
	e := &lineEditor{}
	steps := []struct{ keys, want string }{
		{"a = 1\r", "a = 1"},
		{"b = 2\r", "b = 2"},
		{"   \r", "   "},                // blank lines are not remembered
		{"b = 2\r", "b = 2"},            // nor repeats
		{up + up + up + "\r", "a = 1"},  // no further than the first
		{"x" + up + down + "y\r", "xy"}, // back to the new line as typed
		{"\x10\x10\x10\x0e\r", "a = 1"}, // ctrl-p three times, ctrl-n
		{up + "0\r", "a = 10"},          // a recalled line can be edited
	}
	for _, s := range steps {
		got, err := e.edit(strings.NewReader(s.keys), io.Discard, ">>> ", 80)
		if err != nil || got != s.want {
			t.Errorf("edit(%q) = %q, %v; want %q", s.keys, got, err, s.want)
		}
	}
	want := []string{"a = 1", "b = 2", "a = 1", "xy", "a = 1", "a = 10"}
	if strings.Join(e.history, "|") != strings.Join(want, "|") {
		t.Errorf("history %q, want %q", e.history, want)
	}
}

// TestLineEditorDisplay checks what the editor draws: typed text at the
// end is echoed as is, other edits redraw the line, and a line wider than
// the terminal scrolls to keep the cursor in view.
func TestLineEditorDisplay(t *testing.T) {
	tests := []struct {
		keys string
		cols int
		want string
	}{
		{"ab\r", 80, ">>> ab\r\n"},
		{"ab\x1b[DX\r", 80, ">>> ab\r>>> ab\x1b[K\r\x1b[5C\r>>> aXb\x1b[K\r\x1b[6C\r>>> aXb\x1b[K\r\x1b[7C\r\n"},
		{"abcdefgh", 10, ">>> abcde\r>>> bcdef\x1b[K\r\x1b[9C\r>>> cdefg\x1b[K\r\x1b[9C\r>>> defgh\x1b[K\r\x1b[9C\r\n"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		e := &lineEditor{}
		e.edit(strings.NewReader(tt.keys), &out, ">>> ", tt.cols)
		if out.String() != tt.want {
			t.Errorf("edit(%q) drew %q, want %q", tt.keys, out.String(), tt.want)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		prompt string
		want   int
	}{
		{">>> ", 4},
		{"", 0},
		{"é> ", 3},
		{"\x1b[31m>>>\x1b[0m ", 4}, // colours take no columns
	}
	for _, tt := range tests {
		if got := displayWidth(tt.prompt); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.prompt, got, tt.want)
		}
	}
}
