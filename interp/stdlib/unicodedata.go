// unicodedata.go: the unicodedata module of CPython 3.11 (Unicode 14.0.0):
// character names (object.UnicodeName's table), properties from
// unicodedata.bin (made by unicodedata_gen.go from python3; see there for
// its layout) and normalization with golang.org/x/text/unicode/norm.
//
// norm's tables are of a later Unicode version (15.0.0 with Go 1.26).
// Normalization is stable for assigned characters, so only code points
// unassigned in Unicode 14 (and surrogates, which Go cannot hold) may
// normalize differently: the input is cut at them, and they pass through
// unchanged as CPython's starters without decomposition do.
//
// Not provided: ucd_3_2_0 and the UCD type (Unicode 3.2 data, used by
// the idna codec only).

package stdlib

//go:generate go run unicodedata_gen.go

import (
	_ "embed"
	"encoding/binary"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/adderpy/adder/internal/pyrepr"
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

//go:embed unicodedata.bin
var unicodeDataBin []byte

// ucdRecord holds the properties that unicodedata reports for a code point.
type ucdRecord struct {
	category, bidirectional, eastAsianWidth string
	combining, mirrored                     int
	decimal, digit                          int // -1: none
	numeric                                 float64
	hasNumeric                              bool
}

// ucd is the decoded property table.
var ucd struct {
	once           sync.Once
	records        []ucdRecord
	runStarts      []rune // first code point of each run, ascending
	runRecords     []uint16
	decompositions map[rune]string
}

func loadUCD() {
	data := unicodeDataBin
	num := func() int {
		v, n := binary.Uvarint(data)
		if n <= 0 {
			panic("BUG: unicodedata.bin is corrupt")
		}
		data = data[n:]
		return int(v)
	}
	str := func() string {
		n := num()
		s := string(data[:n])
		data = data[n:]
		return s
	}
	ucd.records = make([]ucdRecord, num())
	for i := range ucd.records {
		r := &ucd.records[i]
		r.category, r.bidirectional = str(), str()
		r.combining = num()
		r.eastAsianWidth = str()
		r.mirrored = num()
		r.decimal, r.digit = num()-1, num()-1
		if s := str(); s != "" {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				panic("BUG: unicodedata.bin: numeric value " + s)
			}
			r.numeric, r.hasNumeric = v, true
		}
	}
	n := num()
	ucd.runStarts, ucd.runRecords = make([]rune, n), make([]uint16, n)
	cp := 0
	for i := range n {
		ucd.runStarts[i] = rune(cp)
		cp += num()
		ucd.runRecords[i] = uint16(num())
	}
	n = num()
	ucd.decompositions = make(map[rune]string, n)
	cp = 0
	for range n {
		cp += num()
		ucd.decompositions[rune(cp)] = str()
	}
	if len(data) != 0 || cp >= 0x110000 {
		panic("BUG: unicodedata.bin is corrupt")
	}
}

// ucdLookup returns the properties of r.
func ucdLookup(r rune) *ucdRecord {
	ucd.once.Do(loadUCD)
	i := sort.Search(len(ucd.runStarts), func(i int) bool { return ucd.runStarts[i] > r }) - 1
	return &ucd.records[ucd.runRecords[i]]
}

func init() {
	prop := func(name string, get func(r *ucdRecord) object.Value) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity(name, args, kw, 1, 1); err != nil {
				return object.Null, err
			}
			r, err := charArg(name+"() argument", args[0])
			if err != nil {
				return object.Null, err
			}
			if name == "decomposition" {
				ucd.once.Do(loadUCD)
				return object.StrValue(ucd.decompositions[r]), nil
			}
			return get(ucdLookup(r)), nil
		}}
	}
	// withDefault makes decimal, digit, numeric and name: chr and an
	// optional default returned instead of raising ValueError(msg).
	withDefault := func(name, msg string, get func(r rune) (object.Value, bool)) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity(name, args, kw, 1, 2); err != nil {
				return object.Null, err
			}
			r, err := charArg(name+"() argument 1", args[0])
			if err != nil {
				return object.Null, err
			}
			if v, ok := get(r); ok {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return object.Null, object.NewError(object.ValueError, msg)
		}}
	}
	str := object.StrValue
	methods := []object.MethodDef{
		prop("category", func(r *ucdRecord) object.Value { return str(r.category) }),
		prop("bidirectional", func(r *ucdRecord) object.Value { return str(r.bidirectional) }),
		prop("combining", func(r *ucdRecord) object.Value { return object.Int(int64(r.combining)) }),
		prop("east_asian_width", func(r *ucdRecord) object.Value { return str(r.eastAsianWidth) }),
		prop("mirrored", func(r *ucdRecord) object.Value { return object.Int(int64(r.mirrored)) }),
		prop("decomposition", nil),
		withDefault("decimal", "not a decimal", func(r rune) (object.Value, bool) {
			d := ucdLookup(r).decimal
			return object.Int(int64(d)), d >= 0
		}),
		withDefault("digit", "not a digit", func(r rune) (object.Value, bool) {
			d := ucdLookup(r).digit
			return object.Int(int64(d)), d >= 0
		}),
		withDefault("numeric", "not a numeric character", func(r rune) (object.Value, bool) {
			rec := ucdLookup(r)
			return object.Float(rec.numeric), rec.hasNumeric
		}),
		withDefault("name", "no such name", func(r rune) (object.Value, bool) {
			name, ok := object.UnicodeName(r)
			return str(name), ok
		}),
		{Name: "lookup", Fn: unicodedataLookup, Doc: "Look up character by name."},
		{Name: "normalize", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			f, s, err := normalizeArgs("normalize", args, kw)
			if err != nil {
				return object.Null, err
			}
			return normalizeStr(f, s).AsValue(), nil
		}, Doc: "Return the normal form 'form' for the Unicode string unistr."},
		{Name: "is_normalized", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			f, s, err := normalizeArgs("is_normalized", args, kw)
			if err != nil {
				return object.Null, err
			}
			return object.Bool(isNormalized(f, s)), nil
		}, Doc: "Return whether the Unicode string unistr is in the normal form 'form'."},
	}
	modules = append(modules, &interp.ModuleDef{
		Name:    "unicodedata",
		Doc:     "This module provides access to the Unicode Character Database which defines character properties for all Unicode characters.",
		Methods: methods,
		Init: func(_ *interp.Thread, m *interp.Module) error {
			m.Dict().SetStr(object.Intern("unidata_version"), object.StrValue("14.0.0"))
			return nil
		},
	})
}

// charArg returns the code point of a one-character str argument.
func charArg(what string, v object.Value) (rune, error) {
	s, ok := v.AsStr()
	if !ok || s.Len() != 1 {
		return 0, object.Errorf(object.TypeError, "%s must be a unicode character, not %s", what, object.ArgTypeName(v))
	}
	r, _ := pyrepr.DecodeRune(s.String())
	return r, nil
}

func unicodedataLookup(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("lookup", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	s, ok := args[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "lookup() argument must be str, not %s", object.ArgTypeName(args[0]))
	}
	name := s.String()
	if len(name) > 256 {
		return object.Null, object.NewException(object.KeyError, object.StrValue("name too long"))
	}
	if r, ok := object.LookupUnicodeName(name); ok {
		return object.StrValue(string(r)), nil
	}
	if seq, ok := object.LookupNamedSequence(name); ok {
		return object.StrValue(string(seq)), nil
	}
	return object.Null, object.NewException(object.KeyError, object.StrValue("undefined character name '"+name+"'"))
}

func normalizeArgs(fname string, args []object.Value, kw *object.Tuple) (norm.Form, *object.Str, error) {
	if err := object.CheckArity(fname, args, kw, 2, 2); err != nil {
		return 0, nil, err
	}
	form, ok := args[0].AsStr()
	if !ok {
		return 0, nil, object.Errorf(object.TypeError, "%s() argument 1 must be str, not %s", fname, object.ArgTypeName(args[0]))
	}
	s, ok := args[1].AsStr()
	if !ok {
		return 0, nil, object.Errorf(object.TypeError, "%s() argument 2 must be str, not %s", fname, object.ArgTypeName(args[1]))
	}
	switch form.String() {
	case "NFC":
		return norm.NFC, s, nil
	case "NFD":
		return norm.NFD, s, nil
	case "NFKC":
		return norm.NFKC, s, nil
	case "NFKD":
		return norm.NFKD, s, nil
	}
	return 0, nil, object.NewError(object.ValueError, "invalid normalization form")
}

// segments calls fn on the pieces of s between code points that norm
// must not see (unassigned in Unicode 14, or surrogates) and on each such
// code point alone (foreign true), stopping when fn returns false.
func segments(s string, fn func(piece string, foreign bool) bool) {
	start := 0
	for i := 0; i < len(s); {
		r, n := pyrepr.DecodeRune(s[i:])
		if r >= 0x80 && (r >= 0xD800 && r <= 0xDFFF || ucdLookup(r).category == "Cn") {
			if start < i && !fn(s[start:i], false) || !fn(s[i:i+n], true) {
				return
			}
			start = i + n
		}
		i += n
	}
	if start < len(s) {
		fn(s[start:], false)
	}
}

func normalizeStr(f norm.Form, s *object.Str) *object.Str {
	if s.IsASCII() {
		return s
	}
	var b strings.Builder
	segments(s.String(), func(piece string, foreign bool) bool {
		if foreign {
			b.WriteString(piece)
		} else {
			b.WriteString(f.String(piece))
		}
		return true
	})
	if b.String() == s.String() {
		return s
	}
	return object.NewStr(b.String())
}

func isNormalized(f norm.Form, s *object.Str) bool {
	if s.IsASCII() {
		return true
	}
	ok := true
	segments(s.String(), func(piece string, foreign bool) bool {
		ok = foreign || f.IsNormalString(piece)
		return ok
	})
	return ok
}
