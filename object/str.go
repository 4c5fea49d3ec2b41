package object

import (
	"os"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
	"github.com/adderpy/adder/internal/pyrepr"
)

// Str is a Python str. s holds the text in UTF-8, except that lone
// surrogates are kept in generalized UTF-8 (WTF-8, see internal/pyrepr);
// it is always well formed. length is the number of code points; when it
// equals len(s) the string is ASCII and indexing is direct. Otherwise
// index, built on the first indexing, maps every strIndexStride-th code
// point to its byte offset.
//
// Byte order of WTF-8 is code point order, so comparisons compare s.
type Str struct {
	Header
	s      string
	length int
	hash   int64
	flags  strFlags
	// index, built on first use by a non-ASCII str, holds the byte offset
	// of every strIndexStride-th code point. A pointer and not a slice: it
	// keeps a Str at 56 bytes, in the 64-byte size class rather than 80.
	index *[]int32
}

type strFlags uint8

const (
	strHashed strFlags = 1 << iota
	strInterned
)

// NewStr returns a new str holding s (UTF-8 or WTF-8).
func NewStr(s string) *Str {
	return &Str{Header: Header{StrType}, s: s, length: countCodePoints(s)}
}

// StrValue returns a new str Value holding s.
func StrValue(s string) Value { return NewStr(s).AsValue() }

// newStrLen returns a new str holding s, which has n code points.
func newStrLen(s string, n int) *Str {
	return &Str{Header: Header{StrType}, s: s, length: n}
}

// countCodePoints counts the code points of s (well-formed WTF-8): the
// bytes that do not continue a sequence.
func countCodePoints(s string) int {
	i := 0
	for i+8 <= len(s) {
		if *(*uint64)(unsafe.Pointer(unsafe.StringData(s[i:])))&0x8080808080808080 != 0 {
			break
		}
		i += 8
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n := i
			for ; i < len(s); i++ {
				if s[i]&0xC0 != 0x80 {
					n++
				}
			}
			return n
		}
	}
	return len(s)
}

// strIndexStride is the distance in code points between the entries of
// Str.index: a lookup decodes at most strIndexStride-1 code points.
const strIndexStride = 32

// offset returns the byte offset of code point i, 0 <= i <= s.length.
func (s *Str) offset(i int) int {
	if s.length == len(s.s) || i == 0 {
		return i
	}
	if i == s.length {
		return len(s.s)
	}
	if s.index == nil {
		s.buildIndex()
	}
	off := int((*s.index)[i/strIndexStride])
	for k := i % strIndexStride; k > 0; k-- {
		off++
		for s.s[off]&0xC0 == 0x80 {
			off++
		}
	}
	return off
}

func (s *Str) buildIndex() {
	index := make([]int32, 0, s.length/strIndexStride+1)
	n := 0
	for off := 0; off < len(s.s); off++ {
		if s.s[off]&0xC0 != 0x80 {
			if n%strIndexStride == 0 {
				index = append(index, int32(off))
			}
			n++
		}
	}
	s.index = &index
}

// runeAt returns code point i, 0 <= i < s.length.
func (s *Str) runeAt(i int) rune {
	if s.length == len(s.s) {
		return rune(s.s[i])
	}
	r, _ := pyrepr.DecodeRune(s.s[s.offset(i):])
	return r
}

// substr returns the code points i to j (0 <= i <= j <= s.length).
func (s *Str) substr(i, j int) *Str {
	if i == 0 && j == s.length && s.typ == StrType {
		return s
	}
	if s.length == len(s.s) {
		if j-i == 1 {
			return latin1Strs[s.s[i]] // CPython shares one-character strs too
		}
		return newStrLen(s.s[i:j], j-i)
	}
	return newStrLen(s.s[s.offset(i):s.offset(j)], j-i)
}

// AsValue returns the str as a Value.
func (s *Str) AsValue() Value { return FromPointer(unsafe.Pointer(s)) }

// String returns the UTF-8 (WTF-8) text.
func (s *Str) String() string { return s.s }

// Len returns the number of code points.
func (s *Str) Len() int { return s.length }

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool { return s.length == len(s.s) }

// Hash returns hash(s), computing it once.
func (s *Str) Hash() int64 {
	if s.flags&strHashed == 0 {
		s.setHash() // out of line, so that the cached case inlines
	}
	return s.hash
}

// setHash computes and caches hash(s). The text of an ASCII str is hashed
// as bytes, as pyhash's String hashes it after scanning it for non-ASCII
// bytes, a scan that the str's length already answers.
func (s *Str) setHash() {
	if s.IsASCII() {
		s.hash = hashSecret.Bytes(unsafe.Slice(unsafe.StringData(s.s), len(s.s)))
	} else {
		s.hash = hashString(s.s)
	}
	s.flags |= strHashed
}

// hashSecret is the key of str and bytes hashing, as CPython's. Strings
// are hashed (and their hashes cached in them and in dicts) while Go
// packages initialize, when built-in types fill their namespaces, so the
// key must be final before then: it comes from PYTHONHASHSEED as the
// process starts.
var hashSecret = initialHashSecret()

// initialHashSecret returns the key PYTHONHASHSEED asks for: a seeded one,
// or a random one when it is unset, "random" or malformed (the command
// line reports a malformed value).
func initialHashSecret() pyhash.Secret {
	seed, random, err := pyhash.ParseSeed(os.Getenv("PYTHONHASHSEED"))
	if err != nil || random {
		return pyhash.RandomSecret()
	}
	return pyhash.SecretFromSeed(seed)
}

// SetHashSecret sets the str/bytes hashing key. Setting the key the
// process started with (see hashSecret) does nothing; another key must be
// set before any str is hashed, which in practice means never: strings
// hashed under the old key would no longer match equal ones.
func SetHashSecret(s pyhash.Secret) { hashSecret = s }

// hashString hashes str text exactly as CPython does under the same key.
func hashString(s string) int64 { return hashSecret.String(s) }

// exactStr returns v as a *Str when v is a str or a str subclass instance.
func (v Value) exactStr() (*Str, bool) {
	if v.p == nil {
		return nil, false
	}
	// An immediate's static header holds its type too: no need to rule
	// immediates out first.
	if typ := v.Type(); typ == StrType || typ.solid == StrType {
		return (*Str)(v.p), true
	}
	return nil, false
}

// isStrExactly reports whether v is a str, not a subclass instance (whose
// comparisons may be overridden).
func (v Value) isStrExactly() bool { return v.p != nil && v.Type() == StrType }

// AsStr returns v as a *Str, or ok false when v is not a str (or subclass).
func (v Value) AsStr() (*Str, bool) { return v.exactStr() }

var (
	internMu sync.Mutex
	// internTable starts with room for the ~800 names the built-in types
	// and modules intern at start-up, so that it does not grow step by step.
	internTable = make(map[string]*Str, 1024)
)

// Intern returns the canonical *Str for s. Attribute and global names are
// always interned, so that they compare by pointer.
func Intern(s string) *Str {
	internMu.Lock()
	defer internMu.Unlock()
	if x, ok := internTable[s]; ok {
		return x
	}
	x := internStrs.new()
	*x = Str{Header: Header{StrType}, s: s, length: countCodePoints(s), flags: strInterned}
	internTable[s] = x
	return x
}

// internStrs allocates the interned strs, which live as long as the table
// (start-up interns some 800 names).
var internStrs immortalBlock[Str]

// InternStr returns the canonical *Str equal to s (s itself if it is the
// first of its text to be interned).
func InternStr(s *Str) *Str {
	if s.flags&strInterned != 0 {
		return s
	}
	internMu.Lock()
	defer internMu.Unlock()
	if x, ok := internTable[s.s]; ok {
		return x
	}
	if s.typ != StrType {
		x := NewStr(s.s)
		s = x
	}
	s.flags |= strInterned
	internTable[s.s] = s
	return s
}

// StrLayout is where a Str caches its hash, for native code that looks
// strs up in dicts: the offsets of the hash and of the flags byte, and
// the flag that is set once hash holds the str's hash.
var StrLayout = struct {
	Hash, Flags int64
	Hashed      uint8
}{
	Hash:   int64(unsafe.Offsetof(Str{}.hash)),
	Flags:  int64(unsafe.Offsetof(Str{}.flags)),
	Hashed: uint8(strHashed),
}
