package object

// codec_errors.go: codec error handlers. The built-in ones (strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape, surrogatepass) run in Go without building an exception
// unless they raise; handlers registered from Python (codecs.register_error)
// are called with a UnicodeEncodeError or UnicodeDecodeError and return
// (replacement, new position) as in CPython.

import (
	"strconv"
	"sync"

	"github.com/adderpy/adder/internal/pyrepr"
)

// errorHandler identifies a built-in error handler; handlerPython is one
// registered from Python.
type errorHandler uint8

const (
	handlerStrict errorHandler = iota
	handlerIgnore
	handlerReplace
	handlerBackslash
	handlerXMLCharRef
	handlerName
	handlerSurrogateEscape
	handlerSurrogatePass
	handlerPython
)

// builtinHandlerNames are the names of the built-in handlers, indexed by
// errorHandler.
var builtinHandlerNames = [...]string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
	"namereplace", "surrogateescape", "surrogatepass"}

var (
	handlerMu sync.Mutex
	// pythonHandlers holds the handlers of codecs.register_error.
	pythonHandlers = map[string]Value{}
	// builtinHandlerFuncs are the built-in handlers as Python callables
	// (codecs.lookup_error), made on first use.
	builtinHandlerFuncs [len(builtinHandlerNames)]Value
)

// codecError is a codec failure being handled: the codec, the input
// (runes when encoding, bytes when decoding), the failing range and why.
type codecError struct {
	codec      *Codec
	encode     bool // the input is runes: encoding, or translating
	translate  bool // a UnicodeTranslateError (from Python)
	errName    string
	runes      []rune
	s          *Str
	data       []byte
	start, end int
	reason     string
}

// exception returns the UnicodeEncodeError or UnicodeDecodeError for e.
func (e *codecError) exception() *Exc {
	if e.encode {
		s := e.s
		if s == nil {
			s = strFromRunes(e.runes)
		}
		return newUnicodeError(UnicodeEncodeError, StrValue(e.errName), s.AsValue(), Int(int64(e.start)), Int(int64(e.end)), StrValue(e.reason))
	}
	return newUnicodeError(UnicodeDecodeError, StrValue(e.errName), NewBytes(e.data), Int(int64(e.start)), Int(int64(e.end)), StrValue(e.reason))
}

// resolveHandler finds the handler called name; fn is set for handlers
// registered from Python.
func resolveHandler(name string) (h errorHandler, fn Value, err error) {
	for i, n := range builtinHandlerNames {
		if n == name {
			return errorHandler(i), Null, nil
		}
	}
	handlerMu.Lock()
	fn, ok := pythonHandlers[name]
	handlerMu.Unlock()
	if !ok {
		return 0, Null, Errorf(LookupError, "unknown error handler name '%s'", name)
	}
	return handlerPython, fn, nil
}

// handlerResult is what an error handler returns: a replacement, str
// (repl) or bytes (replBytes, when isBytes), and where to resume.
type handlerResult struct {
	repl      []rune
	replBytes []byte
	isBytes   bool
	next      int
}

// handle runs handler h (fn when registered from Python) on e.
func (e *codecError) handle(t *Thread, h errorHandler, fn Value) (handlerResult, error) {
	r := handlerResult{next: e.end}
	switch h {
	case handlerStrict:
		return r, e.exception()
	case handlerIgnore:
	case handlerReplace:
		if e.translate {
			for range e.end - e.start {
				r.repl = append(r.repl, 0xFFFD)
			}
		} else if e.encode {
			for range e.end - e.start {
				r.repl = append(r.repl, '?')
			}
		} else {
			r.repl = []rune{0xFFFD}
		}
	case handlerBackslash:
		if e.encode {
			for _, c := range e.runes[e.start:e.end] {
				r.repl = appendEscape(r.repl, c)
			}
		} else {
			for _, b := range e.data[e.start:e.end] {
				r.repl = appendEscape(r.repl, rune(b))
			}
		}
	case handlerXMLCharRef, handlerName:
		if !e.encode {
			return r, Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
		}
		for _, c := range e.runes[e.start:e.end] {
			if h == handlerXMLCharRef {
				r.repl = append(r.repl, []rune("&#"+strconv.Itoa(int(c))+";")...)
			} else if name, ok := UnicodeName(c); ok {
				r.repl = append(r.repl, []rune(`\N{`+name+"}")...)
			} else {
				r.repl = appendEscape(r.repl, c)
			}
		}
	case handlerSurrogateEscape:
		if e.encode {
			r.isBytes = true
			for _, c := range e.runes[e.start:e.end] {
				if c < 0xDC80 || c > 0xDCFF {
					return r, e.exception()
				}
				r.replBytes = append(r.replBytes, byte(c-0xDC00))
			}
		} else {
			n := 0
			for _, b := range e.data[e.start:e.end] {
				if b < 128 {
					break
				}
				r.repl = append(r.repl, 0xDC00+rune(b))
				n++
				if n == 4 {
					break
				}
			}
			if n == 0 {
				return r, e.exception()
			}
			r.next = e.start + n
		}
	case handlerSurrogatePass:
		return e.surrogatePass()
	case handlerPython:
		return e.callPython(t, fn)
	}
	return r, nil
}

// surrogatePass encodes the surrogates of e.runes[start:end] or decodes
// one surrogate at e.data[start:] in the UTF-8, UTF-16 or UTF-32 form of
// the codec, raising e for other codecs and other code points.
func (e *codecError) surrogatePass() (handlerResult, error) {
	r := handlerResult{next: e.end}
	c := e.codec
	if c == nil || c.kind != kindUTF8 && c.kind != kindUTF8Sig && c.kind != kindUTF16 && c.kind != kindUTF32 {
		return r, e.exception()
	}
	if e.encode {
		r.isBytes = true
		for _, s := range e.runes[e.start:e.end] {
			if !isSurrogate(s) {
				return r, e.exception()
			}
			r.replBytes = c.appendUnit(r.replBytes, s)
		}
		return r, nil
	}
	d := e.data[e.start:]
	switch {
	case c.kind == kindUTF16 && len(d) >= 2:
		if u := rune(c.uint16(d)); isSurrogate(u) {
			r.repl, r.next = []rune{u}, e.start+2
			return r, nil
		}
	case c.kind == kindUTF32 && len(d) >= 4:
		if u := rune(c.uint32(d)); isSurrogate(u) {
			r.repl, r.next = []rune{u}, e.start+4
			return r, nil
		}
	case (c.kind == kindUTF8 || c.kind == kindUTF8Sig) && len(d) >= 3:
		if d[0] == 0xED && d[1]&0xE0 == 0xA0 && d[2]&0xC0 == 0x80 {
			r.repl, r.next = []rune{0xD000 | rune(d[1]&0x3F)<<6 | rune(d[2]&0x3F)}, e.start+3
			return r, nil
		}
	}
	return r, e.exception()
}

// callPython calls a handler registered from Python and checks its result.
func (e *codecError) callPython(t *Thread, fn Value) (handlerResult, error) {
	var r handlerResult
	if t == nil {
		return r, NewError(LookupError, "error handlers written in Python cannot run here")
	}
	exc := e.exception()
	v, err := Call(t, fn, []Value{exc.AsValue()}, nil)
	if err != nil {
		return r, err
	}
	kind, want := "decoding", "(str, int)"
	if e.encode {
		kind, want = "encoding", "(str/bytes, int)"
	}
	tup, ok := v.AsTuple()
	bad := Errorf(TypeError, "%s error handler must return %s tuple", kind, want)
	if !ok || len(tup.Items) != 2 {
		return r, bad
	}
	if s, ok := tup.Items[0].exactStr(); ok {
		r.repl = strRunes(s)
	} else if b, ok := tup.Items[0].AsBytes(); ok && e.encode {
		r.isBytes, r.replBytes = true, b.b
	} else {
		return r, bad
	}
	if _, _, ok := intOperand(tup.Items[1]); !ok {
		return r, bad
	}
	pos, ok := AsInt64(tup.Items[1])
	n := int64(len(e.runes))
	if !e.encode {
		n = int64(len(e.data))
	}
	if ok && pos < 0 {
		pos += n
	}
	if !ok || pos < 0 || pos > n {
		p, _ := AsInt64(tup.Items[1])
		return r, Errorf(IndexError, "position %d from error handler out of bounds", p)
	}
	r.next = int(pos)
	return r, nil
}

// appendEscape appends the \x, \u or \U escape of c.
func appendEscape(dst []rune, c rune) []rune {
	switch {
	case c <= 0xFF:
		return append(dst, '\\', 'x', hexRune(c>>4), hexRune(c))
	case c <= 0xFFFF:
		return append(dst, '\\', 'u', hexRune(c>>12), hexRune(c>>8), hexRune(c>>4), hexRune(c))
	}
	dst = append(dst, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		dst = append(dst, hexRune(c>>shift))
	}
	return dst
}

func hexRune(c rune) rune { return rune("0123456789abcdef"[c&15]) }

func isSurrogate(r rune) bool { return 0xD800 <= r && r <= 0xDFFF }

// strRunes returns the code points of s.
func strRunes(s *Str) []rune {
	rs := make([]rune, 0, s.length)
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

// strFromRunes returns the str of code points rs (surrogates allowed).
func strFromRunes(rs []rune) *Str {
	var sb strBuilder
	for _, r := range rs {
		sb.writeRune(r)
	}
	return sb.str()
}

// RegisterErrorHandler is codecs.register_error.
func RegisterErrorHandler(name string, fn Value) {
	handlerMu.Lock()
	pythonHandlers[name] = fn
	handlerMu.Unlock()
}

// LookupErrorHandler is codecs.lookup_error: the handler called name as a
// Python callable.
func LookupErrorHandler(name string) (Value, error) {
	h, fn, err := resolveHandler(name)
	if err != nil || h == handlerPython {
		return fn, err
	}
	handlerMu.Lock()
	defer handlerMu.Unlock()
	if builtinHandlerFuncs[h].IsNull() {
		// CPython's names: strict_errors ... namereplace_errors, but
		// plain surrogateescape and surrogatepass.
		fname := name + "_errors"
		if h == handlerSurrogateEscape || h == handlerSurrogatePass {
			fname = name
		}
		def := &MethodDef{Name: fname, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			if err := CheckArity(fname, args, kwnames, 1, 1); err != nil {
				return Null, err
			}
			return callBuiltinHandler(t, h, args[0])
		}}
		builtinHandlerFuncs[h] = NewBuiltinFunction(def, "_codecs").AsValue()
	}
	return builtinHandlerFuncs[h], nil
}

// callBuiltinHandler runs built-in handler h on a UnicodeError from Python.
func callBuiltinHandler(t *Thread, h errorHandler, excValue Value) (Value, error) {
	typ := excValue.Type()
	isEncode, isDecode := typ.IsSubtype(UnicodeEncodeError), typ.IsSubtype(UnicodeDecodeError)
	if !isEncode && !isDecode && !typ.IsSubtype(UnicodeTranslateError) || excValue.IsImmediate() {
		if h == handlerStrict && typ.IsSubtype(BaseException) {
			return Null, (*Exc)(excValue.p)
		}
		return Null, Errorf(TypeError, "don't know how to handle %s in error callback", typ.Name)
	}
	exc := (*Exc)(excValue.p)
	if h == handlerStrict {
		return Null, exc
	}
	var e codecError
	if !isEncode && !isDecode {
		// UnicodeTranslateError: only these handlers know it.
		if h != handlerIgnore && h != handlerReplace && h != handlerBackslash {
			return Null, Errorf(TypeError, "don't know how to handle %s in error callback", typ.Name)
		}
		e.translate = true
	}
	if enc, ok := exc.fields[fieldUnicodeEncoding].exactStr(); ok {
		e.errName = enc.s
		e.codec, _ = LookupCodec(enc.s)
	}
	start, err := indexValue(t, exc.fields[fieldUnicodeStart])
	if err != nil {
		return Null, err
	}
	end, err := indexValue(t, exc.fields[fieldUnicodeEnd])
	if err != nil {
		return Null, err
	}
	obj := exc.fields[fieldUnicodeObject]
	n := 0
	if !isDecode {
		s, ok := obj.exactStr()
		if !ok {
			return Null, NewError(TypeError, "object attribute must be unicode")
		}
		e.encode, e.s, e.runes = true, s, strRunes(s)
		n = len(e.runes)
	} else {
		b, ok := BytesData(obj)
		if !ok {
			return Null, NewError(TypeError, "object attribute must be bytes")
		}
		e.data = b
		n = len(b)
	}
	e.start, e.end = min(max(int(start), 0), n), min(max(int(end), 0), n)
	if e.end < e.start {
		e.end = e.start
	}
	if r, ok := exc.fields[fieldUnicodeReason].exactStr(); ok {
		e.reason = r.s
	}
	r, err := e.handle(t, h, Null)
	if err != nil {
		if h == handlerSurrogateEscape || h == handlerSurrogatePass {
			return Null, exc
		}
		return Null, err
	}
	var repl Value
	if r.isBytes {
		repl = NewBytes(r.replBytes)
	} else {
		repl = strFromRunes(r.repl).AsValue()
	}
	return NewTuple(repl, Int(int64(r.next))).AsValue(), nil
}
