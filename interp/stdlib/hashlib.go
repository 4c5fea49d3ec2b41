// hashlib.go: the _hashlib module behind hashlib.py and hmac.py: the
// HASH objects of md5, sha1, the sha2 and sha3 families and the SHAKE
// extendable-output functions (HASHXOF), over Go's crypto packages; new(),
// pbkdf2_hmac, scrypt (scrypt.go) and compare_digest.

package stdlib

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	hashType    = object.NewNativeType("HASH", "_hashlib", nil)
	hashXOFType = object.NewNativeType("HASHXOF", "_hashlib", hashType)

	// unsupportedDigestmod is _hashlib.UnsupportedDigestmodError.
	unsupportedDigestmod *object.Type
)

// hashAlgorithm describes one algorithm of new() and its constructor.
type hashAlgorithm struct {
	name string
	new  func() hash.Hash
	xof  func() *sha3.SHAKE // set for shake_128/256 instead of new
}

var hashAlgorithms = []hashAlgorithm{
	{name: "md5", new: md5.New},
	{name: "sha1", new: sha1.New},
	{name: "sha224", new: sha256.New224},
	{name: "sha256", new: sha256.New},
	{name: "sha384", new: sha512.New384},
	{name: "sha512", new: sha512.New},
	{name: "sha512_224", new: sha512.New512_224},
	{name: "sha512_256", new: sha512.New512_256},
	{name: "sha3_224", new: func() hash.Hash { return sha3.New224() }},
	{name: "sha3_256", new: func() hash.Hash { return sha3.New256() }},
	{name: "sha3_384", new: func() hash.Hash { return sha3.New384() }},
	{name: "sha3_512", new: func() hash.Hash { return sha3.New512() }},
	{name: "shake_128", xof: sha3.NewSHAKE128},
	{name: "shake_256", xof: sha3.NewSHAKE256},
}

func findHashAlgorithm(name string) *hashAlgorithm {
	name = strings.ToLower(name)
	for i := range hashAlgorithms {
		if hashAlgorithms[i].name == name {
			return &hashAlgorithms[i]
		}
	}
	return nil
}

// hashObject is a HASH or HASHXOF instance.
type hashObject struct {
	object.Header
	alg *hashAlgorithm
	h   hash.Hash   // nil for XOFs
	xof *sha3.SHAKE // nil for fixed-size hashes
}

func asHash(v object.Value) *hashObject { return (*hashObject)(v.Pointer()) }

// hashData returns the bytes of a hashing argument, with hashlib's
// messages.
func hashData(v object.Value) ([]byte, error) {
	if _, ok := v.AsStr(); ok {
		return nil, object.NewError(object.TypeError, "Strings must be encoded before hashing")
	}
	b, err := readBuffer(v)
	if err != nil {
		return nil, object.NewError(object.TypeError, "object supporting the buffer API required")
	}
	return b, nil
}

func newHashObject(alg *hashAlgorithm) *hashObject {
	if alg.xof != nil {
		return &hashObject{Header: object.NewHeader(hashXOFType), alg: alg, xof: alg.xof()}
	}
	return &hashObject{Header: object.NewHeader(hashType), alg: alg, h: alg.new()}
}

func (o *hashObject) write(b []byte) {
	if o.xof != nil {
		o.xof.Write(b)
	} else {
		o.h.Write(b)
	}
}

// clone copies the running state through its binary encoding, which every
// Go hash used here supports.
func (o *hashObject) clone() *hashObject {
	c := newHashObject(o.alg)
	var src encoding.BinaryMarshaler = o.xof
	var dst encoding.BinaryUnmarshaler = c.xof
	if o.xof == nil {
		src, dst = o.h.(encoding.BinaryMarshaler), c.h.(encoding.BinaryUnmarshaler)
	}
	state, err := src.MarshalBinary()
	if err == nil {
		err = dst.UnmarshalBinary(state)
	}
	if err != nil {
		panic("BUG: hashlib: cannot copy " + o.alg.name + " state: " + err.Error())
	}
	return c
}

// xofDigest reads length bytes from a copy of the state.
func (o *hashObject) xofDigest(t *object.Thread, args []object.Value, kw *object.Tuple, fname string) ([]byte, error) {
	var a [1]object.Value
	if err := object.ParseArgs(fname, args, kw, []string{"length"}, 1, 1, a[:]); err != nil {
		return nil, err
	}
	n, err := object.IndexInt(t, a[0])
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= 1<<30 {
		return nil, object.NewException(object.MemoryError)
	}
	out := make([]byte, n)
	o.clone().xof.Read(out)
	return out, nil
}

func hashConstructor(alg *hashAlgorithm) object.NativeFunc {
	fname := "openssl_" + alg.name
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		var a [2]object.Value
		if err := object.ParseArgs(fname, args, kw, []string{"string", "usedforsecurity"}, 0, 1, a[:]); err != nil {
			return object.Null, err
		}
		return newHashValue(alg, a[0])
	}
}

func newHashValue(alg *hashAlgorithm, data object.Value) (object.Value, error) {
	o := newHashObject(alg)
	if !data.IsNull() {
		b, err := hashData(data)
		if err != nil {
			return object.Null, err
		}
		o.write(b)
	}
	return object.FromPointer(unsafe.Pointer(o)), nil
}

func hashNew(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("new", args, kw, []string{"name", "string", "usedforsecurity"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.NewError(object.TypeError, "name must be a string")
	}
	alg := findHashAlgorithm(name.String())
	if alg == nil {
		return object.Null, object.Errorf(object.ValueError, "unsupported hash type %s", name.String())
	}
	return newHashValue(alg, a[1])
}

func hashPBKDF2(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [5]object.Value
	if err := object.ParseArgs("pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 4, 5, a[:]); err != nil {
		return object.Null, err
	}
	name, ok := a[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", object.ArgTypeName(a[0]))
	}
	password, err := readBuffer(a[1])
	if err != nil {
		return object.Null, err
	}
	salt, err := readBuffer(a[2])
	if err != nil {
		return object.Null, err
	}
	iter, err := object.IndexInt(t, a[3])
	if err != nil {
		return object.Null, err
	}
	if iter < 1 {
		return object.Null, object.NewError(object.ValueError, "iteration value must be greater than 0.")
	}
	alg := findHashAlgorithm(name.String())
	if alg == nil || alg.new == nil {
		return object.Null, object.NewException(unsupportedDigestmod, object.StrValue("[digital envelope routines] unsupported"))
	}
	size := alg.new().Size()
	dklen := size
	if !a[4].IsNull() && !a[4].IsNone() {
		if dklen, err = object.IndexInt(t, a[4]); err != nil {
			return object.Null, err
		}
		if dklen < 1 {
			return object.Null, object.NewError(object.ValueError, "key length must be greater than 0.")
		}
	}
	var key []byte
	th := threadOf(t)
	th.Unlocked(func() {
		key, err = pbkdf2.Key(alg.new, string(password), salt, iter, dklen)
	})
	if err != nil {
		return object.Null, object.NewError(object.ValueError, err.Error())
	}
	return object.NewBytes(key), nil
}

// compareDigest is hmac.compare_digest: a comparison whose time does not
// depend on where the inputs differ.
func compareDigest(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := clinicArity("compare_digest", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	a, b := args[0], args[1]
	sa, aStr := a.AsStr()
	sb, bStr := b.AsStr()
	if aStr && bStr {
		if !sa.IsASCII() || !sb.IsASCII() {
			return object.Null, object.NewError(object.TypeError, "comparing strings with non-ASCII characters is not supported")
		}
		return object.Bool(subtle.ConstantTimeCompare([]byte(sa.String()), []byte(sb.String())) == 1), nil
	}
	x, errA := readBuffer(a)
	y, errB := readBuffer(b)
	switch {
	case errA != nil && errB != nil:
		return object.Null, object.Errorf(object.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().TpName(), b.Type().TpName())
	case errA != nil:
		return object.Null, errA
	case errB != nil:
		return object.Null, errB
	}
	return object.Bool(subtle.ConstantTimeCompare(x, y) == 1), nil
}

func hashMethod(name string, fn func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		return fn(t, asHash(args[0]), args[1:], kw)
	}}
}

func hashRepr(t *object.Thread, v object.Value) (object.Value, error) {
	o := asHash(v)
	return object.StrValue("<" + o.alg.name + " " + v.Type().Module + "." + v.Type().Name + " object @ " + pointerHex(v) + ">"), nil
}

func pointerHex(v object.Value) string {
	return "0x" + strconv.FormatUint(uint64(uintptr(v.Pointer())), 16)
}

func initHashTypes() {
	typ := hashType
	typ.Doc = "A hash is an object used to calculate a checksum of a string of information."
	typ.Repr = hashRepr
	typ.AddMethods([]object.MethodDef{
		hashMethod("update", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("update", args, kw); err != nil {
				return object.Null, err
			}
			b, err := hashData(args[0])
			if err != nil {
				return object.Null, err
			}
			o.write(b)
			return object.None, nil
		}),
		hashMethod("digest", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("digest", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.NewBytes(o.h.Sum(nil)), nil
		}),
		hashMethod("hexdigest", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("hexdigest", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.StrValue(hex.EncodeToString(o.h.Sum(nil))), nil
		}),
		hashMethod("copy", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("copy", args, kw, 0, 0); err != nil {
				return object.Null, err
			}
			return object.FromPointer(unsafe.Pointer(o.clone())), nil
		}),
	})
	typ.AddGetSets([]object.GetSetDef{
		{Name: "name", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.StrValue(asHash(v).alg.name), nil
		}},
		{Name: "digest_size", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			if o := asHash(v); o.h != nil {
				return object.Int(int64(o.h.Size())), nil
			}
			return object.Int(0), nil
		}},
		{Name: "block_size", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			if o := asHash(v); o.h != nil {
				return object.Int(int64(o.h.BlockSize())), nil
			}
			return object.Int(int64(asHash(v).xof.BlockSize())), nil
		}},
	})
	typ.Ready()

	x := hashXOFType
	x.Doc = "A hash is an object used to calculate a checksum of a string of information."
	x.AddMethods([]object.MethodDef{
		hashMethod("digest", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			b, err := o.xofDigest(t, args, kw, "digest")
			if err != nil {
				return object.Null, err
			}
			return object.NewBytes(b), nil
		}),
		hashMethod("hexdigest", func(t *object.Thread, o *hashObject, args []object.Value, kw *object.Tuple) (object.Value, error) {
			b, err := o.xofDigest(t, args, kw, "hexdigest")
			if err != nil {
				return object.Null, err
			}
			return object.StrValue(hex.EncodeToString(b)), nil
		}),
	})
	x.Ready()
}

// hashlibMethods makes the functions of _hashlib, among them a
// constructor per algorithm.
func hashlibMethods() []object.MethodDef {
	methods := []object.MethodDef{
		{Name: "new", Fn: hashNew, Doc: "Return a new hash object using the named algorithm."},
		{Name: "scrypt", Fn: hashScrypt, Doc: "scrypt password-based key derivation function."},
		{Name: "pbkdf2_hmac", Fn: hashPBKDF2, Doc: "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
		{Name: "compare_digest", Fn: compareDigest, Doc: "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography."},
	}
	for i := range hashAlgorithms {
		alg := &hashAlgorithms[i]
		if alg.name == "sha512_224" || alg.name == "sha512_256" {
			continue // reachable through new() only, as in CPython
		}
		methods = append(methods, object.MethodDef{Name: "openssl_" + alg.name, Fn: hashConstructor(alg),
			Doc: "Returns a " + alg.name + " hash object; optionally initialized with a string"})
	}
	return methods
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "_hashlib",
		Doc:         "Hash functions over Go's crypto packages.",
		MakeMethods: hashlibMethods,
		Setup:       initHashTypes,
		Init: func(th *interp.Thread, m *interp.Module) error {
			if unsupportedDigestmod == nil {
				cls, err := newExceptionClass(&th.Thread, "_hashlib", "UnsupportedDigestmodError", object.ValueError)
				if err != nil {
					return err
				}
				unsupportedDigestmod = cls
			}
			d := m.Dict()
			d.SetStr(object.Intern("HASH"), hashType.AsValue())
			d.SetStr(object.Intern("HASHXOF"), hashXOFType.AsValue())
			d.SetStr(object.Intern("UnsupportedDigestmodError"), unsupportedDigestmod.AsValue())
			names := make([]object.Value, len(hashAlgorithms))
			for i, alg := range hashAlgorithms {
				names[i] = object.StrValue(alg.name)
			}
			set, err := object.NewFrozenSet(&th.Thread, object.NewList(names).AsValue())
			if err != nil {
				return err
			}
			d.SetStr(object.Intern("openssl_md_meth_names"), set.AsValue())
			return nil
		},
	})
}
