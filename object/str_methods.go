package object

// str_methods.go: the methods of str (searching, splitting, joining,
// padding, stripping, case mapping, classification, translation).

import (
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/pyrepr"
)

// strFn is the body of a str method: args holds the declared parameters,
// Null for those not given.
type strFn func(t *Thread, s *Str, args []Value) (Value, error)

// The calling conventions of str's methods, for CPython's argument errors.
type strArity uint8

const (
	// arityTuple: positional only, "find() takes at least 1 argument (0 given)".
	arityTuple strArity = iota
	// arityPositional: positional only, "center expected at least 1 argument, got 0"
	// (and "str.zfill() takes exactly one argument (0 given)" for one).
	arityPositional
	// arityKeywords: parameters that may be named.
	arityKeywords
)

func strMethod(name string, arity strArity, min int, params []string, fn strFn, doc string) MethodDef {
	max := len(params)
	qualName := "str." + name // once here, not on every call
	return MethodDef{Name: name, Doc: doc, Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
		s, _ := args[0].exactStr()
		args = args[1:]
		var buf [3]Value
		out := buf[:max]
		switch arity {
		case arityKeywords:
			if err := parseKeywords(name, args, kwnames, params, min, out); err != nil {
				return Null, err
			}
		default:
			if err := NoKeywords(qualName, kwnames); err != nil {
				return Null, err
			}
			if err := checkPositional(name, arity, len(args), min, max); err != nil {
				return Null, err
			}
			copy(out, args)
		}
		return fn(t, s, out)
	}}
}

// checkPositional checks the number of positional arguments n of the
// method name with CPython's messages.
func checkPositional(name string, arity strArity, n, min, max int) error {
	if n >= min && n <= max {
		return nil
	}
	switch {
	case max == 0:
		return Errorf(TypeError, "str.%s() takes no arguments (%d given)", name, n)
	case min == 1 && max == 1:
		return Errorf(TypeError, "str.%s() takes exactly one argument (%d given)", name, n)
	case arityPositional == arity:
		return CheckArity(name, make([]Value, n), nil, min, max)
	case n < min:
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	}
	return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
}

// parseKeywords binds the arguments of an Argument Clinic method with
// keyword parameters, with its messages.
func parseKeywords(name string, args []Value, kwnames *Tuple, params []string, min int, out []Value) error {
	npos := Positional(args, kwnames)
	if npos > len(params) {
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, len(params), plural(len(params)), npos)
	}
	if kwnames != nil {
		for _, k := range kwnames.Items {
			ks, _ := k.exactStr()
			found := false
			for _, p := range params {
				found = found || p == ks.s
			}
			if !found {
				return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", ks.s, name)
			}
		}
	}
	return ParseArgs(name, args, kwnames, params, min, -1, out)
}

var (
	noParams     = []string{}
	subParams    = []string{"sub", "start", "end"}
	oneParam     = []string{"arg"}
	padParams    = []string{"width", "fillchar"}
	splitParams  = []string{"sep", "maxsplit"}
	encodeParams = []string{"encoding", "errors"}
)

func initStrMethods(t *Type) {
	t.AddMethods([]MethodDef{
		strMethod("capitalize", arityTuple, 0, noParams, strCaseMethod(caseCapitalize), "Return a capitalized version of the string."),
		strMethod("casefold", arityTuple, 0, noParams, strCaseMethod(caseFoldAll), "Return a version of the string suitable for caseless comparisons."),
		strMethod("lower", arityTuple, 0, noParams, strCaseMethod(caseLowerAll), "Return a copy of the string converted to lowercase."),
		strMethod("upper", arityTuple, 0, noParams, strCaseMethod(caseUpperAll), "Return a copy of the string converted to uppercase."),
		strMethod("swapcase", arityTuple, 0, noParams, strCaseMethod(caseSwap), "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
		strMethod("title", arityTuple, 0, noParams, strCaseMethod(caseTitleWords), "Return a version of the string where each word is titlecased."),
		strMethod("center", arityPositional, 1, padParams, strPad('^'), "Return a centered string of length width."),
		strMethod("ljust", arityPositional, 1, padParams, strPad('<'), "Return a left-justified string of length width."),
		strMethod("rjust", arityPositional, 1, padParams, strPad('>'), "Return a right-justified string of length width."),
		strMethod("zfill", arityPositional, 1, []string{"width"}, strZfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
		strMethod("count", arityTuple, 1, subParams, strCount, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."),
		strMethod("find", arityTuple, 1, subParams, strFind("find", false, false), "Return the lowest index in S where substring sub is found, or -1."),
		strMethod("rfind", arityTuple, 1, subParams, strFind("rfind", true, false), "Return the highest index in S where substring sub is found, or -1."),
		strMethod("index", arityTuple, 1, subParams, strFind("index", false, true), "Return the lowest index in S where substring sub is found; raise ValueError if not found."),
		strMethod("rindex", arityTuple, 1, subParams, strFind("rindex", true, true), "Return the highest index in S where substring sub is found; raise ValueError if not found."),
		strMethod("startswith", arityTuple, 1, subParams, strTailMatch("startswith", false), "Return True if S starts with the specified prefix, False otherwise."),
		strMethod("endswith", arityTuple, 1, subParams, strTailMatch("endswith", true), "Return True if S ends with the specified suffix, False otherwise."),
		strMethod("encode", arityKeywords, 0, encodeParams, strEncode, "Encode the string using the codec registered for encoding."),
		strMethod("expandtabs", arityKeywords, 0, []string{"tabsize"}, strExpandTabs, "Return a copy where all tab characters are expanded using spaces."),
		strMethod("join", arityPositional, 1, oneParam, func(t *Thread, s *Str, a []Value) (Value, error) {
			r, err := StrJoin(t, s, a[0])
			if err != nil {
				return Null, err
			}
			return r.AsValue(), nil
		}, "Concatenate any number of strings."),
		strMethod("split", arityKeywords, 0, splitParams, strSplitMethod(false), "Return a list of the substrings in the string, using sep as the separator string."),
		strMethod("rsplit", arityKeywords, 0, splitParams, strSplitMethod(true), "Return a list of the substrings in the string, using sep as the separator string."),
		strMethod("splitlines", arityKeywords, 0, []string{"keepends"}, strSplitLines, "Return a list of the lines in the string, breaking at line boundaries."),
		strMethod("partition", arityPositional, 1, oneParam, strPartition(false), "Partition the string into three parts using the given separator."),
		strMethod("rpartition", arityPositional, 1, oneParam, strPartition(true), "Partition the string into three parts using the given separator."),
		strMethod("replace", arityPositional, 2, []string{"old", "new", "count"}, strReplace, "Return a copy with all occurrences of substring old replaced by new."),
		strMethod("removeprefix", arityPositional, 1, oneParam, strRemoveAffix("removeprefix", false), "Return a str with the given prefix string removed if present."),
		strMethod("removesuffix", arityPositional, 1, oneParam, strRemoveAffix("removesuffix", true), "Return a str with the given suffix string removed if present."),
		strMethod("strip", arityPositional, 0, []string{"chars"}, strStrip("strip", true, true), "Return a copy of the string with leading and trailing whitespace removed."),
		strMethod("lstrip", arityPositional, 0, []string{"chars"}, strStrip("lstrip", true, false), "Return a copy of the string with leading whitespace removed."),
		strMethod("rstrip", arityPositional, 0, []string{"chars"}, strStrip("rstrip", false, true), "Return a copy of the string with trailing whitespace removed."),
		strMethod("isascii", arityTuple, 0, noParams, func(_ *Thread, s *Str, _ []Value) (Value, error) { return Bool(s.IsASCII()), nil }, "Return True if all characters in the string are ASCII, False otherwise."),
		strMethod("isalpha", arityTuple, 0, noParams, strAll(uAlpha), "Return True if the string is an alphabetic string, False otherwise."),
		strMethod("isalnum", arityTuple, 0, noParams, strAll(uAlpha|uDecimal|uDigit|uNumeric), "Return True if the string is an alpha-numeric string, False otherwise."),
		strMethod("isdecimal", arityTuple, 0, noParams, strAll(uDecimal), "Return True if the string is a decimal string, False otherwise."),
		strMethod("isdigit", arityTuple, 0, noParams, strAll(uDigit), "Return True if the string is a digit string, False otherwise."),
		strMethod("isnumeric", arityTuple, 0, noParams, strAll(uNumeric), "Return True if the string is a numeric string, False otherwise."),
		strMethod("isspace", arityTuple, 0, noParams, strAll(uSpace), "Return True if the string is a whitespace string, False otherwise."),
		strMethod("isprintable", arityTuple, 0, noParams, func(_ *Thread, s *Str, _ []Value) (Value, error) {
			return Bool(s.s == "" || strAllFlags(s.s, uPrintable)), nil
		}, "Return True if the string is printable, False otherwise."),
		strMethod("isidentifier", arityTuple, 0, noParams, func(_ *Thread, s *Str, _ []Value) (Value, error) {
			return Bool(IsIdentifier(s.s)), nil
		}, "Return True if the string is a valid Python identifier, False otherwise."),
		strMethod("islower", arityTuple, 0, noParams, strCasedOnly(uLower, uUpper|uTitle), "Return True if the string is a lowercase string, False otherwise."),
		strMethod("isupper", arityTuple, 0, noParams, strCasedOnly(uUpper, uLower|uTitle), "Return True if the string is an uppercase string, False otherwise."),
		strMethod("istitle", arityTuple, 0, noParams, strIsTitle, "Return True if the string is a title-cased string, False otherwise."),
		strMethod("translate", arityPositional, 1, oneParam, strTranslate, "Replace each character in the string using the given translation table."),
		strMethod("format_map", arityPositional, 1, oneParam, func(t *Thread, s *Str, a []Value) (Value, error) {
			return formatString(t, s, nil, nil, a[0])
		}, "Return a formatted version of S, using substitutions from mapping."),
		strMethod("__format__", arityPositional, 1, oneParam, strDunderFormat, "Return a formatted version of the string as described by format_spec."),
		strMethod("__getnewargs__", arityTuple, 0, noParams, func(_ *Thread, s *Str, _ []Value) (Value, error) {
			return NewTuple(newStrLen(s.s, s.length).AsValue()).AsValue(), nil
		}, ""),
		{Name: "format", Fn: func(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
			s, _ := args[0].exactStr()
			npos := Positional(args, kwnames)
			return formatString(t, s, args[1:npos], kwArgs(args[npos:], kwnames), Null)
		}, Doc: "Return a formatted version of S, using substitutions from args and kwargs."},
		{Name: "maketrans", Fn: strMakeTrans, Kind: StaticMethod, Doc: "Return a translation table usable for str.translate()."},
	})
}

// kwArgs pairs the keyword argument values with their names.
func kwArgs(values []Value, kwnames *Tuple) *Tuple {
	if kwnames == nil || len(kwnames.Items) == 0 {
		return nil
	}
	items := make([]Value, 0, 2*len(values))
	for i, v := range values {
		items = append(items, kwnames.Items[i], v)
	}
	return NewTuple(items...)
}

// strArg returns v as a str, or the TypeError "must be str, not T".
func strArg(v Value) (*Str, error) {
	s, ok := v.exactStr()
	if !ok {
		return nil, Errorf(TypeError, "must be str, not %s", v.Type().Name)
	}
	return s, nil
}

// sliceBound converts an optional start or end argument (CPython's
// _PyEval_SliceIndex): ints outside the int range are clamped.
func sliceBound(t *Thread, v Value) (int, error) {
	if v.IsInt() {
		return clampInt(v.AsInt()), nil
	}
	if _, _, ok := intOperand(v); !ok && v.Type().Index == nil {
		return 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	iv, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if i, ok := AsInt64(iv); ok {
		return clampInt(i), nil
	}
	if b, _ := AsBigInt(iv); b.Sign() < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

func clampInt(i int64) int {
	return int(max(min(i, math.MaxInt), math.MinInt))
}

// optBound converts an optional start or end: dflt when absent or None.
func optBound(t *Thread, v Value, dflt int) (int, error) {
	if v.IsNull() || v.IsNone() {
		return dflt, nil
	}
	return sliceBound(t, v)
}

// adjustIndices clips start and end as CPython's ADJUST_INDICES.
func adjustIndices(start, end, length int) (int, int) {
	if end > length {
		end = length
	} else if end < 0 {
		end = max(end+length, 0)
	}
	if start < 0 {
		start = max(start+length, 0)
	}
	return start, end
}

// searchRange converts the start and end arguments of s's search methods.
func searchRange(t *Thread, s *Str, startArg, endArg Value) (int, int, error) {
	start, err := optBound(t, startArg, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := optBound(t, endArg, math.MaxInt)
	if err != nil {
		return 0, 0, err
	}
	start, end = adjustIndices(start, end, s.length)
	return start, end, nil
}

// cpIndex converts a byte offset in s.s to a code point index.
func (s *Str) cpIndex(off int) int {
	if s.length == len(s.s) {
		return off
	}
	return countCodePoints(s.s[:off])
}

func strFind(name string, reverse, raise bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		// CPython converts the slice indices before the substring.
		start, end, err := searchRange(t, s, a[1], a[2])
		if err != nil {
			return Null, err
		}
		sub, err := strArg(a[0])
		if err != nil {
			return Null, err
		}
		i := s.find(sub, start, end, reverse)
		if i < 0 && raise {
			return Null, NewError(ValueError, "substring not found")
		}
		return Int(int64(i)), nil
	}
}

// find returns the code point index of sub in s[start:end] (adjusted
// indices), searching from the end when reverse, or -1.
func (s *Str) find(sub *Str, start, end int, reverse bool) int {
	if end-start < sub.length {
		return -1
	}
	lo, hi := s.offset(start), s.offset(end)
	var i int
	if reverse {
		i = strings.LastIndex(s.s[lo:hi], sub.s)
	} else {
		i = strings.Index(s.s[lo:hi], sub.s)
	}
	if i < 0 {
		return -1
	}
	return s.cpIndex(lo + i)
}

// Find returns s.find(sub): the code point index of sub, or -1.
func (s *Str) Find(sub *Str) int { return s.find(sub, 0, s.length, false) }

func strCount(t *Thread, s *Str, a []Value) (Value, error) {
	start, end, err := searchRange(t, s, a[1], a[2])
	if err != nil {
		return Null, err
	}
	sub, err := strArg(a[0])
	if err != nil {
		return Null, err
	}
	if end-start < sub.length {
		return Int(0), nil
	}
	if sub.length == 0 {
		return Int(int64(end - start + 1)), nil
	}
	return Int(int64(strings.Count(s.s[s.offset(start):s.offset(end)], sub.s))), nil
}

func strTailMatch(name string, suffix bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		start, end, err := searchRange(t, s, a[1], a[2])
		if err != nil {
			return Null, err
		}
		match := func(sub *Str) bool {
			e := end - sub.length
			if e < start {
				return false
			}
			if sub.length == 0 {
				return true
			}
			off := start
			if suffix {
				off = e
			}
			lo := s.offset(off)
			return strings.HasPrefix(s.s[lo:], sub.s)
		}
		if tup, ok := a[0].AsTuple(); ok {
			for _, x := range tup.Items {
				sub, ok := x.exactStr()
				if !ok {
					return Null, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, x.Type().Name)
				}
				if match(sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := a[0].exactStr()
		if !ok {
			return Null, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, a[0].Type().Name)
		}
		return Bool(match(sub)), nil
	}
}

// padWidth converts a width argument.
func padWidth(t *Thread, v Value) (int, error) {
	return IndexInt(t, v)
}

// fillChar converts a fill character argument of method name.
func fillChar(name string, v Value) (string, error) {
	if v.IsNull() {
		return " ", nil
	}
	f, ok := v.exactStr()
	if !ok {
		return "", Errorf(TypeError, "The fill character must be a unicode character, not %s", v.Type().tpName())
	}
	if f.length != 1 {
		return "", NewError(TypeError, "The fill character must be exactly one character long")
	}
	return f.s, nil
}

func strPad(align byte) strFn {
	name := map[byte]string{'^': "center", '<': "ljust", '>': "rjust"}[align]
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		width, err := padWidth(t, a[0])
		if err != nil {
			return Null, err
		}
		fill, err := fillChar(name, a[1])
		if err != nil {
			return Null, err
		}
		if width <= s.length {
			return s.exact().AsValue(), nil
		}
		marg := width - s.length
		var left int
		switch align {
		case '<':
			left = 0
		case '>':
			left = marg
		default:
			left = marg/2 + (marg & width & 1)
		}
		r, err := padStr(s, left, marg-left, fill)
		if err != nil {
			return Null, err
		}
		return r.AsValue(), nil
	}
}

// exact returns s as an exact str (itself unless it is a subclass
// instance).
func (s *Str) exact() *Str {
	if s.typ == StrType {
		return s
	}
	return newStrLen(s.s, s.length)
}

// padStr returns s with left and right copies of fill around it.
func padStr(s *Str, left, right int, fill string) (*Str, error) {
	if err := checkAlloc(len(s.s), left*len(fill), right*len(fill)); err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(s.s)+(left+right)*len(fill))
	for range left {
		b = append(b, fill...)
	}
	b = append(b, s.s...)
	for range right {
		b = append(b, fill...)
	}
	return newStrLen(string(b), s.length+left+right), nil
}

func strZfill(t *Thread, s *Str, a []Value) (Value, error) {
	width, err := padWidth(t, a[0])
	if err != nil {
		return Null, err
	}
	if width <= s.length {
		return s.exact().AsValue(), nil
	}
	r, err := padStr(s, width-s.length, 0, "0")
	if err != nil {
		return Null, err
	}
	fill := width - s.length
	if c := s.s; c != "" && (c[0] == '+' || c[0] == '-') {
		b := []byte(r.s)
		b[0], b[fill] = c[0], '0'
		r = newStrLen(string(b), r.length)
	}
	return r.AsValue(), nil
}

func strExpandTabs(t *Thread, s *Str, a []Value) (Value, error) {
	tabsize := 8
	if !a[0].IsNull() {
		var err error
		if tabsize, err = IndexInt(t, a[0]); err != nil {
			return Null, err
		}
	}
	if strings.IndexByte(s.s, '\t') < 0 {
		return s.exact().AsValue(), nil
	}
	var sb strBuilder
	col := 0
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		switch r {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if err := checkAlloc(len(sb.b), k); err != nil {
					return Null, err
				}
				for range k {
					sb.writeRune(' ')
				}
				col += k
			}
		case '\n', '\r':
			sb.writeString(s.s[i:i+n], 1)
			col = 0
		default:
			sb.writeString(s.s[i:i+n], 1)
			col++
		}
		i += n
	}
	return sb.str().AsValue(), nil
}

// StrJoin returns sep.join(iterable).
func StrJoin(t *Thread, sep *Str, iterable Value) (*Str, error) {
	var items []Value
	if l, ok := iterable.AsList(); ok {
		items = l.Items
	} else if tup, ok := iterable.AsTuple(); ok {
		items = tup.Items
	} else {
		it, err := Iter(t, iterable)
		if err != nil {
			if e, ok := err.(*Exc); ok && e.typ == TypeError && iterable.Type().Iter == nil && iterable.Type().GetItem == nil {
				return nil, NewError(TypeError, "can only join an iterable")
			}
			return nil, err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x.IsNull() {
				break
			}
			items = append(items, x)
		}
	}
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if s, ok := items[0].exactStr(); ok && s.typ == StrType {
			return s, nil
		}
	}
	size, n := len(sep.s)*(len(items)-1), sep.length*(len(items)-1)
	for i, x := range items {
		s, ok := x.exactStr()
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, x.Type().Name)
		}
		size += len(s.s)
		n += s.length
		if size > MaxAllocBytes {
			return nil, NewException(MemoryError)
		}
	}
	b := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			b = append(b, sep.s...)
		}
		b = append(b, (*Str)(x.p).s...)
	}
	return newStrLen(string(b), n), nil
}

// isSpaceAt reports whether the code point at s[i:] is white space, and
// its width.
func isSpaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiFlags[c]&uSpace != 0, 1
	}
	r, n := pyrepr.DecodeRune(s[i:])
	return runeFlags(r)&uSpace != 0, n
}

// isSpaceBefore reports whether the code point ending at s[:j] is white
// space, and its width.
func isSpaceBefore(s string, j int) (bool, int) {
	if c := s[j-1]; c < utf8.RuneSelf {
		return asciiFlags[c]&uSpace != 0, 1
	}
	i := j - 1
	for s[i]&0xC0 == 0x80 {
		i--
	}
	r, _ := pyrepr.DecodeRune(s[i:j])
	return runeFlags(r)&uSpace != 0, j - i
}

func strSplitMethod(reverse bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
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
		if a[0].IsNull() || a[0].IsNone() {
			if reverse {
				parts = rsplitSpace(s.s, maxsplit)
			} else {
				parts = splitSpace(s.s, maxsplit)
			}
		} else {
			sep, ok := a[0].exactStr()
			if !ok {
				return Null, Errorf(TypeError, "must be str or None, not %s", a[0].Type().Name)
			}
			if sep.s == "" {
				return Null, NewError(ValueError, "empty separator")
			}
			if reverse {
				parts = rsplitSep(s.s, sep.s, maxsplit)
			} else {
				parts = splitSep(s.s, sep.s, maxsplit)
			}
			if len(parts) == 1 && s.typ == StrType {
				return NewList([]Value{s.AsValue()}).AsValue(), nil
			}
		}
		return strList(parts, s.IsASCII()).AsValue(), nil
	}
}

// strList makes a list of strs; ascii says that every part is ASCII.
// The strs share one allocation: the parts already share the text of the
// str they were cut from, so a part kept alive keeps little more alive
// than it did alone, and a split makes one allocation instead of one per
// part.
func strList(parts []string, ascii bool) *List {
	items := make([]Value, len(parts))
	strs := make([]Str, len(parts))
	for i, p := range parts {
		n := len(p)
		if !ascii {
			n = countCodePoints(p)
		}
		strs[i] = Str{Header: Header{StrType}, s: p, length: n}
		items[i] = strs[i].AsValue()
	}
	return NewList(items)
}

func splitSep(s, sep string, maxsplit int) []string {
	parts := make([]string, 0, min(strings.Count(s, sep), maxsplit)+1)
	for maxsplit > 0 {
		i := strings.Index(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i])
		s = s[i+len(sep):]
		maxsplit--
	}
	return append(parts, s)
}

func rsplitSep(s, sep string, maxsplit int) []string {
	parts := make([]string, 0, min(strings.Count(s, sep), maxsplit)+1)
	for maxsplit > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	parts = append(parts, s)
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

func splitSpace(s string, maxsplit int) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) {
			sp, n := isSpaceAt(s, i)
			if !sp {
				break
			}
			i += n
		}
		if i == len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			sp, n := isSpaceAt(s, j)
			if sp {
				break
			}
			j += n
		}
		parts = append(parts, s[i:j])
		maxsplit--
		i = j
	}
}

func rsplitSpace(s string, maxsplit int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			sp, n := isSpaceBefore(s, j)
			if !sp {
				break
			}
			j -= n
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, n := isSpaceBefore(s, i)
			if sp {
				break
			}
			i -= n
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

// lineBreakAt returns the width of the line boundary at s[i:], 0 if none.
func lineBreakAt(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2: // U+0085
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2: // U+2028, U+2029
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

func strSplitLines(t *Thread, s *Str, a []Value) (Value, error) {
	keep := false
	if !a[0].IsNull() {
		var err error
		if keep, err = boolArg(t, a[0]); err != nil {
			return Null, err
		}
	}
	var parts []string
	start := 0
	for i := 0; i < len(s.s); {
		if n := lineBreakAt(s.s, i); n > 0 {
			end := i
			if keep {
				end = i + n
			}
			parts = append(parts, s.s[start:end])
			i += n
			start = i
			continue
		}
		i++
	}
	if start < len(s.s) {
		parts = append(parts, s.s[start:])
	}
	return strList(parts, s.IsASCII()).AsValue(), nil
}

// boolArg converts an int-like flag argument (Argument Clinic's bool(accept={int})).
func boolArg(t *Thread, v Value) (bool, error) {
	// Argument Clinic takes these flags as a C int: any object with
	// __index__, true when non-zero.
	n, err := Index(t, v)
	if err != nil {
		return false, err
	}
	return Truth(t, n)
}

func strPartition(reverse bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		sep, err := strArg(a[0])
		if err != nil {
			return Null, err
		}
		if sep.s == "" {
			return Null, NewError(ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = strings.LastIndex(s.s, sep.s)
		} else {
			i = strings.Index(s.s, sep.s)
		}
		if i < 0 {
			if reverse {
				return NewTuple(emptyStr.AsValue(), emptyStr.AsValue(), s.exact().AsValue()).AsValue(), nil
			}
			return NewTuple(s.exact().AsValue(), emptyStr.AsValue(), emptyStr.AsValue()).AsValue(), nil
		}
		return NewTuple(NewStr(s.s[:i]).AsValue(), sep.exact().AsValue(), NewStr(s.s[i+len(sep.s):]).AsValue()).AsValue(), nil
	}
}

func strReplace(t *Thread, s *Str, a []Value) (Value, error) {
	old, ok := a[0].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "replace() argument 1 must be str, not %s", ArgTypeName(a[0]))
	}
	new, ok := a[1].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "replace() argument 2 must be str, not %s", ArgTypeName(a[1]))
	}
	count := -1
	if !a[2].IsNull() {
		var err error
		if count, err = IndexInt(t, a[2]); err != nil {
			return Null, err
		}
	}
	r, err := s.Replace(old, new, count)
	if err != nil {
		return Null, err
	}
	return r.AsValue(), nil
}

// Replace returns s.replace(old, new, count) (count < 0: all).
func (s *Str) Replace(old, new *Str, count int) (*Str, error) {
	n := 0
	if old.s == "" {
		n = s.length + 1
	} else {
		n = strings.Count(s.s, old.s)
	}
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 {
		return s.exact(), nil
	}
	if len(new.s) > len(old.s) && (len(new.s)-len(old.s)) > (MaxAllocBytes-len(s.s))/n {
		if (len(new.s) - len(old.s)) > (math.MaxInt-len(s.s))/n {
			return nil, NewError(OverflowError, "replace string is too long")
		}
		return nil, NewException(MemoryError)
	}
	length := s.length + n*(new.length-old.length)
	if old.s == "" {
		var b strings.Builder
		b.Grow(len(s.s) + n*len(new.s))
		i := 0
		for k := 0; k < n; k++ {
			b.WriteString(new.s)
			if i < len(s.s) {
				_, w := pyrepr.DecodeRune(s.s[i:])
				b.WriteString(s.s[i : i+w])
				i += w
			}
		}
		b.WriteString(s.s[i:])
		return newStrLen(b.String(), length), nil
	}
	return newStrLen(strings.Replace(s.s, old.s, new.s, n), length), nil
}

func strRemoveAffix(name string, suffix bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		x, ok := a[0].exactStr()
		if !ok {
			return Null, Errorf(TypeError, "%s() argument must be str, not %s", name, ArgTypeName(a[0]))
		}
		switch {
		case x.s == "":
		case !suffix && strings.HasPrefix(s.s, x.s):
			return newStrLen(s.s[len(x.s):], s.length-x.length).AsValue(), nil
		case suffix && strings.HasSuffix(s.s, x.s):
			return newStrLen(s.s[:len(s.s)-len(x.s)], s.length-x.length).AsValue(), nil
		}
		return s.exact().AsValue(), nil
	}
}

func strStrip(name string, left, right bool) strFn {
	return func(t *Thread, s *Str, a []Value) (Value, error) {
		i, j := 0, len(s.s)
		if a[0].IsNull() || a[0].IsNone() {
			for left && i < j {
				sp, n := isSpaceAt(s.s, i)
				if !sp {
					break
				}
				i += n
			}
			for right && j > i {
				sp, n := isSpaceBefore(s.s, j)
				if !sp {
					break
				}
				j -= n
			}
		} else {
			chars, ok := a[0].exactStr()
			if !ok {
				return Null, Errorf(TypeError, "%s arg must be None or str", name)
			}
			// A whole encoded code point only matches at a code point
			// boundary of chars.
			in := func(k int) (bool, int) {
				_, n := pyrepr.DecodeRune(s.s[k:])
				return strings.Contains(chars.s, s.s[k:k+n]), n
			}
			for left && i < j {
				ok, n := in(i)
				if !ok {
					break
				}
				i += n
			}
			for right && j > i {
				k := j - 1
				for s.s[k]&0xC0 == 0x80 {
					k--
				}
				if ok, _ := in(k); !ok {
					break
				}
				j = k
			}
		}
		if i == 0 && j == len(s.s) {
			return s.exact().AsValue(), nil
		}
		return NewStr(s.s[i:j]).AsValue(), nil
	}
}

// strAllFlags reports whether every code point of s has one of flags.
func strAllFlags(s string, flags uint16) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiFlags[c]&flags == 0 {
				return false
			}
			i++
			continue
		}
		r, n := pyrepr.DecodeRune(s[i:])
		if runeFlags(r)&flags == 0 {
			return false
		}
		i += n
	}
	return true
}

func strAll(flags uint16) strFn {
	return func(_ *Thread, s *Str, _ []Value) (Value, error) {
		return Bool(s.s != "" && strAllFlags(s.s, flags)), nil
	}
}

// IsIdentifier reports whether s is a valid Python identifier
// (str.isidentifier).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, n := pyrepr.DecodeRune(s)
	if runeFlags(r)&uXIDStart == 0 {
		return false
	}
	return strAllFlags(s[n:], uXIDContinue)
}

// strCasedOnly is islower (want uLower, reject uUpper|uTitle) and isupper.
func strCasedOnly(want, reject uint16) strFn {
	return func(_ *Thread, s *Str, _ []Value) (Value, error) {
		cased := false
		for i := 0; i < len(s.s); {
			r, n := pyrepr.DecodeRune(s.s[i:])
			f := runeFlags(r)
			if f&reject != 0 {
				return False, nil
			}
			cased = cased || f&want != 0
			i += n
		}
		return Bool(cased), nil
	}
}

func strIsTitle(_ *Thread, s *Str, _ []Value) (Value, error) {
	cased, prevCased := false, false
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		f := runeFlags(r)
		switch {
		case f&(uUpper|uTitle) != 0:
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case f&uLower != 0:
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
		i += n
	}
	return Bool(cased), nil
}

// The case operations of str.
type caseOp uint8

const (
	caseLowerAll caseOp = iota
	caseUpperAll
	caseFoldAll
	caseCapitalize
	caseSwap
	caseTitleWords
)

func strCaseMethod(op caseOp) strFn {
	return func(_ *Thread, s *Str, _ []Value) (Value, error) {
		return s.caseMap(op).AsValue(), nil
	}
}

// caseMap applies a case operation.
func (s *Str) caseMap(op caseOp) *Str {
	if s.IsASCII() {
		if len(s.s) == 0 {
			return emptyStr
		}
		b := []byte(s.s)
		prevCased := false
		for i, c := range b {
			if lc := c | 0x20; lc < 'a' || lc > 'z' {
				prevCased = false // not a letter: left as it is
				continue
			}
			isLower := c >= 'a'
			toUpper := false // caseLowerAll, caseFoldAll
			switch op {
			case caseUpperAll:
				toUpper = true
			case caseCapitalize:
				toUpper = i == 0
			case caseSwap:
				toUpper = isLower
			case caseTitleWords:
				toUpper = !prevCased
				prevCased = true
			}
			if toUpper == isLower {
				b[i] = c ^ 0x20 // the other case
			}
		}
		// b is never written again: the str takes it without a copy.
		return newStrLen(unsafe.String(&b[0], len(b)), len(b))
	}
	rs := make([]rune, 0, s.length)
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		rs = append(rs, r)
		i += n
	}
	b := make([]byte, 0, len(s.s)+8)
	prevCased := false
	for i, r := range rs {
		f := runeFlags(r)
		switch op {
		case caseLowerAll:
			b = appendLower(b, rs, i)
		case caseUpperAll:
			b = appendCaseMapped(b, r, caseUpper)
		case caseFoldAll:
			b = appendCaseMapped(b, r, caseFold)
		case caseCapitalize:
			if i == 0 {
				b = appendCaseMapped(b, r, caseTitle)
			} else {
				b = appendLower(b, rs, i)
			}
		case caseSwap:
			switch {
			case f&uUpper != 0:
				b = appendLower(b, rs, i)
			case f&uLower != 0:
				b = appendCaseMapped(b, r, caseUpper)
			default:
				b = appendWTF8(b, r)
			}
		case caseTitleWords:
			if prevCased {
				b = appendLower(b, rs, i)
			} else {
				b = appendCaseMapped(b, r, caseTitle)
			}
			prevCased = f&uCased != 0
		}
	}
	return newStrBytes(b)
}

// appendLower appends the lower case of rs[i], applying the final sigma
// rule to a capital sigma.
func appendLower(dst []byte, rs []rune, i int) []byte {
	if rs[i] != 0x3A3 {
		return appendCaseMapped(dst, rs[i], caseLower)
	}
	j := i - 1
	for j >= 0 && runeFlags(rs[j])&uCaseIgnorable != 0 {
		j--
	}
	final := j >= 0 && runeFlags(rs[j])&uCased != 0
	if final {
		k := i + 1
		for k < len(rs) && runeFlags(rs[k])&uCaseIgnorable != 0 {
			k++
		}
		final = k == len(rs) || runeFlags(rs[k])&uCased == 0
	}
	if final {
		return utf8.AppendRune(dst, 0x3C2)
	}
	return utf8.AppendRune(dst, 0x3C3)
}

// Lower returns s.lower().
func (s *Str) Lower() *Str { return s.caseMap(caseLowerAll) }

// Upper returns s.upper().
func (s *Str) Upper() *Str { return s.caseMap(caseUpperAll) }

func strTranslate(t *Thread, s *Str, a []Value) (Value, error) {
	table := a[0]
	cache := map[rune]Value{}
	var sb strBuilder
	for i := 0; i < len(s.s); {
		r, n := pyrepr.DecodeRune(s.s[i:])
		m, seen := cache[r]
		if !seen {
			var v Value
			var err error
			if d, ok := table.AsDict(); ok && table.Type() == DictType {
				var found bool
				if v, found, err = d.GetItem(t, Int(int64(r))); err == nil && !found {
					v = Null
				}
			} else {
				v, err = GetItem(t, table, Int(int64(r)))
			}
			if err != nil {
				e, ok := err.(*Exc)
				if !ok || !e.typ.IsSubtype(LookupError) {
					return Null, err
				}
				v = Null
			}
			switch {
			case v.IsNull() || v.IsNone():
			case v.IsInt() || v.IsBool():
			default:
				if _, ok := v.exactStr(); ok {
					break
				}
				if _, _, ok := intOperand(v); ok {
					break
				}
				return Null, NewError(TypeError, "character mapping must return integer, None or str")
			}
			if !v.IsNull() && !v.IsNone() {
				if _, ok := v.exactStr(); !ok {
					c, ok := AsInt64(v)
					if !ok || c < 0 || c > utf8.MaxRune {
						return Null, NewError(ValueError, "character mapping must be in range(0x110000)")
					}
				}
			}
			m = v
			cache[r] = m
		}
		switch {
		case m.IsNull():
			sb.writeString(s.s[i:i+n], 1)
		case m.IsNone():
		default:
			if ms, ok := m.exactStr(); ok {
				sb.writeStr(ms)
			} else {
				c, _ := AsInt64(m)
				sb.writeRune(rune(c))
			}
		}
		i += n
	}
	return sb.str().AsValue(), nil
}

// strMakeTrans is the static method str.maketrans(x[, y[, z]]).
func strMakeTrans(t *Thread, args []Value, kwnames *Tuple) (Value, error) {
	if err := NoKeywords("str.maketrans", kwnames); err != nil {
		return Null, err
	}
	if err := CheckArity("maketrans", args, nil, 1, 3); err != nil {
		return Null, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].AsDict()
		if !ok {
			return Null, NewError(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for pos := 0; ; {
			k, v, next, ok := src.Next(pos)
			if !ok {
				break
			}
			pos = next
			if ks, ok := k.exactStr(); ok {
				if ks.length != 1 {
					return Null, NewError(ValueError, "string keys in translate table must be of length 1")
				}
				k = Int(int64(ks.runeAt(0)))
			} else if _, _, ok := intOperand(k); !ok {
				return Null, NewError(TypeError, "keys in translate table must be strings or integers")
			}
			if err := d.SetItem(t, k, v); err != nil {
				return Null, err
			}
		}
		return d.AsValue(), nil
	}
	// The argument checks come in CPython's order: y and z by the
	// argument parser, then x.
	y, ok := args[1].exactStr()
	if !ok {
		return Null, Errorf(TypeError, "maketrans() argument 2 must be str, not %s", ArgTypeName(args[1]))
	}
	var z *Str
	if len(args) == 3 {
		if z, ok = args[2].exactStr(); !ok {
			return Null, Errorf(TypeError, "maketrans() argument 3 must be str, not %s", ArgTypeName(args[2]))
		}
	}
	x, ok := args[0].exactStr()
	if !ok {
		return Null, NewError(TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	if x.length != y.length {
		return Null, NewError(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i, j := 0, 0; i < len(x.s); {
		r1, n1 := pyrepr.DecodeRune(x.s[i:])
		r2, n2 := pyrepr.DecodeRune(y.s[j:])
		if err := d.SetItem(t, Int(int64(r1)), Int(int64(r2))); err != nil {
			return Null, err
		}
		i, j = i+n1, j+n2
	}
	if z != nil {
		for i := 0; i < len(z.s); {
			r, n := pyrepr.DecodeRune(z.s[i:])
			if err := d.SetItem(t, Int(int64(r)), None); err != nil {
				return Null, err
			}
			i += n
		}
	}
	return d.AsValue(), nil
}
