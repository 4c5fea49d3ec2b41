package regex

// charclass.go: character classes, the category escapes and case folding.
//
// Under IGNORECASE a str pattern treats two characters as equal when they
// are linked by simple lowercase, uppercase or case folding mappings (so
// 'i', 'I', 'ı' and 'İ' are all equal, and 'k' matches the Kelvin sign), as
// CPython's sre does with its lowercase comparison plus its table of
// equivalences. ASCII mode and bytes patterns fold ASCII letters only.

import (
	"sync"
	"unicode"
)

// class is a parsed character class: ranges and category escapes, maybe
// negated.
type class struct {
	negate bool
	ranges [][2]rune
	cats   []category
}

// add adds the character r, or the category cat when cat >= 0.
func (c *class) add(r rune, cat int) {
	if cat >= 0 {
		c.cats = append(c.cats, category(cat))
		return
	}
	c.ranges = append(c.ranges, [2]rune{r, r})
}

// charMode says how a leaf compares characters.
type charMode uint8

const (
	modeUnicode charMode = 1 << iota // Unicode categories (str without ASCII)
	modeFold                         // IGNORECASE
)

func leafMode(flags Flags, isBytes bool) charMode {
	var m charMode
	if !isBytes && flags&FlagASCII == 0 {
		m |= modeUnicode
	}
	if flags&FlagIgnoreCase != 0 {
		m |= modeFold
	}
	return m
}

// charSet is a compiled class: a bitmap answers for characters below 256,
// the class itself (with folding) for the others.
type charSet struct {
	low  [4]uint64
	cl   *class
	mode charMode
}

func newCharSet(cl *class, mode charMode) *charSet {
	s := &charSet{cl: cl, mode: mode}
	for c := rune(0); c < 256; c++ {
		if s.slowHas(c) {
			s.low[c>>6] |= 1 << (c & 63)
		}
	}
	return s
}

// has reports whether c is in the set.
func (s *charSet) has(c rune) bool {
	if c < 256 {
		return s.low[c>>6]&(1<<(c&63)) != 0
	}
	return s.slowHas(c)
}

func (s *charSet) slowHas(c rune) bool {
	in := s.cl.contains(c, s.mode)
	if !in && s.mode&modeFold != 0 {
		for _, e := range equivalents(c, s.mode) {
			if e != c && s.cl.contains(e, s.mode) {
				in = true
				break
			}
		}
	}
	return in != s.cl.negate
}

// contains reports whether c is in the class, ignoring negation and case.
func (cl *class) contains(c rune, mode charMode) bool {
	for _, r := range cl.ranges {
		if r[0] <= c && c <= r[1] {
			return true
		}
	}
	for _, k := range cl.cats {
		if inCategory(k, c, mode&modeUnicode != 0) {
			return true
		}
	}
	return false
}

func inCategory(k category, c rune, uni bool) bool {
	switch k {
	case catDigit:
		return isDigitChar(c, uni)
	case catNotDigit:
		return !isDigitChar(c, uni)
	case catSpace:
		return isSpaceChar(c, uni)
	case catNotSpace:
		return !isSpaceChar(c, uni)
	case catWord:
		return isWordChar(c, uni)
	case catNotWord:
		return !isWordChar(c, uni)
	}
	panic("BUG: regex: bad category")
}

// asciiWord holds the ASCII word characters.
var asciiWord = func() (t [128]bool) {
	for c := range t {
		t[c] = c == '_' || isDigit(rune(c)) || isASCIILetter(rune(c))
	}
	return
}()

// isWordChar is \w: str.isalnum or '_' in Unicode mode.
func isWordChar(c rune, uni bool) bool {
	if c < 128 {
		return asciiWord[c]
	}
	return uni && (unicode.IsLetter(c) || unicode.IsNumber(c))
}

func isDigitChar(c rune, uni bool) bool {
	if c < 128 {
		return '0' <= c && c <= '9'
	}
	return uni && unicode.Is(unicode.Nd, c)
}

// isSpaceChar is \s: str.isspace in Unicode mode.
func isSpaceChar(c rune, uni bool) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	if !uni {
		return false
	}
	switch {
	case 0x1c <= c && c <= 0x1f, c == 0x85, c == 0xa0, c == 0x1680,
		0x2000 <= c && c <= 0x200a, c == 0x2028, c == 0x2029, c == 0x202f, c == 0x205f, c == 0x3000:
		return true
	}
	return false
}

// equivalents returns the characters equal to c under case folding in
// mode (c itself included, first).
func equivalents(c rune, mode charMode) []rune {
	if mode&modeUnicode == 0 {
		switch {
		case 'a' <= c && c <= 'z':
			return []rune{c, c - 'a' + 'A'}
		case 'A' <= c && c <= 'Z':
			return []rune{c, c - 'A' + 'a'}
		}
		return []rune{c}
	}
	foldOnce.Do(buildFoldClasses)
	cls, ok := foldClasses[c]
	if !ok {
		return []rune{c}
	}
	out := make([]rune, 0, len(cls))
	out = append(out, c)
	for _, e := range cls {
		if e != c {
			out = append(out, e)
		}
	}
	return out
}

// foldKey returns a representative of c's case class in mode: two
// characters are equal ignoring case when their keys are equal.
func foldKey(c rune, mode charMode) rune {
	if c < 128 || mode&modeUnicode == 0 {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	foldOnce.Do(buildFoldClasses)
	if cls, ok := foldClasses[c]; ok {
		if k := cls[0]; 'A' <= k && k <= 'Z' {
			return k + 'a' - 'A'
		}
		return cls[0]
	}
	return c
}

var (
	foldOnce    sync.Once
	foldClasses map[rune][]rune // every cased character -> its class, smallest first
)

// buildFoldClasses joins every character with its simple lowercase,
// uppercase and case-folding mappings (union-find) and records the classes
// of more than one character. Only the characters of unicode.CaseRanges
// have such mappings (a test checks this against every character below
// U+20000), so only those are visited.
func buildFoldClasses() { foldClasses = foldClassesOf(caseMappedRunes) }

// caseMappedRunes calls visit for every character of unicode.CaseRanges.
func caseMappedRunes(visit func(c rune)) {
	for _, r := range unicode.CaseRanges {
		for c := rune(r.Lo); c <= rune(r.Hi); c++ {
			visit(c)
		}
	}
}

// foldClassesOf returns the case classes of the characters that each
// calls visit with.
func foldClassesOf(each func(visit func(c rune))) map[rune][]rune {
	parent := map[rune]rune{}
	var find func(r rune) rune
	find = func(r rune) rune {
		p, ok := parent[r]
		if !ok || p == r {
			return r
		}
		root := find(p)
		parent[r] = root
		return root
	}
	union := func(a, b rune) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	each(func(c rune) {
		if l := unicode.ToLower(c); l != c {
			union(c, l)
		}
		if u := unicode.ToUpper(c); u != c {
			union(c, u)
		}
		if f := unicode.SimpleFold(c); f != c {
			union(c, f)
		}
	})
	members := map[rune][]rune{}
	for c := range parent {
		root := find(c)
		members[root] = append(members[root], c)
	}
	classes := map[rune][]rune{}
	for root, ms := range members {
		ms = append(ms, root)
		sortRunes(ms)
		ms = uniqRunes(ms)
		if len(ms) < 2 {
			continue
		}
		for _, m := range ms {
			classes[m] = ms
		}
	}
	return classes
}

func sortRunes(rs []rune) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j] < rs[j-1]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func uniqRunes(rs []rune) []rune {
	out := rs[:0]
	for i, r := range rs {
		if i == 0 || r != rs[i-1] {
			out = append(out, r)
		}
	}
	return out
}
