package regex

import "testing"

// TestFailedRunUnsetsCaptures checks the invariant that lets a search
// clear the captures once rather than at every start: a run that fails
// leaves every capture unset, whatever groups, loops, lookarounds,
// atomic groups and backreferences set on the way.
func TestFailedRunUnsetsCaptures(t *testing.T) {
	patterns := []string{
		`(a)(b)?c`, `(?=(\w+))\1x`, `(?!(a)b)(a)c`, `(?>(a+))ab`, `(a)++b`, `((a)|(b))*c`,
		`(?<=(a))(b)d`, `(a)?(?(1)b|c)d`, `(\w+) \1\b`, `(a|ab)(c|bcd)(e)`, `(?:(a)|b){2,3}z`,
	}
	subject := "aab abc aabab abcab ab aa bb bab abab acab"
	for _, p := range patterns {
		re, err := Compile([]rune(p), 0, false)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		m := newMachine(re)
		s := []byte(subject)
		for start := 0; start <= len(s); start++ {
			for i := range m.caps {
				m.caps[i] = -1
			}
			if run(m, s, start, len(s), ModeMatch, false) {
				continue
			}
			for i, c := range m.caps {
				if c != -1 {
					t.Errorf("%s at %d: capture slot %d is %d after a failed run", p, start, i, c)
				}
			}
		}
	}
}
