package object

// codec_names.go: the Unicode character names (Unicode 14.0, as CPython
// 3.11's unicodedata), for the namereplace error handler, \N{...} in
// unicode_escape and the unicodedata module. The table codec_names.bin is
// made by codec_names_gen.go (see there for its layout) and decoded on
// first use. Hangul syllable names are computed, as are the names that end
// in their code point (CJK UNIFIED IDEOGRAPH-4E00 ...).

//go:generate go run codec_names_gen.go

import (
	_ "embed"
	"encoding/binary"
	"strconv"
	"strings"
	"sync"
)

//go:embed codec_names.bin
var namesData string

// nameRange is a range of code points named prefix + hex code point.
type nameRange struct {
	prefix      string
	first, last rune
}

// namesTable is the decoded name table.
type namesTable struct {
	once     sync.Once
	words    []string
	cps      []rune   // named code points, ascending
	offsets  []uint32 // where each name's word indices start in namesData
	ranges   []nameRange
	byName   map[string]rune // names and aliases
	sequence map[string][]rune
}

var unicodeNames namesTable

// namesReader reads varints and strings from namesData.
type namesReader struct{ pos int }

func (r *namesReader) num() int {
	v, n := binary.Uvarint([]byte(namesData[r.pos:min(r.pos+binary.MaxVarintLen32, len(namesData))]))
	if n <= 0 {
		panic("BUG: codec_names.bin is corrupt")
	}
	r.pos += n
	return int(v)
}

func (r *namesReader) str() string {
	n := r.num()
	r.pos += n
	return namesData[r.pos-n : r.pos]
}

func loadNames() {
	u := &unicodeNames
	r := namesReader{}
	u.words = make([]string, r.num())
	for i := range u.words {
		u.words[i] = r.str()
	}
	n := r.num()
	u.cps, u.offsets = make([]rune, n), make([]uint32, n)
	cp := 0
	for i := range n {
		cp += r.num()
		u.cps[i], u.offsets[i] = rune(cp), uint32(r.pos)
		for range r.num() {
			r.num()
		}
	}
	u.ranges = make([]nameRange, r.num())
	for i := range u.ranges {
		u.ranges[i] = nameRange{r.str(), rune(r.num()), rune(r.num())}
	}
	u.byName = make(map[string]rune, n+500)
	for i, cp := range u.cps {
		u.byName[nameAt(u.offsets[i])] = cp
	}
	for range r.num() {
		cp := rune(r.num())
		u.byName[r.str()] = cp
	}
	u.sequence = map[string][]rune{}
	for range r.num() {
		name := r.str()
		seq := make([]rune, r.num())
		for i := range seq {
			seq[i] = rune(r.num())
		}
		u.sequence[name] = seq
	}
}

// nameAt decodes the name whose word list starts at offset.
func nameAt(offset uint32) string {
	r := namesReader{int(offset)}
	var sb strings.Builder
	for i := range r.num() {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(unicodeNames.words[r.num()])
	}
	return sb.String()
}

// Hangul syllable composition (Unicode 3.12).
const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoVCount  = 21
	jamoTCount  = 28
)

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "_", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"_", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func jamo(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// UnicodeName returns the name of r as unicodedata.name does.
func UnicodeName(r rune) (string, bool) {
	if r >= hangulBase && r < hangulBase+hangulCount {
		i := int(r - hangulBase)
		return "HANGUL SYLLABLE " + jamo(jamoL[i/(jamoVCount*jamoTCount)]) + jamoV[i%(jamoVCount*jamoTCount)/jamoTCount] +
			jamo(jamoT[i%jamoTCount]), true
	}
	u := &unicodeNames
	u.once.Do(loadNames)
	for _, nr := range u.ranges {
		if nr.first <= r && r <= nr.last {
			return nr.prefix + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
		}
	}
	lo, hi := 0, len(u.cps)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if u.cps[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(u.cps) && u.cps[lo] == r {
		return nameAt(u.offsets[lo]), true
	}
	return "", false
}

// cjkUnifiedPrefix starts the names of the unified ideographs, which
// lookups match case-sensitively, as CPython does.
const cjkUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-"

// LookupUnicodeName returns the code point with the given name or name
// alias, as \N{...} accepts it: case-insensitively, except that Hangul
// syllable and CJK unified ideograph names must be upper case.
func LookupUnicodeName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return lookupHangul(rest)
	}
	u := &unicodeNames
	u.once.Do(loadNames)
	if hex, ok := strings.CutPrefix(name, cjkUnifiedPrefix); ok {
		if len(hex) != 4 && len(hex) != 5 || strings.ToUpper(hex) != hex {
			return 0, false
		}
		return u.lookupRange(cjkUnifiedPrefix, hex)
	}
	name = strings.ToUpper(name)
	if r, ok := u.byName[name]; ok {
		return r, true
	}
	for _, nr := range u.ranges {
		if hex, ok := strings.CutPrefix(name, nr.prefix); ok && nr.prefix != cjkUnifiedPrefix {
			return u.lookupRange(nr.prefix, hex)
		}
	}
	return 0, false
}

// lookupRange finds prefix+hex among the names derived from code points.
func (u *namesTable) lookupRange(prefix, hex string) (rune, bool) {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || len(hex) < 4 || len(hex) > 6 {
		return 0, false
	}
	for _, nr := range u.ranges {
		if nr.prefix == prefix && rune(v) >= nr.first && rune(v) <= nr.last {
			return rune(v), true
		}
	}
	return 0, false
}

// LookupNamedSequence returns the named sequence called name
// (case-insensitive), as unicodedata.lookup accepts it.
func LookupNamedSequence(name string) ([]rune, bool) {
	u := &unicodeNames
	u.once.Do(loadNames)
	seq, ok := u.sequence[strings.ToUpper(name)]
	return seq, ok
}

// lookupHangul parses the jamo letters of a Hangul syllable name, taking
// the longest spelling of each of the three parts as CPython does.
func lookupHangul(s string) (rune, bool) {
	l, s := longestJamo(s, jamoL)
	v, s := longestJamo(s, jamoV)
	t, s := longestJamo(s, jamoT)
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return hangulBase + rune((l*jamoVCount+v)*jamoTCount+t), true
}

// longestJamo returns the index of the longest of parts that starts s
// ("_" stands for the empty part; -1 if none) and the rest of s.
func longestJamo(s string, parts []string) (int, string) {
	best, n := -1, -1
	for i, p := range parts {
		p = jamo(p)
		if len(p) > n && strings.HasPrefix(s, p) {
			best, n = i, len(p)
		}
	}
	if best < 0 {
		return -1, s
	}
	return best, s[n:]
}
