// json.go: the _json module, the Go half of the json package: the encoder
// (make_encoder, encode_basestring, encode_basestring_ascii) and the
// decoder (make_scanner, scanstring, in json_scan.go). json/encoder.py and
// json/decoder.py build JSONEncoder and JSONDecoder on them.
//
// Output is byte-identical to CPython 3.11's json module, which encodes
// with its C accelerator when indent is None and with pure Python
// otherwise; the two differ only in the message for out-of-range floats,
// so the encoder picks the message by whether it indents.

package stdlib

import (
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/floatfmt"
	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var jsonEncoderType = object.NewNativeType("Encoder", "_json", nil)

// jsonMethods are the functions of _json; make_encoder recognizes the two
// string encoders (the first two) by identity and runs them without a
// Python call.
var jsonMethods []object.MethodDef

func init() {
	jsonMethods = []object.MethodDef{
		{Name: "encode_basestring_ascii", Fn: jsonEncodeASCII,
			Doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
		{Name: "encode_basestring", Fn: jsonEncodeUnicode,
			Doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
		{Name: "make_encoder", Fn: jsonMakeEncoder,
			Doc: "make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)\n\nReturn a function that encodes an object as JSON text chunks."},
		{Name: "make_scanner", Fn: jsonMakeScanner,
			Doc: "make_scanner(context)\n\nReturn a function scan_once(string, idx) -> (value, end) with the parsing options of context."},
		{Name: "scanstring", Fn: jsonScanString,
			Doc: "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string."},
	}
	typ := jsonEncoderType
	typ.Doc = "JSON encoder object"
	typ.Call = jsonEncoderCall
	typ.Ready()
	initJSONScanner()
	modules = append(modules, &interp.ModuleDef{Name: "_json", Doc: "json speedups\n", Methods: jsonMethods})
}

// isJSONBuiltin reports whether v is the _json function jsonMethods[i].
func isJSONBuiltin(v object.Value, i int) bool {
	if v.Type() != object.BuiltinFunctionType {
		return false
	}
	return (*object.BuiltinFunction)(v.Pointer()).Def == &jsonMethods[i]
}

// How the encoder writes strings.
const (
	strASCII  = iota // encode_basestring_ascii
	strUTF8          // encode_basestring
	strCustom        // any other callable
)

// jsonEncoder is the object make_encoder returns: calling it with
// (obj, current_indent_level) returns a list holding obj's JSON text.
type jsonEncoder struct {
	object.Header
	checkCircular bool
	defaultFn     object.Value
	strMode       int
	strFn         object.Value
	indent        string
	hasIndent     bool
	keySep        string
	itemSep       string
	sortKeys      bool
	skipKeys      bool
	allowNaN      bool
}

// jsonEncoding is the state of one encoder call.
type jsonEncoding struct {
	*jsonEncoder
	t       *object.Thread
	buf     []byte
	markers map[unsafe.Pointer]struct{}
}

func jsonMakeEncoder(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [9]object.Value
	if err := object.ParseArgs("make_encoder", args, kw, []string{"markers", "default", "encoder", "indent",
		"key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9, 9, a[:]); err != nil {
		return object.Null, err
	}
	e := newObj[jsonEncoder](jsonEncoderType)
	if !a[0].IsNone() {
		if _, ok := a[0].AsDict(); !ok {
			return object.Null, object.Errorf(object.TypeError, "make_encoder() argument 1 must be dict or None, not %s", object.ArgTypeName(a[0]))
		}
		e.checkCircular = true
	}
	e.defaultFn = a[1]
	switch {
	case isJSONBuiltin(a[2], 0):
		e.strMode = strASCII
	case isJSONBuiltin(a[2], 1):
		e.strMode = strUTF8
	default:
		e.strMode, e.strFn = strCustom, a[2]
	}
	if !a[3].IsNone() {
		s, ok := a[3].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "make_encoder() argument 4 must be str or None, not %s", object.ArgTypeName(a[3]))
		}
		e.indent, e.hasIndent = s.String(), true
	}
	for i, dst := range []*string{&e.keySep, &e.itemSep} {
		s, ok := a[4+i].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "make_encoder() argument %d must be str, not %s", 5+i, object.ArgTypeName(a[4+i]))
		}
		*dst = s.String()
	}
	for i, dst := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN} {
		b, err := object.Truth(t, a[6+i])
		if err != nil {
			return object.Null, err
		}
		*dst = b
	}
	return asValue(e), nil
}

func jsonEncoderCall(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("_iterencode", args, kw, []string{"obj", "_current_indent_level"}, 2, 2, a[:]); err != nil {
		return object.Null, err
	}
	level, err := object.IndexInt(t, a[1])
	if err != nil {
		return object.Null, err
	}
	enc := jsonEncoding{jsonEncoder: (*jsonEncoder)(self.Pointer()), t: t, buf: make([]byte, 0, 256)}
	if enc.checkCircular {
		enc.markers = map[unsafe.Pointer]struct{}{}
	}
	if err := enc.value(a[0], level); err != nil {
		return object.Null, err
	}
	return object.NewList([]object.Value{object.StrValue(string(enc.buf))}).AsValue(), nil
}

// value appends the JSON text of v, nested level deep.
func (e *jsonEncoding) value(v object.Value, level int) error {
	switch {
	case v.IsNone():
		e.buf = append(e.buf, "null"...)
	case v.IsBool():
		if v.AsInt() != 0 {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
	case v.IsInt():
		e.buf = strconv.AppendInt(e.buf, v.AsInt(), 10)
	case v.IsFloat():
		return e.float(v.AsFloat())
	default:
		typ := v.Type()
		if s, ok := v.AsStr(); ok {
			return e.str(s)
		}
		if typ.IsSubtype(object.IntType) {
			r, err := object.IntType.Repr(e.t, v)
			if err != nil {
				return err
			}
			s, _ := r.AsStr()
			e.buf = append(e.buf, s.String()...)
			return nil
		}
		if typ.IsSubtype(object.FloatType) {
			x, _ := object.AsFloat64(v)
			return e.float(x)
		}
		if l, ok := v.AsList(); ok {
			return e.array(v, l.Items, level)
		}
		if tup, ok := v.AsTuple(); ok {
			return e.array(v, tup.Items, level)
		}
		if d, ok := v.AsDict(); ok {
			return e.object(v, d, level)
		}
		return e.other(v, level)
	}
	return nil
}

// enter marks the container v as being encoded, failing on a cycle.
func (e *jsonEncoding) enter(v object.Value) error {
	if err := e.t.Enter(" while encoding a JSON object"); err != nil {
		return err
	}
	if e.markers != nil {
		if _, seen := e.markers[v.Pointer()]; seen {
			e.t.Leave()
			return object.NewError(object.ValueError, "Circular reference detected")
		}
		e.markers[v.Pointer()] = struct{}{}
	}
	return nil
}

func (e *jsonEncoding) leave(v object.Value) {
	if e.markers != nil {
		delete(e.markers, v.Pointer())
	}
	e.t.Leave()
}

// other encodes what default(v) returns for a value JSON cannot hold.
func (e *jsonEncoding) other(v object.Value, level int) error {
	if err := e.enter(v); err != nil {
		return err
	}
	defer e.leave(v)
	r, err := object.Call(e.t, e.defaultFn, []object.Value{v}, nil)
	if err != nil {
		return err
	}
	return e.value(r, level)
}

// newline appends the line break and indentation of nesting level.
func (e *jsonEncoding) newline(level int) {
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

func (e *jsonEncoding) array(v object.Value, items []object.Value, level int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	defer e.leave(v)
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	// The list may change size while default() runs: index it afresh.
	l, isList := v.AsList()
	for i := 0; ; i++ {
		if isList {
			items = l.Items
		}
		if i >= len(items) {
			break
		}
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline(level)
			}
		}
		if err := e.value(items[i], level); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.newline(level - 1)
	}
	e.buf = append(e.buf, ']')
	return nil
}

func (e *jsonEncoding) object(v object.Value, d *object.Dict, level int) error {
	if d.Len() == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	defer e.leave(v)
	var items []object.Value // 2-tuples, unless the dict is read directly
	if v.Type() != object.DictType || e.sortKeys {
		var err error
		if items, err = e.dictItems(v, d); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		level++
		e.newline(level)
	}
	first := true
	member := func(k, val object.Value) error {
		start := len(e.buf)
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline(level)
			}
		}
		ok, err := e.key(k)
		if err != nil || !ok {
			e.buf = e.buf[:start]
			return err
		}
		first = false
		e.buf = append(e.buf, e.keySep...)
		return e.value(val, level)
	}
	if items == nil {
		for pos := 0; ; {
			k, val, next, ok := d.Next(pos)
			if !ok {
				break
			}
			if err := member(k, val); err != nil {
				return err
			}
			pos = next
		}
	} else {
		for _, it := range items {
			pair, ok := it.AsTuple()
			if !ok || len(pair.Items) != 2 {
				return object.NewError(object.ValueError, "items must return tuples of 2 elements")
			}
			if err := member(pair.Items[0], pair.Items[1]); err != nil {
				return err
			}
		}
	}
	if e.hasIndent {
		e.newline(level - 1)
	}
	e.buf = append(e.buf, '}')
	return nil
}

// dictItems returns the (key, value) pairs of the dict v (d.items() for a
// subclass, as CPython's PyMapping_Items), sorted when sort_keys is set.
func (e *jsonEncoding) dictItems(v object.Value, d *object.Dict) ([]object.Value, error) {
	var l *object.List
	if v.Type() == object.DictType {
		l = object.NewList(d.ItemTuples())
	} else {
		meth, err := object.GetAttr(e.t, v, strItems)
		if err != nil {
			return nil, err
		}
		r, err := object.Call(e.t, meth, nil, nil)
		if err != nil {
			return nil, err
		}
		l = object.NewList(nil)
		if err := object.ListExtend(e.t, l, r); err != nil {
			return nil, err
		}
	}
	if e.sortKeys {
		if err := object.ListSort(e.t, l, object.Null, false); err != nil {
			return nil, err
		}
	}
	return l.Items, nil
}

// key appends the JSON string for the dict key k, or reports false for a
// key skipkeys drops.
func (e *jsonEncoding) key(k object.Value) (bool, error) {
	if s, ok := k.AsStr(); ok {
		return true, e.str(s)
	}
	e.buf = append(e.buf, '"')
	switch {
	case k.IsFloat() || k.Type().IsSubtype(object.FloatType):
		x, _ := object.AsFloat64(k)
		if err := e.float(x); err != nil {
			return false, err
		}
	case k.IsBool():
		if k.AsInt() != 0 {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
	case k.IsNone():
		e.buf = append(e.buf, "null"...)
	case k.IsInt():
		e.buf = strconv.AppendInt(e.buf, k.AsInt(), 10)
	case k.Type().IsSubtype(object.IntType):
		r, err := object.IntType.Repr(e.t, k)
		if err != nil {
			return false, err
		}
		s, _ := r.AsStr()
		e.buf = append(e.buf, s.String()...)
	default:
		if e.skipKeys {
			return false, nil
		}
		return false, object.Errorf(object.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
	}
	e.buf = append(e.buf, '"')
	return true, nil
}

func (e *jsonEncoding) float(x float64) error {
	if x-x != 0 { // inf or nan
		if !e.allowNaN {
			msg := "Out of range float values are not JSON compliant"
			if e.hasIndent {
				msg += ": " + floatfmt.Repr(x)
			}
			return object.NewError(object.ValueError, msg)
		}
		switch {
		case x != x:
			e.buf = append(e.buf, "NaN"...)
		case x > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	e.buf = floatfmt.AppendRepr(e.buf, x)
	return nil
}

func (e *jsonEncoding) str(s *object.Str) error {
	switch e.strMode {
	case strASCII:
		e.buf = appendJSONString(e.buf, s.String(), true)
	case strUTF8:
		e.buf = appendJSONString(e.buf, s.String(), false)
	default:
		r, err := object.Call(e.t, e.strFn, []object.Value{s.AsValue()}, nil)
		if err != nil {
			return err
		}
		rs, ok := r.AsStr()
		if !ok {
			return object.Errorf(object.TypeError, "encoder() must return a string, not %s", r.Type().Name)
		}
		e.buf = append(e.buf, rs.String()...)
	}
	return nil
}

// jsonEscapes maps each ASCII byte to its escape, or "" when it stands for
// itself. 0x7f is escaped only under ensure_ascii (by appendJSONString).
var jsonEscapes = func() (tab [128]string) {
	const hex = "0123456789abcdef"
	for c := 0; c < 0x20; c++ {
		tab[c] = `\u00` + string(hex[c>>4]) + string(hex[c&15])
	}
	tab['"'], tab['\\'] = `\"`, `\\`
	tab['\n'], tab['\r'], tab['\t'], tab['\b'], tab['\f'] = `\n`, `\r`, `\t`, `\b`, `\f`
	return tab
}()

// appendJSONString appends s (WTF-8) as a quoted JSON string; with ascii,
// every code point outside ' '..'~' becomes \uXXXX (a surrogate pair
// above U+FFFF).
func appendJSONString(dst []byte, s string, ascii bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if esc := jsonEscapes[c]; esc != "" {
				dst = append(append(dst, s[start:i]...), esc...)
				start = i + 1
			} else if c == 0x7f && ascii {
				dst = append(append(dst, s[start:i]...), `\u007f`...)
				start = i + 1
			}
			i++
			continue
		}
		if !ascii {
			i++
			continue
		}
		r, n := pyrepr.DecodeRune(s[i:])
		dst = append(dst, s[start:i]...)
		if r > 0xffff {
			r -= 0x10000
			dst = appendUEscape(dst, 0xd800|(r>>10))
			r = 0xdc00 | (r & 0x3ff)
		}
		dst = appendUEscape(dst, r)
		i += n
		start = i
	}
	return append(append(dst, s[start:]...), '"')
}

func appendUEscape(dst []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(dst, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
}

func jsonEncodeString(name string, ascii bool) object.NativeFunc {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
			return object.Null, err
		}
		s, ok := args[0].AsStr()
		if !ok {
			return object.Null, object.Errorf(object.TypeError, "first argument must be a string, not %s", args[0].Type().Name)
		}
		return object.StrValue(string(appendJSONString(make([]byte, 0, len(s.String())+2), s.String(), ascii))), nil
	}
}

var (
	jsonEncodeASCII   = jsonEncodeString("encode_basestring_ascii", true)
	jsonEncodeUnicode = jsonEncodeString("encode_basestring", false)
)
