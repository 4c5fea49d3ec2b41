// io_open.go: open(), which stacks FileIO, a buffered layer and a text
// layer as the mode asks.

package stdlib

import (
	"strings"

	"github.com/adderpy/adder/object"
)

// openMode is a parsed open() mode string.
type openMode struct {
	reading, writing, appending, creating, updating, text, binary bool
}

func parseMode(mode string) (openMode, error) {
	var m openMode
	for i, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || strings.ContainsRune(mode[i+1:], c) {
			return m, object.Errorf(object.ValueError, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case 'x':
			m.creating = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	if m.text && m.binary {
		return m, object.NewError(object.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.reading, m.writing, m.appending, m.creating} {
		if b {
			n++
		}
	}
	if n != 1 {
		return m, object.NewError(object.ValueError, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

// rawMode is the mode open() passes to FileIO.
func (m openMode) rawMode() string {
	var s string
	switch {
	case m.creating:
		s = "x"
	case m.appending:
		s = "a"
	case m.writing:
		s = "w"
	default:
		s = "r"
	}
	if m.updating {
		s += "+"
	}
	return s
}

var openParams = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

func ioOpen(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [8]object.Value
	if err := object.ParseArgs("open", args, kw, openParams, 1, 8, a[:]); err != nil {
		return object.Null, err
	}
	modeStr := "r"
	if !a[1].IsNull() {
		s, ok := a[1].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument 'mode' must be str, not %s", object.ArgTypeName(a[1]))
		}
		modeStr = s.String()
	}
	m, err := parseMode(modeStr)
	if err != nil {
		return object.Null, err
	}
	buffering := -1
	if !a[2].IsNull() {
		if buffering, err = object.IndexInt(t, a[2]); err != nil {
			return object.Null, err
		}
	}
	for i, what := range []string{"encoding", "errors", "newline"} {
		v := a[3+i]
		if v.IsNull() || v.IsNone() {
			continue
		}
		if _, ok := v.AsStr(); !ok {
			return object.Null, object.Errorf(object.TypeError, "open() argument '%s' must be str or None, not %s", what, object.ArgTypeName(v))
		}
		if m.binary {
			article := "an"
			if what == "newline" {
				article = "a"
			}
			return object.Null, object.Errorf(object.ValueError, "binary mode doesn't take %s %s argument", article, what)
		}
	}
	if nl, ok := a[5].AsStr(); ok {
		switch nl.String() {
		case "", "\n", "\r", "\r\n":
		default:
			return object.Null, object.Errorf(object.ValueError, "illegal newline value: %s", nl.String())
		}
	}
	if !m.binary && buffering == 0 {
		return object.Null, object.NewError(object.ValueError, "can't have unbuffered text I/O")
	}
	closefd := true
	if !a[6].IsNull() {
		if closefd, err = object.Truth(t, a[6]); err != nil {
			return object.Null, err
		}
	}
	raw := newIO(fileIOType, fileIOType, func(f *fileIO) *object.Attrs { return &f.attrs })
	raw.fd, raw.seekable = -1, -1
	if err := openFileIO(t, raw, a[0], m.rawMode(), closefd, a[7]); err != nil {
		return object.Null, err
	}
	lineBuffering := false
	if buffering == 1 || buffering < 0 && fdIsTerminal(raw.fd) {
		lineBuffering = true
	}
	if buffering == 1 || buffering < 0 {
		buffering = ioChunk
	}
	if buffering == 0 {
		return asValue(raw), nil
	}
	btyp := bufReaderType
	switch {
	case m.updating:
		btyp = bufRandomType
	case !m.reading:
		btyp = bufWriterType
	}
	buf := newBuffered(btyp, raw, buffering)
	if m.binary {
		return asValue(buf), nil
	}
	text, err := newTextIO(t, buf, a[3], a[4], a[5], lineBuffering)
	if err == nil {
		err = object.SetAttr(t, asValue(text), strMode, object.StrValue(modeStr))
	}
	if err != nil {
		raw.close()
		return object.Null, err
	}
	return asValue(text), nil
}
