package object

// str_codec.go: the codec registry behind str.encode, bytes.decode and the
// codecs module: the built-in codecs (utf-8, utf-8-sig, ascii, latin-1,
// utf-16 and utf-32 with their byte orders, unicode_escape,
// raw_unicode_escape and the single-byte charmap codecs of codec_tables.go),
// found by CPython's name normalization and encodings.aliases, then the
// search functions registered from Python (codecs.register).
//
// Encoders and decoders live in codec_encode.go and codec_decode.go, the
// error handlers in codec_errors.go.

//go:generate go run codec_gen.go

import (
	"strings"
	"sync"
)

// codecArgs converts the encoding and errors arguments of fname (Null when
// absent); pos is the position of encoding among the arguments.
func codecArgs(fname string, enc, errs Value, pos int) (encoding, errors string, err error) {
	encoding, errors = "utf-8", "strict"
	if !enc.IsNull() {
		s, ok := enc.exactStr()
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fname, ArgTypeName(enc))
		}
		encoding = s.s
	}
	if !errs.IsNull() {
		s, ok := errs.exactStr()
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", fname, ArgTypeName(errs))
		}
		errors = s.s
	}
	return encoding, errors, nil
}

// codecKind selects a built-in codec's encoder and decoder.
type codecKind uint8

const (
	kindUTF8 codecKind = iota
	kindUTF8Sig
	kindASCII
	kindLatin1
	kindUTF16
	kindUTF32
	kindCharmap
	kindUnicodeEscape
	kindRawUnicodeEscape
)

// byteOrder is the byte order of a UTF-16 or UTF-32 codec; orderBOM
// writes a byte order mark and reads one if present.
type byteOrder uint8

const (
	orderBOM byteOrder = iota
	orderLittle
	orderBig
)

// Codec is a built-in text codec.
type Codec struct {
	// Name is the codec's name as codecs.lookup reports it.
	Name string
	// errName is the encoding UnicodeErrors report.
	errName string
	kind    codecKind
	order   byteOrder
	charmap *charmapCodec
}

// charmapCodec is a single-byte codec: decode holds the code point of
// each byte (U+FFFE where the byte is undefined), encodeExceptions the
// code points that do not encode to their first byte in decode (-1:
// unencodable).
type charmapCodec struct {
	name             string
	decode           string
	encodeExceptions map[rune]int16

	once    sync.Once
	runes   [256]rune
	encoder map[rune]byte
	// asciiIdentity is set when ASCII maps to itself both ways, so that
	// ASCII text needs no table.
	asciiIdentity bool
}

// tables builds the decoding array and the encoding map on first use.
func (m *charmapCodec) tables() *charmapCodec {
	m.once.Do(func() {
		i := 0
		m.encoder = make(map[rune]byte, 256)
		for _, r := range m.decode {
			m.runes[i] = r
			if _, dup := m.encoder[r]; r != 0xFFFE && !dup {
				m.encoder[r] = byte(i)
			}
			i++
		}
		if i != 256 {
			panic("BUG: charmap codec " + m.name + " does not map 256 bytes")
		}
		for r, b := range m.encodeExceptions {
			if b < 0 {
				delete(m.encoder, r)
			} else {
				m.encoder[r] = byte(b)
			}
		}
		m.asciiIdentity = true
		for r := range rune(0x80) {
			if b, ok := m.encoder[r]; m.runes[r] != r || !ok || b != byte(r) {
				m.asciiIdentity = false
			}
		}
	})
	return m
}

// builtinCodecs are the codecs implemented in Go, by encodings module name,
// but for the single-byte ones (charmapCodecs).
var builtinCodecs = func() map[string]*Codec {
	m := map[string]*Codec{
		"utf_8":              {Name: "utf-8", errName: "utf-8", kind: kindUTF8},
		"utf_8_sig":          {Name: "utf-8-sig", errName: "utf-8", kind: kindUTF8Sig},
		"ascii":              {Name: "ascii", errName: "ascii", kind: kindASCII},
		"latin_1":            {Name: "iso8859-1", errName: "latin-1", kind: kindLatin1},
		"utf_16":             {Name: "utf-16", errName: "utf-16", kind: kindUTF16},
		"utf_16_le":          {Name: "utf-16-le", errName: "utf-16-le", kind: kindUTF16, order: orderLittle},
		"utf_16_be":          {Name: "utf-16-be", errName: "utf-16-be", kind: kindUTF16, order: orderBig},
		"utf_32":             {Name: "utf-32", errName: "utf-32", kind: kindUTF32},
		"utf_32_le":          {Name: "utf-32-le", errName: "utf-32-le", kind: kindUTF32, order: orderLittle},
		"utf_32_be":          {Name: "utf-32-be", errName: "utf-32-be", kind: kindUTF32, order: orderBig},
		"unicode_escape":     {Name: "unicode-escape", errName: "unicodeescape", kind: kindUnicodeEscape},
		"raw_unicode_escape": {Name: "raw-unicode-escape", errName: "rawunicodeescape", kind: kindRawUnicodeEscape},
	}
	return m
}()

// charmapCodecs are the single-byte codecs, by encodings module name, made
// on first use.
var charmapCodecs = sync.OnceValue(func() map[string]*Codec {
	table := charmapTable()
	m := make(map[string]*Codec, len(table))
	for module, cm := range table {
		m[module] = &Codec{Name: cm.name, errName: "charmap", kind: kindCharmap, charmap: cm}
	}
	return m
})

// codecAliases is encodings.aliases.aliases, made on first use.
var codecAliases = sync.OnceValue(aliasTable)

// codecUTF8 is the utf-8 codec, for LookupCodec's fast path.
var codecUTF8 = builtinCodecs["utf_8"]

// NormalizeEncoding is CPython's encodings.normalize_encoding, lower-cased:
// runs of characters other than ASCII letters, digits and '.' become one
// '_' (none at either end), non-ASCII letters and digits are dropped.
func NormalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for _, r := range name {
		alnum := r == '.' || isAlnumRune(r)
		if !alnum {
			punct = true
			continue
		}
		if punct && b.Len() > 0 {
			b.WriteByte('_')
		}
		punct = false
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// LookupCodec returns the built-in codec called name (any spelling that
// encodings.search_function accepts).
func LookupCodec(name string) (*Codec, bool) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, true
	}
	module := ResolveEncoding(name)
	if c, ok := builtinCodecs[module]; ok {
		return c, true
	}
	c, ok := charmapCodecs()[module]
	return c, ok
}

// ResolveEncoding returns the encodings module name that name stands for:
// its normalized form, through encodings.aliases when it is an alias.
func ResolveEncoding(name string) string {
	norm := NormalizeEncoding(name)
	if _, ok := builtinCodecs[norm]; ok {
		// No alias has the name of a Go codec's module (utf_8, latin_1...),
		// so the alias table, built on first use, is not needed.
		return norm
	}
	if module, ok := codecAliases()[norm]; ok {
		return module
	}
	if module, ok := codecAliases()[strings.ReplaceAll(norm, ".", "_")]; ok {
		return module
	}
	return norm
}

// Encode returns s encoded with the named codec and error handler, for
// callers without a thread: codecs and error handlers registered from
// Python cannot run and are reported as unknown (use EncodeStr).
func Encode(s *Str, encoding, errors string) ([]byte, error) {
	return EncodeStr(nil, s, encoding, errors)
}

// EncodeStr returns s encoded with the named codec and error handler,
// built-in or registered from Python.
func EncodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, error) {
	c, ok := LookupCodec(encoding)
	var b []byte
	var err error
	if ok {
		b, err = c.Encode(t, s, errors)
	} else {
		var fn Value
		if fn, err = codecFunction(t, encoding, 0); err != nil {
			return nil, err
		}
		b, err = encodeRegistered(t, fn, s, encoding, errors)
	}
	if err != nil {
		return nil, wrapCodecError(err, "encoding", encoding)
	}
	return b, nil
}

// Decode returns data decoded with the named codec and error handler.
func Decode(t *Thread, data []byte, encoding, errors string) (*Str, error) {
	c, ok := LookupCodec(encoding)
	var s *Str
	var err error
	if ok {
		s, _, err = c.Decode(t, data, errors, true)
	} else {
		var fn Value
		if fn, err = codecFunction(t, encoding, 1); err != nil {
			return nil, err
		}
		s, err = decodeRegistered(t, fn, data, encoding, errors)
	}
	if err != nil {
		return nil, wrapCodecError(err, "decoding", encoding)
	}
	return s, nil
}

// fastPathEncodings are the normalized names that CPython's str.encode
// and bytes.decode handle without the codec registry; errors from other
// codecs name the codec (wrapCodecError).
var fastPathEncodings = map[string]bool{"utf_8": true, "utf8": true, "utf_16": true, "utf16": true,
	"utf_32": true, "utf32": true, "ascii": true, "us_ascii": true, "latin1": true, "latin_1": true,
	"iso_8859_1": true, "iso8859_1": true}

// wrapCodecError adds "encoding with 'x' codec failed" to an error of a
// plain built-in type raised by a codec outside the fast paths, as
// CPython does for codecs it reaches through the registry.
func wrapCodecError(err error, what, encoding string) error {
	e, ok := err.(*Exc)
	if !ok || fastPathEncodings[NormalizeEncoding(encoding)] {
		return err
	}
	switch e.typ {
	case LookupError, TypeError, ValueError, IndexError:
		if e.Args != nil && len(e.Args.Items) == 1 {
			if msg, ok := e.Args.Items[0].exactStr(); ok {
				w := Errorf(e.typ, "%s with '%s' codec failed (%s: %s)", what, encoding, e.typ.Name, msg.s)
				w.Cause = e.AsValue()
				return w
			}
		}
	}
	return err
}

func strEncode(t *Thread, s *Str, a []Value) (Value, error) {
	encoding, errors, err := codecArgs("encode", a[0], a[1], 0)
	if err != nil {
		return Null, err
	}
	b, err := EncodeStr(t, s, encoding, errors)
	if err != nil {
		return Null, err
	}
	return NewBytes(b), nil
}

// codecSearch holds the search functions of codecs.register, codecCache
// the CodecInfo each normalized name found.
var (
	codecMu     sync.Mutex
	codecSearch []Value
	codecCache  = map[string]Value{}
)

// RegisterCodecSearch adds a search function (codecs.register).
func RegisterCodecSearch(fn Value) {
	codecMu.Lock()
	codecSearch = append(codecSearch, fn)
	codecMu.Unlock()
}

// UnregisterCodecSearch removes a search function and clears the cache
// (codecs.unregister).
func UnregisterCodecSearch(fn Value) {
	codecMu.Lock()
	defer codecMu.Unlock()
	for i, f := range codecSearch {
		if f == fn {
			codecSearch = append(codecSearch[:i:i], codecSearch[i+1:]...)
			clear(codecCache)
			return
		}
	}
}

// LookupCodecInfo runs the registered search functions on the normalized
// name until one returns a 4-or-more-tuple (the CodecInfo), caching it.
func LookupCodecInfo(t *Thread, encoding string) (Value, error) {
	norm := NormalizeEncoding(encoding)
	codecMu.Lock()
	info, ok := codecCache[norm]
	search := codecSearch
	codecMu.Unlock()
	if ok {
		return info, nil
	}
	if t != nil {
		for _, fn := range search {
			v, err := Call(t, fn, []Value{StrValue(norm)}, nil)
			if err != nil {
				return Null, err
			}
			if v.IsNone() {
				continue
			}
			if tup, ok := v.AsTuple(); !ok || len(tup.Items) != 4 {
				return Null, NewError(TypeError, "codec search functions must return 4-tuples")
			}
			codecMu.Lock()
			codecCache[norm] = v
			codecMu.Unlock()
			return v, nil
		}
	}
	return Null, Errorf(LookupError, "unknown encoding: %s", encoding)
}

// codecFunction returns item i (0: encode, 1: decode) of the CodecInfo of
// a codec registered from Python.
func codecFunction(t *Thread, encoding string, i int) (Value, error) {
	info, err := LookupCodecInfo(t, encoding)
	if err != nil {
		return Null, err
	}
	tup, _ := info.AsTuple()
	return tup.Items[i], nil
}

// callCodec calls a Python codec's encode or decode function and checks
// that it returns a (result, length) tuple.
func callCodec(t *Thread, fn, input Value, errors string) (Value, error) {
	v, err := Call(t, fn, []Value{input, StrValue(errors)}, nil)
	if err != nil {
		return Null, err
	}
	tup, ok := v.AsTuple()
	if !ok || len(tup.Items) != 2 {
		return Null, NewError(TypeError, "encoder must return a tuple (object, integer)")
	}
	return tup.Items[0], nil
}

func encodeRegistered(t *Thread, fn Value, s *Str, encoding, errors string) ([]byte, error) {
	v, err := callCodec(t, fn, s.AsValue(), errors)
	if err != nil {
		return nil, err
	}
	b, ok := v.AsBytes()
	if !ok || b.typ != BytesType {
		if _, isBA := v.AsByteArray(); !isBA {
			return nil, Errorf(TypeError, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, v.Type().Name)
		}
	}
	data, _ := BytesData(v)
	return data, nil
}

func decodeRegistered(t *Thread, fn Value, data []byte, encoding, errors string) (*Str, error) {
	// CPython passes the decoder a memoryview of the data.
	view, err := NewMemoryView(NewBytes(data))
	if err != nil {
		return nil, err
	}
	v, err := callCodec(t, fn, view, errors)
	if err != nil {
		return nil, err
	}
	s, ok := v.exactStr()
	if !ok {
		return nil, Errorf(TypeError, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, v.Type().Name)
	}
	return s, nil
}
