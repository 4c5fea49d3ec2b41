// scanner_fstring.go: f-strings as PEP 701 tokenizes them. The literal
// text becomes FSTRING_MIDDLE tokens; replacement fields are scanned as
// ordinary tokens by scanNormal, which hands control back here at the ':'
// of a format spec and at the '}' that closes a field.

package syntax

import (
	"fmt"
	"strings"
)

// scanFStringStart scans the opening quote(s) of an f-string whose prefix
// has been read, and enters its literal text.
func (s *Scanner) scanFStringStart(quote int) Token {
	quoteSize := 1
	c1 := s.nextc()
	if c1 == quote {
		c2 := s.nextc()
		if c2 == quote {
			quoteSize = 3
		} else {
			s.backup(c2)
			s.backup(c1)
		}
	} else {
		s.backup(c1)
	}
	if len(s.fstrings)+1 >= maxFStringLevel {
		return s.syntaxError("too many nested f-strings")
	}
	prefix := s.src[s.tokStart:s.cur]
	s.fstrings = append(s.fstrings, fstringState{
		quote:          byte(quote),
		quoteSize:      quoteSize,
		raw:            strings.ContainsAny(prefix, "rR"),
		start:          s.tokStart,
		startLine:      s.tokLine,
		startLineStart: s.tokLineStart,
		exprDepth:      -1,
	})
	return s.token(FSTRING_START)
}

// scanFString scans the literal text of f-string fs, or its closing quote,
// or (when a field starts right here) the first token of the field.
func (s *Scanner) scanFString(fs *fstringState) Token {
	s.markStart(eof)
	if s.cur+1 < len(s.src) && s.src[s.cur] == '{' && s.src[s.cur+1] != '{' {
		if tok, ok := s.enterField(fs); !ok {
			return tok
		}
		return s.scanNormal()
	}
	if s.atClosingQuote(fs) {
		s.cur += fs.quoteSize
		s.fstrings = s.fstrings[:len(s.fstrings)-1]
		return s.token(FSTRING_END)
	}

	quote := int(fs.quote)
	endQuote := 0
	namedEscape := false // inside the braces of a \N{...} escape
	for endQuote != fs.quoteSize {
		c := s.nextc()
		inFormatSpec := fs.inFormatSpec && fs.exprDepth >= 0
		if c == eof || (fs.quoteSize == 1 && c == '\n') {
			if inFormatSpec && c == '\n' {
				// A newline ends a format spec; the field goes on.
				s.backup(c)
				fs.inExpr, fs.inFormatSpec = true, false
				return s.middle()
			}
			return s.unterminatedFString(fs)
		}
		if c == quote {
			endQuote++
			continue
		}
		endQuote = 0
		switch c {
		case '{':
			if p := s.nextc(); p == '{' && !inFormatSpec {
				continue // "{{" stands for '{'
			} else {
				s.backup(p)
			}
			s.backup(c)
			if tok, ok := s.enterField(fs); !ok {
				return tok
			}
			return s.middle()
		case '}':
			if namedEscape {
				namedEscape = false
				continue
			}
			if p := s.nextc(); p == '}' && !inFormatSpec && fs.bracketDepth == 0 {
				continue // "}}" stands for '}'
			} else {
				s.backup(p)
			}
			// A '}' that closes the field, or a single '}' that
			// scanOperator reports.
			s.backup(c)
			fs.inExpr, fs.inFormatSpec = true, false
			return s.middle()
		case '\\':
			p := s.nextc()
			if p == '{' || p == '}' {
				// The brace keeps its meaning; the backslash stays literal.
				if !fs.raw {
					s.warnf(s.lineno, "invalid escape sequence '\\%c'", p)
				}
				s.backup(p)
				continue
			}
			if !fs.raw && p == 'N' {
				if p2 := s.nextc(); p2 == '{' {
					namedEscape = true
				} else {
					s.backup(p2)
				}
			}
		}
	}
	s.cur -= fs.quoteSize // the closing quote is the next token
	return s.middle()
}

// enterField starts a replacement field at the '{' at s.cur.
func (s *Scanner) enterField(fs *fstringState) (Token, bool) {
	fs.exprDepth++
	if fs.exprDepth >= maxExprNesting {
		return s.syntaxError("f-string: expressions nested too deeply"), false
	}
	fs.inExpr, fs.inFormatSpec = true, false
	return Token{}, true
}

// atClosingQuote reports whether the closing quote of fs is at s.cur.
func (s *Scanner) atClosingQuote(fs *fstringState) bool {
	end := s.cur + fs.quoteSize
	if end > len(s.src) {
		return false
	}
	for i := s.cur; i < end; i++ {
		if s.src[i] != fs.quote {
			return false
		}
	}
	return true
}

// middle returns the FSTRING_MIDDLE token scanned so far; when it would be
// empty, it returns the next token instead.
func (s *Scanner) middle() Token {
	if s.cur == s.tokStart {
		return s.Next()
	}
	return s.token(FSTRING_MIDDLE)
}

// unterminatedFString reports an f-string that reaches the end of its line
// or of the file, at its start.
func (s *Scanner) unterminatedFString(fs *fstringState) Token {
	msg := "unterminated f-string literal (detected at line %d)"
	if fs.quoteSize == 3 {
		msg = "unterminated triple-quoted f-string literal (detected at line %d)"
	}
	return s.syntaxErrorAt(fs.startLine, fs.startLineStart, fs.start+1, fmt.Sprintf(msg, s.lineno))
}
