// scanner_number.go: scanning of numeric literals, with CPython's errors
// for malformed ones.

package syntax

import "fmt"

// scanNumber scans a number whose first digit c has been read.
func (s *Scanner) scanNumber(c int) Token {
	if c != '0' {
		c, ok := s.decimalTail()
		if !ok {
			return s.illegal()
		}
		if c == '.' {
			return s.scanFraction(s.nextc())
		}
		return s.scanExponent(c)
	}
	c = s.nextc()
	switch c {
	case 'x', 'X':
		return s.scanRadix("hexadecimal", isHexDigit)
	case 'o', 'O':
		return s.scanRadix("octal", func(c int) bool { return '0' <= c && c <= '7' })
	case 'b', 'B':
		return s.scanRadix("binary", func(c int) bool { return c == '0' || c == '1' })
	}
	// "0", "00", "0_0", or the start of a float; other digits after
	// leading zeros are an old-style octal, now an error.
	for {
		if c == '_' {
			c = s.nextc()
			if !isDigit(c) {
				s.backup(c)
				return s.syntaxError("invalid decimal literal")
			}
		}
		if c != '0' {
			break
		}
		c = s.nextc()
	}
	zerosEnd := s.cur
	nonzero := false
	if isDigit(c) {
		nonzero = true
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.illegal()
		}
	}
	switch {
	case c == '.':
		return s.scanFraction(s.nextc())
	case c == 'e' || c == 'E' || c == 'j' || c == 'J':
		return s.scanExponent(c)
	case nonzero:
		s.backup(c)
		start, end := s.charCol(s.lineStart, s.tokStart)+1, s.charCol(s.lineStart, zerosEnd)
		return s.fail(&Error{
			Kind:   SyntaxError,
			Msg:    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
			Lineno: s.lineno, Offset: start, EndLineno: s.lineno, EndOffset: end,
			Text: s.lineText(s.lineStart),
		})
	}
	return s.endNumber(c, "decimal")
}

// scanRadix scans the digits of a hexadecimal, octal or binary literal
// after its prefix.
func (s *Scanner) scanRadix(kind string, isRadixDigit func(int) bool) Token {
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !isRadixDigit(c) {
			if isDigit(c) {
				return s.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			}
			s.backup(c)
			return s.syntaxError(fmt.Sprintf("invalid %s literal", kind))
		}
		for isRadixDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			break
		}
	}
	if isDigit(c) {
		return s.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
	}
	return s.endNumber(c, kind)
}

// scanFraction scans the digits after the decimal point; c is the first
// byte after the point.
func (s *Scanner) scanFraction(c int) Token {
	if isDigit(c) {
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.illegal()
		}
	}
	return s.scanExponent(c)
}

// scanExponent scans an optional exponent and imaginary suffix; c is the
// byte after the digits so far.
func (s *Scanner) scanExponent(c int) Token {
	if c == 'e' || c == 'E' {
		e := c
		c = s.nextc()
		if c == '+' || c == '-' {
			c = s.nextc()
			if !isDigit(c) {
				s.backup(c)
				return s.syntaxError("invalid decimal literal")
			}
		} else if !isDigit(c) {
			// "1else": the number ends before the 'e'.
			s.backup(c)
			if !s.verifyEndOfNumber(e, "decimal") {
				return s.illegal()
			}
			s.backup(e)
			return s.token(NUMBER)
		}
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.illegal()
		}
	}
	if c == 'j' || c == 'J' {
		return s.endNumber(s.nextc(), "imaginary")
	}
	return s.endNumber(c, "decimal")
}

// endNumber checks the byte c after a number and ends the NUMBER token.
func (s *Scanner) endNumber(c int, kind string) Token {
	if !s.verifyEndOfNumber(c, kind) {
		return s.illegal()
	}
	s.backup(c)
	return s.token(NUMBER)
}

// decimalTail reads digits with single underscores between them and
// returns the byte after them.
func (s *Scanner) decimalTail() (int, bool) {
	for {
		c := s.nextc()
		for isDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c, true
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return 0, false
		}
	}
}

// verifyEndOfNumber checks that a number is not directly followed by a
// name. Before the keywords that may follow a number in valid code ("1if
// x else y") it only warns, as CPython 3.12 does.
func (s *Scanner) verifyEndOfNumber(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.warnf(s.lineno, "invalid %s literal", kind)
		return true
	}
	if c != eof && c < 0x80 && isPotentialIdentifierChar(c) {
		s.backup(c)
		s.syntaxError(fmt.Sprintf("invalid %s literal", kind))
		return false
	}
	return true
}

// lookahead reports whether the bytes after the one just read are rest
// followed by a byte that cannot continue a name. It reads nothing.
func (s *Scanner) lookahead(rest string) bool {
	end := s.cur + len(rest)
	if end >= len(s.src) || s.src[s.cur:end] != rest {
		return false
	}
	return !isPotentialIdentifierChar(int(s.src[end]))
}

func isHexDigit(c int) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
