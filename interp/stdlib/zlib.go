// zlib.go: the zlib module over Go's compress/flate: compress and
// decompress in the zlib, gzip and raw deflate containers (chosen by wbits
// as in zlib), compressobj/decompressobj, crc32 and adler32.
//
// The containers (headers, Adler-32 and CRC-32 trailers, preset
// dictionaries) are written and checked here; compress/flate does the
// deflate coding. Compressed bytes are valid streams that any inflater
// reads, but they are not byte-identical to zlib's for levels 1-9 (Go's
// encoder makes different choices); level 0 (stored) and every
// decompression agree. A Decompress object keeps the input it has consumed
// and decodes it again from the start on each call (compress/flate cannot
// resume after running out of input), so streaming costs grow with the
// square of the stream length.

package stdlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"
	"unsafe"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

var (
	zlibErrorType   *object.Type
	zlibCompressT   = object.NewNativeType("Compress", "zlib", nil)
	zlibDecompressT = object.NewNativeType("Decompress", "zlib", nil)
)

func zlibErr(msg string) error { return object.NewException(zlibErrorType, object.StrValue(msg)) }

// zlib's constants.
const (
	zMaxWbits       = 15
	zDeflated       = 8
	zDefMemLevel    = 8
	zDefBufSize     = 16384
	zNoFlush        = 0
	zPartialFlush   = 1
	zSyncFlush      = 2
	zFullFlush      = 3
	zFinish         = 4
	zBlock          = 5
	zTrees          = 6
	zDefaultLevel   = -1
	zHuffmanOnly    = 2
	zDefaultStrateg = 0
)

// container is a stream format selected by wbits.
type container uint8

const (
	containerZlib container = iota
	containerGzip
	containerRaw
	containerAuto // decompression only: zlib or gzip, from the header
)

// containerOf maps wbits to a container; ok is false for values zlib
// rejects.
func containerOf(wbits int, decompress bool) (container, bool) {
	switch {
	case wbits >= 9 && wbits <= 15, decompress && (wbits == 0 || wbits == 8):
		return containerZlib, true
	case wbits >= -15 && wbits <= -9, decompress && wbits == -8:
		return containerRaw, true
	case wbits >= 25 && wbits <= 31, decompress && wbits == 24:
		return containerGzip, true
	case decompress && wbits >= 40 && wbits <= 47:
		return containerAuto, true
	}
	return 0, false
}

// ---- compression ----

type zlibCompressor struct {
	c      container
	level  int
	buf    bytes.Buffer
	w      *flate.Writer // nil at level 0, whose stored blocks are written here
	stored []byte        // level 0: input not yet written as a block
	adler  hash32
	crc    uint32
	size   uint32
	zdict  []byte
	header bool // header written
	done   bool // finished by Z_FINISH
}

type hash32 interface {
	Write([]byte) (int, error)
	Sum32() uint32
}

func newZlibCompressor(c container, level int, zdict []byte) (*zlibCompressor, error) {
	goLevel := level
	if level == zDefaultLevel {
		goLevel = 6
	}
	z := &zlibCompressor{c: c, level: goLevel, zdict: zdict, adler: adler32.New()}
	if goLevel == 0 {
		return z, nil
	}
	var err error
	if zdict != nil {
		z.w, err = flate.NewWriterDict(&z.buf, goLevel, zdict)
	} else {
		z.w, err = flate.NewWriter(&z.buf, goLevel)
	}
	if err != nil {
		return nil, err
	}
	return z, nil
}

func (z *zlibCompressor) writeHeader() {
	if z.header {
		return
	}
	z.header = true
	switch z.c {
	case containerZlib:
		// FLEVEL as zlib sets it from the level.
		var flevel byte
		switch {
		case z.level < 2:
			flevel = 0
		case z.level < 6:
			flevel = 1
		case z.level == 6:
			flevel = 2
		default:
			flevel = 3
		}
		cmf := byte(0x78)
		flg := flevel << 6
		if z.zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint16(cmf)<<8|uint16(flg))%31)
		z.buf.Write([]byte{cmf, flg})
		if z.zdict != nil {
			z.buf.Write(binary.BigEndian.AppendUint32(nil, adler32.Checksum(z.zdict)))
		}
	case containerGzip:
		xfl := byte(0)
		switch z.level {
		case 9:
			xfl = 2
		case 1:
			xfl = 4
		}
		z.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

// writeStored writes the pending level-0 input as stored blocks of at
// most 65535 bytes, as zlib does; final marks the last block.
func (z *zlibCompressor) writeStored(final bool) {
	for {
		n := min(len(z.stored), 0xffff)
		last := final && n == len(z.stored)
		var hdr [5]byte
		if last {
			hdr[0] = 1
		}
		binary.LittleEndian.PutUint16(hdr[1:], uint16(n))
		binary.LittleEndian.PutUint16(hdr[3:], ^uint16(n))
		z.buf.Write(hdr[:])
		z.buf.Write(z.stored[:n])
		z.stored = z.stored[n:]
		if len(z.stored) == 0 {
			return
		}
	}
}

// flush ends the current deflate block on a byte boundary (Z_SYNC_FLUSH).
func (z *zlibCompressor) flush() {
	z.writeHeader()
	if z.w != nil {
		z.w.Flush()
		return
	}
	if len(z.stored) > 0 {
		z.writeStored(false)
	}
	z.buf.Write([]byte{0, 0, 0, 0xff, 0xff})
}

func (z *zlibCompressor) write(p []byte) {
	z.writeHeader()
	if z.w == nil {
		z.stored = append(z.stored, p...)
	} else {
		z.w.Write(p)
	}
	z.adler.Write(p)
	z.crc = crc32.Update(z.crc, crc32.IEEETable, p)
	z.size += uint32(len(p))
}

func (z *zlibCompressor) finish() {
	z.writeHeader()
	if z.w == nil {
		z.writeStored(true)
	} else {
		z.w.Close()
	}
	switch z.c {
	case containerZlib:
		z.buf.Write(binary.BigEndian.AppendUint32(nil, z.adler.Sum32()))
	case containerGzip:
		z.buf.Write(binary.LittleEndian.AppendUint32(nil, z.crc))
		z.buf.Write(binary.LittleEndian.AppendUint32(nil, z.size))
	}
	z.done = true
}

func (z *zlibCompressor) take() []byte {
	out := append([]byte(nil), z.buf.Bytes()...)
	z.buf.Reset()
	return out
}

// ---- decompression ----

// inflateResult is what decoding a prefix of a stream gave.
type inflateResult struct {
	out      []byte
	consumed int  // input bytes the decoder consumed
	eof      bool // the stream (and its trailer) ended
}

var errNeedInput = errors.New("need more input")

// inflate decodes data in container c, stopping after limit output bytes
// (limit < 0: no limit). Truncated input is errNeedInput with what was
// decoded so far.
func inflate(data []byte, c container, zdict []byte, limit int) (inflateResult, error) {
	var res inflateResult
	r := bytes.NewReader(data)
	if c == containerAuto {
		c = containerZlib
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			c = containerGzip
		}
	}
	need := func(n int) ([]byte, error) {
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, errNeedInput
		}
		return b, nil
	}
	switch c {
	case containerZlib:
		h, err := need(2)
		if err != nil {
			return res, err
		}
		if (uint16(h[0])<<8|uint16(h[1]))%31 != 0 {
			return res, zlibErr("Error -3 while decompressing data: incorrect header check")
		}
		if h[0]&0x0f != zDeflated {
			return res, zlibErr("Error -3 while decompressing data: unknown compression method")
		}
		if h[1]&0x20 != 0 {
			id, err := need(4)
			if err != nil {
				return res, err
			}
			if zdict == nil {
				return res, zlibErr("Error 2 while decompressing data")
			}
			if binary.BigEndian.Uint32(id) != adler32.Checksum(zdict) {
				return res, zlibErr("Error -3 while decompressing data: incorrect data check")
			}
		} else {
			zdict = nil
		}
	case containerGzip:
		h, err := need(10)
		if err != nil {
			return res, err
		}
		if h[0] != 0x1f || h[1] != 0x8b {
			return res, zlibErr("Error -3 while decompressing data: incorrect header check")
		}
		if h[2] != zDeflated {
			return res, zlibErr("Error -3 while decompressing data: unknown compression method")
		}
		flags := h[3]
		if flags&4 != 0 { // FEXTRA
			l, err := need(2)
			if err != nil {
				return res, err
			}
			if _, err := need(int(binary.LittleEndian.Uint16(l))); err != nil {
				return res, err
			}
		}
		for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
			if flags&bit != 0 {
				for {
					b, err := r.ReadByte()
					if err != nil {
						return res, errNeedInput
					}
					if b == 0 {
						break
					}
				}
			}
		}
		if flags&2 != 0 { // FHCRC
			if _, err := need(2); err != nil {
				return res, err
			}
		}
		zdict = nil
	}
	var fr io.ReadCloser
	if zdict != nil {
		fr = flate.NewReaderDict(r, zdict)
	} else {
		fr = flate.NewReader(r)
	}
	var out bytes.Buffer
	var err error
	if limit >= 0 {
		_, err = io.CopyN(&out, fr, int64(limit))
		if err == nil {
			// Stopped at the limit: whether the stream also ended is
			// learned by reading one more byte.
			var one [1]byte
			n, rerr := fr.Read(one[:])
			if n == 0 && rerr == io.EOF {
				err = io.EOF
			} else {
				res.out, res.consumed = out.Bytes(), len(data)-r.Len()
				return res, nil
			}
		}
	} else {
		_, err = io.Copy(&out, fr)
		if err == nil {
			err = io.EOF
		}
	}
	res.out = out.Bytes()
	switch {
	case err == io.EOF:
	case errors.Is(err, io.ErrUnexpectedEOF):
		res.consumed = len(data) - r.Len()
		return res, errNeedInput
	default:
		return res, zlibErr("Error -3 while decompressing data: invalid data")
	}
	switch c {
	case containerZlib:
		t, err := need(4)
		if err != nil {
			res.consumed = len(data) - r.Len()
			return res, err
		}
		if binary.BigEndian.Uint32(t) != adler32.Checksum(res.out) {
			return res, zlibErr("Error -3 while decompressing data: incorrect data check")
		}
	case containerGzip:
		t, err := need(8)
		if err != nil {
			res.consumed = len(data) - r.Len()
			return res, err
		}
		if binary.LittleEndian.Uint32(t) != crc32.ChecksumIEEE(res.out) {
			return res, zlibErr("Error -3 while decompressing data: incorrect data check")
		}
		if binary.LittleEndian.Uint32(t[4:]) != uint32(len(res.out)) {
			return res, zlibErr("Error -3 while decompressing data: incorrect length check")
		}
	}
	res.consumed, res.eof = len(data)-r.Len(), true
	return res, nil
}

// ---- module functions ----

func zlibWbits(t *object.Thread, v object.Value, def int) (int, error) {
	if v.IsNull() {
		return def, nil
	}
	return object.IndexInt(t, v)
}

func zlibCompress(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("compress", args, kw, []string{"data", "level", "wbits"}, 1, 3, a[:]); err != nil {
		return object.Null, err
	}
	data, err := binaryData(a[0])
	if err != nil {
		return object.Null, err
	}
	level, err := zlibWbits(t, a[1], zDefaultLevel)
	if err != nil {
		return object.Null, err
	}
	wbits, err := zlibWbits(t, a[2], zMaxWbits)
	if err != nil {
		return object.Null, err
	}
	c, ok := containerOf(wbits, false)
	if !ok || level < -1 || level > 9 {
		return object.Null, zlibErr("Bad compression level")
	}
	z, err := newZlibCompressor(c, level, nil)
	if err != nil {
		return object.Null, zlibErr("Bad compression level")
	}
	z.write(data)
	z.finish()
	return object.NewBytes(z.take()), nil
}

func zlibDecompress(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [3]object.Value
	if err := object.ParseArgs("decompress", args, kw, []string{"data", "wbits", "bufsize"}, 1, 3, a[:]); err != nil {
		return object.Null, err
	}
	data, err := binaryData(a[0])
	if err != nil {
		return object.Null, err
	}
	wbits, err := zlibWbits(t, a[1], zMaxWbits)
	if err != nil {
		return object.Null, err
	}
	if bufsize, err := zlibWbits(t, a[2], zDefBufSize); err != nil {
		return object.Null, err
	} else if bufsize < 0 {
		return object.Null, object.NewError(object.ValueError, "bufsize must be non-negative")
	}
	c, ok := containerOf(wbits, true)
	if !ok {
		return object.Null, zlibErr("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	res, err := inflate(data, c, nil, -1)
	if err == errNeedInput {
		return object.Null, zlibErr("Error -5 while decompressing data: incomplete or truncated stream")
	}
	if err != nil {
		return object.Null, err
	}
	return object.NewBytes(res.out), nil
}

func zlibChecksum(name string, update func(uint32, []byte) uint32, start uint64) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
		data, value, err := checksumArgs(t, name, args, kw, start)
		if err != nil {
			return object.Null, err
		}
		return object.Int(int64(update(uint32(value), data))), nil
	}}
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := min(len(p), 5552) // the most bytes before the sums can overflow
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// ---- Compress and Decompress objects ----

type zlibCompressObject struct {
	object.Header
	z *zlibCompressor
}

type zlibDecompressObject struct {
	object.Header
	c        container
	zdict    []byte
	in       []byte // consumed input, decoded again on each call
	produced int    // output bytes already returned
	eof      bool
	unused   object.Value
	tail     object.Value
}

func zlibCompressobj(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [6]object.Value
	if err := object.ParseArgs("compressobj", args, kw, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 5, a[:]); err != nil {
		return object.Null, err
	}
	var ints [5]int
	for i, def := range []int{zDefaultLevel, zDeflated, zMaxWbits, zDefMemLevel, zDefaultStrateg} {
		v, err := zlibWbits(t, a[i], def)
		if err != nil {
			return object.Null, err
		}
		ints[i] = v
	}
	level, method, wbits, memLevel := ints[0], ints[1], ints[2], ints[3]
	c, ok := containerOf(wbits, false)
	if !ok || method != zDeflated || level < -1 || level > 9 || memLevel < 1 || memLevel > 9 {
		return object.Null, object.NewError(object.ValueError, "Invalid initialization option")
	}
	var zdict []byte
	if !a[5].IsNull() {
		b, err := readBuffer(a[5])
		if err != nil {
			return object.Null, object.NewError(object.TypeError, "zdict argument must support the buffer protocol")
		}
		zdict = append([]byte(nil), b...)
	}
	z, err := newZlibCompressor(c, level, zdict)
	if err != nil {
		return object.Null, object.NewError(object.ValueError, "Invalid initialization option")
	}
	return object.FromPointer(unsafe.Pointer(&zlibCompressObject{Header: object.NewHeader(zlibCompressT), z: z})), nil
}

func zlibDecompressobj(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	var a [2]object.Value
	if err := object.ParseArgs("decompressobj", args, kw, []string{"wbits", "zdict"}, 0, 2, a[:]); err != nil {
		return object.Null, err
	}
	wbits, err := zlibWbits(t, a[0], zMaxWbits)
	if err != nil {
		return object.Null, err
	}
	c, ok := containerOf(wbits, true)
	if !ok {
		return object.Null, object.NewError(object.ValueError, "Invalid initialization option")
	}
	d := &zlibDecompressObject{Header: object.NewHeader(zlibDecompressT), c: c,
		unused: object.NewBytes(nil), tail: object.NewBytes(nil)}
	if !a[1].IsNull() {
		b, err := readBuffer(a[1])
		if err != nil {
			return object.Null, object.NewError(object.TypeError, "zdict argument must support the buffer protocol")
		}
		d.zdict = append([]byte(nil), b...)
	}
	return object.FromPointer(unsafe.Pointer(d)), nil
}

// feed decodes the consumed input plus data, returning at most maxLength
// new output bytes (0: no limit).
func (d *zlibDecompressObject) feed(data []byte, maxLength int) (object.Value, error) {
	if d.eof {
		d.unused = object.NewBytes(append(append([]byte(nil), bytesOfValue(d.unused)...), data...))
		return object.NewBytes(nil), nil
	}
	full := append(append([]byte(nil), d.in...), data...)
	limit := -1
	if maxLength > 0 {
		limit = d.produced + maxLength
	}
	res, err := inflate(full, d.c, d.zdict, limit)
	if err != nil && err != errNeedInput {
		return object.Null, err
	}
	out := res.out[d.produced:]
	d.produced = len(res.out)
	switch {
	case res.eof:
		d.eof = true
		d.in = nil
		d.unused = object.NewBytes(full[res.consumed:])
		d.tail = object.NewBytes(nil)
	case err == errNeedInput:
		d.in = full
		d.tail = object.NewBytes(nil)
	default: // stopped at maxLength
		d.in = full[:res.consumed]
		d.tail = object.NewBytes(full[res.consumed:])
	}
	return object.NewBytes(append([]byte(nil), out...)), nil
}

func bytesOfValue(v object.Value) []byte {
	b, _ := object.BytesData(v)
	return b
}

func initZlibTypes() {
	ct := zlibCompressT
	ct.AddMethods([]object.MethodDef{
		{Name: "compress", Doc: "Returns a bytes object containing compressed data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := oneArg("compress", args[1:], kw); err != nil {
				return object.Null, err
			}
			z := (*zlibCompressObject)(args[0].Pointer()).z
			if z.done {
				return object.Null, zlibErr("Error -2 while compressing data: inconsistent stream state")
			}
			data, err := binaryData(args[1])
			if err != nil {
				return object.Null, err
			}
			z.write(data)
			return object.NewBytes(z.take()), nil
		}},
		{Name: "flush", Doc: "Return a bytes object containing any remaining compressed data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := clinicArity("flush", args[1:], kw, 0, 1); err != nil {
				return object.Null, err
			}
			mode := zFinish
			if len(args) == 2 {
				var err error
				if mode, err = object.IndexInt(t, args[1]); err != nil {
					return object.Null, err
				}
			}
			z := (*zlibCompressObject)(args[0].Pointer()).z
			switch {
			case mode == zNoFlush:
				return object.NewBytes(nil), nil
			case z.done:
				return object.Null, zlibErr("Error -2 while flushing: inconsistent stream state")
			case mode == zFinish:
				z.finish()
			default:
				z.flush()
			}
			return object.NewBytes(z.take()), nil
		}},
	})
	ct.Ready()

	dt := zlibDecompressT
	dt.AddMethods([]object.MethodDef{
		{Name: "decompress", Doc: "Return a bytes object containing the decompressed version of the data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			var a [2]object.Value
			if err := object.ParseArgs("decompress", args[1:], kw, []string{"data", "max_length"}, 1, 2, a[:]); err != nil {
				return object.Null, err
			}
			data, err := binaryData(a[0])
			if err != nil {
				return object.Null, err
			}
			maxLength := 0
			if !a[1].IsNull() {
				if maxLength, err = object.IndexInt(t, a[1]); err != nil {
					return object.Null, err
				}
				if maxLength < 0 {
					return object.Null, object.NewError(object.ValueError, "max_length must be non-negative")
				}
			}
			return (*zlibDecompressObject)(args[0].Pointer()).feed(data, maxLength)
		}},
		{Name: "flush", Doc: "Return a bytes object containing any remaining decompressed data.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := clinicArity("flush", args[1:], kw, 0, 1); err != nil {
				return object.Null, err
			}
			d := (*zlibDecompressObject)(args[0].Pointer())
			return d.feed(bytesOfValue(d.tail), 0)
		}},
		{Name: "copy", Doc: "Return a copy of the decompression object.", Fn: func(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
			if err := object.CheckArity("copy", args[1:], kw, 0, 0); err != nil {
				return object.Null, err
			}
			c := *(*zlibDecompressObject)(args[0].Pointer())
			c.in = append([]byte(nil), c.in...)
			return object.FromPointer(unsafe.Pointer(&c)), nil
		}},
	})
	dt.AddGetSets([]object.GetSetDef{
		{Name: "unused_data", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return (*zlibDecompressObject)(v.Pointer()).unused, nil
		}},
		{Name: "unconsumed_tail", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return (*zlibDecompressObject)(v.Pointer()).tail, nil
		}},
		{Name: "eof", Get: func(_ *object.Thread, v object.Value) (object.Value, error) {
			return object.Bool((*zlibDecompressObject)(v.Pointer()).eof), nil
		}},
	})
	dt.Ready()
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "zlib",
		Doc:  "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.",
		Methods: []object.MethodDef{
			{Name: "compress", Fn: zlibCompress, Doc: "Returns a bytes object containing compressed data."},
			{Name: "decompress", Fn: zlibDecompress, Doc: "Returns a bytes object containing the uncompressed data."},
			{Name: "compressobj", Fn: zlibCompressobj, Doc: "Return a compressor object."},
			{Name: "decompressobj", Fn: zlibDecompressobj, Doc: "Return a decompressor object."},
			zlibChecksum("crc32", func(c uint32, p []byte) uint32 { return crc32.Update(c, crc32.IEEETable, p) }, 0),
			zlibChecksum("adler32", adler32Update, 1),
		},
		Setup: initZlibTypes,
		Init: func(th *interp.Thread, m *interp.Module) error {
			if zlibErrorType == nil {
				cls, err := newExceptionClass(&th.Thread, "zlib", "error", object.Exception)
				if err != nil {
					return err
				}
				zlibErrorType = cls
			}
			d := m.Dict()
			d.SetStr(object.Intern("error"), zlibErrorType.AsValue())
			for _, c := range []struct {
				name string
				v    int
			}{
				{"MAX_WBITS", zMaxWbits}, {"DEFLATED", zDeflated}, {"DEF_MEM_LEVEL", zDefMemLevel},
				{"DEF_BUF_SIZE", zDefBufSize}, {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1},
				{"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", zDefaultLevel},
				{"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", zHuffmanOnly}, {"Z_RLE", 3}, {"Z_FIXED", 4},
				{"Z_DEFAULT_STRATEGY", zDefaultStrateg}, {"Z_NO_FLUSH", zNoFlush},
				{"Z_PARTIAL_FLUSH", zPartialFlush}, {"Z_SYNC_FLUSH", zSyncFlush},
				{"Z_FULL_FLUSH", zFullFlush}, {"Z_FINISH", zFinish}, {"Z_BLOCK", zBlock}, {"Z_TREES", zTrees},
			} {
				d.SetStr(object.Intern(c.name), object.Int(int64(c.v)))
			}
			// The zlib format version these streams follow.
			d.SetStr(object.Intern("ZLIB_VERSION"), object.StrValue("1.2.13"))
			d.SetStr(object.Intern("ZLIB_RUNTIME_VERSION"), object.StrValue("1.2.13"))
			return nil
		},
	})
}
