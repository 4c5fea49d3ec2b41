// json_scan.go: the decoding half of _json: make_scanner's scan_once and
// scanstring, which parse JSON text into Python values with the positions
// and error messages of CPython 3.11's C scanner.
//
// Positions seen by Python are code point indices; the scanner works on
// the str's WTF-8 bytes and converts at its edges (ASCII text, the common
// case, needs no conversion).

package stdlib

import (
	"hash/maphash"
	"strings"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/object"
)

var jsonScannerType = object.NewNativeType("Scanner", "_json", nil)

func initJSONScanner() {
	typ := jsonScannerType
	typ.Doc = "JSON scanner object"
	typ.Call = jsonScannerCall
	typ.Ready()
}

// jsonScanner is the object make_scanner returns, holding the options of
// the decoder it was made from.
type jsonScanner struct {
	object.Header
	strict          bool
	objectHook      object.Value // Null when None
	objectPairsHook object.Value // Null when None
	parseFloat      object.Value // Null when float
	parseInt        object.Value // Null when int
	parseConstant   object.Value
	// spare is the memo and stack of the last scan, kept for the next one
	// (a scan started while another runs, from a hook, makes its own).
	spare *jsonScratch
}

// jsonScratch is the reusable memory of a scan: memo is a key cache
// that shares the str objects of repeated keys (as CPython's memo does),
// hashed with seed; stack holds the items of the arrays and the keys and
// values of the objects being parsed, so that each container is made at
// its final size.
type jsonScratch struct {
	memo  [jsonMemoSize]*object.Str
	seed  maphash.Seed
	stack []object.Value
}

func newJSONScratch() *jsonScratch { return &jsonScratch{seed: maphash.MakeSeed()} }

var (
	strStrict          = object.Intern("strict")
	strObjectHook      = object.Intern("object_hook")
	strObjectPairsHook = object.Intern("object_pairs_hook")
	strParseFloat      = object.Intern("parse_float")
	strParseInt        = object.Intern("parse_int")
	strParseConstant   = object.Intern("parse_constant")
	strJSONDecodeError = object.Intern("JSONDecodeError")
)

func jsonMakeScanner(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("make_scanner", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	ctx := args[0]
	var opts [6]object.Value
	for i, name := range []*object.Str{strStrict, strObjectHook, strObjectPairsHook, strParseFloat, strParseInt, strParseConstant} {
		v, err := object.GetAttr(t, ctx, name)
		if err != nil {
			return object.Null, err
		}
		opts[i] = v
	}
	s := newObj[jsonScanner](jsonScannerType)
	strict, err := object.Truth(t, opts[0])
	if err != nil {
		return object.Null, err
	}
	s.strict = strict
	noneToNull := func(v object.Value) object.Value {
		if v.IsNone() {
			return object.Null
		}
		return v
	}
	s.objectHook, s.objectPairsHook = noneToNull(opts[1]), noneToNull(opts[2])
	s.parseFloat, s.parseInt, s.parseConstant = opts[3], opts[4], opts[5]
	if s.parseFloat.Is(object.FloatType.AsValue()) {
		s.parseFloat = object.Null
	}
	if s.parseInt.Is(object.IntType.AsValue()) {
		s.parseInt = object.Null
	}
	return asValue(s), nil
}

// jsonScan is the state of one scan: the options, the text, the thread
// and the scratch memory.
type jsonScan struct {
	*jsonScanner
	*jsonScratch
	t   *object.Thread
	src *object.Str
	s   string
}

// jsonStop is the "no JSON value starts here" outcome, which reaches
// Python as StopIteration(idx); pos is a byte offset.
type jsonStop struct{ pos int }

func (jsonStop) Error() string { return "json: no value" }

func jsonScannerCall(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("scan_once", args, kw, []string{"string", "idx"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	src, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "first argument must be a string, not %s", a[0].Type().Name)
	}
	idx, err := object.IndexInt(t, a[1])
	if err != nil {
		return object.Null, err
	}
	if idx < 0 || idx >= src.Len() {
		return object.Null, object.NewStopIteration(object.Int(int64(idx)))
	}
	scanner := (*jsonScanner)(self.Pointer())
	scratch := scanner.spare
	if scratch == nil {
		scratch = newJSONScratch()
	}
	scanner.spare = nil
	sc := jsonScan{jsonScanner: scanner, jsonScratch: scratch, t: t, src: src, s: src.String()}
	v, end, err := sc.value(sc.byteOffset(idx))
	scratch.stack = scratch.stack[:0]
	scanner.spare = scratch
	if err != nil {
		if stop, ok := err.(jsonStop); ok {
			return object.Null, object.NewStopIteration(object.Int(int64(sc.charIndex(stop.pos))))
		}
		return object.Null, err
	}
	return object.NewPair(v, object.Int(int64(sc.charIndex(end)))).AsValue(), nil
}

func jsonScanString(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("scanstring", args, kw, []string{"string", "end", "strict"}, 2, 3, a[:]); err != nil {
		return object.Null, err
	}
	src, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "first argument must be a string, not %s", a[0].Type().Name)
	}
	end, err := object.IndexInt(t, a[1])
	if err != nil {
		return object.Null, err
	}
	strict := true
	if !a[2].IsNull() {
		if strict, err = object.Truth(t, a[2]); err != nil {
			return object.Null, err
		}
	}
	if end < 0 || end > src.Len() {
		return object.Null, object.NewError(object.ValueError, "end is out of bounds")
	}
	sc := jsonScan{jsonScanner: &jsonScanner{strict: strict}, t: t, src: src, s: src.String()}
	str, next, err := sc.str(sc.byteOffset(end))
	if err != nil {
		return object.Null, err
	}
	return object.NewPair(str.AsValue(), object.Int(int64(sc.charIndex(next)))).AsValue(), nil
}

// jsonMemoSize is the number of slots of the key cache: a two-way set
// associative table indexed by a hash of the key text, cheaper than a map
// (a collision only costs a new str). Its sets hold the most recently
// used key first. Documents with a few hundred distinct keys (a wide
// object, as many as the table has sets) fit.
const jsonMemoSize = 2048

// key returns the str for an object key, shared with earlier equal keys
// when the cache has them.
func (sc *jsonScan) key(text string) *object.Str {
	set := sc.memo[maphash.String(sc.seed, text)&(jsonMemoSize-2):]
	set = set[:2]
	if k := set[0]; k != nil && k.String() == text {
		return k
	}
	if k := set[1]; k != nil && k.String() == text {
		set[0], set[1] = k, set[0]
		return k
	}
	k := object.NewStr(text)
	set[0], set[1] = k, set[0]
	return k
}

// byteOffset converts a code point index of the text to a byte offset.
func (sc *jsonScan) byteOffset(idx int) int {
	if sc.src.IsASCII() {
		return idx
	}
	off := 0
	for ; idx > 0 && off < len(sc.s); idx-- {
		_, n := pyrepr.DecodeRune(sc.s[off:])
		off += n
	}
	return off
}

// charIndex converts a byte offset of the text to a code point index.
func (sc *jsonScan) charIndex(off int) int {
	if sc.src.IsASCII() {
		return off
	}
	n := 0
	for i := 0; i < off; i++ {
		if sc.s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// fail returns JSONDecodeError(msg, text, pos) for the byte offset pos.
func (sc *jsonScan) fail(msg string, pos int) error {
	mod, err := sc.t.State.(object.Hooks).Import("json.decoder")
	if err != nil {
		return err
	}
	cls, err := object.GetAttr(sc.t, mod, strJSONDecodeError)
	if err != nil {
		return err
	}
	exc, err := object.Call(sc.t, cls, []object.Value{object.StrValue(msg), sc.src.AsValue(), object.Int(int64(sc.charIndex(pos)))}, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.AsException(); ok {
		return e
	}
	return object.NewError(object.TypeError, "exceptions must derive from BaseException")
}

func (sc *jsonScan) skipSpace(i int) int {
	for i < len(sc.s) {
		// Most calls find a value or a delimiter at once: one compare
		// rules out every byte above the space.
		switch c := sc.s[i]; {
		case c > ' ':
			return i
		case c == ' ', c == '\t', c == '\n', c == '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value parses the JSON value starting at byte offset i, returning it and
// the offset after it.
func (sc *jsonScan) value(i int) (object.Value, int, error) {
	s := sc.s
	if i >= len(s) {
		return object.Null, 0, jsonStop{i}
	}
	switch c := s[i]; c {
	case '"':
		str, end, err := sc.str(i + 1)
		if err != nil {
			return object.Null, 0, err
		}
		return str.AsValue(), end, nil
	case '{':
		if err := sc.t.Enter(" while decoding a JSON object from a unicode string"); err != nil {
			return object.Null, 0, err
		}
		v, end, err := sc.object(i + 1)
		sc.t.Leave()
		return v, end, err
	case '[':
		if err := sc.t.Enter(" while decoding a JSON array from a unicode string"); err != nil {
			return object.Null, 0, err
		}
		v, end, err := sc.array(i + 1)
		sc.t.Leave()
		return v, end, err
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return object.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return object.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return object.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return sc.constant("NaN", i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return sc.constant("Infinity", i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return sc.constant("-Infinity", i+9)
		}
	}
	return sc.number(i)
}

func (sc *jsonScan) constant(name string, end int) (object.Value, int, error) {
	v, err := object.Call(sc.t, sc.parseConstant, []object.Value{object.StrValue(name)}, nil)
	return v, end, err
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at i.
func (sc *jsonScan) number(start int) (object.Value, int, error) {
	s := sc.s
	i := start
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = skipDigits(s, i+1)
	default:
		return object.Null, 0, jsonStop{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i = skipDigits(s, i+2)
		isFloat = true
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			i = skipDigits(s, j+1)
			isFloat = true
		}
	}
	text := s[start:i]
	if isFloat {
		if !sc.parseFloat.IsNull() {
			v, err := object.Call(sc.t, sc.parseFloat, []object.Value{object.StrValue(text)}, nil)
			return v, i, err
		}
		x, err := floatfmt.Parse(text)
		if err != nil {
			return object.Null, 0, object.NewError(object.ValueError, err.Error())
		}
		return object.Float(x), i, nil
	}
	if !sc.parseInt.IsNull() {
		v, err := object.Call(sc.t, sc.parseInt, []object.Value{object.StrValue(text)}, nil)
		return v, i, err
	}
	if len(text) <= 18 {
		neg := text[0] == '-'
		var n int64
		for k := 0; k < len(text); k++ {
			if c := text[k]; c != '-' {
				n = n*10 + int64(c-'0')
			}
		}
		if neg {
			n = -n
		}
		return object.Int(n), i, nil
	}
	v, err := object.ParseInt(text, 10)
	return v, i, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func skipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func (sc *jsonScan) array(i int) (object.Value, int, error) {
	base := len(sc.stack)
	defer func() { sc.stack = sc.stack[:base] }()
	i = sc.skipSpace(i)
	if i >= len(sc.s) || sc.s[i] != ']' {
		for {
			v, end, err := sc.value(i)
			if err != nil {
				return object.Null, 0, err
			}
			sc.stack = append(sc.stack, v)
			i = sc.skipSpace(end)
			if i < len(sc.s) && sc.s[i] == ']' {
				break
			}
			if i >= len(sc.s) || sc.s[i] != ',' {
				return object.Null, 0, sc.fail("Expecting ',' delimiter", i)
			}
			i = sc.skipSpace(i + 1)
		}
	}
	return object.NewListCopy(sc.stack[base:]).AsValue(), i + 1, nil
}

func (sc *jsonScan) object(i int) (object.Value, int, error) {
	base := len(sc.stack)
	defer func() { sc.stack = sc.stack[:base] }()
	i = sc.skipSpace(i)
	if i >= len(sc.s) || sc.s[i] != '}' {
		for {
			if i >= len(sc.s) || sc.s[i] != '"' {
				return object.Null, 0, sc.fail("Expecting property name enclosed in double quotes", i)
			}
			text, end, err := sc.text(i + 1)
			if err != nil {
				return object.Null, 0, err
			}
			key := sc.key(text)
			i = sc.skipSpace(end)
			if i >= len(sc.s) || sc.s[i] != ':' {
				return object.Null, 0, sc.fail("Expecting ':' delimiter", i)
			}
			v, end, err := sc.value(sc.skipSpace(i + 1))
			if err != nil {
				return object.Null, 0, err
			}
			sc.stack = append(sc.stack, key.AsValue(), v)
			i = sc.skipSpace(end)
			if i < len(sc.s) && sc.s[i] == '}' {
				break
			}
			if i >= len(sc.s) || sc.s[i] != ',' {
				return object.Null, 0, sc.fail("Expecting ',' delimiter", i)
			}
			i = sc.skipSpace(i + 1)
		}
	}
	end := i + 1
	kv := sc.stack[base:]
	if !sc.objectPairsHook.IsNull() {
		pairs := make([]object.Value, len(kv)/2)
		for k := range pairs {
			pairs[k] = object.NewPair(kv[2*k], kv[2*k+1]).AsValue()
		}
		v, err := object.Call(sc.t, sc.objectPairsHook, []object.Value{object.NewList(pairs).AsValue()}, nil)
		return v, end, err
	}
	d := object.NewDictStrPairs(kv)
	if !sc.objectHook.IsNull() {
		v, err := object.Call(sc.t, sc.objectHook, []object.Value{d.AsValue()}, nil)
		return v, end, err
	}
	return d.AsValue(), end, nil
}

// str parses the body of a JSON string whose opening quote ends at byte
// offset i, returning the str and the offset after the closing quote.
func (sc *jsonScan) str(i int) (*object.Str, int, error) {
	text, end, err := sc.text(i)
	if err != nil {
		return nil, 0, err
	}
	return object.NewStr(text), end, nil
}

// text is str's text as Go string (WTF-8).
func (sc *jsonScan) text(i int) (string, int, error) {
	s := sc.s
	begin := i - 1
	// Fast path: no escapes, so the text is a slice of the source.
	j := i
	for j < len(s) {
		c := s[j]
		if c == '"' {
			return s[i:j], j + 1, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 && sc.strict {
			return "", 0, sc.fail("Invalid control character at", j)
		}
		j++
	}
	var b []byte
	b = append(b, s[i:j]...)
	for {
		if j >= len(s) {
			return "", 0, sc.fail("Unterminated string starting at", begin)
		}
		c := s[j]
		switch {
		case c == '"':
			return string(b), j + 1, nil
		case c < 0x20 && sc.strict:
			return "", 0, sc.fail("Invalid control character at", j)
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		// A backslash escape.
		if j+1 >= len(s) {
			return "", 0, sc.fail("Unterminated string starting at", begin)
		}
		esc := s[j+1]
		switch esc {
		case '"', '\\', '/':
			b = append(b, esc)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			// CPython wants text after the four digits.
			r, ok := hex4(s, j+2)
			if !ok || j+6 >= len(s) {
				return "", 0, sc.fail("Invalid \\uXXXX escape", j+1)
			}
			j += 6
			// A high surrogate followed by \u and a low one makes a pair;
			// CPython looks for the pair only when text follows it.
			if r >= 0xd800 && r <= 0xdbff && sc.charsLeft(j, 7) && s[j] == '\\' && s[j+1] == 'u' {
				r2, ok := hex4(s, j+2)
				if !ok {
					return "", 0, sc.fail("Invalid \\uXXXX escape", j+1)
				}
				if r2 >= 0xdc00 && r2 <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					j += 6
				}
			}
			b = append(b, pyrepr.EncodeRune(r)...)
			continue
		default:
			return "", 0, sc.fail("Invalid \\escape", j)
		}
		j += 2
	}
}

// charsLeft reports whether at least n code points follow byte offset i.
func (sc *jsonScan) charsLeft(i, n int) bool {
	for ; n > 0; n-- {
		if i >= len(sc.s) {
			return false
		}
		_, w := pyrepr.DecodeRune(sc.s[i:])
		i += w
	}
	return true
}

// hex4 decodes the four hex digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}
