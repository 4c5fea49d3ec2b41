// blake2.go: the _blake2 module (hashlib.blake2b and hashlib.blake2s):
// BLAKE2b and BLAKE2s as specified by RFC 7693, with the whole parameter
// block hashlib exposes (digest size, key, salt, personalization and the
// tree-hashing fields).
//
// Written here rather than taken from golang.org/x/crypto/blake2{b,s}:
// those packages accept only a key and (for blake2b) a digest size, while
// hashlib also needs blake2s digest sizes other than 16 and 32, salt,
// person and the tree parameters.

package stdlib

import (
	"encoding/binary"
	"encoding/hex"
	"math/bits"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// blake2Sigma is the message word schedule of RFC 7693 §2.7.
var blake2Sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2Variant holds what differs between BLAKE2b and BLAKE2s.
type blake2Variant struct {
	name      string
	blockSize int // bytes per block
	wordSize  int // 8 or 4
	maxDigest int
	saltSize  int
	rounds    int
}

var (
	blake2bVariant = &blake2Variant{name: "blake2b", blockSize: 128, wordSize: 8, maxDigest: 64, saltSize: 16, rounds: 12}
	blake2sVariant = &blake2Variant{name: "blake2s", blockSize: 64, wordSize: 4, maxDigest: 32, saltSize: 8, rounds: 10}
)

// blake2State is a running BLAKE2 computation. Words are kept as uint64
// for both variants (BLAKE2s uses the low 32 bits).
type blake2State struct {
	v        *blake2Variant
	h        [8]uint64
	t        [2]uint64 // byte counter (128 bits for b, 64 for s)
	buf      []byte    // pending input, at most one block
	size     int       // digest size
	lastNode bool
}

func (s *blake2State) compress(block []byte, final bool) {
	if s.v.wordSize == 8 {
		s.compress64(block, final)
	} else {
		s.compress32(block, final)
	}
}

func (s *blake2State) compress64(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], s.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if final {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint64) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := range s.v.rounds {
		sg := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.h {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *blake2State) compress32(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := range 8 {
		v[i] = uint32(s.h[i])
	}
	copy(v[8:], blake2sIV[:])
	v[12] ^= uint32(s.t[0])
	v[13] ^= uint32(s.t[0] >> 32)
	if final {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := range s.v.rounds {
		sg := &blake2Sigma[r]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range 8 {
		s.h[i] = uint64(uint32(s.h[i]) ^ v[i] ^ v[i+8])
	}
}

func (s *blake2State) addCounter(n int) {
	var carry uint64
	s.t[0], carry = bits.Add64(s.t[0], uint64(n), 0)
	s.t[1] += carry
}

// write absorbs p, always keeping the last (possibly full) block pending
// because it must be compressed with the final flag.
func (s *blake2State) write(p []byte) {
	bs := s.v.blockSize
	for len(p) > 0 {
		if len(s.buf) == bs {
			s.addCounter(bs)
			s.compress(s.buf, false)
			s.buf = s.buf[:0]
		}
		n := min(bs-len(s.buf), len(p))
		s.buf = append(s.buf, p[:n]...)
		p = p[n:]
	}
}

func (s *blake2State) sum() []byte {
	c := *s
	block := make([]byte, s.v.blockSize)
	copy(block, s.buf)
	c.addCounter(len(s.buf))
	c.compress(block, true)
	out := make([]byte, 8*s.v.wordSize)
	for i, w := range c.h {
		if s.v.wordSize == 8 {
			binary.LittleEndian.PutUint64(out[8*i:], w)
		} else {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(w))
		}
	}
	return out[:s.size]
}

// blake2Params is the parameter block of RFC 7693 §2.5 (and the BLAKE2
// paper's tree fields).
type blake2Params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int
	leafSize                                        uint32
	nodeOffset                                      uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

func newBlake2State(v *blake2Variant, p *blake2Params) *blake2State {
	block := make([]byte, 2*v.maxDigest) // the parameter block: 64 or 32 bytes
	block[0] = byte(p.digestSize)
	block[1] = byte(len(p.key))
	block[2] = byte(p.fanout)
	block[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	if v.wordSize == 8 {
		binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
		block[16] = byte(p.nodeDepth)
		block[17] = byte(p.innerSize)
		copy(block[32:], p.salt)
		copy(block[48:], p.person)
	} else {
		var off [8]byte
		binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
		copy(block[8:14], off[:6])
		block[14] = byte(p.nodeDepth)
		block[15] = byte(p.innerSize)
		copy(block[16:], p.salt)
		copy(block[24:], p.person)
	}
	s := &blake2State{v: v, size: p.digestSize, lastNode: p.lastNode, buf: make([]byte, 0, v.blockSize)}
	for i := range 8 {
		if v.wordSize == 8 {
			s.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(block[8*i:])
		} else {
			s.h[i] = uint64(blake2sIV[i] ^ binary.LittleEndian.Uint32(block[4*i:]))
		}
	}
	if len(p.key) > 0 {
		k := make([]byte, v.blockSize)
		copy(k, p.key)
		s.write(k)
	}
	return s
}

// ---- the Python types ----

var (
	blake2bType = object.NewNativeType("blake2b", "_blake2", nil)
	blake2sType = object.NewNativeType("blake2s", "_blake2", nil)
)

type blake2Object struct {
	object.Header
	state *blake2State
}

func asBlake2(v object.Value) *blake2Object { return (*blake2Object)(v.Pointer()) }

var blake2ParamNames = []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth",
	"leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}

func blake2New(v *blake2Variant) object.NewFunc {
	return func(t *object.Thread, typ *object.Type, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [13]object.Value
		if err := object.ParseArgs(v.name, args, kw, blake2ParamNames, 0, 1, a[:]); err != nil {
			return object.Null, err
		}
		p := blake2Params{digestSize: v.maxDigest, fanout: 1, depth: 1}
		intArg := func(i int, dst *int) error {
			if a[i].IsNull() {
				return nil
			}
			n, err := object.IndexInt(t, a[i])
			*dst = n
			return err
		}
		bytesArg := func(i int, dst *[]byte, max int, what string) error {
			if a[i].IsNull() {
				return nil
			}
			b, err := hashData(a[i])
			if err != nil {
				return err
			}
			if len(b) > max {
				return object.Errorf(object.ValueError, "maximum %s length is %d bytes", what, max)
			}
			*dst = b
			return nil
		}
		var leaf, nodeOffset int
		for _, e := range []error{
			intArg(1, &p.digestSize), bytesArg(2, &p.key, v.maxDigest, "key"), bytesArg(3, &p.salt, v.saltSize, "salt"),
			bytesArg(4, &p.person, v.saltSize, "person"), intArg(5, &p.fanout), intArg(6, &p.depth),
			intArg(7, &leaf), intArg(8, &nodeOffset), intArg(9, &p.nodeDepth), intArg(10, &p.innerSize),
		} {
			if e != nil {
				return object.Null, e
			}
		}
		switch {
		case p.digestSize < 1 || p.digestSize > v.maxDigest:
			return object.Null, object.Errorf(object.ValueError, "digest_size must be between 1 and %d bytes", v.maxDigest)
		case p.fanout < 0 || p.fanout > 255:
			return object.Null, object.NewError(object.ValueError, "fanout must be between 0 and 255")
		case p.depth < 1 || p.depth > 255:
			return object.Null, object.NewError(object.ValueError, "depth must be between 1 and 255")
		case leaf < 0 || nodeOffset < 0:
			return object.Null, object.NewError(object.ValueError, "value must be positive")
		case uint64(leaf) > 0xffffffff:
			return object.Null, object.NewError(object.OverflowError, "leaf_size is too large")
		case v.wordSize == 4 && uint64(nodeOffset) >= 1<<48:
			return object.Null, object.NewError(object.OverflowError, "node_offset is too large")
		case p.nodeDepth < 0 || p.nodeDepth > 255:
			return object.Null, object.NewError(object.ValueError, "node_depth must be between 0 and 255")
		case p.innerSize < 0 || p.innerSize > v.maxDigest:
			return object.Null, object.Errorf(object.ValueError, "inner_size must be between 0 and is %d", v.maxDigest)
		}
		p.leafSize, p.nodeOffset = uint32(leaf), uint64(nodeOffset)
		if !a[11].IsNull() {
			last, err := object.Truth(t, a[11])
			if err != nil {
				return object.Null, err
			}
			p.lastNode = last
		}
		obj := &blake2Object{Header: object.NewHeader(typ), state: newBlake2State(v, &p)}
		if !a[0].IsNull() {
			b, err := hashData(a[0])
			if err != nil {
				return object.Null, err
			}
			obj.state.write(b)
		}
		return object.FromPointer(unsafe.Pointer(obj)), nil
	}
}

func initBlake2Type(typ *object.Type, v *blake2Variant) {
	typ.Doc = "Return a new " + v.name + " hash object."
	typ.New = blake2New(v)
	typ.AddMethods([]object.MethodDef{
		{Name: "update", Doc: "Update this hash object's state with the provided bytes-like object.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("update", args[1:], kw); err != nil {
				return object.Null, err
			}
			b, err := hashData(args[1])
			if err != nil {
				return object.Null, err
			}
			asBlake2(args[0]).state.write(b)
			return object.None, nil
		}},
		{Name: "digest", Doc: "Return the digest value as a bytes object.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("digest", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.NewBytes(asBlake2(args[0]).state.sum()), nil
		}},
		{Name: "hexdigest", Doc: "Return the digest value as a string of hexadecimal digits.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("hexdigest", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.StrValue(hex.EncodeToString(asBlake2(args[0]).state.sum())), nil
		}},
		{Name: "copy", Doc: "Return a copy of the hash object.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("copy", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			src := asBlake2(args[0])
			st := *src.state
			st.buf = append(make([]byte, 0, st.v.blockSize), src.state.buf...)
			return object.FromPointer(unsafe.Pointer(&blake2Object{Header: object.NewHeader(args[0].Type()), state: &st})), nil
		}},
	})
	typ.AddGetSets([]object.GetSetDef{
		{Name: "name", Get: func(_ *object.Thread, self object.Value) (object.Value, error) {
			return object.StrValue(asBlake2(self).state.v.name), nil
		}},
		{Name: "digest_size", Get: func(_ *object.Thread, self object.Value) (object.Value, error) {
			return object.Int(int64(asBlake2(self).state.size)), nil
		}},
		{Name: "block_size", Get: func(_ *object.Thread, self object.Value) (object.Value, error) {
			return object.Int(int64(asBlake2(self).state.v.blockSize)), nil
		}},
	})
	for name, n := range map[string]int{"SALT_SIZE": v.saltSize, "PERSON_SIZE": v.saltSize, "MAX_KEY_SIZE": v.maxDigest, "MAX_DIGEST_SIZE": v.maxDigest} {
		typ.Dict.SetStr(object.Intern(name), object.Int(int64(n)))
	}
	typ.Ready()
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_blake2",
		Doc:  "_blake2b provides BLAKE2b for hashlib\n",
		Setup: func() {
			initBlake2Type(blake2bType, blake2bVariant)
			initBlake2Type(blake2sType, blake2sVariant)
		},
		Init: func(_ *interp.Thread, m *interp.Module) error {
			d := m.Dict()
			d.SetStr(object.Intern("blake2b"), blake2bType.AsValue())
			d.SetStr(object.Intern("blake2s"), blake2sType.AsValue())
			for _, c := range []struct {
				name string
				n    int
			}{
				{"BLAKE2B_SALT_SIZE", 16}, {"BLAKE2B_PERSON_SIZE", 16}, {"BLAKE2B_MAX_KEY_SIZE", 64}, {"BLAKE2B_MAX_DIGEST_SIZE", 64},
				{"BLAKE2S_SALT_SIZE", 8}, {"BLAKE2S_PERSON_SIZE", 8}, {"BLAKE2S_MAX_KEY_SIZE", 32}, {"BLAKE2S_MAX_DIGEST_SIZE", 32},
			} {
				d.SetStr(object.Intern(c.name), object.Int(int64(c.n)))
			}
			return nil
		},
	})
}
