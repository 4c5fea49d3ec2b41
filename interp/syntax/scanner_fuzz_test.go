package syntax

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzScan checks that any bytes scan to an end without a panic, that the
// scanner always makes progress, and that token positions stay inside the
// source and in order.
func FuzzScan(f *testing.F) {
	for _, c := range tokenCases {
		f.Add([]byte(c.src))
	}
	for _, c := range errorCases {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// A hang would stall the fuzzer without a report: crash instead,
		// naming the input.
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("scanner hangs on %q", src))
			}
		}()
		s := NewScanner("fuzz.py", src, func(Warning) {})
		// Each byte yields a bounded number of tokens; DEDENTs are bounded
		// by the INDENTs before them.
		limit := 4*len(src) + 8
		var prev Position
		for n := 0; ; n++ {
			if n > limit {
				t.Fatalf("no progress: more than %d tokens from %d bytes", limit, len(src))
			}
			tok := s.Next()
			if tok.Kind == ILLEGAL {
				e := s.Err()
				if e == nil || e.Msg == "" {
					t.Fatalf("ILLEGAL without an error")
				}
				if again := s.Next(); again.Kind != ILLEGAL {
					t.Fatalf("Next after an error returned %v", again.Kind)
				}
				return
			}
			if tok.Kind == EOF {
				if again := s.Next(); again.Kind != EOF {
					t.Fatalf("Next after EOF returned %v", again.Kind)
				}
				return
			}
			checkToken(t, s, tok, prev)
			prev = tok.Start
			switch tok.Kind {
			case STRING:
				DecodeString(tok, nil, "fuzz.py")
			case NUMBER:
				if _, err := ParseNumber(tok); err != nil && !strings.HasPrefix(err.Msg, "Exceeds the limit") {
					t.Fatalf("ParseNumber(%q): %v", tok.Text, err)
				}
			case FSTRING_MIDDLE:
				DecodeFStringMiddle(tok, false, nil, "fuzz.py")
			}
		}
	})
}

// checkToken checks that tok lies within the source, after prev, and that
// its text is the source between its positions.
func checkToken(t *testing.T, s *Scanner, tok Token, prev Position) {
	src := s.Source()
	for _, p := range []Position{tok.Start, tok.End} {
		if p.Line < 1 || p.Col < 0 || s.Offset(p) > len(src) || p.Col > len(s.Line(p.Line)) {
			t.Fatalf("%v %q: position %+v outside the source", tok.Kind, tok.Text, p)
		}
	}
	start, end := s.Offset(tok.Start), s.Offset(tok.End)
	if start > end || tok.Start.Line < prev.Line || tok.Start.Line == prev.Line && tok.Start.Col < prev.Col {
		t.Fatalf("%v %q: positions %+v-%+v out of order (previous token at %+v)", tok.Kind, tok.Text, tok.Start, tok.End, prev)
	}
	if tok.Kind != INDENT && tok.Kind != DEDENT && tok.Text != "" && src[start:end] != tok.Text {
		t.Fatalf("%v: text %q, source between its positions %q", tok.Kind, tok.Text, src[start:end])
	}
	if !utf8.ValidString(tok.Text) {
		t.Fatalf("%v: text %q is not UTF-8", tok.Kind, tok.Text)
	}
}
