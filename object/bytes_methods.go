package object

// bytes_methods.go: the methods bytes and bytearray share (a bytearray's
// methods return bytearrays), and bytes % args.

import (
	"bytes"
	"encoding/hex"
	"math"
	"strings"
)

// bytesFn is the body of a bytes/bytearray method; args holds the declared
// parameters (Null when not given).
type bytesFn func(t *Thread, self Value, b []byte, args []Value) (Value, error)

func bytesMethod(typ *Type, name string, arity strArity, min int, params []string, fn bytesFn, doc string) MethodDef {
	max := len(params)
	return MethodDef{Name: name, Doc: doc, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		self := args[0]
		args = args[1:]
		var buf [3]Value
		out := buf[:max]
		if arity == arityKeywords {
			if err := parseKeywords(name, args, kwnames, params, min, out); err != nil {
				return Null, err
			}
		} else {
			if err := NoKeywords(typ.Name+"."+name, kwnames); err != nil {
				return Null, err
			}
			if err := checkPositional(name, arity, len(args), min, max); err != nil {
				if e, ok := err.(*Exc); ok {
					msg, _ := e.Args.Items[0].exactStr()
					return Null, NewError(TypeError, strings.Replace(msg.s, "str.", typ.Name+".", 1))
				}
				return Null, err
			}
			copy(out, args)
		}
		return fn(t, self, bytesOf(self), out)
	}}
}

// positionalOnly makes the method m (of min positional-only parameters
// and at most two in all) fail as Argument Clinic does when fewer are given
// by position.
func positionalOnly(min int, m MethodDef) MethodDef {
	fn := m.Fn
	m.Fn = func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if n := Positional(args, kwnames) - 1; n < min && len(args)-1 <= 2 {
			return Null, Errorf(TypeError, "%s() takes at least %d positional argument%s (%d given)", m.Name, min, plural(min), n)
		}
		return fn(t, args, kwnames)
	}
	return m
}

// bytesArg converts an argument that must be bytes-like.
func bytesArg(v Value) ([]byte, error) {
	b, ok := BytesData(v)
	if !ok {
		return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

// subArg converts the sub argument of find and friends: bytes-like or an
// int in range(256).
func subArg(t *Thread, v Value) ([]byte, error) {
	if b, ok := BytesData(v); ok {
		return b, nil
	}
	if v.Type().Index == nil {
		return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", v.Type().Name)
	}
	c, err := byteValue(t, v, "byte")
	if err != nil {
		return nil, err
	}
	return []byte{c}, nil
}

func bytesRange(t *Thread, n int, startArg, endArg Value) (int, int, error) {
	start, err := optBound(t, startArg, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := optBound(t, endArg, math.MaxInt)
	if err != nil {
		return 0, 0, err
	}
	start, end = adjustIndices(start, end, n)
	return start, end, nil
}

func bytesFind(reverse, raise bool) bytesFn {
	return func(t *Thread, _ Value, b []byte, a []Value) (Value, error) {
		// CPython converts the slice indices before the subsequence.
		start, end, err := bytesRange(t, len(b), a[1], a[2])
		if err != nil {
			return Null, err
		}
		sub, err := subArg(t, a[0])
		if err != nil {
			return Null, err
		}
		i := -1
		if end-start >= len(sub) {
			if reverse {
				i = bytes.LastIndex(b[start:end], sub)
			} else {
				i = bytes.Index(b[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return Null, NewError(ValueError, "subsection not found")
		}
		return Int(int64(i)), nil
	}
}

func bytesCount(t *Thread, _ Value, b []byte, a []Value) (Value, error) {
	start, end, err := bytesRange(t, len(b), a[1], a[2])
	if err != nil {
		return Null, err
	}
	sub, err := subArg(t, a[0])
	if err != nil {
		return Null, err
	}
	if end-start < len(sub) {
		return Int(0), nil
	}
	if len(sub) == 0 {
		return Int(int64(end - start + 1)), nil
	}
	return Int(int64(bytes.Count(b[start:end], sub))), nil
}

func bytesTailMatch(name string, suffix bool) bytesFn {
	return func(t *Thread, _ Value, b []byte, a []Value) (Value, error) {
		start, end, err := bytesRange(t, len(b), a[1], a[2])
		if err != nil {
			return Null, err
		}
		match := func(sub []byte) bool {
			e := end - len(sub)
			if e < start {
				return false
			}
			off := start
			if suffix {
				off = e
			}
			return bytes.Equal(b[off:off+len(sub)], sub)
		}
		if tup, ok := a[0].AsTuple(); ok {
			for _, x := range tup.Items {
				sub, ok := BytesData(x)
				if !ok {
					return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", x.Type().Name)
				}
				if match(sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := BytesData(a[0])
		if !ok {
			return Null, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, a[0].Type().Name)
		}
		return Bool(match(sub)), nil
	}
}

// asciiCase maps ASCII letters of b as op asks (non-ASCII bytes are kept).
func asciiCase(b []byte, op caseOp) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
		var toUpper bool
		switch op {
		case caseUpperAll:
			toUpper = true
		case caseCapitalize:
			toUpper = i == 0
		case caseSwap:
			toUpper = lower
		case caseTitleWords:
			toUpper = !prevCased
			prevCased = lower || upper
		}
		switch {
		case toUpper && lower:
			c -= 32
		case !toUpper && upper:
			c += 32
		}
		out[i] = c
	}
	return out
}

func bytesCaseMethod(op caseOp) bytesFn {
	return func(_ *Thread, self Value, b []byte, _ []Value) (Value, error) {
		return newLike(self, asciiCase(b, op)), nil
	}
}

// bytesIs is an is* method: every byte satisfies pred (and b is not empty).
func bytesIs(pred func(c byte) bool) bytesFn {
	return func(_ *Thread, _ Value, b []byte, _ []Value) (Value, error) {
		if len(b) == 0 {
			return False, nil
		}
		for _, c := range b {
			if !pred(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

func bytesCasedOnly(want, reject func(byte) bool) bytesFn {
	return func(_ *Thread, _ Value, b []byte, _ []Value) (Value, error) {
		cased := false
		for _, c := range b {
			if reject(c) {
				return False, nil
			}
			cased = cased || want(c)
		}
		return Bool(cased), nil
	}
}

func bytesIsTitle(_ *Thread, _ Value, b []byte, _ []Value) (Value, error) {
	cased, prev := false, false
	for _, c := range b {
		switch {
		case isASCIIUpper(c):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case isASCIILower(c):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased), nil
}

func bytesPad(name string, align byte) bytesFn {
	return func(t *Thread, self Value, b []byte, a []Value) (Value, error) {
		width, err := IndexInt(t, a[0])
		if err != nil {
			return Null, err
		}
		fill := byte(' ')
		if !a[1].IsNull() {
			f, ok := BytesData(a[1])
			if !ok || len(f) != 1 {
				what := a[1].Type().Name
				if ok {
					return Null, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, what)
				}
				return Null, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, what)
			}
			fill = f[0]
		}
		if width <= len(b) {
			if self.Type() == BytesType {
				return self, nil
			}
			return newLike(self, append([]byte(nil), b...)), nil
		}
		if err := checkAlloc(width); err != nil {
			return Null, err
		}
		marg := width - len(b)
		left := 0
		switch align {
		case '>':
			left = marg
		case '^':
			left = marg/2 + (marg & width & 1)
		}
		out := make([]byte, width)
		for i := range out {
			out[i] = fill
		}
		copy(out[left:], b)
		return newLike(self, out), nil
	}
}

func bytesZfill(t *Thread, self Value, b []byte, a []Value) (Value, error) {
	width, err := IndexInt(t, a[0])
	if err != nil {
		return Null, err
	}
	if width <= len(b) {
		return newLike(self, append([]byte(nil), b...)), nil
	}
	if err := checkAlloc(width); err != nil {
		return Null, err
	}
	out := make([]byte, width)
	fill := width - len(b)
	for i := 0; i < fill; i++ {
		out[i] = '0'
	}
	copy(out[fill:], b)
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		out[0], out[fill] = b[0], '0'
	}
	return newLike(self, out), nil
}

func bytesSplitMethod(reverse bool) bytesFn {
	return func(t *Thread, self Value, b []byte, a []Value) (Value, error) {
		maxsplit := -1
		if !a[1].IsNull() {
			var err error
			if maxsplit, err = IndexInt(t, a[1]); err != nil {
				return Null, err
			}
		}
		if maxsplit < 0 {
			maxsplit = math.MaxInt
		}
		var parts []string
		s := string(b)
		if a[0].IsNull() || a[0].IsNone() {
			// ASCII white space only: split as str does on an ASCII text.
			if reverse {
				parts = rsplitASCIISpace(s, maxsplit)
			} else {
				parts = splitASCIISpace(s, maxsplit)
			}
		} else {
			sep, err := bytesArg(a[0])
			if err != nil {
				return Null, err
			}
			if len(sep) == 0 {
				return Null, NewError(ValueError, "empty separator")
			}
			if reverse {
				parts = rsplitSep(s, string(sep), maxsplit)
			} else {
				parts = splitSep(s, string(sep), maxsplit)
			}
		}
		return bytesList(self, parts), nil
	}
}

func bytesList(like Value, parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = newLike(like, []byte(p))
	}
	return NewList(items).AsValue()
}

func splitASCIISpace(s string, maxsplit int) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		if i == len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) && !isASCIISpace(s[j]) {
			j++
		}
		parts = append(parts, s[i:j])
		maxsplit--
		i = j
	}
}

func rsplitASCIISpace(s string, maxsplit int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 && isASCIISpace(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(s[i-1]) {
			i--
		}
		parts = append(parts, s[i:j])
		maxsplit--
		j = i
	}
	for i, k := 0, len(parts)-1; i < k; i, k = i+1, k-1 {
		parts[i], parts[k] = parts[k], parts[i]
	}
	return parts
}

func bytesSplitLines(t *Thread, self Value, b []byte, a []Value) (Value, error) {
	keep := false
	if !a[0].IsNull() {
		var err error
		if keep, err = boolArg(t, a[0]); err != nil {
			return Null, err
		}
	}
	var parts []string
	start := 0
	for i := 0; i < len(b); {
		n := 0
		switch b[i] {
		case '\n':
			n = 1
		case '\r':
			n = 1
			if i+1 < len(b) && b[i+1] == '\n' {
				n = 2
			}
		}
		if n == 0 {
			i++
			continue
		}
		end := i
		if keep {
			end = i + n
		}
		parts = append(parts, string(b[start:end]))
		i += n
		start = i
	}
	if start < len(b) {
		parts = append(parts, string(b[start:]))
	}
	return bytesList(self, parts), nil
}

func bytesJoin(t *Thread, self Value, sep []byte, a []Value) (Value, error) {
	var items []Value
	if l, ok := a[0].AsList(); ok {
		items = l.Items
	} else if tup, ok := a[0].AsTuple(); ok {
		items = tup.Items
	} else {
		it, err := Iter(t, a[0])
		if err != nil {
			if a[0].Type().Iter == nil && a[0].Type().GetItem == nil {
				return Null, NewError(TypeError, "can only join an iterable")
			}
			return Null, err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return Null, err
			}
			if x.IsNull() {
				break
			}
			items = append(items, x)
		}
	}
	size := len(sep) * max(len(items)-1, 0)
	for i, x := range items {
		d, ok := BytesData(x)
		if !ok {
			return Null, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, x.Type().Name)
		}
		size += len(d)
		if size > MaxAllocBytes {
			return Null, NewException(MemoryError)
		}
	}
	out := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			out = append(out, sep...)
		}
		d, _ := BytesData(x)
		out = append(out, d...)
	}
	return newLike(self, out), nil
}

func bytesPartition(reverse bool) bytesFn {
	return func(_ *Thread, self Value, b []byte, a []Value) (Value, error) {
		sep, err := bytesArg(a[0])
		if err != nil {
			return Null, err
		}
		if len(sep) == 0 {
			return Null, NewError(ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = bytes.LastIndex(b, sep)
		} else {
			i = bytes.Index(b, sep)
		}
		cp := func(x []byte) Value { return newLike(self, append([]byte{}, x...)) }
		if i < 0 {
			if reverse {
				return NewTuple(cp(nil), cp(nil), cp(b)).AsValue(), nil
			}
			return NewTuple(cp(b), cp(nil), cp(nil)).AsValue(), nil
		}
		return NewTuple(cp(b[:i]), cp(sep), cp(b[i+len(sep):])).AsValue(), nil
	}
}

func bytesReplace(t *Thread, self Value, b []byte, a []Value) (Value, error) {
	old, err := bytesArg(a[0])
	if err != nil {
		return Null, err
	}
	new, err := bytesArg(a[1])
	if err != nil {
		return Null, err
	}
	count := -1
	if !a[2].IsNull() {
		if count, err = IndexInt(t, a[2]); err != nil {
			return Null, err
		}
	}
	n := bytes.Count(b, old)
	if count >= 0 && count < n {
		n = count
	}
	if n > 0 && len(new) > len(old) && (len(new)-len(old)) > (MaxAllocBytes-len(b))/n {
		return Null, NewException(MemoryError)
	}
	return newLike(self, bytes.Replace(b, old, new, n)), nil
}

func bytesRemoveAffix(suffix bool) bytesFn {
	return func(_ *Thread, self Value, b []byte, a []Value) (Value, error) {
		x, err := bytesArg(a[0])
		if err != nil {
			return Null, err
		}
		switch {
		case len(x) == 0:
		case !suffix && bytes.HasPrefix(b, x):
			b = b[len(x):]
		case suffix && bytes.HasSuffix(b, x):
			b = b[:len(b)-len(x)]
		}
		return newLike(self, append([]byte{}, b...)), nil
	}
}

func bytesStrip(left, right bool) bytesFn {
	return func(_ *Thread, self Value, b []byte, a []Value) (Value, error) {
		in := isASCIISpace
		if !a[0].IsNull() && !a[0].IsNone() {
			chars, err := bytesArg(a[0])
			if err != nil {
				return Null, err
			}
			in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(b)
		for left && i < j && in(b[i]) {
			i++
		}
		for right && j > i && in(b[j-1]) {
			j--
		}
		return newLike(self, append([]byte{}, b[i:j]...)), nil
	}
}

func bytesExpandTabs(t *Thread, self Value, b []byte, a []Value) (Value, error) {
	tabsize := 8
	if !a[0].IsNull() {
		var err error
		if tabsize, err = IndexInt(t, a[0]); err != nil {
			return Null, err
		}
	}
	var out []byte
	col := 0
	for _, c := range b {
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if err := checkAlloc(len(out), k); err != nil {
					return Null, err
				}
				out = append(out, bytes.Repeat([]byte{' '}, k)...)
				col += k
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return newLike(self, out), nil
}

func bytesTranslate(_ *Thread, self Value, b []byte, a []Value) (Value, error) {
	var table []byte
	if !a[0].IsNone() {
		var ok bool
		if table, ok = BytesData(a[0]); !ok {
			return Null, Errorf(TypeError, "a bytes-like object is required, not '%s'", a[0].Type().Name)
		}
		if len(table) != 256 {
			return Null, NewError(ValueError, "translation table must be 256 characters long")
		}
	}
	var del []byte
	if !a[1].IsNull() {
		var err error
		if del, err = bytesArg(a[1]); err != nil {
			return Null, err
		}
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if bytes.IndexByte(del, c) >= 0 {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return newLike(self, out), nil
}

// bytesMakeTrans makes the static method maketrans(frm, to) of the type
// whose method qualName is.
func bytesMakeTrans(qualName string) NativeFunc {
	return func(_ *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := NoKeywords(qualName, kwnames); err != nil {
			return Null, err
		}
		if err := CheckArity("maketrans", args, nil, 2, 2); err != nil {
			return Null, err
		}
		from, err := bytesArg(args[0])
		if err != nil {
			return Null, err
		}
		to, err := bytesArg(args[1])
		if err != nil {
			return Null, err
		}
		if len(from) != len(to) {
			return Null, NewError(ValueError, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return NewBytes(table), nil
	}
}

func bytesDecode(t *Thread, _ Value, b []byte, a []Value) (Value, error) {
	encoding, errors, err := codecArgs("decode", a[0], a[1], 0)
	if err != nil {
		return Null, err
	}
	s, err := Decode(t, b, encoding, errors)
	if err != nil {
		return Null, err
	}
	return s.AsValue(), nil
}

// bytesHex is bytes.hex(sep=<none>, bytes_per_sep=1).
func bytesHex(t *Thread, _ Value, b []byte, a []Value) (Value, error) {
	h := hex.EncodeToString(b)
	// CPython's order: bytes_per_sep, then len(sep), then sep's type.
	per := 1
	if !a[1].IsNull() {
		var err error
		if per, err = IndexInt(t, a[1]); err != nil {
			return Null, err
		}
	}
	if a[0].IsNull() {
		return newStrLen(h, len(h)).AsValue(), nil
	}
	n, err := Len(t, a[0])
	if err != nil {
		return Null, err
	}
	if n != 1 {
		return Null, NewError(ValueError, "sep must be length 1.")
	}
	var sep string
	if s, ok := a[0].exactStr(); ok {
		sep = s.s
	} else if d, ok := a[0].AsBytes(); ok {
		sep = string(d.b)
	} else {
		return Null, Errorf(TypeError, "sep must be str or bytes.")
	}
	if sep[0] >= 0x80 {
		return Null, NewError(ValueError, "sep must be ASCII.")
	}
	if per == 0 || len(b) == 0 {
		return newStrLen(h, len(h)).AsValue(), nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	var out []byte
	if per > 0 {
		// Groups are counted from the right.
		first := len(b) % group
		if first == 0 {
			first = group
		}
		for i := 0; i < len(b); {
			n := group
			if i == 0 {
				n = first
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, h[2*i:2*(i+n)]...)
			i += n
		}
	} else {
		for i := 0; i < len(b); i += group {
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, h[2*i:2*min(i+group, len(b))]...)
		}
	}
	return newStrLen(string(out), len(out)).AsValue(), nil
}

// bytesFromHex makes the class method fromhex(string) of the type whose
// method qualName is.
func bytesFromHex(qualName string) NativeFunc {
	return func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		if err := CheckArity(qualName, args[1:], kwnames, 1, 1); err != nil {
			return Null, err
		}
		s, ok := args[1].exactStr()
		if !ok {
			return Null, Errorf(TypeError, "fromhex() argument must be str, not %s", ArgTypeName(args[1]))
		}
		var out []byte
		text := s.s
		for i := 0; i < len(text); {
			if isASCIISpace(text[i]) {
				i++
				continue
			}
			hi := hexDigit(text[i])
			if hi < 0 || i+1 >= len(text) || hexDigit(text[i+1]) < 0 {
				pos := i
				if hi >= 0 {
					pos = i + 1
				}
				return Null, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(min(pos, len(text))))
			}
			out = append(out, byte(hi<<4|hexDigit(text[i+1])))
			i += 2
		}
		cls, _ := args[0].AsType()
		if cls == BytesType {
			return NewBytes(out), nil
		}
		if cls == ByteArrayType {
			return NewByteArray(out), nil
		}
		return Call(t, args[0], []Value{NewBytes(out)}, nil)
	}
}

func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func initBytesMethods(typ *Type) {
	noArgs := noParams
	typ.AddMethods([]MethodDef{
		bytesMethod(typ, "capitalize", arityTuple, 0, noArgs, bytesCaseMethod(caseCapitalize), ""),
		bytesMethod(typ, "lower", arityTuple, 0, noArgs, bytesCaseMethod(caseLowerAll), ""),
		bytesMethod(typ, "upper", arityTuple, 0, noArgs, bytesCaseMethod(caseUpperAll), ""),
		bytesMethod(typ, "swapcase", arityTuple, 0, noArgs, bytesCaseMethod(caseSwap), ""),
		bytesMethod(typ, "title", arityTuple, 0, noArgs, bytesCaseMethod(caseTitleWords), ""),
		bytesMethod(typ, "center", arityPositional, 1, padParams, bytesPad("center", '^'), ""),
		bytesMethod(typ, "ljust", arityPositional, 1, padParams, bytesPad("ljust", '<'), ""),
		bytesMethod(typ, "rjust", arityPositional, 1, padParams, bytesPad("rjust", '>'), ""),
		bytesMethod(typ, "zfill", arityPositional, 1, []string{"width"}, bytesZfill, ""),
		bytesMethod(typ, "count", arityTuple, 1, subParams, bytesCount, ""),
		bytesMethod(typ, "find", arityTuple, 1, subParams, bytesFind(false, false), ""),
		bytesMethod(typ, "rfind", arityTuple, 1, subParams, bytesFind(true, false), ""),
		bytesMethod(typ, "index", arityTuple, 1, subParams, bytesFind(false, true), ""),
		bytesMethod(typ, "rindex", arityTuple, 1, subParams, bytesFind(true, true), ""),
		bytesMethod(typ, "startswith", arityTuple, 1, subParams, bytesTailMatch("startswith", false), ""),
		bytesMethod(typ, "endswith", arityTuple, 1, subParams, bytesTailMatch("endswith", true), ""),
		bytesMethod(typ, "decode", arityKeywords, 0, encodeParams, bytesDecode, ""),
		bytesMethod(typ, "expandtabs", arityKeywords, 0, []string{"tabsize"}, bytesExpandTabs, ""),
		bytesMethod(typ, "hex", arityKeywords, 0, []string{"sep", "bytes_per_sep"}, bytesHex, ""),
		bytesMethod(typ, "join", arityPositional, 1, oneParam, bytesJoin, ""),
		bytesMethod(typ, "split", arityKeywords, 0, splitParams, bytesSplitMethod(false), ""),
		bytesMethod(typ, "rsplit", arityKeywords, 0, splitParams, bytesSplitMethod(true), ""),
		bytesMethod(typ, "splitlines", arityKeywords, 0, []string{"keepends"}, bytesSplitLines, ""),
		bytesMethod(typ, "partition", arityPositional, 1, oneParam, bytesPartition(false), ""),
		bytesMethod(typ, "rpartition", arityPositional, 1, oneParam, bytesPartition(true), ""),
		bytesMethod(typ, "replace", arityPositional, 2, []string{"old", "new", "count"}, bytesReplace, ""),
		bytesMethod(typ, "removeprefix", arityPositional, 1, oneParam, bytesRemoveAffix(false), ""),
		bytesMethod(typ, "removesuffix", arityPositional, 1, oneParam, bytesRemoveAffix(true), ""),
		bytesMethod(typ, "strip", arityPositional, 0, []string{"bytes"}, bytesStrip(true, true), ""),
		bytesMethod(typ, "lstrip", arityPositional, 0, []string{"bytes"}, bytesStrip(true, false), ""),
		bytesMethod(typ, "rstrip", arityPositional, 0, []string{"bytes"}, bytesStrip(false, true), ""),
		positionalOnly(1, bytesMethod(typ, "translate", arityKeywords, 1, []string{"table", "delete"}, bytesTranslate, "")),
		bytesMethod(typ, "isascii", arityTuple, 0, noArgs, func(_ *Thread, _ Value, b []byte, _ []Value) (Value, error) {
			for _, c := range b {
				if c >= 0x80 {
					return False, nil
				}
			}
			return True, nil
		}, ""),
		bytesMethod(typ, "isalpha", arityTuple, 0, noArgs, bytesIs(isASCIIAlpha), ""),
		bytesMethod(typ, "isalnum", arityTuple, 0, noArgs, bytesIs(func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }), ""),
		bytesMethod(typ, "isdigit", arityTuple, 0, noArgs, bytesIs(isASCIIDigit), ""),
		bytesMethod(typ, "isspace", arityTuple, 0, noArgs, bytesIs(isASCIISpace), ""),
		bytesMethod(typ, "islower", arityTuple, 0, noArgs, bytesCasedOnly(isASCIILower, isASCIIUpper), ""),
		bytesMethod(typ, "isupper", arityTuple, 0, noArgs, bytesCasedOnly(isASCIIUpper, isASCIILower), ""),
		bytesMethod(typ, "istitle", arityTuple, 0, noArgs, bytesIsTitle, ""),
		{Name: "fromhex", Fn: bytesFromHex(typ.Name + ".fromhex"), Kind: ClassMethod},
		{Name: "maketrans", Fn: bytesMakeTrans(typ.Name + ".maketrans"), Kind: StaticMethod},
	})
}

// bytesPercent is the bytes side of percentFormat.
type bytesPercent struct{}

func (bytesPercent) convert(t *Thread, out []byte, c byte, v Value, fl *percentFlags) ([]byte, error) {
	var body []byte
	switch c {
	case 's', 'b':
		if d, ok := BytesData(v); ok {
			body = d
		} else if m := v.Type().Lookup(bytesMethodName); !m.IsNull() {
			r, err := callDescriptor(t, m, v)
			if err != nil {
				return nil, err
			}
			b, ok := r.AsBytes()
			if !ok {
				return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			body = b.b
		} else {
			return nil, Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)
		}
	case 'r', 'a':
		s, err := ASCII(t, v)
		if err != nil {
			return nil, err
		}
		body = []byte(s.s)
	case 'c':
		if d, ok := BytesData(v); ok && len(d) == 1 {
			body = d
			break
		}
		if _, _, ok := intOperand(v); !ok && v.Type().Index == nil {
			return nil, NewError(TypeError, "%c requires an integer in range(256) or a single byte")
		}
		iv, err := Index(t, v)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(iv)
		if !ok || n < 0 || n > 255 {
			return nil, NewError(OverflowError, "%c arg not in range(256)")
		}
		body = []byte{byte(n)}
	default:
		return nil, errBadConversion
	}
	if fl.prec >= 0 && fl.prec < len(body) && c != 'c' {
		body = body[:fl.prec]
	}
	return padField(out, "", "", body, len(body), fl, false), nil
}
