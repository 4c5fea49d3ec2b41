package object

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/adderpy/adder/internal/pyhash"
)

// Str is a Python str. s holds the text in UTF-8, except that lone
// surrogates are kept in generalized UTF-8 (see internal/pyrepr). length is
// the number of code points; when it equals len(s) the string is ASCII and
// indexing is direct.
type Str struct {
	Header
	s      string
	length int
	hash   int64
	flags  strFlags
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

// countCodePoints counts the code points of s, treating each encoded
// surrogate as one.
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
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
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
		s.hash = hashString(s.s)
		s.flags |= strHashed
	}
	return s.hash
}

// hashSecret is the key of str and bytes hashing, as CPython's: set once
// at startup from PYTHONHASHSEED (SetHashSecret) before any string is hashed.
var hashSecret = pyhash.RandomSecret()

// SetHashSecret sets the str/bytes hashing key. It must be called before
// any str is hashed (at startup).
func SetHashSecret(s pyhash.Secret) { hashSecret = s }

// hashString hashes str text exactly as CPython does under the same key.
func hashString(s string) int64 { return hashSecret.String(s) }

// exactStr returns v as a *Str when v is a str or a str subclass instance.
func (v Value) exactStr() (*Str, bool) {
	if v.p == nil || v.IsImmediate() {
		return nil, false
	}
	if typ := v.Type(); typ == StrType || typ.solid == StrType {
		return (*Str)(v.p), true
	}
	return nil, false
}

// AsStr returns v as a *Str, or ok false when v is not a str (or subclass).
func (v Value) AsStr() (*Str, bool) { return v.exactStr() }

var (
	internMu    sync.Mutex
	internTable = map[string]*Str{}
)

// Intern returns the canonical *Str for s. Attribute and global names are
// always interned, so that they compare by pointer.
func Intern(s string) *Str {
	internMu.Lock()
	defer internMu.Unlock()
	if x, ok := internTable[s]; ok {
		return x
	}
	x := NewStr(s)
	x.flags |= strInterned
	internTable[s] = x
	return x
}

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
