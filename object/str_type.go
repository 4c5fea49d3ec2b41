package object

// str_type.go: the str type's slots: construction, repr, comparison,
// hashing, length, indexing and slicing, iteration, concatenation,
// repetition and %-formatting.

import (
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// StrIterType is the type of iter(s) for an ASCII str s, strUnicodeIterType
// that of any other str (two types, as in CPython).
var (
	StrIterType        = newBuiltinType("str_ascii_iterator", nil)
	strUnicodeIterType = newBuiltinType("str_iterator", nil)
)

var _ = registerTypeInit(initStr)

func initStr() {
	t := StrType
	subclassable[Str](t)
	t.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object."
	t.New = strNew
	t.Repr = func(_ *Thread, v Value) (Value, error) {
		s, _ := v.exactStr()
		return StrValue(pyrepr.Str(s.s)), nil
	}
	t.Str = func(_ *Thread, v Value) (Value, error) {
		s, _ := v.exactStr()
		if s.typ == StrType {
			return v, nil
		}
		return newStrLen(s.s, s.length).AsValue(), nil
	}
	t.Hash = func(_ *Thread, v Value) (int64, error) {
		s, _ := v.exactStr()
		return s.Hash(), nil
	}
	t.Compare = strCompare
	t.Len = func(_ *Thread, v Value) (int, error) {
		s, _ := v.exactStr()
		return s.length, nil
	}
	t.Bool = func(_ *Thread, v Value) (bool, error) {
		s, _ := v.exactStr()
		return s.s != "", nil
	}
	t.GetItem = strGetItem
	t.Contains = func(_ *Thread, container, v Value) (bool, error) {
		s, _ := container.exactStr()
		sub, ok := v.exactStr()
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", v.Type().Name)
		}
		return strings.Contains(s.s, sub.s), nil
	}
	t.Iter = func(_ *Thread, v Value) (Value, error) {
		s, _ := v.exactStr()
		typ := StrIterType
		if !s.IsASCII() {
			typ = strUnicodeIterType
		}
		return FromPointer(unsafe.Pointer(&strIter{Header: Header{typ}, s: s})), nil
	}
	t.SeqConcat = strConcatSlot
	t.SeqRepeat = strRepeatSlot
	t.Binary[OpMod] = func(t *Thread, a, b Value) (Value, error) {
		s, ok := a.exactStr()
		if !ok {
			return NotImplemented, nil
		}
		return strPercentFormat(t, s, b)
	}
	initStrMethods(t)

	for _, it := range []*Type{StrIterType, strUnicodeIterType} {
		it.Iter = func(_ *Thread, v Value) (Value, error) { return v, nil }
		it.Next = func(_ *Thread, v Value) (Value, error) {
			it := (*strIter)(v.p)
			if it.s == nil || it.off >= len(it.s.s) {
				it.s = nil
				return Null, nil
			}
			r, n := pyrepr.DecodeRune(it.s.s[it.off:])
			c := charStr(r, it.s.s[it.off:it.off+n])
			it.off += n
			return c.AsValue(), nil
		}
		it.AddMethods([]MethodDef{{Name: "__length_hint__", Fn: func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
			it := (*strIter)(args[0].p)
			if it.s == nil {
				return Int(0), nil
			}
			return Int(int64(countCodePoints(it.s.s[it.off:]))), nil
		}}})
	}
}

// strIter iterates over the code points of a str.
type strIter struct {
	Header
	s   *Str // nil once exhausted
	off int  // byte offset of the next code point
}

// latin1Strs caches the strs of one code point below 256, which iteration
// and indexing return without allocating (as CPython's latin-1 cache).
// They live in latin1Store and share one string of their UTF-8 encodings,
// so that making them costs one allocation.
var latin1Strs = func() (t [256]*Str) {
	enc := make([]byte, 0, 128+2*128)
	for i := range t {
		enc = utf8.AppendRune(enc, rune(i))
	}
	all, off := string(enc), 0
	for i := range t {
		n := utf8.RuneLen(rune(i))
		latin1Store[i] = Str{Header: Header{StrType}, s: all[off : off+n], length: 1}
		t[i] = &latin1Store[i]
		off += n
	}
	return
}()

var latin1Store [256]Str

// charStr returns the str of the code point r, whose encoding is enc.
func charStr(r rune, enc string) *Str {
	if r < 256 {
		return latin1Strs[r]
	}
	return newStrLen(enc, 1)
}

// runeStr returns the str of the code point r.
func runeStr(r rune) *Str {
	if r < 256 {
		return latin1Strs[r]
	}
	return newStrLen(string(appendWTF8(nil, r)), 1)
}

// strNew is str.__new__: str(object=”), str(object, encoding, errors).
func strNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, error) {
	var a [3]Value
	if err := ParseArgs("str", args, kwnames, []string{"object", "encoding", "errors"}, 0, -1, a[:]); err != nil {
		return Null, err
	}
	var s *Str
	switch {
	case a[0].IsNull():
		s = emptyStr
	case a[1].IsNull() && a[2].IsNull():
		var err error
		if s, err = StrOf(t, a[0]); err != nil {
			return Null, err
		}
	default:
		encoding, errors, err := codecArgs("str", a[1], a[2], 2)
		if err != nil {
			return Null, err
		}
		data, ok := BytesData(a[0])
		if !ok {
			return Null, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", a[0].Type().Name)
		}
		if s, err = Decode(t, data, encoding, errors); err != nil {
			return Null, err
		}
	}
	if typ == StrType {
		return s.AsValue(), nil
	}
	p := typ.AllocInstance()
	x := (*Str)(p)
	x.s, x.length = s.s, s.length
	return FromPointer(p), nil
}

var emptyStr = Intern("")

// strCompare compares two strs by code point.
func strCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	x, ok1 := a.exactStr()
	y, ok2 := b.exactStr()
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if op == CmpEQ {
		return Bool(x == y || x.s == y.s), nil
	}
	if op == CmpNE {
		return Bool(x != y && x.s != y.s), nil
	}
	return Bool(cmpResult(strings.Compare(x.s, y.s), op)), nil
}

// StrEqual reports whether two strs are equal (the fast path of ==).
func StrEqual(a, b *Str) bool { return a == b || a.s == b.s }

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s, _ := v.exactStr()
	if key.IsInt() {
		return strIndex(s, key.AsInt())
	}
	if sl, ok := key.AsSlice(); ok {
		start, _, step, n, err := sl.Indices(t, s.length)
		if err != nil {
			return Null, err
		}
		return s.slice(start, step, n).AsValue(), nil
	}
	if key.Type().Index == nil {
		return Null, Errorf(TypeError, "string indices must be integers, not '%s'", key.Type().tpName())
	}
	i, err := IndexInt(t, key)
	if err != nil {
		if e, ok := err.(*Exc); ok && e.typ == OverflowError {
			return Null, Errorf(IndexError, "cannot fit '%s' into an index-sized integer", key.Type().Name)
		}
		return Null, err
	}
	return strIndex(s, int64(i))
}

func strIndex(s *Str, i int64) (Value, error) {
	if i < 0 {
		i += int64(s.length)
	}
	if i < 0 || i >= int64(s.length) {
		return Null, NewError(IndexError, "string index out of range")
	}
	if s.length == len(s.s) {
		return latin1Strs[s.s[i]].AsValue(), nil
	}
	off := s.offset(int(i))
	r, n := pyrepr.DecodeRune(s.s[off:])
	return charStr(r, s.s[off:off+n]).AsValue(), nil
}

// slice returns the n code points start, start+step, ...
func (s *Str) slice(start, step, n int) *Str {
	switch {
	case n <= 0:
		return emptyStr
	case step == 1:
		return s.substr(start, start+n)
	}
	if s.length == len(s.s) {
		b := make([]byte, n)
		for k := range b {
			b[k] = s.s[start+k*step]
		}
		return newStrLen(unsafe.String(&b[0], n), n)
	}
	var b []byte
	for k := 0; k < n; k++ {
		off := s.offset(start + k*step)
		_, w := pyrepr.DecodeRune(s.s[off:])
		b = append(b, s.s[off:off+w]...)
	}
	return newStrLen(unsafe.String(&b[0], len(b)), n)
}

// Slice returns s[start:stop] for 0 <= start <= stop <= s.Len().
func (s *Str) Slice(start, stop int) *Str { return s.substr(start, stop) }

func strConcatSlot(_ *Thread, a, b Value) (Value, error) {
	x, _ := a.exactStr()
	y, ok := b.exactStr()
	if !ok {
		return Null, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", b.Type().Name)
	}
	r, err := StrConcat(x, y)
	if err != nil {
		return Null, err
	}
	return r.AsValue(), nil
}

// StrConcat returns a + b.
func StrConcat(a, b *Str) (*Str, error) {
	switch {
	case a.s == "" && b.typ == StrType:
		return b, nil
	case b.s == "" && a.typ == StrType:
		return a, nil
	}
	if err := checkAlloc(len(a.s), len(b.s)); err != nil {
		return nil, err
	}
	return newStrLen(a.s+b.s, a.length+b.length), nil
}

// MaxAllocBytes bounds the size of one str, bytes or bytearray buffer:
// building a larger one raises MemoryError instead of letting the Go
// runtime abort the process when memory runs out.
var MaxAllocBytes = 1 << 36

// checkAlloc fails with MemoryError when parts of the given sizes add up
// to more than MaxAllocBytes.
func checkAlloc(sizes ...int) error {
	total := 0
	for _, n := range sizes {
		if n > MaxAllocBytes-total {
			return NewException(MemoryError)
		}
		total += n
	}
	return nil
}

// repeatSize checks that n copies of size bytes (size > 0, n > 0) can
// be allocated: OverflowError past the address space, else MemoryError.
func repeatSize(size, n int, what string) error {
	if size > math.MaxInt/n {
		return Errorf(OverflowError, "repeated %s is too long", what)
	}
	return checkAlloc(size * n)
}

func strRepeatSlot(t *Thread, seq, count Value) (Value, error) {
	s, _ := seq.exactStr()
	n, err := repeatCount(t, count)
	if err != nil {
		return Null, err
	}
	switch {
	case n <= 0 || s.s == "":
		return emptyStr.AsValue(), nil
	case n == 1 && s.typ == StrType:
		return seq, nil
	}
	if s.length > math.MaxInt/n {
		return Null, NewError(OverflowError, "repeated string is too long")
	}
	if err := repeatSize(len(s.s), n, "string"); err != nil {
		return Null, err
	}
	return newStrLen(strings.Repeat(s.s, n), s.length*n).AsValue(), nil
}

// strBuilder accumulates str text and its code point count.
type strBuilder struct {
	b []byte
	n int
}

func (sb *strBuilder) writeStr(s *Str) {
	sb.b = append(sb.b, s.s...)
	sb.n += s.length
}

func (sb *strBuilder) writeString(s string, n int) {
	sb.b = append(sb.b, s...)
	sb.n += n
}

func (sb *strBuilder) writeRune(r rune) {
	if r < utf8.RuneSelf {
		sb.b = append(sb.b, byte(r))
	} else {
		sb.b = appendWTF8(sb.b, r)
	}
	sb.n++
}

func (sb *strBuilder) str() *Str {
	if len(sb.b) == 0 {
		return emptyStr
	}
	return newStrLen(unsafe.String(&sb.b[0], len(sb.b)), sb.n)
}

// newStrBytes returns a str holding b (well-formed WTF-8), taking
// ownership of b.
func newStrBytes(b []byte) *Str {
	if len(b) == 0 {
		return emptyStr
	}
	s := unsafe.String(&b[0], len(b))
	return newStrLen(s, countCodePoints(s))
}
