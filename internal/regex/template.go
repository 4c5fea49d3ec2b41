package regex

// template.go: replacement templates of re.sub and Match.expand.

import (
	"strconv"

	"github.com/adderpy/adder/internal/pyrepr"
)

// Template is a parsed replacement: literal text and group references.
type Template struct {
	Parts []TemplatePart
}

// TemplatePart is literal text (Group < 0) or a reference to a group.
type TemplatePart struct {
	Literal []rune
	Group   int
}

// ParseTemplate parses the replacement repl for re, with CPython's errors.
func ParseTemplate(repl []rune, re *Regexp) (*Template, error) {
	p := &parser{src: repl, isBytes: re.IsBytes}
	if err := p.advance(); err != nil {
		return nil, err
	}
	t := &Template{}
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			t.Parts = append(t.Parts, TemplatePart{Literal: lit, Group: -1})
			lit = nil
		}
	}
	addGroup := func(g, offset int) error {
		if g > re.NumGroups {
			return p.error("invalid group reference "+strconv.Itoa(g), offset)
		}
		flush()
		t.Parts = append(t.Parts, TemplatePart{Group: g})
		return nil
	}
	for {
		this, err := p.get()
		if err != nil {
			return nil, err
		}
		if this.end {
			break
		}
		if !this.escaped {
			lit = append(lit, this.c)
			continue
		}
		c := this.c
		switch {
		case c == 'g':
			if ok, err := p.match('<'); err != nil {
				return nil, err
			} else if !ok {
				return nil, p.error("missing <", 0)
			}
			name, err := p.getUntil('>', "group name")
			if err != nil {
				return nil, err
			}
			n := len([]rune(name)) + 1
			var g int
			if isIdentifier(name) {
				var ok bool
				if g, ok = re.GroupIndex(name); !ok {
					return nil, &Error{Kind: IndexError, Msg: "unknown group name " + pyrepr.Str(name), Pos: -1}
				}
			} else {
				v, ok := parseDecimal(name)
				if !ok {
					return nil, p.error("bad character in group name "+pyrepr.Str(name), n)
				}
				if v >= maxGroups {
					return nil, p.error("invalid group reference "+strconv.Itoa(v), n)
				}
				g = v
			}
			if err := addGroup(g, n); err != nil {
				return nil, err
			}
		case c == '0':
			digits, err := p.getWhile(2, isOctDigit)
			if err != nil {
				return nil, err
			}
			v, _ := strconv.ParseInt("0"+digits, 8, 32)
			lit = append(lit, rune(v&0xff))
		case isDigit(c):
			text, octal, isOctal, err := p.digitEscape(c)
			if err != nil {
				return nil, err
			}
			if isOctal {
				lit = append(lit, octal)
				continue
			}
			g, _ := strconv.Atoi(text)
			if err := addGroup(g, len(text)); err != nil {
				return nil, err
			}
		default:
			if c == 'b' {
				lit = append(lit, '\b')
			} else if r, ok := simpleEscapes[c]; ok {
				lit = append(lit, r)
			} else if isASCIILetter(c) {
				return nil, p.error(`bad escape \`+string(c), 2)
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	flush()
	return t, nil
}

// Literal returns the template's text when it has no group references.
func (t *Template) Literal() ([]rune, bool) {
	switch len(t.Parts) {
	case 0:
		return nil, true
	case 1:
		if t.Parts[0].Group < 0 {
			return t.Parts[0].Literal, true
		}
	}
	return nil, false
}
