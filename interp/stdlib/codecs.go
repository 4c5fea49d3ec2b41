// codecs.go: the _codecs module, the Go half of codecs (lib/codecs.py):
// the codec search and error handler registries, and the encode and
// decode functions of the built-in codecs under CPython's names
// (utf_8_encode, latin_1_decode, ...; each returns the result and how much
// input it consumed), plus _resolve and the generic _encode/_decode that
// codecs.py builds its CodecInfo objects from.

package stdlib

import (
	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// codecFuncPrefixes are the built-in codecs with CPython-named functions
// in _codecs (codec module name: prefix of _encode/_decode).
var codecFuncPrefixes = []string{"utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be",
	"utf_32", "utf_32_le", "utf_32_be", "unicode_escape", "raw_unicode_escape"}

func init() {
	modules = append(modules, &interp.ModuleDef{Name: "_codecs", Doc: "Codec registry and built-in codecs.", MakeMethods: codecsMethods})
}

// codecsMethods makes the functions of _codecs, among them an encoder and
// a decoder per built-in codec.
func codecsMethods() []object.MethodDef {
	methods := []object.MethodDef{
		{Name: "register", Fn: codecsRegister, Doc: "Register a codec search function."},
		{Name: "unregister", Fn: codecsUnregister, Doc: "Unregister a codec search function and clear the registry's cache."},
		{Name: "lookup", Fn: codecsLookup, Doc: "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."},
		{Name: "register_error", Fn: codecsRegisterError, Doc: "Register the specified error handler under the name errors."},
		{Name: "lookup_error", Fn: codecsLookupError, Doc: "Return the error handler for the specified error handling name."},
		{Name: "_resolve", Fn: codecsResolve,
			Doc: "Return (module, name) for an encoding: the encodings module it names after normalization and aliases, and the codec's name if it is built in (else None)."},
		{Name: "_encode", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs("_encode", args, kw, []string{"module", "str", "errors"}, 2, 3, a[:]); err != nil {
				return object.Null, err
			}
			c, err := builtinCodecArg(a[0])
			if err != nil {
				return object.Null, err
			}
			return codecEncode(t, c, "_encode", a[1], a[2])
		}, Doc: "Encode str with a built-in codec: (bytes, length consumed)."},
		{Name: "_decode", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [4]object.Value
			if err := object.ParseArgs("_decode", args, kw, []string{"module", "data", "errors", "final"}, 2, 4, a[:]); err != nil {
				return object.Null, err
			}
			c, err := builtinCodecArg(a[0])
			if err != nil {
				return object.Null, err
			}
			return codecDecode(t, c, "_decode", a[1], a[2], a[3])
		}, Doc: "Decode bytes with a built-in codec: (str, bytes consumed)."},
	}
	for _, prefix := range codecFuncPrefixes {
		c, ok := object.LookupCodec(prefix)
		if !ok {
			panic("BUG: _codecs: no built-in codec " + prefix)
		}
		encName, decName := prefix+"_encode", prefix+"_decode"
		methods = append(methods, object.MethodDef{Name: encName, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := object.ParseArgs(encName, args, kw, []string{"str", "errors"}, 1, 2, a[:]); err != nil {
				return object.Null, err
			}
			return codecEncode(t, c, encName, a[0], a[1])
		}}, object.MethodDef{Name: decName, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [3]object.Value
			if err := object.ParseArgs(decName, args, kw, []string{"data", "errors", "final"}, 1, 3, a[:]); err != nil {
				return object.Null, err
			}
			return codecDecode(t, c, decName, a[0], a[1], a[2])
		}})
	}
	return methods
}

func builtinCodecArg(v object.Value) (*object.Codec, error) {
	s, ok := v.AsStr()
	if !ok {
		return nil, object.Errorf(object.TypeError, "codec module name must be str, not %s", v.Type().Name)
	}
	c, ok := object.LookupCodec(s.String())
	if !ok {
		return nil, object.Errorf(object.LookupError, "unknown encoding: %s", s.String())
	}
	return c, nil
}

// errorsArg converts an errors argument (Null or None: strict).
func errorsArg(fname string, v object.Value) (string, error) {
	if v.IsNull() || v.IsNone() {
		return "strict", nil
	}
	s, ok := v.AsStr()
	if !ok {
		return "", object.Errorf(object.TypeError, "%s() argument 'errors' must be str or None, not %s", fname, object.ArgTypeName(v))
	}
	return s.String(), nil
}

func codecEncode(t *object.Thread, c *object.Codec, fname string, sv, errv object.Value) (object.Value, error) {
	s, ok := sv.AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "%s() argument 1 must be str, not %s", fname, object.ArgTypeName(sv))
	}
	errors, err := errorsArg(fname, errv)
	if err != nil {
		return object.Null, err
	}
	b, err := c.Encode(t, s, errors)
	if err != nil {
		return object.Null, err
	}
	return object.NewTuple(object.NewBytes(b), object.Int(int64(s.Len()))).AsValue(), nil
}

func codecDecode(t *object.Thread, c *object.Codec, fname string, dv, errv, finalv object.Value) (object.Value, error) {
	data, err := readBuffer(dv)
	if err != nil {
		return object.Null, err
	}
	errors, err := errorsArg(fname, errv)
	if err != nil {
		return object.Null, err
	}
	final := false
	if !finalv.IsNull() {
		if final, err = object.Truth(t, finalv); err != nil {
			return object.Null, err
		}
	}
	s, n, err := c.Decode(t, data, errors, final)
	if err != nil {
		return object.Null, err
	}
	return object.NewTuple(s.AsValue(), object.Int(int64(n))).AsValue(), nil
}

// strArg converts the str argument of fname that Argument Clinic calls
// what ("argument 'encoding'", "argument 1", "argument").
func strArg(fname, what string, v object.Value) (string, error) {
	s, ok := v.AsStr()
	if !ok {
		return "", object.Errorf(object.TypeError, "%s() %s must be str, not %s", fname, what, object.ArgTypeName(v))
	}
	return s.String(), nil
}

func codecsRegister(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("register", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	if args[0].Type().Call == nil {
		return object.Null, object.NewError(object.TypeError, "argument must be callable")
	}
	object.RegisterCodecSearch(args[0])
	return object.None, nil
}

func codecsUnregister(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("unregister", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	object.UnregisterCodecSearch(args[0])
	return object.None, nil
}

func codecsLookup(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("lookup", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	name, err := strArg("lookup", "argument", args[0])
	if err != nil {
		return object.Null, err
	}
	return object.LookupCodecInfo(t, name)
}

func codecsRegisterError(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("register_error", args, kw, 2, 2); err != nil {
		return object.Null, err
	}
	name, err := strArg("register_error", "argument 1", args[0])
	if err != nil {
		return object.Null, err
	}
	if args[1].Type().Call == nil {
		return object.Null, object.NewError(object.TypeError, "handler must be callable")
	}
	object.RegisterErrorHandler(name, args[1])
	return object.None, nil
}

func codecsLookupError(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("lookup_error", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	name, err := strArg("lookup_error", "argument", args[0])
	if err != nil {
		return object.Null, err
	}
	return object.LookupErrorHandler(name)
}

func codecsResolve(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := object.CheckArity("_resolve", args, kw, 1, 1); err != nil {
		return object.Null, err
	}
	name, err := strArg("_resolve", "argument", args[0])
	if err != nil {
		return object.Null, err
	}
	module := object.ResolveEncoding(name)
	codecName := object.None
	if c, ok := object.LookupCodec(module); ok {
		codecName = object.StrValue(c.Name)
	}
	return object.NewTuple(object.StrValue(module), codecName).AsValue(), nil
}
