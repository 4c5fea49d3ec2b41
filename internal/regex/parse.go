package regex

// parse.go: the pattern parser. It reads the pattern as CPython's tokenizer
// does (a backslash and the character after it form one token) so that
// errors come out with the same messages at the same positions, and builds
// a tree of nodes whose leaves carry the flags in force where they appear.

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/adderpy/adder/internal/pyrepr"
)

type nodeKind uint8

const (
	nEmpty      nodeKind = iota
	nLiteral             // r
	nNotLiteral          // any character but r
	nAny                 // . (flags decide about newline)
	nClass               // class
	nAt                  // at: an assertion about the position
	nConcat              // subs in order
	nAlternate           // subs, left first
	nRepeat              // subs[0] repeated min..max times, greedy/lazy/possessive
	nCapture             // group number group around subs[0]
	nNonCapture          // (?:...) or (?flags:...) around subs[0]
	nAtomic              // (?>...) around subs[0]
	nLook                // lookahead/lookbehind (behind, negate) of subs[0]
	nBackref             // group
	nCond                // (?(group)subs[0]|subs[1])
)

// Position assertions (nAt).
type atKind uint8

const (
	atBeginning     atKind = iota // ^
	atEnd                         // $
	atBeginString                 // \A
	atEndString                   // \Z
	atBoundary                    // \b
	atNonBoundary                 // \B
	atBeginLine                   // ^ in MULTILINE
	atEndLine                     // $ in MULTILINE
	atBoundaryASCII               // \b under ASCII (or bytes)
	atNonBoundaryASCII
)

type repeatKind uint8

const (
	greedy repeatKind = iota
	lazy
	possessive
)

type node struct {
	kind     nodeKind
	flags    Flags // in force at a leaf
	r        rune
	class    *class
	at       atKind
	min, max int
	rep      repeatKind
	group    int
	behind   bool
	negate   bool
	scoped   bool // nNonCapture: has flags
	subs     []*node
}

// Category escapes (\d \D \s \S \w \W).
type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

// A token is one character of the pattern, or a backslash and the
// character after it (escaped).
type token struct {
	c       rune
	escaped bool
	end     bool
}

func (t token) is(c rune) bool { return !t.end && !t.escaped && t.c == c }

func (t token) len() int {
	if t.end {
		return 0
	}
	if t.escaped {
		return 2
	}
	return 1
}

func (t token) text() string {
	if t.escaped {
		return `\` + string(t.c)
	}
	return string(t.c)
}

// parser holds the parse state. index is the offset after the lookahead
// token next, as in CPython's tokenizer.
type parser struct {
	src     []rune
	isBytes bool
	index   int
	next    token

	flags       Flags
	groups      int // groups opened so far + 1
	groupIndex  map[string]int
	names       []string
	groupWidth  [][2]int // per group; closed[g] says whether known
	closed      []bool
	lookbehind  int // first group inside the current lookbehind, or -1
	grouprefPos map[int]int
}

func (p *parser) errorAt(msg string, pos int) *Error {
	if p.isBytes {
		msg = asciiBackslash(msg)
	}
	return &Error{Kind: SyntaxError, Msg: msg, Pos: pos}
}

// error is CPython's source.error(msg, offset): at tell()-offset.
func (p *parser) error(msg string, offset int) *Error {
	return p.errorAt(msg, p.tell()-offset)
}

func asciiBackslash(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		default:
			b.WriteString(strconv.QuoteToASCII(string(r)))
		}
	}
	return b.String()
}

func hex2(v int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4], digits[v&15]})
}

func (p *parser) tell() int { return p.index - p.next.len() }

// advance reads the next token into p.next.
func (p *parser) advance() error {
	i := p.index
	if i >= len(p.src) {
		p.next = token{end: true}
		return nil
	}
	c := p.src[i]
	if c == '\\' {
		i++
		if i >= len(p.src) {
			return p.errorAt("bad escape (end of pattern)", len(p.src)-1)
		}
		p.next = token{c: p.src[i], escaped: true}
	} else {
		p.next = token{c: c}
	}
	p.index = i + 1
	return nil
}

func (p *parser) get() (token, error) {
	t := p.next
	return t, p.advance()
}

// match consumes the plain character c if it comes next.
func (p *parser) match(c rune) (bool, error) {
	if p.next.is(c) {
		return true, p.advance()
	}
	return false, nil
}

func (p *parser) seek(i int) error {
	p.index = i
	return p.advance()
}

// getWhile consumes up to n plain characters for which ok holds.
func (p *parser) getWhile(n int, ok func(rune) bool) (string, error) {
	var b []rune
	for ; n > 0; n-- {
		if p.next.end || p.next.escaped || !ok(p.next.c) {
			break
		}
		b = append(b, p.next.c)
		if err := p.advance(); err != nil {
			return "", err
		}
	}
	return string(b), nil
}

// getUntil consumes tokens up to the plain character term and returns
// their text; what names the thing read, for errors.
func (p *parser) getUntil(term rune, what string) (string, error) {
	var b strings.Builder
	n := 0
	for {
		c, err := p.get()
		if err != nil {
			return "", err
		}
		if c.end {
			if n == 0 {
				return "", p.error("missing "+what, 0)
			}
			return "", p.error("missing "+string(term)+", unterminated name", n)
		}
		if c.is(term) {
			if n == 0 {
				return "", p.error("missing "+what, 1)
			}
			return b.String(), nil
		}
		b.WriteString(c.text())
		n += c.len()
	}
}

func isDigit(c rune) bool    { return '0' <= c && c <= '9' }
func isOctDigit(c rune) bool { return '0' <= c && c <= '7' }
func isHexDigit(c rune) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
func isASCIILetter(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isIdentifier is str.isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if r != '_' && !unicode.IsLetter(r) && !unicode.Is(unicode.Nl, r) && !unicode.Is(unicode.Other_ID_Start, r) {
				return false
			}
		} else if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Nl, r) &&
			!unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) && !unicode.Is(unicode.Pc, r) &&
			!unicode.Is(unicode.Other_ID_Start, r) && !unicode.Is(unicode.Other_ID_Continue, r) {
			return false
		}
	}
	return true
}

func (p *parser) checkGroupName(name string, offset int) error {
	if !isIdentifier(name) {
		return p.error("bad character in group name "+pyrepr.Str(name), len([]rune(name))+offset)
	}
	return nil
}

func (p *parser) checkGroup(g int) bool { return g < p.groups && p.closed[g] }

func (p *parser) checkLookbehindGroup(g int) error {
	if p.lookbehind >= 0 {
		if !p.checkGroup(g) {
			return p.error("cannot refer to an open group", 0)
		}
		if g >= p.lookbehind {
			return p.error("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
	return nil
}

const maxGroups = 1<<30 - 1

func (p *parser) openGroup(name string, hasName bool) (int, error) {
	g := p.groups
	p.groups++
	p.groupWidth = append(p.groupWidth, [2]int{})
	p.closed = append(p.closed, false)
	if p.groups > maxGroups {
		return 0, &Error{Msg: "too many groups", Pos: -1}
	}
	if hasName {
		if old, ok := p.groupIndex[name]; ok {
			return 0, &Error{Msg: "redefinition of group name " + pyrepr.Str(name) + " as group " + strconv.Itoa(g) + "; was group " + strconv.Itoa(old), Pos: -1}
		}
		p.groupIndex[name] = g
		p.names = append(p.names, name)
	}
	return g, nil
}

// parse parses pattern; the parser returned holds the final flags, the
// group count and the group names.
func parse(src []rune, flags Flags, isBytes bool) (*node, *parser, error) {
	p := &parser{src: src, isBytes: isBytes, flags: flags, groups: 1,
		groupIndex: map[string]int{}, groupWidth: [][2]int{{}}, closed: []bool{false},
		lookbehind: -1, grouprefPos: map[int]int{}}
	if err := p.advance(); err != nil {
		return nil, nil, err
	}
	tree, err := p.parseAlternation(flags, flags&FlagVerbose != 0, 0)
	if err != nil {
		return nil, nil, err
	}
	if err := p.fixFlags(); err != nil {
		return nil, nil, err
	}
	if !p.next.end {
		return nil, nil, p.error("unbalanced parenthesis", 0)
	}
	for g, pos := range p.grouprefPos {
		if g >= p.groups {
			// CPython reports the first such reference in insertion order;
			// report the smallest position for determinism.
			min := pos
			for g2, pos2 := range p.grouprefPos {
				if g2 >= p.groups && pos2 < min {
					g, min = g2, pos2
				}
			}
			return nil, nil, p.errorAt("invalid group reference "+strconv.Itoa(g), min)
		}
	}
	if p.flags&FlagUnicode == 0 && !isBytes && p.flags&FlagASCII == 0 {
		panic("BUG: regex: fixFlags left a str pattern without a type flag")
	}
	return tree, p, nil
}

func (p *parser) fixFlags() error {
	f := p.flags
	if !p.isBytes {
		if f&FlagLocale != 0 {
			return &Error{Kind: ValueError, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if f&FlagASCII == 0 {
			f |= FlagUnicode
		} else if f&FlagUnicode != 0 {
			return &Error{Kind: ValueError, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if f&FlagUnicode != 0 {
			return &Error{Kind: ValueError, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if f&FlagLocale != 0 && f&FlagASCII != 0 {
			return &Error{Kind: ValueError, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	p.flags = f
	return nil
}

// parseAlternation parses a|b|c. flags are the local flags in force.
func (p *parser) parseAlternation(flags Flags, verbose bool, nested int) (*node, error) {
	var items []*node
	for {
		item, err := p.parseSequence(flags, verbose, nested+1, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		ok, err := p.match('|')
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if nested == 0 {
			verbose = p.flags&FlagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return &node{kind: nAlternate, subs: items}, nil
}

var whitespace = " \t\n\r\v\f"

// parseSequence parses the items up to | or ) or the end. first says the
// sequence starts the pattern, where global flags may appear.
func (p *parser) parseSequence(flags Flags, verbose bool, nested int, first bool) (*node, error) {
	var items []*node
	for {
		this := p.next
		if this.end || this.is('|') || this.is(')') {
			break
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		// The global flags may have changed in (?flags) at the start.
		if first {
			flags |= p.flags &^ (FlagVerbose | FlagTemplate | FlagDebug)
		}
		if verbose && !this.escaped {
			if strings.ContainsRune(whitespace, this.c) {
				continue
			}
			if this.c == '#' {
				for {
					t, err := p.get()
					if err != nil {
						return nil, err
					}
					if t.end || t.is('\n') {
						break
					}
				}
				continue
			}
		}
		if this.escaped {
			n, err := p.escape(this, flags)
			if err != nil {
				return nil, err
			}
			items = append(items, n)
			continue
		}
		switch this.c {
		case '[':
			n, err := p.parseClass(flags)
			if err != nil {
				return nil, err
			}
			items = append(items, n)
		case '*', '+', '?', '{':
			here := p.tell()
			min, max := 0, MaxRepeat
			switch this.c {
			case '?':
				max = 1
			case '+':
				min = 1
			case '{':
				if p.next.is('}') {
					items = append(items, &node{kind: nLiteral, r: '{', flags: flags})
					continue
				}
				lo, err := p.getWhile(1<<30, isDigit)
				if err != nil {
					return nil, err
				}
				hi := lo
				comma, err := p.match(',')
				if err != nil {
					return nil, err
				}
				if comma {
					if hi, err = p.getWhile(1<<30, isDigit); err != nil {
						return nil, err
					}
				}
				closeBrace, err := p.match('}')
				if err != nil {
					return nil, err
				}
				if !closeBrace {
					items = append(items, &node{kind: nLiteral, r: '{', flags: flags})
					if err := p.seek(here); err != nil {
						return nil, err
					}
					continue
				}
				if lo != "" {
					if min, err = repeatCount(lo); err != nil {
						return nil, err
					}
				}
				if hi != "" {
					if max, err = repeatCount(hi); err != nil {
						return nil, err
					}
					if max < min {
						return nil, p.error("min repeat greater than max repeat", p.tell()-here)
					}
				}
			}
			var item *node
			if len(items) > 0 {
				item = items[len(items)-1]
			}
			offset := p.tell() - here + 1
			if item == nil || item.kind == nAt {
				return nil, p.error("nothing to repeat", offset)
			}
			if item.kind == nRepeat {
				return nil, p.error("multiple repeat", offset)
			}
			if item.kind == nNonCapture && !item.scoped {
				item = item.subs[0]
			}
			rep := greedy
			if ok, err := p.match('?'); err != nil {
				return nil, err
			} else if ok {
				rep = lazy
			} else if ok, err := p.match('+'); err != nil {
				return nil, err
			} else if ok {
				rep = possessive
			}
			items[len(items)-1] = &node{kind: nRepeat, min: min, max: max, rep: rep, subs: []*node{item}}
		case '.':
			items = append(items, &node{kind: nAny, flags: flags})
		case '(':
			n, err := p.parseGroup(flags, verbose, nested, first && len(items) == 0)
			if err != nil {
				return nil, err
			}
			if n != nil {
				items = append(items, n)
			} else if first {
				verbose = p.flags&FlagVerbose != 0
			}
		case '^':
			at := atBeginning
			if flags&FlagMultiline != 0 {
				at = atBeginLine
			}
			items = append(items, &node{kind: nAt, at: at})
		case '$':
			at := atEnd
			if flags&FlagMultiline != 0 {
				at = atEndLine
			}
			items = append(items, &node{kind: nAt, at: at})
		default:
			items = append(items, &node{kind: nLiteral, r: this.c, flags: flags})
		}
	}
	switch len(items) {
	case 0:
		return &node{kind: nEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &node{kind: nConcat, subs: items}, nil
}

func repeatCount(digits string) (int, error) {
	v, err := strconv.ParseUint(digits, 10, 64)
	if err != nil || v >= MaxRepeat {
		return 0, &Error{Kind: OverflowError, Msg: "the repetition number is too large", Pos: -1}
	}
	return int(v), nil
}

// flagLetters maps inline flag letters to flags.
var flagLetters = map[rune]Flags{
	'i': FlagIgnoreCase, 'L': FlagLocale, 'm': FlagMultiline, 's': FlagDotAll,
	'x': FlagVerbose, 'a': FlagASCII, 't': FlagTemplate, 'u': FlagUnicode,
}

const typeFlags = FlagASCII | FlagLocale | FlagUnicode
const globalFlags = FlagDebug | FlagTemplate

// parseGroup parses what follows '('. It returns nil for a comment or
// global flags.
func (p *parser) parseGroup(flags Flags, verbose bool, nested int, first bool) (*node, error) {
	start := p.tell() - 1
	capture, atomic := true, false
	name, hasName := "", false
	var addFlags, delFlags Flags
	if ok, err := p.match('?'); err != nil {
		return nil, err
	} else if ok {
		char, err := p.get()
		if err != nil {
			return nil, err
		}
		if char.end {
			return nil, p.error("unexpected end of pattern", 0)
		}
		switch {
		case char.is('P'):
			if ok, err := p.match('<'); err != nil {
				return nil, err
			} else if ok {
				if name, err = p.getUntil('>', "group name"); err != nil {
					return nil, err
				}
				if err := p.checkGroupName(name, 1); err != nil {
					return nil, err
				}
				hasName = true
				break
			}
			if ok, err := p.match('='); err != nil {
				return nil, err
			} else if ok {
				name, err := p.getUntil(')', "group name")
				if err != nil {
					return nil, err
				}
				if err := p.checkGroupName(name, 1); err != nil {
					return nil, err
				}
				n := len([]rune(name)) + 1
				g, ok := p.groupIndex[name]
				if !ok {
					return nil, p.error("unknown group name "+pyrepr.Str(name), n)
				}
				if !p.checkGroup(g) {
					return nil, p.error("cannot refer to an open group", n)
				}
				if err := p.checkLookbehindGroup(g); err != nil {
					return nil, err
				}
				return &node{kind: nBackref, group: g, flags: flags}, nil
			}
			c, err := p.get()
			if err != nil {
				return nil, err
			}
			if c.end {
				return nil, p.error("unexpected end of pattern", 0)
			}
			return nil, p.error("unknown extension ?P"+c.text(), c.len()+2)
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if p.next.end {
					return nil, p.error("missing ), unterminated comment", p.tell()-start)
				}
				c, err := p.get()
				if err != nil {
					return nil, err
				}
				if c.is(')') {
					return nil, nil
				}
			}
		case char.is('=') || char.is('!') || char.is('<'):
			behind := false
			if char.is('<') {
				if char, err = p.get(); err != nil {
					return nil, err
				}
				if char.end {
					return nil, p.error("unexpected end of pattern", 0)
				}
				if !char.is('=') && !char.is('!') {
					return nil, p.error("unknown extension ?<"+char.text(), char.len()+2)
				}
				behind = true
			}
			outer := p.lookbehind
			if behind && outer < 0 {
				p.lookbehind = p.groups
			}
			sub, err := p.parseAlternation(flags, verbose, nested+1)
			if err != nil {
				return nil, err
			}
			if behind && outer < 0 {
				p.lookbehind = -1
			}
			if ok, err := p.match(')'); err != nil {
				return nil, err
			} else if !ok {
				return nil, p.error("missing ), unterminated subpattern", p.tell()-start)
			}
			return &node{kind: nLook, behind: behind, negate: char.is('!'), subs: []*node{sub}}, nil
		case char.is('('):
			return p.parseConditional(flags, verbose, nested, start)
		case char.is('>'):
			capture, atomic = false, true
		case !char.escaped && (flagLetters[char.c] != 0 || char.c == '-'):
			add, del, global, err := p.parseFlags(char)
			if err != nil {
				return nil, err
			}
			if global {
				if !first {
					return nil, p.error("global flags not at the start of the expression", p.tell()-start)
				}
				return nil, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return nil, p.error("unknown extension ?"+char.text(), char.len()+1)
		}
	}
	group := 0
	if capture {
		g, err := p.openGroup(name, hasName)
		if err != nil {
			e := err.(*Error)
			return nil, p.error(e.Msg, len([]rune(name))+1)
		}
		group = g
	}
	subVerbose := (verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	subFlags := (flags | addFlags) &^ delFlags
	if addFlags&FlagASCII != 0 {
		subFlags &^= FlagUnicode
	}
	if addFlags&FlagUnicode != 0 {
		subFlags &^= FlagASCII
	}
	sub, err := p.parseAlternation(subFlags, subVerbose, nested+1)
	if err != nil {
		return nil, err
	}
	if ok, err := p.match(')'); err != nil {
		return nil, err
	} else if !ok {
		return nil, p.error("missing ), unterminated subpattern", p.tell()-start)
	}
	switch {
	case group > 0:
		lo, hi := p.width(sub)
		p.groupWidth[group] = [2]int{lo, hi}
		p.closed[group] = true
		return &node{kind: nCapture, group: group, subs: []*node{sub}}, nil
	case atomic:
		return &node{kind: nAtomic, subs: []*node{sub}}, nil
	}
	n := &node{kind: nNonCapture, subs: []*node{sub}}
	n.scoped = addFlags != 0 || delFlags != 0
	return n, nil
}

func (p *parser) parseConditional(flags Flags, verbose bool, nested, start int) (*node, error) {
	condName, err := p.getUntil(')', "group name")
	if err != nil {
		return nil, err
	}
	n := len([]rune(condName)) + 1
	var g int
	if isIdentifier(condName) {
		var ok bool
		if g, ok = p.groupIndex[condName]; !ok {
			return nil, p.error("unknown group name "+pyrepr.Str(condName), n)
		}
	} else {
		v, ok := parseDecimal(condName)
		if !ok {
			return nil, p.error("bad character in group name "+pyrepr.Str(condName), n)
		}
		if v == 0 {
			return nil, p.error("bad group number", n)
		}
		if v >= maxGroups {
			return nil, p.error("invalid group reference "+strconv.Itoa(v), n)
		}
		g = v
		if _, seen := p.grouprefPos[g]; !seen {
			p.grouprefPos[g] = p.tell() - n
		}
	}
	if err := p.checkLookbehindGroup(g); err != nil {
		return nil, err
	}
	yes, err := p.parseSequence(flags, verbose, nested+1, false)
	if err != nil {
		return nil, err
	}
	var no *node
	if ok, err := p.match('|'); err != nil {
		return nil, err
	} else if ok {
		if no, err = p.parseSequence(flags, verbose, nested+1, false); err != nil {
			return nil, err
		}
		if p.next.is('|') {
			return nil, p.error("conditional backref with more than two branches", 0)
		}
	}
	if ok, err := p.match(')'); err != nil {
		return nil, err
	} else if !ok {
		return nil, p.error("missing ), unterminated subpattern", p.tell()-start)
	}
	subs := []*node{yes}
	if no != nil {
		subs = append(subs, no)
	}
	return &node{kind: nCond, group: g, subs: subs}, nil
}

// parseDecimal parses a non-negative decimal number as int() would
// (Unicode digits allowed, no sign).
func parseDecimal(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v := 0
	for _, r := range s {
		d := decimalDigit(r)
		if d < 0 {
			return 0, false
		}
		if v > 1<<40 {
			v = 1 << 40 // large enough to be invalid
		} else {
			v = v*10 + d
		}
	}
	return v, true
}

func decimalDigit(r rune) int {
	if isDigit(r) {
		return int(r - '0')
	}
	if unicode.Is(unicode.Nd, r) {
		// Decimal digits come in runs of ten starting at a zero.
		z := r
		for unicode.Is(unicode.Nd, z-1) && r-z < 9 {
			z--
		}
		return int(r-z) % 10
	}
	return -1
}

// parseFlags parses inline flags after "(?" whose first character is char.
// global says they were (?flags) for the whole pattern, already applied.
func (p *parser) parseFlags(char token) (add, del Flags, global bool, err error) {
	if !char.is('-') {
		for {
			flag := flagLetters[char.c]
			if !p.isBytes {
				if char.c == 'L' {
					return 0, 0, false, p.error("bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if char.c == 'u' {
				return 0, 0, false, p.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				return 0, 0, false, p.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			if char, err = p.get(); err != nil {
				return
			}
			if char.end {
				return 0, 0, false, p.error("missing -, : or )", 0)
			}
			if char.is(')') || char.is('-') || char.is(':') {
				break
			}
			if char.escaped || flagLetters[char.c] == 0 {
				msg := "missing -, : or )"
				if !char.escaped && unicode.IsLetter(char.c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.error(msg, char.len())
			}
		}
	}
	if char.is(')') {
		p.flags |= add
		return add, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, p.error("bad inline flags: cannot turn on global flag", 1)
	}
	if char.is('-') {
		if char, err = p.get(); err != nil {
			return
		}
		if char.end {
			return 0, 0, false, p.error("missing flag", 0)
		}
		if char.escaped || flagLetters[char.c] == 0 {
			msg := "missing flag"
			if !char.escaped && unicode.IsLetter(char.c) {
				msg = "unknown flag"
			}
			return 0, 0, false, p.error(msg, char.len())
		}
		for {
			flag := flagLetters[char.c]
			if flag&typeFlags != 0 {
				return 0, 0, false, p.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			if char, err = p.get(); err != nil {
				return
			}
			if char.end {
				return 0, 0, false, p.error("missing :", 0)
			}
			if char.is(':') {
				break
			}
			if char.escaped || flagLetters[char.c] == 0 {
				msg := "missing :"
				if !char.escaped && unicode.IsLetter(char.c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.error(msg, char.len())
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, p.error("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		return 0, 0, false, p.error("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false, nil
}

// simpleEscapes are the escapes of one character, in and out of classes
// (\b is a backspace only in a class).
var simpleEscapes = map[rune]rune{
	'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}

var categoryEscapes = map[rune]category{
	'd': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord,
}

// escape parses an escape outside a class; this is the escape token.
func (p *parser) escape(this token, flags Flags) (*node, error) {
	c := this.c
	switch c {
	case 'A':
		return &node{kind: nAt, at: atBeginString}, nil
	case 'Z':
		return &node{kind: nAt, at: atEndString}, nil
	case 'b', 'B':
		at := atBoundary
		if flags&FlagASCII != 0 || p.isBytes {
			at = atBoundaryASCII
		}
		if c == 'B' {
			at++
		}
		return &node{kind: nAt, at: at}, nil
	}
	if cat, ok := categoryEscapes[c]; ok {
		return &node{kind: nClass, class: &class{cats: []category{cat}}, flags: flags}, nil
	}
	if r, ok := simpleEscapes[c]; ok {
		return &node{kind: nLiteral, r: r, flags: flags}, nil
	}
	lit := func(r rune) (*node, error) { return &node{kind: nLiteral, r: r, flags: flags}, nil }
	switch {
	case c == 'x' || (c == 'u' || c == 'U') && !p.isBytes:
		r, err := p.hexEscape(c)
		if err != nil {
			return nil, err
		}
		return lit(r)
	case c == 'N' && !p.isBytes:
		return nil, p.namedEscape()
	case c == '0':
		digits, err := p.getWhile(2, isOctDigit)
		if err != nil {
			return nil, err
		}
		v, _ := strconv.ParseInt("0"+digits, 8, 32)
		return lit(rune(v))
	case isDigit(c):
		text, octal, isOctal, err := p.digitEscape(c)
		if err != nil {
			return nil, err
		}
		if isOctal {
			return lit(octal)
		}
		g, _ := strconv.Atoi(text)
		if g < p.groups {
			if !p.checkGroup(g) {
				return nil, p.error("cannot refer to an open group", len(text)+1)
			}
			if err := p.checkLookbehindGroup(g); err != nil {
				return nil, err
			}
			return &node{kind: nBackref, group: g, flags: flags}, nil
		}
		return nil, p.error("invalid group reference "+text, len(text))
	}
	if isASCIILetter(c) {
		return nil, p.error(`bad escape \`+string(c), 2)
	}
	return lit(c)
}

// digitEscape reads the rest of an escape that starts with the digit c
// (not 0): three octal digits make a character (isOctal), otherwise one or
// two digits are a group number, returned as text.
func (p *parser) digitEscape(c rune) (text string, octal rune, isOctal bool, err error) {
	text = string(c)
	if p.next.end || p.next.escaped || !isDigit(p.next.c) {
		return text, 0, false, nil
	}
	d := p.next.c
	if err := p.advance(); err != nil {
		return "", 0, false, err
	}
	text += string(d)
	if !isOctDigit(c) || !isOctDigit(d) || p.next.end || p.next.escaped || !isOctDigit(p.next.c) {
		return text, 0, false, nil
	}
	text += string(p.next.c)
	if err := p.advance(); err != nil {
		return "", 0, false, err
	}
	v, _ := strconv.ParseInt(text, 8, 32)
	if v > 0o377 {
		return "", 0, false, p.error(`octal escape value \`+text+" outside of range 0-0o377", len(text)+1)
	}
	return text, rune(v), true, nil
}

// hexEscape reads the digits of \x, \u or \U (the escape letter c).
func (p *parser) hexEscape(c rune) (rune, error) {
	n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
	digits, err := p.getWhile(n, isHexDigit)
	if err != nil {
		return 0, err
	}
	esc := `\` + string(c) + digits
	if len(digits) != n {
		return 0, p.error("incomplete escape "+esc, len(esc))
	}
	v, _ := strconv.ParseUint(digits, 16, 32)
	if v > unicode.MaxRune {
		return 0, p.error("bad escape "+esc, len(esc))
	}
	return rune(v), nil
}

// namedEscape reads \N{name}. Adder has no Unicode name database, so every
// well-formed name is reported undefined.
func (p *parser) namedEscape() error {
	ok, err := p.match('{')
	if err != nil {
		return err
	}
	if !ok {
		return p.error("missing {", 0)
	}
	name, err := p.getUntil('}', "character name")
	if err != nil {
		return err
	}
	return p.error("undefined character name "+pyrepr.Str(name), len([]rune(name))+4)
}

// classEscape parses an escape inside a class: a character, or a
// category (cat >= 0).
func (p *parser) classEscape(this token) (r rune, cat int, err error) {
	c := this.c
	if c == 'b' {
		return '\b', -1, nil
	}
	if r, ok := simpleEscapes[c]; ok {
		return r, -1, nil
	}
	if k, ok := categoryEscapes[c]; ok {
		return 0, int(k), nil
	}
	switch {
	case c == 'x' || (c == 'u' || c == 'U') && !p.isBytes:
		r, err := p.hexEscape(c)
		return r, -1, err
	case c == 'N' && !p.isBytes:
		return 0, -1, p.namedEscape()
	case isOctDigit(c):
		digits, err := p.getWhile(2, isOctDigit)
		if err != nil {
			return 0, -1, err
		}
		v, _ := strconv.ParseInt(string(c)+digits, 8, 32)
		if v > 0o377 {
			text := `\` + string(c) + digits
			return 0, -1, p.error("octal escape value "+text+" outside of range 0-0o377", len(text))
		}
		return rune(v), -1, nil
	case isDigit(c) || isASCIILetter(c):
		return 0, -1, p.error(`bad escape \`+string(c), 2)
	}
	return c, -1, nil
}

// parseClass parses a class after its '['.
func (p *parser) parseClass(flags Flags) (*node, error) {
	here := p.tell() - 1
	cl := &class{}
	negate, err := p.match('^')
	if err != nil {
		return nil, err
	}
	cl.negate = negate
	items := 0
	for {
		this, err := p.get()
		if err != nil {
			return nil, err
		}
		if this.end {
			return nil, p.error("unterminated character set", p.tell()-here)
		}
		if this.is(']') && items > 0 {
			break
		}
		items++
		lo, cat := this.c, -1
		if this.escaped {
			if lo, cat, err = p.classEscape(this); err != nil {
				return nil, err
			}
		}
		if ok, err := p.match('-'); err != nil {
			return nil, err
		} else if ok {
			that, err := p.get()
			if err != nil {
				return nil, err
			}
			if that.end {
				return nil, p.error("unterminated character set", p.tell()-here)
			}
			if that.is(']') {
				cl.add(lo, cat)
				cl.add('-', -1)
				break
			}
			hi, cat2 := that.c, -1
			if that.escaped {
				if hi, cat2, err = p.classEscape(that); err != nil {
					return nil, err
				}
			}
			if cat >= 0 || cat2 >= 0 || hi < lo {
				return nil, p.error("bad character range "+this.text()+"-"+that.text(), this.len()+1+that.len())
			}
			cl.ranges = append(cl.ranges, [2]rune{lo, hi})
			continue
		}
		cl.add(lo, cat)
	}
	if len(cl.cats) == 0 && len(cl.ranges) == 1 && cl.ranges[0][0] == cl.ranges[0][1] {
		kind := nLiteral
		if cl.negate {
			kind = nNotLiteral
		}
		return &node{kind: kind, r: cl.ranges[0][0], flags: flags}, nil
	}
	return &node{kind: nClass, class: cl, flags: flags}, nil
}

// width returns the smallest and largest number of characters n can match
// (MaxRepeat for no bound), as CPython computes it for lookbehinds.
func (p *parser) width(n *node) (lo, hi int) {
	switch n.kind {
	case nLiteral, nNotLiteral, nAny, nClass:
		return 1, 1
	case nEmpty, nAt, nLook:
		return 0, 0
	case nConcat:
		for _, s := range n.subs {
			l, h := p.width(s)
			lo, hi = minInt(lo+l, MaxRepeat), minInt(hi+h, MaxRepeat)
		}
	case nAlternate:
		lo, hi = MaxRepeat, 0
		for _, s := range n.subs {
			l, h := p.width(s)
			lo, hi = minInt(lo, l), maxInt(hi, h)
		}
	case nRepeat:
		l, h := p.width(n.subs[0])
		lo, hi = satMul(l, n.min), satMul(h, n.max)
	case nCapture, nNonCapture, nAtomic:
		return p.width(n.subs[0])
	case nBackref:
		w := p.groupWidth[n.group]
		lo, hi = w[0], w[1]
	case nCond:
		lo, hi = p.width(n.subs[0])
		if len(n.subs) > 1 {
			l, h := p.width(n.subs[1])
			lo, hi = minInt(lo, l), maxInt(hi, h)
		} else {
			lo = 0
		}
	}
	return minInt(lo, MaxRepeat-1), minInt(hi, MaxRepeat)
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// satMul multiplies widths, saturating at MaxRepeat.
func satMul(a, b int) int {
	if a != 0 && b > MaxRepeat/a {
		return MaxRepeat
	}
	return a * b
}
