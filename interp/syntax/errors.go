// errors.go: building the *Error values of the parser, with CPython's
// locations, and the names CPython gives expressions in its messages.

package syntax

import (
	"strings"
	"unicode/utf8"
)

// raise reports an error spanning start..end (byte positions, as tokens and
// nodes carry them) and unwinds the parser.
func (p *parser) raise(kind ErrorKind, msg string, start, end Position) {
	p.raiseCols(kind, msg, start.Line, start.Col+1, end.Line, end.Col+1)
}

// raiseCols reports an error whose columns are 1-based byte offsets (or
// CPython's special values 0 and -1, which pass through unchanged).
func (p *parser) raiseCols(kind ErrorKind, msg string, line, col, endLine, endCol int) {
	text := p.line(line)
	e := &Error{Kind: kind, Msg: msg, Filename: p.filename, Lineno: line, EndLineno: endLine}
	e.Offset = charOffset(text, col)
	e.EndOffset = endCol
	if endCol > 0 {
		// CPython converts the end column with the text of the first line.
		e.EndOffset = charOffset(text, endCol)
	}
	e.Text = p.errorText(line)
	p.err = e
	panic(bailout{})
}

// errorText returns the source CPython shows for an error on line n: the
// line, or, when a string literal spanning several lines ends on it, every
// line of that literal (the tokenizer's buffer holds them all). Raw bytes
// show as U+FFFD.
func (p *parser) errorText(n int) string {
	first := n
	for i := len(p.toks) - 1; i >= 0; i-- {
		t := &p.toks[i]
		if t.End.Line < n {
			break
		}
		if (t.Kind == STRING || t.Kind == FSTRING_END) && t.End.Line == n && t.Start.Line < first {
			first = t.Start.Line
		}
	}
	var text string
	for l := first; l <= n; l++ {
		text += p.line(l)
	}
	if p.sc.rawBytes {
		text = showRawBytes(text)
	}
	return text
}

// line returns source line n (with its newline), or "" past the end.
func (p *parser) line(n int) string {
	if n < 1 {
		return ""
	}
	return p.sc.Line(n)
}

// charOffset converts a 1-based byte offset into text to the 1-based
// character offset CPython reports (it decodes the first col bytes and
// counts the characters).
func charOffset(text string, col int) int {
	if col <= 0 {
		return col
	}
	if col > len(text) {
		return utf8.RuneCountInString(text) + col - len(text)
	}
	b := col - 1 // the byte the offset points at
	for b > 0 && !utf8.RuneStart(text[b]) {
		b--
	}
	return utf8.RuneCountInString(text[:b]) + 1
}

// errorAtToken reports msg at token t.
func (p *parser) errorAtToken(t *ptoken, msg string) {
	p.errorAtTokenKind(SyntaxError, t, msg)
}

// errorAtTokenKind reports msg at token t as CPython locates tokens: a
// NEWLINE is empty, and a DEDENT or EOF at the end of the input has no
// column of its own, so the error goes to the end of the last line.
func (p *parser) errorAtTokenKind(kind ErrorKind, t *ptoken, msg string) {
	switch t.Kind {
	case NEWLINE:
		p.raise(kind, msg, t.Start, t.Start)
	case EOF, DEDENT:
		if t.Kind == EOF || p.atEndOfInput(t) {
			p.sawEOF = true
			line := t.Start.Line - 1
			p.raiseCols(kind, msg, line, len(p.line(line)), line, -1)
		}
	}
	p.raise(kind, msg, t.Start, t.End)
}

// atEndOfInput reports whether only DEDENTs and EOF follow token t.
func (p *parser) atEndOfInput(t *ptoken) bool {
	i := int(0)
	for i = p.pos; i < len(p.toks) && &p.toks[i] != t; i++ {
	}
	for ; ; i++ {
		for i >= len(p.toks) {
			p.fill()
		}
		switch p.toks[i].Kind {
		case DEDENT:
			continue
		case EOF:
			return true
		}
		return false
	}
}

// errorAtNode reports msg spanning node n.
func (p *parser) errorAtNode(n Node, msg string) {
	p.raise(SyntaxError, msg, startOf(n), endOf(n))
}

// errorRange reports msg from the start of a to the end of b.
func (p *parser) errorRange(a, b Node, msg string) {
	p.raise(SyntaxError, msg, startOf(a), endOf(b))
}

// syntaxError reports the generic "invalid syntax" at the current token,
// or the more precise error CPython gives for that token.
func (p *parser) syntaxError() {
	t := p.tok()
	// CPython reports the furthest token its parser looked at.
	if p.maxSeen > p.pos {
		if last := &p.toks[p.maxSeen]; last.Kind != ILLEGAL && last.Kind != EOF && last.Kind != DEDENT && last.Kind != INDENT {
			t = last
		}
	}
	switch t.Kind {
	case INDENT:
		p.indentError(t, "unexpected indent")
	case DEDENT:
		p.indentError(t, "unexpected unindent")
	case EOF:
		p.sawEOF = true
		if n := len(p.open); n > 0 {
			p.unclosedError(p.open[n-1])
		}
	}
	p.errorAtToken(t, "invalid syntax")
}

// indentError reports an IndentationError as CPython does for INDENT and
// DEDENT tokens: the column is where the line's first token starts (not
// one more), and there is no end column.
func (p *parser) indentError(t *ptoken, msg string) {
	col := 0
	for i := 0; ; i++ {
		n := p.peekAt(i)
		if k := n.Kind; k != INDENT && k != DEDENT {
			col = n.Start.Col
			if n.Start.Line != t.Start.Line || k == EOF {
				col = 0
			}
			break
		}
	}
	p.raiseCols(IndentationError, msg, t.Start.Line, col, t.Start.Line, -1)
}

// blockIndentError reports the missing indented block after a compound
// statement header at the current token (which is not an INDENT).
func (p *parser) blockIndentError(msg string) {
	p.errorAtTokenKind(IndentationError, p.tok(), msg)
}

// unclosedError reports "'(' was never closed" for the bracket toks[i].
func (p *parser) unclosedError(i int) {
	t := &p.toks[i]
	p.raise(SyntaxError, "'"+t.Text+"' was never closed", t.Start, t.End)
}

// scannerError reports the error of the scanner (the current token is
// ILLEGAL).
func (p *parser) scannerError() {
	p.err = p.sc.Err()
	if p.err == nil {
		panic("BUG: ILLEGAL token without a scanner error")
	}
	p.errIsTok = true
	panic(bailout{})
}

// overridesParserError reports whether the scanner error e, found past the
// place where the parser failed, replaces the parser's error. CPython
// tokenizes the rest of the source after a parser error, and errors its
// tokenizer raises as exceptions win; errors it merely signals (bad
// indentation, a stray backslash, end of input) do not.
func overridesParserError(e *Error) bool {
	if e.Kind != SyntaxError {
		return false
	}
	switch e.Msg {
	case "unexpected character after line continuation character", "unexpected EOF while parsing":
		return false
	}
	return !strings.HasSuffix(e.Msg, "was never closed")
}

// checkRestOfSource runs after a parser error: it reads the remaining
// tokens, and a scanner error there, or a bracket left open on an earlier
// line than the error, replaces the parser's error (as CPython does).
func (p *parser) checkRestOfSource() {
	if p.errIsTok {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	// CPython compares the line of the furthest token its parser read
	// with the line of a bracket left open.
	lastLine := 0
	if n := len(p.toks); n > 0 {
		lastLine = p.toks[n-1].Start.Line
	}
	for {
		n := len(p.toks)
		if n > 0 {
			switch last := &p.toks[n-1]; last.Kind {
			case ILLEGAL:
				e := p.sc.Err()
				if e == nil {
					return
				}
				if strings.HasSuffix(e.Msg, "was never closed") {
					if lastLine > e.Lineno {
						p.err, p.errIsTok = e, true
					}
				} else if overridesParserError(e) {
					p.err, p.errIsTok = e, true
				}
				return
			case EOF:
				return
			}
		}
		p.fill()
	}
}

// incomplete reports whether the error happened because the input ended
// in the middle of a statement.
func (p *parser) incomplete() bool {
	if p.sawEOF {
		return true
	}
	if p.errIsTok {
		m := p.err.Msg
		return strings.HasPrefix(m, "unterminated triple-quoted") ||
			strings.HasSuffix(m, "was never closed") || m == "unexpected EOF while parsing"
	}
	return false
}

// exprName is the name CPython's messages give an expression ("cannot
// assign to function call").
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneConst:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisConst:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	panic("BUG: exprName: unexpected expression")
}
