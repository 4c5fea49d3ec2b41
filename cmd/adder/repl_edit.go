package main

// This file holds the line editor of the interactive prompt, used when
// stdin and stdout are terminals: the terminal is in raw mode while a line
// is edited, with readline's common keys and an in-session history.
//
//	left, right, Ctrl-B, Ctrl-F    move a character
//	Alt-B, Alt-F, Ctrl-left/right  move a word
//	Home, End, Ctrl-A, Ctrl-E      go to the start or end of the line
//	Backspace, Delete, Ctrl-D      delete before or under the cursor
//	Ctrl-K, Ctrl-U                 delete to the end or the start of the line
//	Ctrl-W, Alt-Backspace          delete the word before the cursor
//	up, down, Ctrl-P, Ctrl-N       walk the history
//	Ctrl-L                         clear the screen
//	Tab                            insert four spaces
//	Enter                          accept the line
//	Ctrl-C                         cancel the line
//	Ctrl-D on an empty line        end of input
//
// Every rune counts as one column: wide characters and escape sequences in
// the text (not in the prompt) misplace the cursor.

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/adderpy/adder/interp"
)

// maxHistory bounds the lines a session remembers.
const maxHistory = 1000

// lineEditor is an interp.LineReader for a terminal.
type lineEditor struct {
	in, out *os.File
	history []string
}

func newLineEditor(in, out *os.File) *lineEditor { return &lineEditor{in: in, out: out} }

// ReadLine edits one line in raw mode.
func (e *lineEditor) ReadLine(prompt string) (string, error) {
	fd := int(e.in.Fd())
	saved, err := term.MakeRaw(fd)
	if err != nil {
		return e.readCooked(prompt)
	}
	defer term.Restore(fd, saved)
	cols := 80
	if w, _, err := term.GetSize(int(e.out.Fd())); err == nil && w > 0 {
		cols = w
	}
	return e.edit(e.in, e.out, prompt, cols)
}

// readCooked reads a line without editing, for a terminal that refuses
// raw mode.
func (e *lineEditor) readCooked(prompt string) (string, error) {
	io.WriteString(e.out, prompt)
	var line []byte
	var b [1]byte
	for {
		n, err := e.in.Read(b[:])
		if n == 1 {
			if b[0] == '\n' {
				return string(line), nil
			}
			line = append(line, b[0])
			continue
		}
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				return string(line), nil
			}
			return "", err
		}
	}
}

// The keys that edit understands besides text; control characters stand
// for themselves.
const (
	keyNone rune = -1 - iota
	keyUp
	keyDown
	keyLeft
	keyRight
	keyHome
	keyEnd
	keyDelete
	keyWordLeft
	keyWordRight
	keyWordRubout
)

func ctrl(c byte) rune { return rune(c & 0x1f) }

// editState is a line being edited.
type editState struct {
	out      io.Writer
	prompt   string
	width    int // of the prompt, in columns
	cols     int // of the terminal
	buf      []rune
	pos      int // cursor index in buf
	history  []string
	histPos  int    // index in history of the line shown; len(history) for the new line
	newLine  []rune // the new line while history is shown
	scratch  bytes.Buffer
	keyBytes [1]byte
}

// edit reads keys from r and draws on w until a line is accepted (Enter),
// cancelled (interp.ErrInterrupted) or input ends (io.EOF).
func (e *lineEditor) edit(r io.Reader, w io.Writer, prompt string, cols int) (string, error) {
	s := &editState{out: w, prompt: prompt, width: displayWidth(prompt), cols: cols,
		history: e.history, histPos: len(e.history)}
	io.WriteString(w, prompt)
	for {
		k, err := s.readKey(r)
		if err == io.EOF && len(s.buf) > 0 {
			// Input ended in the middle of a line: accept it.
			k, err = '\r', nil
		}
		if err != nil {
			return "", err
		}
		switch k {
		case '\r', '\n':
			s.endLine()
			line := string(s.buf)
			e.remember(line)
			return line, nil
		case ctrl('C'):
			if s.pos != len(s.buf) {
				s.pos = len(s.buf)
				s.refresh()
			}
			return "", interp.ErrInterrupted
		case ctrl('D'):
			if len(s.buf) == 0 {
				return "", io.EOF
			}
			s.deleteRange(s.pos, s.pos+1)
		case ctrl('A'), keyHome:
			s.pos = 0
		case ctrl('E'), keyEnd:
			s.pos = len(s.buf)
		case ctrl('B'), keyLeft:
			s.pos = max(s.pos-1, 0)
		case ctrl('F'), keyRight:
			s.pos = min(s.pos+1, len(s.buf))
		case keyWordLeft:
			s.pos = s.wordStart()
		case keyWordRight:
			s.pos = s.wordEnd()
		case ctrl('H'), 0x7f:
			if s.pos > 0 {
				s.deleteRange(s.pos-1, s.pos)
			}
		case keyDelete:
			s.deleteRange(s.pos, s.pos+1)
		case ctrl('K'):
			s.deleteRange(s.pos, len(s.buf))
		case ctrl('U'):
			s.deleteRange(0, s.pos)
		case ctrl('W'), keyWordRubout:
			s.deleteRange(s.wordStart(), s.pos)
		case ctrl('P'), keyUp:
			s.showHistory(s.histPos - 1)
		case ctrl('N'), keyDown:
			s.showHistory(s.histPos + 1)
		case ctrl('L'):
			io.WriteString(w, "\x1b[H\x1b[2J")
		case '\t':
			s.insert([]rune("    "))
			continue
		default:
			if k >= ' ' && unicode.IsPrint(k) {
				s.insert([]rune{k})
			}
			continue
		}
		s.refresh()
	}
}

// remember adds an accepted line to the history.
func (e *lineEditor) remember(line string) {
	if isBlank(line) || len(e.history) > 0 && e.history[len(e.history)-1] == line {
		return
	}
	if len(e.history) == maxHistory {
		e.history = append(e.history[:0], e.history[1:]...)
	}
	e.history = append(e.history, line)
}

func isBlank(line string) bool {
	for _, c := range line {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

// readKey reads one key: a rune, a control character, or one of the key
// constants for an escape sequence (keyNone for one it does not know).
func (s *editState) readKey(r io.Reader) (rune, error) {
	b, err := s.readByte(r)
	if err != nil {
		return 0, err
	}
	switch {
	case b == 0x1b:
		return s.readEscape(r)
	case b < utf8.RuneSelf:
		return rune(b), nil
	}
	// A multi-byte UTF-8 sequence: its first byte tells its length.
	var seq [utf8.UTFMax]byte
	seq[0] = b
	n := 2
	switch {
	case b >= 0xf0:
		n = 4
	case b >= 0xe0:
		n = 3
	}
	for i := 1; i < n; i++ {
		if seq[i], err = s.readByte(r); err != nil {
			return 0, err
		}
	}
	c, _ := utf8.DecodeRune(seq[:n])
	if c == utf8.RuneError {
		return keyNone, nil
	}
	return c, nil
}

// readByte reads one byte. Reading no further than needed leaves what
// the user typed ahead to whoever reads the terminal next (input()).
func (s *editState) readByte(r io.Reader) (byte, error) {
	for {
		n, err := r.Read(s.keyBytes[:])
		if n == 1 {
			return s.keyBytes[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// readEscape reads what follows ESC: a CSI or SS3 sequence (arrows,
// Home, End, Delete), or a key typed with Alt (Meta), as readline does.
func (s *editState) readEscape(r io.Reader) (rune, error) {
	b, err := s.readByte(r)
	if err != nil {
		return 0, err
	}
	switch b {
	case 'b', 'B':
		return keyWordLeft, nil
	case 'f', 'F':
		return keyWordRight, nil
	case 0x7f, 0x08:
		return keyWordRubout, nil
	case 'O':
		if b, err = s.readByte(r); err != nil {
			return 0, err
		}
		return csiKey(b, nil), nil
	case '[':
	default:
		return keyNone, nil
	}
	// CSI: parameter bytes, intermediate bytes, one final byte.
	var params []byte
	for {
		if b, err = s.readByte(r); err != nil {
			return 0, err
		}
		if b >= 0x40 && b <= 0x7e {
			return csiKey(b, params), nil
		}
		if len(params) < 16 {
			params = append(params, b)
		}
	}
}

// csiKey maps the final byte and parameters of an escape sequence to a key.
func csiKey(final byte, params []byte) rune {
	// A modifier parameter ("1;5C" is Ctrl-right) turns arrows into word
	// moves.
	modified := bytes.IndexByte(params, ';') >= 0
	switch final {
	case 'A':
		return keyUp
	case 'B':
		return keyDown
	case 'C':
		if modified {
			return keyWordRight
		}
		return keyRight
	case 'D':
		if modified {
			return keyWordLeft
		}
		return keyLeft
	case 'H':
		return keyHome
	case 'F':
		return keyEnd
	case '~':
		switch string(params) {
		case "1", "7":
			return keyHome
		case "4", "8":
			return keyEnd
		case "3":
			return keyDelete
		}
	}
	return keyNone
}

// insert inserts text at the cursor.
func (s *editState) insert(text []rune) {
	atEnd := s.pos == len(s.buf)
	s.buf = append(s.buf[:s.pos], append(text, s.buf[s.pos:]...)...)
	s.pos += len(text)
	if atEnd && s.width+len(s.buf) < s.cols {
		// The common case, typing at the end: no need to redraw.
		io.WriteString(s.out, string(text))
		return
	}
	s.refresh()
}

// deleteRange deletes buf[i:j] (clipped to the line) and puts the cursor
// at i.
func (s *editState) deleteRange(i, j int) {
	j = min(j, len(s.buf))
	if i >= j {
		return
	}
	s.buf = append(s.buf[:i], s.buf[j:]...)
	s.pos = i
}

// wordStart is where the word before the cursor starts (Ctrl-W deletes
// back to it, as readline's unix-word-rubout does: words end at blanks).
func (s *editState) wordStart() int {
	i := s.pos
	for i > 0 && unicode.IsSpace(s.buf[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(s.buf[i-1]) {
		i--
	}
	return i
}

// wordEnd is where the word after the cursor ends.
func (s *editState) wordEnd() int {
	i := s.pos
	for i < len(s.buf) && unicode.IsSpace(s.buf[i]) {
		i++
	}
	for i < len(s.buf) && !unicode.IsSpace(s.buf[i]) {
		i++
	}
	return i
}

// showHistory shows history entry i (len(history): the new line).
func (s *editState) showHistory(i int) {
	if i < 0 || i > len(s.history) || i == s.histPos {
		return
	}
	if s.histPos == len(s.history) {
		s.newLine = append(s.newLine[:0], s.buf...)
	}
	s.histPos = i
	if i == len(s.history) {
		s.buf = append(s.buf[:0], s.newLine...)
	} else {
		s.buf = []rune(s.history[i])
	}
	s.pos = len(s.buf)
}

// refresh redraws the line. A line wider than the terminal scrolls
// sideways to keep the cursor in view.
func (s *editState) refresh() {
	text, pos := s.buf, s.pos
	for s.width+pos >= s.cols && pos > 0 {
		text, pos = text[1:], pos-1
	}
	if s.width+len(text) > s.cols {
		text = text[:max(s.cols-s.width, pos)]
	}
	b := &s.scratch
	b.Reset()
	b.WriteString("\r")
	b.WriteString(s.prompt)
	b.WriteString(string(text))
	b.WriteString("\x1b[K\r")
	if col := s.width + pos; col > 0 {
		b.WriteString("\x1b[")
		b.WriteString(strconv.Itoa(col))
		b.WriteString("C")
	}
	s.out.Write(b.Bytes())
}

// endLine moves the cursor past the line, so that output goes below it.
func (s *editState) endLine() {
	if s.pos != len(s.buf) {
		s.pos = len(s.buf)
		s.refresh()
	}
	io.WriteString(s.out, "\r\n")
}

// displayWidth counts the columns of a prompt, skipping the escape
// sequences (colours) that some prompts hold.
func displayWidth(prompt string) int {
	n := 0
	inEscape := false
	for _, c := range prompt {
		switch {
		case inEscape:
			inEscape = !(c >= 0x40 && c <= 0x7e && c != '[')
		case c == 0x1b:
			inEscape = true
		default:
			n++
		}
	}
	return n
}
