// Package regex is Adder's regular-expression engine: Python's re syntax and
// matching semantics (as CPython 3.11's sre) on plain Go types.
//
// In: a pattern as code points ([]rune; a bytes pattern gives one rune per
// byte) and Python's flag bits. Compile parses it (errors carry CPython's
// messages and positions), checks it and turns it into a program for a
// backtracking machine. Out: a *Regexp that matches a Subject (the code
// points of a str, or the bytes of a bytes object) between two positions
// and fills the start and end of every group, in code points.
//
// Matching explores alternatives in the order Perl and CPython do (greedy
// quantifiers longest first, lazy ones shortest first, alternatives left to
// right) with an explicit stack, so deep patterns do not grow the Go stack.
// A loop whose body matched the empty string does not iterate again, which
// keeps patterns such as (a*)* finite. Like CPython, the engine can take
// exponential time on patterns such as (a*)*b over long runs of a: there is
// no step limit.
//
// Invariants: a Regexp is immutable after Compile and safe for concurrent
// use; positions handed to and returned from the engine are code-point
// offsets into the subject, with -1 for a group that did not take part.
package regex

import (
	"fmt"
	"sync"
)

// Flags are Python's re flag bits (the values of re.IGNORECASE ...).
type Flags uint32

// The flags, with CPython's values.
const (
	FlagTemplate   Flags = 1
	FlagIgnoreCase Flags = 2
	FlagLocale     Flags = 4
	FlagMultiline  Flags = 8
	FlagDotAll     Flags = 16
	FlagUnicode    Flags = 32
	FlagVerbose    Flags = 64
	FlagDebug      Flags = 128
	FlagASCII      Flags = 256
)

// MaxRepeat is the largest repeat count plus one (CPython's MAXREPEAT): a
// bound of MaxRepeat means "no upper bound".
const MaxRepeat = 1<<32 - 1

// ErrorKind says which Python exception an Error stands for.
type ErrorKind uint8

// The error kinds.
const (
	SyntaxError   ErrorKind = iota // re.error
	ValueError                     // ValueError (incompatible flags)
	OverflowError                  // OverflowError (repeat count too large)
	IndexError                     // IndexError (unknown group name in a template)
)

// Error is a bad pattern or template. Pos is the code-point offset the
// message refers to, or -1.
type Error struct {
	Kind ErrorKind
	Msg  string
	Pos  int
}

func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// Regexp is a compiled pattern.
type Regexp struct {
	// Flags are the pattern's flags: those given to Compile, those set by
	// global inline flags such as (?i), and FlagUnicode for a str pattern
	// without FlagASCII.
	Flags Flags
	// NumGroups is the number of capturing groups.
	NumGroups int
	// GroupNames lists the named groups in the order of their numbers.
	GroupNames []GroupName
	// IsBytes is set for a bytes pattern.
	IsBytes bool

	prog  []inst
	nregs int
	start startInfo
	pool  sync.Pool // *machine
}

// GroupName is a named group and its number.
type GroupName struct {
	Name  string
	Index int
}

// Compile parses and compiles pattern. isBytes says whether it came from a
// bytes object (each rune then is a byte).
func Compile(pattern []rune, flags Flags, isBytes bool) (*Regexp, error) {
	tree, st, err := parse(pattern, flags, isBytes)
	if err != nil {
		return nil, err
	}
	re := &Regexp{Flags: st.flags, NumGroups: st.groups - 1, IsBytes: isBytes}
	for _, name := range st.names {
		re.GroupNames = append(re.GroupNames, GroupName{name, st.groupIndex[name]})
	}
	if err := re.compile(tree, st); err != nil {
		return nil, err
	}
	return re, nil
}

// GroupIndex returns the number of the group called name.
func (re *Regexp) GroupIndex(name string) (int, bool) {
	for _, g := range re.GroupNames {
		if g.Name == name {
			return g.Index, true
		}
	}
	return 0, false
}

// Subject is the text a Regexp runs on: bytes (a bytes object, or an ASCII
// str) or the code points of a str.
type Subject struct {
	bytes []byte
	runes []rune
	wide  bool
}

// BytesSubject returns the subject b (one position per byte).
func BytesSubject(b []byte) Subject { return Subject{bytes: b} }

// RunesSubject returns the subject r (one position per code point).
func RunesSubject(r []rune) Subject { return Subject{runes: r, wide: true} }

// Len returns the number of positions of s.
func (s Subject) Len() int {
	if s.wide {
		return len(s.runes)
	}
	return len(s.bytes)
}

// At returns the character at position i.
func (s Subject) At(i int) rune {
	if s.wide {
		return s.runes[i]
	}
	return rune(s.bytes[i])
}

// Mode says how Exec looks for a match.
type Mode uint8

// The modes.
const (
	ModeSearch Mode = iota // at pos or any later position
	ModeMatch              // starting at pos
	ModeFull               // starting at pos and ending at endpos
)

// Exec looks for a match in s[:endpos] at or after pos (0 <= pos <=
// endpos <= s.Len()). On success it fills caps (len 2*(NumGroups+1)) with
// the start and end of every group (-1 for a group that did not match) and
// returns the index of the last group closed (0 for none). mustAdvance
// rejects an empty match at pos, as after an empty match in finditer.
func (re *Regexp) Exec(s Subject, pos, endpos int, mode Mode, mustAdvance bool, caps []int) (lastIndex int, ok bool) {
	if len(caps) != 2*(re.NumGroups+1) {
		panic("BUG: regex: Exec: wrong number of capture slots")
	}
	m, _ := re.pool.Get().(*machine)
	if m == nil {
		m = newMachine(re)
	}
	if s.wide {
		ok = execute(m, s.runes, pos, endpos, mode, mustAdvance)
	} else {
		ok = execute(m, s.bytes, pos, endpos, mode, mustAdvance)
	}
	if ok {
		copy(caps, m.caps)
		lastIndex = m.lastIndex
	}
	re.pool.Put(m)
	return lastIndex, ok
}

// Scanner finds successive matches as finditer, findall, sub and split do:
// after an empty match the next one may start at the same position but
// must not be empty there.
type Scanner struct {
	re          *Regexp
	s           Subject
	pos, endpos int
	mustAdvance bool
	done        bool
}

// NewScanner returns a scanner over s[pos:endpos].
func (re *Regexp) NewScanner(s Subject, pos, endpos int) *Scanner {
	return &Scanner{re: re, s: s, pos: pos, endpos: endpos}
}

// Next finds the next match (mode is ModeSearch or ModeMatch) and fills
// caps as Exec does.
func (sc *Scanner) Next(mode Mode, caps []int) (lastIndex int, ok bool) {
	if sc.done || sc.pos > sc.endpos {
		return 0, false
	}
	lastIndex, ok = sc.re.Exec(sc.s, sc.pos, sc.endpos, mode, sc.mustAdvance, caps)
	if !ok {
		sc.done = true
		return 0, false
	}
	sc.mustAdvance = caps[1] == caps[0]
	sc.pos = caps[1]
	return lastIndex, true
}
