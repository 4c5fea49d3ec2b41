// scanner.go: the tokenizer. Source bytes go in, Tokens come out, following
// CPython 3.12's tokenizer (Parser/lexer.c) rule for rule: the same tokens,
// the same positions, and the same error messages at the same offsets.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits of CPython's tokenizer; going past one is a SyntaxError there too.
const (
	tabSize         = 8   // tab stops for indentation
	maxIndent       = 100 // MAXINDENT: nesting of indented blocks
	maxLevel        = 200 // MAXLEVEL: nesting of brackets
	maxFStringLevel = 150 // MAXFSTRINGLEVEL: nesting of f-strings
	maxExprNesting  = 3   // MAX_EXPR_NESTING: replacement fields inside format specs
)

// eof is what nextc returns at the end of the source.
const eof = -1

// A Scanner tokenizes one source file. Next returns its tokens one at a
// time, ending with EOF, or with ILLEGAL after an error (see Err).
//
// Positions refer to Source: the source decoded to UTF-8, with "\r\n" and
// "\r" turned into "\n" and a final "\n" added when the file has none, as
// CPython reads it. Token.Text is always a substring of Source, except for
// the empty texts listed at Token.
//
// Comments, blank lines and the newlines inside brackets produce no tokens.
// INDENT spans the indentation of its line (Start at column 0); DEDENT is
// empty and sits at the first token of its line, or at (last line + 1, 0)
// at the end of the file, where EOF also sits.
type Scanner struct {
	filename string
	warn     WarnFunc
	src      string // UTF-8, newlines normalized, ends in '\n' unless empty
	addedNL  bool   // the final '\n' of src was added (the file had none)

	cur       int   // offset of the next byte to read
	lineno    int   // line of the last byte read (1-based)
	lineStart int   // offset where line lineno starts
	lineEnd   int   // offset of the '\n' ending line lineno
	lines     []int // lines[i] is the offset where line i+1 starts

	tokStart     int // offset where the current token starts
	tokLine      int // line of tokStart
	tokLineStart int // offset where line tokLine starts

	atBOL       bool  // at the beginning of a logical line: measure indentation
	pendin      int   // pending INDENTs (> 0) or DEDENTs (< 0)
	indents     []int // indentation columns of the open blocks, tabs to 8
	altIndents  []int // the same with tabs counted as 1, to detect TabError
	parens      []openParen
	fstrings    []fstringState
	interactive bool
	rawBytes    bool // src holds raw-byte marks (string input that is not UTF-8)
	typeComment bool // comments of the form "# type: ..." are tokens

	err *Error
}

// openParen is an open bracket: its character and where it is.
type openParen struct {
	ch        byte
	line, col int // col is a byte offset in the line
}

// fstringState is an f-string being scanned: one entry of CPython's
// tokenizer mode stack.
type fstringState struct {
	quote     byte
	quoteSize int // 1 or 3
	raw       bool

	start, startLine, startLineStart int // where its FSTRING_START begins

	inExpr       bool // scanning ordinary tokens of a replacement field
	inFormatSpec bool // scanning the literal text of a format spec
	// bracketDepth counts the brackets of all kinds opened inside this
	// f-string and still open; exprDepth is the bracketDepth just outside
	// the innermost open replacement field (-1 when there is none).
	bracketDepth, exprDepth int
}

// NewScanner tokenizes src, the raw bytes of a source file. It handles a
// UTF-8 byte order mark and a PEP 263 encoding declaration on line 1 or 2
// (utf-8, latin-1 and ascii and their aliases); any other declared encoding,
// invalid UTF-8 and NUL bytes make the first call of Next fail with
// CPython's SyntaxError. warn receives compile-time warnings; it may be nil.
func NewScanner(filename string, src []byte, warn WarnFunc) *Scanner {
	return newScanner(filename, src, warn, false)
}

// newScanner is NewScanner, for string input (see StringInput) when
// stringInput is set.
func newScanner(filename string, src []byte, warn WarnFunc, stringInput bool) *Scanner {
	s := &Scanner{
		filename:   filename,
		warn:       warn,
		atBOL:      true,
		indents:    []int{0},
		altIndents: []int{0},
		lines:      []int{0},
		lineno:     1,
	}
	text, rawBytes, err := decodeSource(filename, src, stringInput)
	if err != nil {
		s.err = err
		text = ""
	}
	s.rawBytes = rawBytes
	s.src, s.addedNL = normalizeNewlines(text)
	s.lineEnd = strings.IndexByte(s.src, '\n')
	if s.lineEnd < 0 {
		s.lineEnd = len(s.src)
	}
	return s
}

// normalizeNewlines turns "\r\n" and "\r" into "\n" and makes a non-empty
// text end in "\n", reporting whether it added that final newline.
func normalizeNewlines(text string) (string, bool) {
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if text != "" && text[len(text)-1] != '\n' {
		return text + "\n", true
	}
	return text, false
}

// SetInteractive makes the scanner behave as CPython's tokenizer does at
// the interactive prompt: a completely empty line ends a compound
// statement (it yields the pending DEDENTs and a NEWLINE), and a first line
// holding only blanks or a comment yields a NEWLINE. Call it before Next.
func (s *Scanner) SetInteractive() { s.interactive = true }

// Err returns the error that made Next return ILLEGAL, or nil.
func (s *Scanner) Err() *Error { return s.err }

// Source returns the text that token positions refer to (see Scanner).
func (s *Scanner) Source() string { return s.src }

// Offset returns the byte offset in Source of a position of a token
// returned so far. Source()[s.Offset(a):s.Offset(b)] is the exact source
// text from a to b, for example the expression and the blanks around '='
// of an f-string replacement field like f"{x = }".
func (s *Scanner) Offset(p Position) int {
	return s.lineOffset(p.Line) + p.Col
}

// CharOffset returns the 1-based character (code point) offset of p in its
// line, as CPython's SyntaxError.offset counts.
func (s *Scanner) CharOffset(p Position) int {
	start := s.lineOffset(p.Line)
	end := start + p.Col
	if end > len(s.src) {
		end = len(s.src)
	}
	return utf8.RuneCountInString(s.src[start:end]) + 1
}

// Locate finishes an error of DecodeString, DecodeFStringMiddle or
// ParseNumber for a token of this scanner: those count Offset and
// EndOffset in bytes (they do not see the line before the token) and leave
// Text empty; Locate turns the offsets into characters and sets Text.
func (s *Scanner) Locate(e *Error) {
	if e.Offset > 0 {
		e.Offset = s.CharOffset(Position{e.Lineno, e.Offset - 1})
	}
	if e.EndOffset > 0 {
		e.EndOffset = s.CharOffset(Position{e.EndLineno, e.EndOffset - 1})
	}
	e.Text = s.Line(e.Lineno)
	if e.Filename == "" {
		e.Filename = s.filename
	}
}

// Line returns source line n (1-based) including its newline, as CPython's
// compile() puts it into SyntaxError.text (with a newline even on a last
// line that has none). It returns "" when there is no line n.
func (s *Scanner) Line(n int) string {
	if n < 1 {
		return ""
	}
	start := s.lineOffset(n)
	if start >= len(s.src) {
		return ""
	}
	end := strings.IndexByte(s.src[start:], '\n')
	return s.src[start : start+end+1]
}

// lineOffset returns the offset where line n starts (len(src) past the end).
func (s *Scanner) lineOffset(n int) int {
	for len(s.lines) < n {
		last := s.lines[len(s.lines)-1]
		i := strings.IndexByte(s.src[last:], '\n')
		if i < 0 {
			return len(s.src)
		}
		s.lines = append(s.lines, last+i+1)
	}
	return s.lines[n-1]
}

// nextc returns the next byte of the source, or eof. Lines are counted as
// CPython counts them: a line starts when its first byte is read.
func (s *Scanner) nextc() int {
	if s.cur >= len(s.src) {
		return eof
	}
	if s.cur > s.lineEnd {
		s.newLine()
	}
	c := s.src[s.cur]
	s.cur++
	return int(c)
}

// newLine moves the line counters to the line starting at s.cur.
func (s *Scanner) newLine() {
	s.lineno++
	s.lineStart = s.cur
	if len(s.lines) < s.lineno {
		s.lines = append(s.lines, s.cur)
	}
	i := strings.IndexByte(s.src[s.cur:], '\n')
	if i < 0 {
		s.lineEnd = len(s.src)
	} else {
		s.lineEnd = s.cur + i
	}
}

// backup puts back the byte c that nextc returned.
func (s *Scanner) backup(c int) {
	if c == eof {
		return
	}
	s.cur--
	if s.cur < s.lineStart {
		s.lineno--
		s.lineStart = s.lines[s.lineno-1]
		s.lineEnd = s.cur
	}
	if int(s.src[s.cur]) != c {
		panic("BUG: scanner backed up a byte it did not read")
	}
}

// markStart starts a token at the byte just read (or at s.cur after eof).
func (s *Scanner) markStart(c int) {
	s.tokStart = s.cur
	if c != eof {
		s.tokStart--
	} else if s.cur > s.lineEnd && s.cur < len(s.src) {
		s.newLine() // the token starts a line: count it now
	}
	s.tokLine, s.tokLineStart = s.lineno, s.lineStart
}

// atEOF reports whether all of the source has been read.
func (s *Scanner) atEOF() bool { return s.cur >= len(s.src) }

// eofPosition is where DEDENT and EOF tokens at the end of the file sit.
func (s *Scanner) eofPosition() Position {
	n := strings.Count(s.src, "\n") // cheap enough: done once per file
	return Position{Line: n + 1}
}

// token returns a token of kind k from the token start to s.cur.
func (s *Scanner) token(k Kind) Token {
	return Token{
		Kind:  k,
		Start: Position{s.tokLine, s.tokStart - s.tokLineStart},
		End:   Position{s.lineno, s.cur - s.lineStart},
		Text:  s.src[s.tokStart:s.cur],
	}
}

// Next returns the next token. After a tokenizer error it returns a token
// of kind ILLEGAL, and keeps returning one; Err returns the error.
func (s *Scanner) Next() Token {
	if s.err != nil {
		return s.illegal()
	}
	if n := len(s.fstrings); n > 0 && !s.fstrings[n-1].inExpr {
		return s.scanFString(&s.fstrings[n-1])
	}
	return s.scanNormal()
}

// illegal returns the ILLEGAL token for s.err.
func (s *Scanner) illegal() Token {
	p := Position{Line: s.tokLine, Col: s.tokStart - s.tokLineStart}
	if s.tokLine == 0 {
		p = Position{Line: 1}
	}
	return Token{Kind: ILLEGAL, Start: p, End: p}
}

// SetTypeComments makes the scanner return type comments as TYPE_COMMENT
// and TYPE_IGNORE tokens instead of skipping them.
func (s *Scanner) SetTypeComments() { s.typeComment = true }

// typeCommentToken turns the comment just read (from s.tokStart to s.cur,
// before its newline) into a TYPE_COMMENT or TYPE_IGNORE token if it is
// one: '#', "type", ':' with spaces and tabs allowed around each. A type
// comment alone on its line is followed by a NEWLINE (the parser finds a
// function's signature comment that way); a TYPE_IGNORE alone on its line
// takes the newline with it.
func (s *Scanner) typeCommentToken(blankline bool) (Token, bool) {
	text := s.src[s.tokStart+1 : s.cur]
	rest := strings.TrimLeft(text, " \t")
	if !strings.HasPrefix(rest, "type") {
		return Token{}, false
	}
	rest = strings.TrimLeft(rest[len("type"):], " \t")
	if !strings.HasPrefix(rest, ":") {
		return Token{}, false
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	start := s.cur - len(rest)
	if tag, ok := strings.CutPrefix(rest, "ignore"); ok && (tag == "" || tag[0] < utf8.RuneSelf && !isASCIIAlnum(tag[0])) {
		tok := Token{Kind: TYPE_IGNORE, Start: Position{s.lineno, s.tokStart - s.lineStart},
			End: Position{s.lineno, s.cur - s.lineStart}, Text: tag}
		if blankline && s.cur < len(s.src) {
			s.nextc()
			s.atBOL = true
		}
		return tok, true
	}
	s.tokStart = start
	return s.token(TYPE_COMMENT), true
}

// scanNormal scans a token outside the literal text of f-strings.
func (s *Scanner) scanNormal() Token {
nextline:
	blankline := false
	if s.atBOL {
		s.atBOL = false
		col, altcol, contCol := 0, 0, 0
		var c int
		for {
			c = s.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol++
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' {
				// A backslash continuation inside the indentation: the
				// indentation before the first one counts.
				if contCol == 0 {
					contCol = col
				}
				if !s.continuation() {
					return s.illegal()
				}
			} else {
				break
			}
		}
		s.backup(c)
		if c == '#' || c == '\n' {
			switch {
			case s.interactive && col == 0 && c == '\n':
			case s.interactive && s.lineno == 1:
				col, altcol = 0, 0
			default:
				blankline = true
			}
		}
		if !blankline && len(s.parens) == 0 {
			if contCol != 0 {
				col, altcol = contCol, contCol
			}
			if tok, ok := s.indentation(col, altcol); !ok {
				return tok
			}
		}
	}

	if s.pendin != 0 {
		p := Position{s.lineno, s.cur - s.lineStart}
		if s.atEOF() {
			p = s.eofPosition()
		}
		s.tokStart, s.tokLine, s.tokLineStart = s.cur, s.lineno, s.lineStart
		if s.pendin < 0 {
			s.pendin++
			return Token{Kind: DEDENT, Start: p, End: p}
		}
		s.pendin--
		return Token{Kind: INDENT, Start: Position{p.Line, 0}, End: p}
	}

again:
	c := s.nextc()
	for c == ' ' || c == '\t' || c == '\f' {
		c = s.nextc()
	}
	s.markStart(c)

	if c == '#' {
		if i := strings.IndexByte(s.src[s.cur:], '\n'); i >= 0 {
			s.cur += i
		} else {
			s.cur = len(s.src)
		}
		if s.typeComment {
			if tok, ok := s.typeCommentToken(blankline); ok {
				return tok
			}
		}
		c = s.nextc()
		s.markStart(c)
	}

	if c == eof {
		if len(s.parens) > 0 {
			return s.unclosedParen()
		}
		p := s.eofPosition()
		return Token{Kind: EOF, Start: p, End: p}
	}

	if isPotentialIdentifierStart(c) {
		return s.scanName(c)
	}

	if c == '\n' {
		s.atBOL = true
		if blankline || len(s.parens) > 0 {
			goto nextline
		}
		tok := s.token(NEWLINE)
		if s.addedNL && s.atEOF() {
			tok.Text = ""
		}
		return tok
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.scanFraction(c)
		}
		if c == '.' {
			c = s.nextc()
			if c == '.' {
				return s.token(ELLIPSIS)
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return s.token(DOT)
	}

	if isDigit(c) {
		return s.scanNumber(c)
	}

	if c == '\'' || c == '"' {
		return s.scanString(c)
	}

	if c == '\\' {
		if !s.continuation() {
			return s.illegal()
		}
		goto again
	}

	return s.scanOperator(c)
}

// indentation compares the indentation of a new logical line with the open
// blocks and queues INDENT or DEDENT tokens; on an error it returns the
// ILLEGAL token and false.
func (s *Scanner) indentation(col, altcol int) (Token, bool) {
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altIndents[top] {
			return s.tabError(), false
		}
	case col > s.indents[top]:
		if top+1 >= maxIndent {
			return s.lineError(IndentationError, "too many levels of indentation"), false
		}
		if altcol <= s.altIndents[top] {
			return s.tabError(), false
		}
		s.pendin++
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
	default:
		for top > 0 && col < s.indents[top] {
			s.pendin--
			top--
		}
		s.indents, s.altIndents = s.indents[:top+1], s.altIndents[:top+1]
		if col != s.indents[top] {
			return s.endOfLineError(IndentationError, "unindent does not match any outer indentation level"), false
		}
		if altcol != s.altIndents[top] {
			return s.tabError(), false
		}
	}
	return Token{}, true
}

// continuation reads the rest of a backslash continuation after the
// backslash: the newline, and a peek past it.
func (s *Scanner) continuation() bool {
	c := s.nextc()
	if c != '\n' {
		s.fail(&Error{
			Kind: SyntaxError, Msg: "unexpected character after line continuation character",
			Lineno: s.lineno, Offset: s.charCol(s.lineStart, s.cur), EndLineno: s.lineno,
			Text: s.Line(s.lineno),
		})
		return false
	}
	c = s.nextc()
	if c == eof {
		if len(s.parens) > 0 {
			s.unclosedParen()
		} else {
			s.endOfLineError(SyntaxError, "unexpected EOF while parsing")
		}
		return false
	}
	s.backup(c)
	return true
}

// scanName scans a name, or the prefix of a string or f-string; c is its
// first byte.
func (s *Scanner) scanName(c int) Token {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		c = s.nextc()
		if c == '"' || c == '\'' {
			if sawF {
				return s.scanFStringStart(c)
			}
			return s.scanString(c)
		}
	}
name:
	// Identifier bytes never include '\n', so this stays on the line.
	nonASCII := false
	for c != eof && isPotentialIdentifierChar(c) {
		if c >= utf8.RuneSelf {
			nonASCII = true
		}
		c = int(s.src[s.cur])
		s.cur++
	}
	s.cur--
	if nonASCII {
		if tok, ok := s.verifyIdentifier(); !ok {
			return tok
		}
	}
	return s.token(NAME)
}

// verifyIdentifier checks a non-ASCII name against PEP 3131, reporting the
// first character that may not appear where it does.
func (s *Scanner) verifyIdentifier() (Token, bool) {
	name := s.src[s.tokStart:s.cur]
	if s.rawBytes && hasRawBytes(name) {
		return s.rawBytesInName(name), false
	}
	for i, r := range name {
		ok := isXIDContinue(r)
		if i == 0 {
			ok = r == '_' || isXIDStart(r)
		}
		if ok {
			continue
		}
		s.cur = s.tokStart + i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			s.cur = s.tokStart + i + 1
		}
		if isPrintable(r) {
			return s.syntaxError(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)), false
		}
		return s.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", r)), false
	}
	return Token{}, true
}

// rawBytesInName reports the name just scanned, which holds raw bytes, as
// CPython does when it decodes the name: at the end of the name (a byte
// offset, the line not being decodable), with no end.
func (s *Scanner) rawBytesInName(name string) Token {
	b := unmarkRawBytes(name)
	i, reason := utf8Error(b)
	line := s.Line(s.lineno)
	return s.fail(&Error{
		Kind: SyntaxError, Msg: utf8CodecError(b[i], i, reason),
		Lineno: s.lineno, Offset: rawByteCol(line, s.cur-s.lineStart), EndLineno: s.lineno, EndOffset: -1,
		Text: showRawBytes(line),
	})
}

// scanString scans a string or bytes literal (not an f-string) whose
// opening quote c has just been read.
func (s *Scanner) scanString(quote int) Token {
	quoteSize, endQuote := 1, 0
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuote = 1 // the empty string
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuote != quoteSize {
		c = s.nextc()
		if c == eof || (quoteSize == 1 && c == '\n') {
			return s.unterminatedString(byte(quote), quoteSize)
		}
		if c == quote {
			endQuote++
		} else {
			endQuote = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	return s.token(STRING)
}

// unterminatedString reports a string that reaches the end of its line or
// of the file, at its start.
func (s *Scanner) unterminatedString(quote byte, quoteSize int) Token {
	detected := s.lineno
	if n := len(s.fstrings); n > 0 {
		// A string closed by its f-string's quote: the field lacks its '}'.
		if fs := &s.fstrings[n-1]; fs.quote == quote && fs.quoteSize == quoteSize {
			return s.syntaxErrorAt(s.tokLine, s.tokLineStart, s.tokStart+1, "f-string: expecting '}'")
		}
	}
	msg := "unterminated string literal (detected at line %d)"
	if quoteSize == 3 {
		msg = "unterminated triple-quoted string literal (detected at line %d)"
	}
	return s.syntaxErrorAt(s.tokLine, s.tokLineStart, s.tokStart+1, fmt.Sprintf(msg, detected))
}

// twoCharOps maps the operators of two bytes to their kinds.
var twoCharOps = map[[2]byte]Kind{
	{'!', '='}: NOTEQUAL, {'%', '='}: PERCENTEQUAL, {'&', '='}: AMPEREQUAL,
	{'*', '*'}: DOUBLESTAR, {'*', '='}: STAREQUAL, {'+', '='}: PLUSEQUAL,
	{'-', '='}: MINEQUAL, {'-', '>'}: RARROW, {'/', '/'}: DOUBLESLASH,
	{'/', '='}: SLASHEQUAL, {':', '='}: COLONEQUAL, {'<', '<'}: LEFTSHIFT,
	{'<', '='}: LESSEQUAL, {'<', '>'}: NOTEQUAL, {'=', '='}: EQEQUAL,
	{'>', '='}: GREATEREQUAL, {'>', '>'}: RIGHTSHIFT, {'@', '='}: ATEQUAL,
	{'^', '='}: CIRCUMFLEXEQUAL, {'|', '='}: VBAREQUAL,
}

// threeCharOps maps an operator of two bytes followed by '=' to the kind
// of the three-byte operator ("..." is handled with '.').
var threeCharOps = [numKinds]Kind{
	DOUBLESTAR: DOUBLESTAREQUAL, DOUBLESLASH: DOUBLESLASHEQUAL,
	LEFTSHIFT: LEFTSHIFTEQUAL, RIGHTSHIFT: RIGHTSHIFTEQUAL,
}

// oneCharOps maps the operators of one byte to their kinds (ILLEGAL: none).
var oneCharOps = [128]Kind{
	'(': LPAR, ')': RPAR, '[': LSQB, ']': RSQB, ':': COLON, ',': COMMA,
	';': SEMI, '+': PLUS, '-': MINUS, '*': STAR, '/': SLASH, '|': VBAR,
	'&': AMPER, '<': LESS, '>': GREATER, '=': EQUAL, '.': DOT, '%': PERCENT,
	'{': LBRACE, '}': RBRACE, '~': TILDE, '^': CIRCUMFLEX, '@': AT,
	'!': EXCLAMATION,
}

// scanOperator scans an operator or bracket whose first byte c has been
// read, keeping track of brackets and of f-string replacement fields.
func (s *Scanner) scanOperator(c int) Token {
	var fs *fstringState
	if n := len(s.fstrings); n > 0 {
		fs = &s.fstrings[n-1]
	}
	if fs != nil && fs.exprDepth >= 0 && c == ':' {
		depth := fs.bracketDepth - 1
		if depth == fs.exprDepth {
			// The colon that starts the format spec of a field.
			fs.inExpr, fs.inFormatSpec = false, true
			return s.token(COLON)
		}
	}

	c2 := s.nextc()
	if c2 != eof && c < utf8.RuneSelf {
		if k, ok := twoCharOps[[2]byte{byte(c), byte(c2)}]; ok {
			c3 := s.nextc()
			if k3 := threeCharOps[k]; k3 != 0 && c3 == '=' {
				k = k3
			} else {
				s.backup(c3)
			}
			return s.token(k)
		}
	}
	s.backup(c2)

	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return s.syntaxError("too many nested parentheses")
		}
		s.parens = append(s.parens, openParen{byte(c), s.lineno, s.tokStart - s.lineStart})
		if fs != nil {
			fs.bracketDepth++
		}
	case ')', ']', '}':
		if fs != nil && fs.bracketDepth == 0 && c == '}' {
			return s.syntaxError("f-string: single '}' is not allowed")
		}
		n := len(s.parens)
		if n == 0 {
			return s.syntaxError(fmt.Sprintf("unmatched '%c'", c))
		}
		open := s.parens[n-1]
		s.parens = s.parens[:n-1]
		if closing[open.ch] != byte(c) {
			if fs != nil && open.ch == '{' && fs.bracketDepth-1 == fs.exprDepth {
				return s.syntaxError(fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			if open.line != s.lineno {
				return s.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line))
			}
			return s.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch))
		}
		if fs != nil {
			fs.bracketDepth--
			if fs.bracketDepth < 0 {
				return s.syntaxError(fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			if c == '}' && fs.bracketDepth == fs.exprDepth {
				// The end of a replacement field: back to literal text.
				fs.exprDepth--
				fs.inExpr, fs.inFormatSpec = false, false
			}
		}
	}

	if c < utf8.RuneSelf {
		if k := oneCharOps[c]; k != ILLEGAL {
			return s.token(k)
		}
		if !isPrintable(rune(c)) {
			return s.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", c))
		}
	}
	// '$', '?' and '`' are tokens CPython's grammar never accepts.
	return s.fail(&Error{
		Kind: SyntaxError, Msg: "invalid syntax",
		Lineno: s.lineno, Offset: s.charCol(s.lineStart, s.tokStart) + 1,
		EndLineno: s.lineno, EndOffset: s.charCol(s.lineStart, s.cur) + 1,
		Text: s.Line(s.lineno),
	})
}

// closing maps an opening bracket to its closing one.
var closing = [128]byte{'(': ')', '[': ']', '{': '}'}

// fail records e as the scanner's error and returns the ILLEGAL token.
func (s *Scanner) fail(e *Error) Token {
	e.Filename = s.filename
	s.err = e
	return s.illegal()
}

// charCol returns the number of characters from offset lineStart to off.
func (s *Scanner) charCol(lineStart, off int) int {
	if off > len(s.src) {
		off = len(s.src)
	}
	if off < lineStart {
		return 0
	}
	return utf8.RuneCountInString(s.src[lineStart:off])
}

// lineText returns the line starting at offset start without its newline,
// as CPython's tokenizer errors quote it.
func (s *Scanner) lineText(start int) string {
	if start >= len(s.src) {
		return ""
	}
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		return s.src[start:]
	}
	return s.src[start : start+end]
}

// syntaxError reports a tokenizer error at the byte before s.cur, as
// CPython's tokenizer does: its offsets both point at that character.
func (s *Scanner) syntaxError(msg string) Token {
	return s.syntaxErrorAt(s.lineno, s.lineStart, s.cur, msg)
}

// syntaxErrorAt reports a tokenizer error on line lineno (starting at
// offset lineStart) pointing at the byte before offset cur.
func (s *Scanner) syntaxErrorAt(lineno, lineStart, cur int, msg string) Token {
	col := s.charCol(lineStart, cur)
	return s.fail(&Error{
		Kind: SyntaxError, Msg: msg,
		Lineno: lineno, Offset: col, EndLineno: lineno, EndOffset: col,
		Text: s.lineText(lineStart),
	})
}

// endOfLineError reports an error that CPython's parser places after the
// end of the current line.
func (s *Scanner) endOfLineError(kind ErrorKind, msg string) Token {
	line := s.lineText(s.lineStart)
	return s.fail(&Error{
		Kind: kind, Msg: msg,
		Lineno: s.lineno, Offset: utf8.RuneCountInString(line) + 1,
		EndLineno: s.lineno, EndOffset: -1,
		Text: s.Line(s.lineno),
	})
}

// tabError reports indentation that depends on the size of a tab.
func (s *Scanner) tabError() Token {
	return s.lineError(TabError, "inconsistent use of tabs and spaces in indentation")
}

// lineError reports an error that CPython's parser places at the start of
// the current line.
func (s *Scanner) lineError(kind ErrorKind, msg string) Token {
	return s.fail(&Error{
		Kind: kind, Msg: msg,
		Lineno: s.lineno, Offset: 1, EndLineno: s.lineno,
		Text: s.Line(s.lineno),
	})
}

// unclosedParen reports the innermost bracket still open at the end of the
// file, at the bracket.
func (s *Scanner) unclosedParen() Token {
	p := s.parens[len(s.parens)-1]
	start := s.lineOffset(p.line)
	return s.fail(&Error{
		Kind: SyntaxError, Msg: fmt.Sprintf("'%c' was never closed", p.ch),
		Lineno: p.line, Offset: s.charCol(start, start+p.col) + 1, EndLineno: p.line,
		Text: s.Line(p.line),
	})
}

// warnf reports a SyntaxWarning on line lineno.
func (s *Scanner) warnf(lineno int, format string, args ...any) {
	if s.warn != nil {
		s.warn(Warning{Category: "SyntaxWarning", Msg: fmt.Sprintf(format, args...), Filename: s.filename, Lineno: lineno})
	}
}

func isDigit(c int) bool { return '0' <= c && c <= '9' }

// isPotentialIdentifierStart reports whether byte c may start a name:
// ASCII letters, '_' and every byte of a non-ASCII character (checked
// later by verifyIdentifier).
func isPotentialIdentifierStart(c int) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

func isPotentialIdentifierChar(c int) bool {
	return isPotentialIdentifierStart(c) || isDigit(c)
}
