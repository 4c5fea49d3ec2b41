// io_text.go: TextIOWrapper, the text layer over any buffered binary
// stream (calling the Go buffered classes directly).
//
// Reading decodes chunks of the buffer into decoded, kept untranslated
// (newlines are translated as text is returned), so the bytes behind the
// unread text are known and tell() is an exact byte offset, as CPython's
// is for its stateless codecs: tell() = buffer.tell() - len(undecoded
// bytes) - bytes of the unread text. A '\r' ending a chunk stays undecoded
// until the next chunk shows whether '\n' follows, so a line end never
// straddles two chunks. Writes are encoded and handed to the buffer.

package stdlib

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/object"
)

var textIOType = object.NewNativeType("TextIOWrapper", "_io", textIOBaseType)

// textCodec is how the text layer decodes: the byte-exact UTF-8, Latin-1
// and ASCII in Go, or any other codec through object.Decode.
type textCodec uint8

const (
	codecKindUTF8 textCodec = iota
	codecKindLatin1
	codecKindASCII
	codecKindOther
)

func textCodecOf(encoding string) textCodec {
	switch strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(encoding)) {
	case "utf_8", "utf8", "u8", "utf", "cp65001":
		return codecKindUTF8
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
		return codecKindLatin1
	case "ascii", "us_ascii", "646", "us":
		return codecKindASCII
	}
	return codecKindOther
}

type textIO struct {
	object.Header
	buffer   object.Value // Null before __init__ and after detach
	fast     *buffered    // buffer when exactly one of the Go classes
	detached bool

	encoding, errors string
	codec            textCodec
	hasBOM           bool // the encoder writes a byte order mark at every call
	wroteText        bool
	// Newline mode: readUniversal and readTranslate as CPython's
	// (newline None: both; ''; universal only); else readNL is the line
	// end. writeNL replaces '\n' on output when not "".
	newline                      object.Value
	readUniversal, readTranslate bool
	readNL, writeNL              string
	lineBuffering, writeThrough  bool
	seekable, telling            bool
	chunkSize                    int

	decoded string // decoded text not yet returned starts at dpos
	dpos    int
	exact   bool   // decoded is byte for byte the raw bytes it came from
	raw     []byte // bytes read but not yet decoded
	eof     bool
	seenNL  uint8  // newline kinds seen (1 \r, 2 \n, 4 \r\n)
	pending []byte // encoded text not yet passed to a non-Go buffer

	attrs object.Attrs
}

func asTextIO(v object.Value) *textIO { return (*textIO)(v.Pointer()) }

func (x *textIO) check() error {
	if x.buffer.IsNull() {
		if x.detached {
			return object.NewError(object.ValueError, "underlying buffer has been detached")
		}
		return errUninitialized()
	}
	return nil
}

func (x *textIO) checkOpen(t *object.Thread) error {
	if err := x.check(); err != nil {
		return err
	}
	if x.fast != nil {
		return x.fast.checkOpen(t)
	}
	return checkOpen(t, x.buffer)
}

// ---- reading ----

// readChunk reads bytes from the buffer: up to n, or all when n < 0.
func (x *textIO) readChunk(t *object.Thread, n int) ([]byte, error) {
	if x.fast != nil {
		if n < 0 {
			data, _, err := x.fast.read(t, -1)
			return data, err
		}
		return x.fast.read1(t, n)
	}
	method := strRead1
	if n < 0 {
		method = strRead
	} else if _, err := object.GetAttr(t, x.buffer, strRead1); err != nil {
		if !isAttributeError(err) {
			return nil, err
		}
		method = strRead
	}
	r, err := callMethod(t, x.buffer, method, object.Int(int64(n)))
	if err != nil {
		return nil, err
	}
	if r.IsNone() {
		return nil, nil
	}
	data, ok := object.BytesData(r)
	if !ok {
		return nil, object.Errorf(object.TypeError, "underlying %s() should have returned a bytes-like object, not '%s'", method.String(), r.Type().Name)
	}
	return data, nil
}

// fetch reads and decodes the next chunk (the rest of the stream when all
// is set); it returns false at end of file.
func (x *textIO) fetch(t *object.Thread, all bool) (bool, error) {
	if err := x.flushPending(t); err != nil {
		return false, err
	}
	n := x.chunkSize
	if all {
		n = -1
	}
	chunk, err := x.readChunk(t, n)
	if err != nil {
		return false, err
	}
	x.eof = len(chunk) == 0 || all
	data := chunk
	if len(x.raw) > 0 {
		data = append(x.raw, chunk...)
	}
	cut := len(data)
	if !x.eof {
		cut = x.completePrefix(data)
	}
	text, exact, err := x.decode(t, data[:cut])
	if err != nil {
		return false, err
	}
	x.raw = append(x.raw[:0:0], data[cut:]...)
	if x.readUniversal {
		x.seenNL |= newlineKinds(text)
	}
	if x.dpos < len(x.decoded) {
		x.decoded = x.decoded[x.dpos:] + text
		x.exact = x.exact && exact
	} else {
		x.decoded, x.exact = text, exact
	}
	x.dpos = 0
	return len(chunk) > 0 || text != "", nil
}

// completePrefix is the length of the prefix of data to decode now: data
// without an incomplete UTF-8 sequence or a '\r' at its end.
func (x *textIO) completePrefix(data []byte) int {
	n := len(data)
	if x.codec == codecKindOther {
		return n
	}
	if n > 0 && data[n-1] == '\r' {
		return n - 1
	}
	if x.codec != codecKindUTF8 {
		return n
	}
	for i := n - 1; i >= 0 && i >= n-3; i-- {
		c := data[i]
		if c < utf8.RuneSelf {
			break
		}
		if c >= 0xC0 {
			if !utf8.FullRune(data[i:]) {
				return i
			}
			break
		}
	}
	return n
}

// decode decodes data: the text, and whether it is the same bytes.
func (x *textIO) decode(t *object.Thread, data []byte) (string, bool, error) {
	if x.codec == codecKindUTF8 && utf8.Valid(data) {
		return string(data), true, nil
	}
	if x.codec == codecKindOther && !x.eof {
		// An incremental decoder would keep an incomplete last character;
		// without one, decode the longest prefix that decodes.
		for cut := len(data); cut > 0 && cut > len(data)-4; cut-- {
			s, err := object.Decode(t, data[:cut], x.encoding, x.errors)
			if err == nil {
				x.raw = append(x.raw[:0:0], data[cut:]...)
				return s.String(), false, nil
			}
		}
	}
	s, err := object.Decode(t, data, x.encoding, x.errors)
	if err != nil {
		return "", false, err
	}
	return s.String(), false, nil
}

// newlineKinds returns the newline kinds in text.
func newlineKinds(text string) uint8 {
	var seen uint8
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			seen |= 2
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				seen |= 4
				i++
			} else {
				seen |= 1
			}
		}
	}
	return seen
}

// lineEnd finds the first line end in s: the index where it starts and
// its length; -1 when there is none.
func (x *textIO) lineEnd(s string) (int, int) {
	if x.readUniversal {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\n':
				return i, 1
			case '\r':
				if i+1 < len(s) && s[i+1] == '\n' {
					return i, 2
				}
				return i, 1
			}
		}
		return -1, 0
	}
	return strings.Index(s, x.readNL), len(x.readNL)
}

// runePrefix returns the byte length of the first n code points of s (all
// of s when it has fewer).
func runePrefix(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return i
}

// readline returns the next line, of at most limit code points when
// limit >= 0.
func (x *textIO) readline(t *object.Thread, limit int) (string, error) {
	scanned := 0
	for {
		s := x.decoded[x.dpos:]
		i, eolLen := x.lineEnd(s[scanned:])
		if i >= 0 {
			i += scanned
		}
		if i >= 0 && !(s[i] == '\r' && i+1 == len(s) && !x.eof && x.readUniversal) {
			line, consumed := s[:i+eolLen], i+eolLen
			if x.readTranslate && s[i] == '\r' {
				line = s[:i] + "\n"
			}
			if limit >= 0 && utf8.RuneCountInString(line) > limit {
				consumed = runePrefix(s, limit)
				line = s[:consumed]
			}
			x.dpos += consumed
			return line, nil
		}
		if limit >= 0 && utf8.RuneCountInString(s) >= limit {
			n := runePrefix(s, limit)
			x.dpos += n
			return s[:n], nil
		}
		if i < 0 {
			scanned = len(s)
		}
		more, err := x.fetch(t, false)
		if err != nil {
			return "", err
		}
		if !more {
			x.dpos = len(x.decoded)
			return s, nil
		}
	}
}

// translate applies universal newline translation to s when enabled.
func (x *textIO) translate(s string) string {
	if x.readTranslate && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// read returns up to n code points (all when n < 0).
func (x *textIO) read(t *object.Thread, n int) (string, error) {
	if n < 0 {
		if _, err := x.fetch(t, true); err != nil {
			return "", err
		}
		s := x.decoded[x.dpos:]
		x.decoded, x.dpos = "", 0
		return x.translate(s), nil
	}
	var b strings.Builder
	for count := 0; count < n; {
		s := x.decoded[x.dpos:]
		if s == "" {
			more, err := x.fetch(t, false)
			if err != nil {
				return "", err
			}
			if !more && x.dpos == len(x.decoded) {
				break
			}
			continue
		}
		end := len(s)
		if x.readTranslate {
			if i := strings.IndexByte(s, '\r'); i >= 0 {
				end = i
			}
		}
		if end == 0 {
			// A '\r' to translate: the chunk holds what follows it.
			size := 1
			if len(s) > 1 && s[1] == '\n' {
				size = 2
			}
			b.WriteByte('\n')
			x.dpos += size
			count++
			continue
		}
		k := runePrefix(s[:end], n-count)
		count += utf8.RuneCountInString(s[:k])
		b.WriteString(s[:k])
		x.dpos += k
	}
	return b.String(), nil
}

// unreadBytes is the number of bytes behind the decoded text not yet
// returned.
func (x *textIO) unreadBytes() (int64, error) {
	rest := x.decoded[x.dpos:]
	if x.exact || rest == "" {
		return int64(len(rest)), nil
	}
	if x.codec == codecKindLatin1 {
		return int64(utf8.RuneCountInString(rest)), nil
	}
	data, err := object.Encode(object.NewStr(rest), x.encoding, x.errors)
	if err != nil {
		return 0, err
	}
	if x.hasBOM && len(data) > 0 {
		data = data[bomLen(x.encoding):]
	}
	return int64(len(data)), nil
}

func (x *textIO) resetRead() {
	x.decoded, x.dpos, x.raw, x.eof, x.exact = "", 0, nil, false, true
}

// ---- writing ----

func bomLen(encoding string) int {
	if strings.Contains(strings.ToLower(encoding), "32") {
		return 4
	}
	return 2
}

func (x *textIO) write(t *object.Thread, s *object.Str) error {
	text := s.String()
	hasLF := strings.IndexByte(text, '\n') >= 0
	if hasLF && x.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", x.writeNL)
	}
	needFlush := x.lineBuffering && (hasLF || strings.IndexByte(text, '\r') >= 0)
	if x.decoded != "" || len(x.raw) > 0 {
		// As CPython: the read-ahead is dropped, not rewound.
		x.resetRead()
	}
	x.eof = false
	if x.fast != nil && x.codec == codecKindUTF8 && strings.IndexByte(text, 0xED) < 0 {
		if err := x.fast.checkOpen(t); err != nil {
			return err
		}
		if err := x.fast.writeString(t, text); err != nil {
			return err
		}
	} else {
		data, err := object.EncodeStr(t, object.NewStr(text), x.encoding, x.errors)
		if err != nil {
			return err
		}
		if x.hasBOM && x.wroteText && len(data) > 0 {
			data = data[bomLen(x.encoding):]
		}
		x.wroteText = true
		if x.fast != nil {
			if err := x.fast.checkOpen(t); err != nil {
				return err
			}
			if err := x.fast.write(t, data); err != nil {
				return err
			}
		} else {
			x.pending = append(x.pending, data...)
			if len(x.pending) >= x.chunkSize || x.writeThrough || needFlush {
				if err := x.flushPending(t); err != nil {
					return err
				}
			}
		}
	}
	if needFlush {
		return x.flush(t)
	}
	return nil
}

// flushPending passes the encoded text not yet written to the buffer.
func (x *textIO) flushPending(t *object.Thread) error {
	if len(x.pending) == 0 {
		return nil
	}
	data := x.pending
	x.pending = nil
	_, err := callMethod(t, x.buffer, strWrite, object.NewBytes(data))
	return err
}

func (x *textIO) flush(t *object.Thread) error {
	if err := x.checkOpen(t); err != nil {
		return err
	}
	x.telling = x.seekable
	if err := x.flushPending(t); err != nil {
		return err
	}
	if x.fast != nil {
		if x.fast.canWrite {
			return x.fast.flushWrites(t)
		}
		return nil
	}
	_, err := callMethod(t, x.buffer, strFlush)
	return err
}

// ---- positioning ----

func (x *textIO) tell(t *object.Thread) (object.Value, error) {
	if err := x.checkOpen(t); err != nil {
		return object.Null, err
	}
	if !x.seekable {
		return object.Null, errUnsupported("underlying stream is not seekable")
	}
	if !x.telling {
		return object.Null, object.NewError(object.OSError, "telling position disabled by next() call")
	}
	if err := x.flush(t); err != nil {
		return object.Null, err
	}
	var pos int64
	if x.fast != nil {
		p, err := x.fast.tell(t)
		if err != nil {
			return object.Null, err
		}
		pos = p
	} else {
		r, err := callMethod(t, x.buffer, strTell)
		if err != nil {
			return object.Null, err
		}
		if pos, err = rawPosition(t, r); err != nil {
			return object.Null, err
		}
	}
	unread, err := x.unreadBytes()
	if err != nil {
		return object.Null, err
	}
	return object.Int(pos - int64(len(x.raw)) - unread), nil
}

func (x *textIO) seek(t *object.Thread, cookie object.Value, whence int) (object.Value, error) {
	if err := x.checkOpen(t); err != nil {
		return object.Null, err
	}
	if !x.seekable {
		return object.Null, errUnsupported("underlying stream is not seekable")
	}
	pos, err := object.Index(t, cookie)
	if err != nil {
		return object.Null, err
	}
	zero := pos.IsInt() && pos.AsInt() == 0
	switch whence {
	case 1:
		if !zero {
			return object.Null, errUnsupported("can't do nonzero cur-relative seeks")
		}
		if pos, err = x.tell(t); err != nil {
			return object.Null, err
		}
	case 2:
		if !zero {
			return object.Null, errUnsupported("can't do nonzero end-relative seeks")
		}
		if err := x.flush(t); err != nil {
			return object.Null, err
		}
		x.resetRead()
		if x.fast != nil {
			p, err := x.fast.seek(t, 0, 2)
			return object.Int(p), err
		}
		return callMethod(t, x.buffer, strSeek, object.Int(0), object.Int(2))
	case 0:
	default:
		return object.Null, object.Errorf(object.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	p, ok := object.AsInt64(pos)
	if ok && p < 0 {
		return object.Null, object.Errorf(object.ValueError, "negative seek position %d", p)
	}
	if !ok {
		return object.Null, object.NewError(object.OverflowError, "cookie too large to seek to")
	}
	if err := x.flush(t); err != nil {
		return object.Null, err
	}
	x.resetRead()
	if x.fast != nil {
		if _, err := x.fast.seek(t, p, 0); err != nil {
			return object.Null, err
		}
	} else if _, err := callMethod(t, x.buffer, strSeek, object.Int(p)); err != nil {
		return object.Null, err
	}
	return pos, nil
}

// ---- construction ----

var textIOParams = []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}

func optStrArg(fname, what string, v object.Value) (string, bool, error) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	s, ok := v.AsStr()
	if !ok {
		return "", false, object.Errorf(object.TypeError, "%s() argument '%s' must be str or None, not %s", fname, what, object.ArgTypeName(v))
	}
	return s.String(), true, nil
}

// setNewline applies a newline argument (Null or None for universal).
func (x *textIO) setNewline(t *object.Thread, fname string, v object.Value) error {
	nl, has, err := optStrArg(fname, "newline", v)
	if err != nil {
		return err
	}
	if has {
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return object.Errorf(object.ValueError, "illegal newline value: %s", nl)
		}
	}
	x.newline = object.None
	if has {
		x.newline = object.StrValue(nl)
	}
	x.readUniversal = !has || nl == ""
	x.readTranslate = !has
	x.readNL = nl
	x.writeNL = ""
	if nl == "\r" || nl == "\r\n" {
		x.writeNL = nl
	}
	return nil
}

// setEncoding applies encoding and errors (Null or None for the defaults).
func (x *textIO) setEncoding(fname string, enc, errs object.Value) error {
	encoding, has, err := optStrArg(fname, "encoding", enc)
	if err != nil {
		return err
	}
	if !has || encoding == "locale" {
		// The locale's preferred encoding, UTF-8 in Adder.
		encoding = "UTF-8"
	}
	errors, has, err := optStrArg(fname, "errors", errs)
	if err != nil {
		return err
	}
	if !has {
		errors = "strict"
	}
	data, err := object.Encode(object.NewStr(""), encoding, "strict")
	if err != nil {
		return err
	}
	x.encoding, x.errors, x.codec = encoding, errors, textCodecOf(encoding)
	x.hasBOM = len(data) > 0
	return nil
}

// initTextOn is TextIOWrapper.__init__.
func initTextOn(t *object.Thread, x *textIO, a []object.Value) error {
	x.buffer, x.fast, x.detached = object.Null, nil, false
	if err := x.setEncoding("TextIOWrapper", a[1], a[2]); err != nil {
		return err
	}
	if err := x.setNewline(t, "TextIOWrapper", a[3]); err != nil {
		return err
	}
	var err error
	x.lineBuffering, x.writeThrough = false, false
	if !a[4].IsNull() {
		if x.lineBuffering, err = object.Truth(t, a[4]); err != nil {
			return err
		}
	}
	if !a[5].IsNull() {
		if x.writeThrough, err = object.Truth(t, a[5]); err != nil {
			return err
		}
	}
	buffer := a[0]
	x.fast = exactBuffered(buffer)
	if x.fast != nil {
		if err := x.fast.check(); err != nil {
			return err
		}
		x.seekable, err = x.fast.rawPredicate(t, strSeekable)
	} else {
		x.seekable, err = callBool(t, buffer, strSeekable)
	}
	if err != nil {
		return err
	}
	x.buffer, x.telling, x.chunkSize = buffer, x.seekable, ioChunk
	x.resetRead()
	x.seenNL, x.pending, x.wroteText = 0, nil, false
	return nil
}

func textMethod(name string, min, max int, fn func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error)) object.MethodDef {
	return ioMethod(name, min, max, func(t *object.Thread, self object.Value, a []object.Value) (object.Value, error) {
		x := asTextIO(self)
		if err := x.check(); err != nil {
			return object.Null, err
		}
		return fn(t, x, a)
	})
}

// textReadMethod checks that the stream is open and readable first.
func textReadMethod(name string, min, max int, fn func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error)) object.MethodDef {
	return textMethod(name, min, max, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
		if err := x.checkReadable(t); err != nil {
			return object.Null, err
		}
		return fn(t, x, a)
	})
}

func (x *textIO) checkReadable(t *object.Thread) error {
	if err := x.checkOpen(t); err != nil {
		return err
	}
	var ok bool
	var err error
	if x.fast != nil {
		ok = x.fast.canRead
	} else if ok, err = callBool(t, x.buffer, strReadable); err != nil {
		return err
	}
	if !ok {
		return errUnsupported("not readable")
	}
	return nil
}

func (x *textIO) checkWritable(t *object.Thread) error {
	if err := x.checkOpen(t); err != nil {
		return err
	}
	var ok bool
	var err error
	if x.fast != nil {
		ok = x.fast.canWrite
	} else if ok, err = callBool(t, x.buffer, strWritable); err != nil {
		return err
	}
	if !ok {
		return errUnsupported("not writable")
	}
	return nil
}

// textDelegate calls the buffer's method of the same name.
func textDelegate(name string) object.MethodDef {
	s := object.Intern(name)
	return textMethod(name, 0, 0, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
		return callMethod(t, x.buffer, s)
	})
}

func textMethods() []object.MethodDef {
	return []object.MethodDef{
		textReadMethod("read", 0, 1, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			s, err := x.read(t, n)
			return object.StrValue(s), err
		}),
		textReadMethod("readline", 0, 1, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			n, err := sizeArg(t, a, 0)
			if err != nil {
				return object.Null, err
			}
			s, err := x.readline(t, n)
			return object.StrValue(s), err
		}),
		textMethod("write", 1, 1, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			if err := x.checkWritable(t); err != nil {
				return object.Null, err
			}
			s, ok := a[0].AsStr()
			if !ok {
				return object.Null, object.Errorf(object.TypeError, "write() argument must be str, not %s", object.ArgTypeName(a[0]))
			}
			return object.Int(int64(s.Len())), x.write(t, s)
		}),
		textMethod("flush", 0, 0, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			return object.None, x.flush(t)
		}),
		textMethod("close", 0, 0, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			closed, err := isClosed(t, x.buffer)
			if err != nil || closed {
				return object.None, err
			}
			ferr := x.flush(t)
			_, cerr := callMethod(t, x.buffer, strClose)
			if ferr != nil {
				return object.Null, ferr
			}
			return object.None, cerr
		}),
		textMethod("tell", 0, 0, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			return x.tell(t)
		}),
		textMethod("seek", 1, 2, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			whence := 0
			if len(a) > 1 {
				var err error
				if whence, err = object.IndexInt(t, a[1]); err != nil {
					return object.Null, err
				}
			}
			return x.seek(t, a[0], whence)
		}),
		textMethod("truncate", 0, 1, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			if err := x.flush(t); err != nil {
				return object.Null, err
			}
			pos := object.None
			if len(a) > 0 && !a[0].IsNone() {
				pos = a[0]
			} else {
				p, err := x.tell(t)
				if err != nil {
					return object.Null, err
				}
				pos = p
			}
			return callMethod(t, x.buffer, strTruncate, pos)
		}),
		textMethod("detach", 0, 0, func(t *object.Thread, x *textIO, a []object.Value) (object.Value, error) {
			if err := x.flush(t); err != nil {
				return object.Null, err
			}
			b := x.buffer
			x.buffer, x.fast, x.detached = object.Null, nil, true
			return b, nil
		}),
		{Name: "reconfigure", Fn: textReconfigure},
		textDelegate("fileno"),
		textDelegate("isatty"),
		textDelegate("readable"),
		textDelegate("writable"),
		textDelegate("seekable"),
	}
}

// textReconfigure is reconfigure(*, encoding, errors, newline,
// line_buffering, write_through).
func textReconfigure(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [6]object.Value
	if err := object.ParseArgs("reconfigure", args, kw, []string{"self", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	x := asTextIO(args[0])
	if err := x.check(); err != nil {
		return object.Null, err
	}
	if (x.decoded != "" || len(x.raw) > 0) && (!a[1].IsNull() && !a[1].IsNone() || !a[3].IsNull()) {
		return object.Null, errUnsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	if err := x.flush(t); err != nil {
		return object.Null, err
	}
	if !a[1].IsNull() && !a[1].IsNone() || !a[2].IsNull() && !a[2].IsNone() {
		enc, errs := a[1], a[2]
		if enc.IsNull() || enc.IsNone() {
			enc = object.StrValue(x.encoding)
			if errs.IsNull() || errs.IsNone() {
				errs = object.StrValue(x.errors)
			}
		}
		if err := x.setEncoding("reconfigure", enc, errs); err != nil {
			return object.Null, err
		}
	}
	if !a[3].IsNull() {
		if err := x.setNewline(t, "reconfigure", a[3]); err != nil {
			return object.Null, err
		}
	}
	for i, p := range []*bool{&x.lineBuffering, &x.writeThrough} {
		if v := a[4+i]; !v.IsNull() && !v.IsNone() {
			b, err := object.Truth(t, v)
			if err != nil {
				return object.Null, err
			}
			*p = b
		}
	}
	return object.None, nil
}

// bufferAttr is a getter that reads an attribute of the buffer.
func bufferAttr(name *object.Str) object.GetSetDef {
	return object.GetSetDef{Name: name.String(), Get: func(t *object.Thread, v object.Value) (object.Value, error) {
		x := asTextIO(v)
		if err := x.check(); err != nil {
			return object.Null, err
		}
		if name == strClosed && x.fast != nil {
			c, err := x.fast.closed(t)
			return object.Bool(c), err
		}
		return object.GetAttr(t, x.buffer, name)
	}}
}

func textGetter(name string, get func(x *textIO) object.Value) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(t *object.Thread, v object.Value) (object.Value, error) {
		x := asTextIO(v)
		if err := x.check(); err != nil {
			return object.Null, err
		}
		return get(x), nil
	}}
}

// newTextIO makes the text layer of open().
func newTextIO(t *object.Thread, buf *buffered, encoding, errs, newline object.Value, lineBuffering bool) (*textIO, error) {
	x := newIO(textIOType, textIOType, func(x *textIO) *object.Attrs { return &x.attrs })
	err := initTextOn(t, x, []object.Value{asValue(buf), encoding, errs, newline, object.Bool(lineBuffering), object.Null})
	return x, err
}

func initTextIO() {
	typ := textIOType
	object.Subclassable[textIO](typ)
	typ.SetAttrsOffset(unsafe.Offsetof(textIO{}.attrs))
	typ.Doc = "Character and line based layer over a BufferedIOBase object, buffer."
	typ.New = func(t *object.Thread, sub *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return asValue(newIO(sub, textIOType, func(x *textIO) *object.Attrs { return &x.attrs })), nil
	}
	typ.Init = func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) error {
		var a [6]object.Value
		if err := object.ParseArgs("TextIOWrapper", args, kw, textIOParams, 1, 6, a[:]); err != nil {
			return err
		}
		return initTextOn(t, asTextIO(v), a[:])
	}
	typ.Repr = func(t *object.Thread, v object.Value) (object.Value, error) {
		x := asTextIO(v)
		extra := ""
		if mode, err := object.GetAttr(t, v, strMode); err == nil {
			r, err := reprOf(t, mode)
			if err != nil {
				return object.Null, err
			}
			extra = " mode=" + r
		} else if !isAttributeError(err) {
			return object.Null, err
		}
		// As CPython, subclasses show the class's name too.
		return layerRepr(t, v, "_io.TextIOWrapper", extra+" encoding="+mustRepr(t, object.StrValue(x.encoding)))
	}
	fastLineIter(typ, func(t *object.Thread, v object.Value) (object.Value, error) {
		x := asTextIO(v)
		if err := x.check(); err != nil {
			return object.Null, err
		}
		if err := x.checkReadable(t); err != nil {
			return object.Null, err
		}
		x.telling = false
		line, err := x.readline(t, -1)
		if err == nil && line == "" {
			x.telling = x.seekable
		}
		return object.StrValue(line), err
	})
	typ.AddMethods(textMethods())
	typ.AddGetSets([]object.GetSetDef{
		textGetter("buffer", func(x *textIO) object.Value { return x.buffer }),
		textGetter("encoding", func(x *textIO) object.Value { return object.StrValue(x.encoding) }),
		textGetter("errors", func(x *textIO) object.Value { return object.StrValue(x.errors) }),
		textGetter("line_buffering", func(x *textIO) object.Value { return object.Bool(x.lineBuffering) }),
		textGetter("write_through", func(x *textIO) object.Value { return object.Bool(x.writeThrough) }),
		textGetter("newlines", func(x *textIO) object.Value {
			if !x.readUniversal {
				return object.None
			}
			return newlinesValue(x.seenNL)
		}),
		bufferAttr(strClosed), bufferAttr(strName),
		{Name: "_CHUNK_SIZE", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Int(int64(asTextIO(v).chunkSize)), nil
		}, Set: func(t *object.Thread, v, value object.Value) error {
			n, err := object.IndexInt(t, value)
			if err != nil {
				return err
			}
			if n <= 0 {
				return object.NewError(object.ValueError, "a strictly positive integer is required")
			}
			asTextIO(v).chunkSize = n
			return nil
		}},
		{Name: "__dict__", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return asTextIO(v).attrs.Dict().AsValue(), nil
		}},
	})
	typ.Ready()
}
