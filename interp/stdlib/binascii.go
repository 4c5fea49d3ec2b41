// binascii.go: the binascii module: hex, base64, uuencode and
// quoted-printable conversions and the CRC-32 and CRC-CCITT checksums, with CPython 3.11's arguments,
// error classes (binascii.Error, a ValueError) and messages.

package stdlib

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"math/big"
	"strconv"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var binasciiError, binasciiIncomplete *object.Type

func binasciiErr(msg string) error {
	return object.NewException(binasciiError, object.StrValue(msg))
}

// asciiData returns the bytes of an a2b_* argument: a bytes-like object
// or an ASCII str.
func asciiData(v object.Value) ([]byte, error) {
	if s, ok := v.AsStr(); ok {
		if !s.IsASCII() {
			return nil, object.NewError(object.ValueError, "string argument should contain only ASCII characters")
		}
		return []byte(s.String()), nil
	}
	b, err := readBuffer(v)
	if err != nil {
		return nil, object.Errorf(object.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", v.Type().Name)
	}
	return b, nil
}

func binaryData(v object.Value) ([]byte, error) {
	b, err := readBuffer(v)
	if err != nil {
		return nil, object.Errorf(object.TypeError, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

// hexlify is b2a_hex/hexlify: bytes.hex with an optional separator.
func hexlify(t *object.Thread, args []object.Value, kw *object.Tuple, fname string) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs(fname, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, 3, a[:]); err != nil {
		return object.Null, err
	}
	data, err := binaryData(a[0])
	if err != nil {
		return object.Null, err
	}
	if a[1].IsNull() {
		out := make([]byte, hex.EncodedLen(len(data)))
		hex.Encode(out, data)
		return object.NewBytes(out), nil
	}
	hexArgs := []object.Value{a[1]}
	if !a[2].IsNull() {
		hexArgs = append(hexArgs, a[2])
	}
	s, _, err := object.CallMethod(t, object.NewBytes(data), object.Intern("hex"), hexArgs...)
	if err != nil {
		return object.Null, err
	}
	str, _ := s.AsStr()
	return object.NewBytes([]byte(str.String())), nil
}

func unhexlify(t *object.Thread, args []object.Value, kw *object.Tuple, fname string) (object.Value, error) {
	var a [1]object.Value
	if err := object.ParseArgs(fname, args, kw, []string{"hexstr"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	data, err := asciiData(a[0])
	if err != nil {
		return object.Null, err
	}
	if len(data)%2 != 0 {
		return object.Null, binasciiErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	if _, err := hex.Decode(out, data); err != nil {
		return object.Null, binasciiErr("Non-hexadecimal digit found")
	}
	return object.NewBytes(out), nil
}

// base64Values maps a character to its 6-bit value, 0xff for characters
// outside the alphabet.
var base64Values = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := range len(alphabet) {
		t[alphabet[i]] = byte(i)
	}
	return t
}()

// decodeBase64 is a2b_base64. Outside strict mode, characters outside the
// alphabet are skipped and decoding stops at the first complete padding.
func decodeBase64(data []byte, strict bool) ([]byte, error) {
	out := make([]byte, 0, len(data)/4*3+3)
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, binasciiErr("Leading padding not allowed")
	}
	var acc byte
	quad, pads := 0, 0
	paddingStarted := false
	for i, c := range data {
		if c == '=' {
			paddingStarted = true
			if strict && quad == 0 {
				return nil, binasciiErr("Excess padding not allowed")
			}
			pads++
			if quad >= 2 && quad+pads >= 4 {
				if strict && i+1 < len(data) {
					return nil, binasciiErr("Excess data after padding")
				}
				return out, nil
			}
			continue
		}
		v := base64Values[c]
		if v == 0xff {
			if strict {
				return nil, binasciiErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, binasciiErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			acc = v
		case 1:
			out = append(out, acc<<2|v>>4)
			acc = v & 0x0f
		case 2:
			out = append(out, acc<<4|v>>2)
			acc = v & 0x03
		case 3:
			out = append(out, acc<<6|v)
		}
		quad = (quad + 1) % 4
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, binasciiErr("Invalid base64-encoded string: number of data characters (" +
			strconv.Itoa(len(out)/3*4+1) + ") cannot be 1 more than a multiple of 4")
	}
	return nil, binasciiErr("Incorrect padding")
}

// crcHQX is CRC-CCITT (polynomial 0x1021, MSB first), binascii.crc_hqx.
func crcHQX(data []byte, crc uint16) uint16 {
	for _, b := range data {
		crc ^= uint16(b) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// uuEncodeChar is the uuencode digit of a 6-bit value (backtick for 0).
func uuEncodeChar(v byte, backtick bool) byte {
	if v == 0 && backtick {
		return '`'
	}
	return ' ' + v
}

func binasciiB2aUU(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("b2a_uu", args, kw, []string{"data", "backtick"}, 1, 1, a[:]); err != nil {
		return object.Null, err
	}
	data, err := binaryData(a[0])
	if err != nil {
		return object.Null, err
	}
	backtick := false
	if !a[1].IsNull() {
		if backtick, err = object.Truth(t, a[1]); err != nil {
			return object.Null, err
		}
	}
	if len(data) > 45 {
		return object.Null, binasciiErr("At most 45 bytes at once")
	}
	out := []byte{uuEncodeChar(byte(len(data)), backtick)}
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		copy(chunk[:], data[i:])
		out = append(out,
			uuEncodeChar(chunk[0]>>2, backtick),
			uuEncodeChar((chunk[0]<<4|chunk[1]>>4)&0x3f, backtick),
			uuEncodeChar((chunk[1]<<2|chunk[2]>>6)&0x3f, backtick),
			uuEncodeChar(chunk[2]&0x3f, backtick))
	}
	return object.NewBytes(append(out, '\n')), nil
}

func binasciiA2bUU(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("a2b_uu", args, kw); err != nil {
		return object.Null, err
	}
	data, err := asciiData(args[0])
	if err != nil {
		return object.Null, err
	}
	// A line's length digit, then 4 digits per 3 bytes; missing digits and
	// trailing white space count as zero.
	digit := func(i int) (byte, error) {
		if i >= len(data) || data[i] == '\n' || data[i] == '\r' {
			return 0, nil
		}
		c := data[i]
		if c < ' ' || c > ' '+64 {
			return 0, binasciiErr("Illegal char")
		}
		return (c - ' ') & 0x3f, nil
	}
	// An empty line's length character is C's terminating NUL: 32 bytes.
	n := byte(32)
	if len(data) > 0 {
		if n, err = digit(0); err != nil {
			return object.Null, err
		}
	}
	out := make([]byte, 0, n+2)
	for i := 1; len(out) < int(n); i += 4 {
		var d [4]byte
		for k := range d {
			if d[k], err = digit(i + k); err != nil {
				return object.Null, err
			}
		}
		out = append(out, d[0]<<2|d[1]>>4, d[1]<<4|d[2]>>2, d[2]<<6|d[3])
	}
	out = out[:n]
	// What follows the encoded bytes must be padding or white space.
	for i := 1 + (int(n)+2)/3*4; i < len(data); i++ {
		c := data[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return object.Null, binasciiErr("Trailing garbage")
		}
	}
	return object.NewBytes(out), nil
}

func binasciiFuncs() []object.MethodDef {
	return []object.MethodDef{
		{Name: "hexlify", Doc: "Hexadecimal representation of binary data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return hexlify(t, args, kw, "hexlify")
		}},
		{Name: "b2a_hex", Doc: "Hexadecimal representation of binary data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return hexlify(t, args, kw, "b2a_hex")
		}},
		{Name: "unhexlify", Doc: "Binary data of hexadecimal representation.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return unhexlify(t, args, kw, "unhexlify")
		}},
		{Name: "a2b_hex", Doc: "Binary data of hexadecimal representation.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			return unhexlify(t, args, kw, "a2b_hex")
		}},
		{Name: "b2a_base64", Doc: "Base64-code line of data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := object.ParseArgs("b2a_base64", args, kw, []string{"data", "newline"}, 1, 1, a[:]); err != nil {
				return object.Null, err
			}
			data, err := binaryData(a[0])
			if err != nil {
				return object.Null, err
			}
			newline := true
			if !a[1].IsNull() {
				if newline, err = object.Truth(t, a[1]); err != nil {
					return object.Null, err
				}
			}
			out := make([]byte, base64.StdEncoding.EncodedLen(len(data)), base64.StdEncoding.EncodedLen(len(data))+1)
			base64.StdEncoding.Encode(out, data)
			if newline {
				out = append(out, '\n')
			}
			return object.NewBytes(out), nil
		}},
		{Name: "a2b_base64", Doc: "Decode a line of base64 data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := object.ParseArgs("a2b_base64", args, kw, []string{"data", "strict_mode"}, 1, 1, a[:]); err != nil {
				return object.Null, err
			}
			data, err := asciiData(a[0])
			if err != nil {
				return object.Null, err
			}
			strict := false
			if !a[1].IsNull() {
				if strict, err = object.Truth(t, a[1]); err != nil {
					return object.Null, err
				}
			}
			out, err := decodeBase64(data, strict)
			if err != nil {
				return object.Null, err
			}
			return object.NewBytes(out), nil
		}},
		{Name: "crc32", Doc: "Compute CRC-32 incrementally.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			data, crc, err := checksumArgs(t, "crc32", args, kw, 0)
			if err != nil {
				return object.Null, err
			}
			return object.Int(int64(crc32.Update(uint32(crc), crc32.IEEETable, data))), nil
		}},
		{Name: "crc_hqx", Doc: "Compute CRC-CCITT incrementally.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := clinicArity("binascii.crc_hqx", args, kw, 2, 2); err != nil {
				return object.Null, err
			}
			data, crc, err := checksumArgs(t, "crc_hqx", args, nil, 0)
			if err != nil {
				return object.Null, err
			}
			return object.Int(int64(crcHQX(data, uint16(crc)))), nil
		}},
		{Name: "b2a_uu", Doc: "Uuencode line of data.", Fn: binasciiB2aUU},
		{Name: "a2b_uu", Doc: "Decode a line of uuencoded data.", Fn: binasciiA2bUU},
		{Name: "b2a_qp", Doc: "Encode a string using quoted-printable encoding.", Fn: binasciiB2aQP},
		{Name: "a2b_qp", Doc: "Decode a string of qp-encoded data.", Fn: binasciiA2bQP},
	}
}

// checksumArgs reads (data[, value]) of crc32/adler32/crc_hqx; the value
// is taken modulo 2**32 as C's unsigned int conversion does.
func checksumArgs(t *object.Thread, fname string, args []object.Value, kw *object.Tuple, def uint64) ([]byte, uint64, error) {
	if err := clinicArity(fname, args, kw, 1, 2); err != nil {
		return nil, 0, err
	}
	data, err := binaryData(args[0])
	if err != nil {
		return nil, 0, err
	}
	value := def
	if len(args) == 2 {
		iv, err := object.Index(t, args[1])
		if err != nil {
			return nil, 0, err
		}
		b, _ := object.AsBigInt(iv)
		value = b.Mod(b, big.NewInt(1<<32)).Uint64() // Euclidean: never negative
	}
	return data, value, nil
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:        "binascii",
		Doc:         "Conversion between binary data and ASCII",
		MakeMethods: binasciiFuncs,
		Init: func(th *interp.Thread, m *interp.Module) error {
			if binasciiError == nil {
				var err error
				if binasciiError, err = newExceptionClass(&th.Thread, "binascii", "Error", object.ValueError); err != nil {
					return err
				}
				if binasciiIncomplete, err = newExceptionClass(&th.Thread, "binascii", "Incomplete", object.Exception); err != nil {
					return err
				}
			}
			m.Dict().SetStr(object.Intern("Error"), binasciiError.AsValue())
			m.Dict().SetStr(object.Intern("Incomplete"), binasciiIncomplete.AsValue())
			return nil
		},
	})
}

// cIntFlag converts an optional flag argument as a C int (an index, not
// any object with a truth value), reporting whether it is non-zero.
func cIntFlag(t *object.Thread, v object.Value) (bool, error) {
	if v.IsNull() {
		return false, nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return false, err
	}
	n, ok := object.AsInt64(iv)
	if !ok || n != int64(int32(n)) {
		return false, object.NewError(object.OverflowError, "Python int too large to convert to C int")
	}
	return n != 0, nil
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexDigitValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// binasciiA2bQP is a2b_qp(data, header=False): "=XX" becomes the byte
// XX, "=" before a line end is a soft line break (removed with the line
// end), "==" is "=", and any other "=" is kept; with header, "_" is a
// space.
func binasciiA2bQP(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("a2b_qp", args, kw, []string{"data", "header"}, 1, 2, a[:]); err != nil {
		return object.Null, err
	}
	data, err := asciiData(a[0])
	if err != nil {
		return object.Null, err
	}
	header, err := cIntFlag(t, a[1])
	if err != nil {
		return object.Null, err
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '_' && header:
			out = append(out, ' ')
			i++
		case c != '=':
			out = append(out, c)
			i++
		case i+1 == len(data):
			i++ // a final "=" is dropped
		case data[i+1] == '\n' || data[i+1] == '\r':
			// A soft line break: skip to after the next newline.
			i++
			for i < len(data) && data[i] != '\n' {
				i++
			}
			i = min(i+1, len(data))
		case data[i+1] == '=':
			out = append(out, '=')
			i += 2
		case i+2 < len(data) && isHexDigit(data[i+1]) && isHexDigit(data[i+2]):
			out = append(out, hexDigitValue(data[i+1])<<4|hexDigitValue(data[i+2]))
			i += 3
		default:
			// A lone "=": kept, and what follows it is read normally.
			out = append(out, '=')
			i++
		}
	}
	return object.NewBytes(out), nil
}

// qpMaxLine is the longest encoded line b2a_qp writes, soft line break
// included (RFC 2045 allows 76 characters).
const qpMaxLine = 76

// binasciiB2aQP is b2a_qp(data, quotetabs=False, istext=True,
// header=False). Bytes above 126, "=", control bytes, a "." alone at a
// line start, and (with quotetabs) tabs and spaces become "=XX"; a tab or
// space that ends a line or the data is encoded too. Lines longer than 76
// get soft line breaks. With istext, line ends are kept (written as the
// data's first line end is: CRLF or LF); otherwise CR and LF are encoded.
// With header, "_" is encoded and spaces become "_".
func binasciiB2aQP(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [4]object.Value
	if err := object.ParseArgs("b2a_qp", args, kw, []string{"data", "quotetabs", "istext", "header"}, 1, 4, a[:]); err != nil {
		return object.Null, err
	}
	data, err := binaryData(a[0])
	if err != nil {
		return object.Null, err
	}
	var quoteTabs, isText, header bool
	for i, dst := range []*bool{&quoteTabs, &isText, &header} {
		if *dst, err = cIntFlag(t, a[i+1]); err != nil {
			return object.Null, err
		}
	}
	if a[2].IsNull() {
		isText = true
	}
	newline := "\n"
	if nl := bytes.IndexByte(data, '\n'); nl > 0 && data[nl-1] == '\r' {
		newline = "\r\n"
	}
	const hexDigits = "0123456789ABCDEF"
	out := make([]byte, 0, len(data)+len(data)/8)
	lineLen := 0
	softBreak := func() {
		out = append(out, '=')
		out = append(out, newline...)
		lineLen = 0
	}
	for i := 0; i < len(data); {
		c := data[i]
		last := i+1 == len(data)
		// atLineEnd: nothing, CR, LF or NUL follows (a "." there is quoted).
		atLineEnd := last || data[i+1] == '\n' || data[i+1] == '\r' || data[i+1] == 0
		encode := c > 126 || c == '=' || header && c == '_' ||
			c == '.' && lineLen == 0 && atLineEnd ||
			!isText && (c == '\r' || c == '\n') ||
			(c == '\t' || c == ' ') && last ||
			c < 33 && c != '\r' && c != '\n' && (quoteTabs || c != '\t' && c != ' ')
		switch {
		case encode:
			if lineLen+3 >= qpMaxLine {
				softBreak()
			}
			out = append(out, '=', hexDigits[c>>4], hexDigits[c&15])
			lineLen += 3
			i++
		case isText && (c == '\n' || c == '\r' && !last && data[i+1] == '\n'):
			// A hard line break; a space or tab before it is encoded.
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ws := out[n-1]
				out = append(out[:n-1], '=', hexDigits[ws>>4], hexDigits[ws&15])
			}
			out = append(out, newline...)
			lineLen = 0
			if c == '\r' {
				i += 2
			} else {
				i++
			}
		default:
			if !last && data[i+1] != '\n' && lineLen+1 >= qpMaxLine {
				softBreak()
			}
			lineLen++
			if header && c == ' ' {
				c = '_'
			}
			out = append(out, c)
			i++
		}
	}
	return object.NewBytes(out), nil
}
