// parse_string.go: string literals, their implicit concatenation, and
// f-strings (PEP 701 tokens) built into JoinedStr and FormattedValue nodes.

package syntax

import "strings"

// strings parses one or more adjacent string and f-string literals.
func (p *parser) strings() Expr {
	first := p.tok()
	if first.Kind == STRING {
		if k := p.peekAt(1).Kind; k != STRING && k != FSTRING_START {
			p.next()
			return &Constant{Pos: spanOf(first.Start, first.End), Value: p.decodeString(first), Kind: stringKind(first)}
		}
	}
	var b strBuilder
	isFString, sawBytes, sawStr := false, false, false
	// As in CPython, a literal's decoding error is reported once the
	// whole concatenation has been read.
	var decodeErr *Error
	var errTok *ptoken
	for {
		t := p.tok()
		switch t.Kind {
		case STRING:
			p.next()
			v, err := DecodeString(t.Token, p.warn, p.filename)
			if err != nil {
				if decodeErr == nil {
					decodeErr, errTok = err, t
				}
				continue
			}
			if s, ok := v.(Bytes); ok {
				sawBytes = true
				b.addText(string(s), t.Start, t.End)
			} else {
				sawStr = true
				b.addText(v.(string), t.Start, t.End)
			}
		case FSTRING_START:
			isFString, sawStr = true, true
			p.fstring(&b)
		default:
			if decodeErr != nil {
				p.literalError(decodeErr, errTok, t)
			}
			if sawBytes && sawStr {
				p.errorAtToken(t, "cannot mix bytes and nonbytes literals")
			}
			if !isFString {
				var v Const = b.buf.String()
				if sawBytes {
					v = Bytes(b.buf.String())
				}
				return &Constant{Pos: p.span(first.Start), Value: v, Kind: stringKind(first)}
			}
			b.flush()
			return &JoinedStr{Pos: p.span(first.Start), Values: b.values}
		}
	}
}

// stringKind is the kind of a string Constant: "u" for a u-prefixed first
// literal.
func stringKind(t *ptoken) string {
	if t.Kind == STRING && (t.Text[0] == 'u' || t.Text[0] == 'U') {
		return "u"
	}
	return ""
}

func (p *parser) decodeString(t *ptoken) Const {
	v, err := DecodeString(t.Token, p.warn, p.filename)
	if err != nil {
		p.literalError(err, t, p.tok())
	}
	return v
}

// literalError reports err, from decoding the literal lit. A non-ASCII
// bytes literal is reported at the literal, other errors at token at: as
// CPython 3.11 does, the token after a run of string literals, and as 3.12
// does, the end of an f-string.
func (p *parser) literalError(err *Error, lit, at *ptoken) {
	switch {
	case strings.HasPrefix(err.Msg, "bytes can only contain"):
		p.raise(SyntaxError, err.Msg, lit.Start, lit.End)
	case p.sc.rawBytes:
		p.rawBytesErrorAt(at, err.Msg)
	}
	p.errorAtToken(at, err.Msg)
}

// rawBytesErrorAt reports msg at token t of source that holds raw bytes:
// CPython cannot decode such a line, so it gives byte offsets and shows
// the raw bytes as U+FFFD.
func (p *parser) rawBytesErrorAt(t *ptoken, msg string) {
	line := p.line(t.Start.Line)
	col := rawByteCol(line, t.Start.Col) + 1
	end := col
	if t.Kind != NEWLINE && t.End.Line == t.Start.Line {
		end = rawByteCol(line, t.End.Col) + 1
	}
	p.err = &Error{Kind: SyntaxError, Msg: msg, Filename: p.filename,
		Lineno: t.Start.Line, Offset: col, EndLineno: t.Start.Line, EndOffset: end, Text: p.errorText(t.Start.Line)}
	panic(bailout{})
}

// strBuilder collects the values of a JoinedStr, merging adjacent literal
// text into one Constant.
type strBuilder struct {
	values             []Expr
	buf                strings.Builder
	hasText            bool
	textStart, textEnd Position
}

func (b *strBuilder) addText(s string, start, end Position) {
	if s == "" {
		return
	}
	if !b.hasText {
		b.textStart = start
		b.hasText = true
	}
	b.buf.WriteString(s)
	b.textEnd = end
}

func (b *strBuilder) flush() {
	if !b.hasText {
		return
	}
	b.values = append(b.values, &Constant{Pos: spanOf(b.textStart, b.textEnd), Value: b.buf.String()})
	b.buf.Reset()
	b.hasText = false
}

func (b *strBuilder) addExpr(e Expr) {
	b.flush()
	b.values = append(b.values, e)
}

// fstring parses FSTRING_START ... FSTRING_END into b.
func (p *parser) fstring(b *strBuilder) {
	st := p.next()
	raw := strings.ContainsAny(st.Text, "rR")
	var decodeErr *Error
	var errTok *ptoken
	for {
		t := p.tok()
		switch t.Kind {
		case FSTRING_MIDDLE:
			p.next()
			s, err := DecodeFStringMiddle(t.Token, raw, p.warn, p.filename)
			if err != nil && decodeErr == nil {
				decodeErr, errTok = err, t
			}
			b.addText(s, t.Start, t.End)
		case LBRACE:
			p.replacementField(b, raw)
		case FSTRING_END:
			if decodeErr != nil {
				p.literalError(decodeErr, errTok, t)
			}
			p.next()
			return
		default:
			p.syntaxError()
		}
	}
}

func (p *parser) decodeMiddle(t *ptoken, raw bool) string {
	s, err := DecodeFStringMiddle(t.Token, raw, p.warn, p.filename)
	if err != nil {
		p.literalError(err, t, t)
	}
	return s
}

// replacementField parses "{expr[=][!c][:spec]}" into b.
func (p *parser) replacementField(b *strBuilder, raw bool) {
	lb := p.next()
	p.fstringDepth++
	p.enter()
	if p.at(RBRACE) {
		p.errorAtToken(p.tok(), "f-string: valid expression required before '}'")
	}
	e := p.expressionsOrYield(true)
	if _, ok := e.(*Starred); ok {
		p.errorAtNode(e, "f-string: cannot use starred expression here")
	}
	debug, debugEnd := "", Position{}
	if p.at(EQUAL) {
		p.next()
		debugEnd = p.tok().Start // the text runs on to the next token, spaces included
		src := p.sc.Source()
		debug = src[p.sc.Offset(lb.End):p.sc.Offset(p.tok().Start)]
	}
	conv := -1
	if bang := p.tok(); bang.Kind == EXCLAMATION {
		p.next()
		c := p.tok()
		if c.Kind != NAME || c.Start != bang.End {
			p.errorAtToken(c, "f-string: missing conversion character")
		}
		switch c.Text {
		case "s", "r", "a":
			conv = int(c.Text[0])
		default:
			p.errorAtToken(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.next()
	}
	var spec Expr
	if colon := p.tok(); colon.Kind == COLON {
		p.next()
		spec = p.formatSpec(colon, raw)
	}
	rb := p.tok()
	if rb.Kind != RBRACE {
		p.errorAtToken(rb, "f-string: expecting '}'")
	}
	p.next()
	if debug != "" {
		if conv == -1 && spec == nil {
			conv = 'r'
		}
		b.addText(debug, lb.End, debugEnd)
	}
	p.leave()
	p.fstringDepth--
	b.addExpr(&FormattedValue{Pos: spanOf(lb.Start, rb.End), Value: e, Conversion: conv, FormatSpec: spec})
}

// formatSpec parses the format spec after ':' up to (not including) the
// closing '}' of its field.
func (p *parser) formatSpec(colon *ptoken, raw bool) Expr {
	var b strBuilder
	for {
		t := p.tok()
		switch t.Kind {
		case FSTRING_MIDDLE:
			p.next()
			b.addText(p.decodeMiddle(t, raw), t.Start, t.End)
		case LBRACE:
			p.replacementField(&b, raw)
		default:
			b.flush()
			return &JoinedStr{Pos: spanOf(colon.Start, t.Start), Values: b.values}
		}
	}
}
