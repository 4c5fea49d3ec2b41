// cache.go loads the code of modules (and dumps it under -X
// dump-bytecode). It holds the code cache: compiled modules saved next to their source
// as __pycache__/<module>.<CacheTag>.pyc, so later imports skip parsing and
// compiling, and an in-memory cache of the embedded standard library.
//
// A cache file is a 24-byte header, then compile.Marshal of the module code:
//
//	magic  uint32 LE  compile.Magic: changes with the bytecode format
//	flags  uint32 LE  0 (reserved for compile options; other values are stale)
//	mtime  int64  LE  source modification time, nanoseconds since 1970
//	size   int64  LE  source size in bytes
//
// A file whose header does not match the source's stat, or whose code fails
// to unmarshal and verify, is ignored and rewritten: a cache file is never
// trusted blindly and never crashes the interpreter.

package interp

import (
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/adderpy/adder/interp/compile"
	"github.com/adderpy/adder/interp/syntax"
	"github.com/adderpy/adder/object"
)

// CacheTag names the cache files of this implementation (CPython's
// sys.implementation.cache_tag, such as "cpython-311").
const CacheTag = "adder-312"

// cacheHeaderSize is the size of a cache file's header.
const cacheHeaderSize = 24

// CacheStats counts what the module loader did since the process started,
// for tests and benchmarks.
type CacheStats struct {
	// Hits counts modules loaded from a cache file or from the in-memory
	// cache of the embedded standard library, without parsing.
	Hits int64
	// Compiled counts modules parsed and compiled from source.
	Compiled int64
	// Written counts cache files written.
	Written int64
}

var cacheHits, cacheCompiled, cacheWritten atomic.Int64

// CodeCacheStats returns the loader's counters.
func CodeCacheStats() CacheStats {
	return CacheStats{Hits: cacheHits.Load(), Compiled: cacheCompiled.Load(), Written: cacheWritten.Load()}
}

// CachePath returns the cache file of the source file path:
// dir/__pycache__/name.<CacheTag>.pyc for dir/name.py.
func CachePath(path string) string {
	dir, base := filepath.Split(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return filepath.Join(dir, "__pycache__", base+"."+CacheTag+".pyc")
}

// embeddedCode caches the compiled code of embedded standard-library
// modules for the life of the process, keyed by display name; the source
// text is kept to check that the entry belongs to the same file system.
var embeddedCode sync.Map // string -> embeddedEntry

type embeddedEntry struct {
	src  string
	code *compile.Code
}

// moduleCode returns the linked code of a module's source file and the
// file name tracebacks show for it, from the code cache when it is fresh.
func (th *Thread) moduleCode(fsys fs.FS, file string) (*Code, string, error) {
	if fsys != nil {
		src, display, err := readSource(fsys, file)
		if err != nil {
			return nil, display, err
		}
		if e, ok := embeddedCode.Load(display); ok && e.(embeddedEntry).src == string(src) {
			cacheHits.Add(1)
			code, err := Link(e.(embeddedEntry).code)
			return code, display, err
		}
		cc, err := th.compileModule(src, display)
		if err != nil {
			return nil, display, err
		}
		embeddedCode.Store(display, embeddedEntry{string(src), cc})
		th.dumpBytecode(cc)
		code, err := Link(cc)
		return code, display, err
	}
	info, statErr := os.Stat(file)
	cpath := CachePath(file)
	if statErr == nil {
		if cc := readCacheFile(cpath, info); cc != nil {
			cacheHits.Add(1)
			setFilename(cc, file)
			th.dumpBytecode(cc)
			code, err := Link(cc)
			return code, file, err
		}
	}
	src, display, err := readSource(nil, file)
	if err != nil {
		return nil, display, err
	}
	cc, err := th.compileModule(src, display)
	if err != nil {
		return nil, display, err
	}
	if statErr == nil && !th.dontWriteBytecode() {
		writeCacheFile(cpath, info, cc)
	}
	th.dumpBytecode(cc)
	code, err := Link(cc)
	return code, display, err
}

// compileModule parses and compiles a module's source.
func (th *Thread) compileModule(src []byte, filename string) (*compile.Code, error) {
	cacheCompiled.Add(1)
	tree, err := th.ParseSource(src, filename, syntax.ModeExec)
	if err != nil {
		return nil, err
	}
	cc, err := compile.Compile(tree, filename, compile.Options{Source: src})
	if err != nil {
		return nil, th.syntaxErrorFrom(err)
	}
	return cc, nil
}

// dumpBytecode prints the listing of code to stderr under -X
// dump-bytecode: every module, script and exec/eval/compile() source is
// listed before it runs.
func (th *Thread) dumpBytecode(code *compile.Code) {
	if _, ok := th.interp.config.XOptions["dump-bytecode"]; !ok {
		return
	}
	th.interp.Flush()
	var b strings.Builder
	fmt.Fprintf(&b, "Disassembly of %s:\n", code.Filename)
	compile.Disassemble(&b, code)
	b.WriteByte('\n')
	os.Stderr.WriteString(b.String())
}

// dontWriteBytecode reports whether sys.dont_write_bytecode is true (set by
// -B, PYTHONDONTWRITEBYTECODE or the program).
func (th *Thread) dontWriteBytecode() bool {
	v, ok := th.sysAttr("dont_write_bytecode")
	if !ok {
		return false
	}
	b, err := object.Truth(&th.Thread, v)
	return err != nil || b
}

// cacheHeader returns the header of a cache file for a source file with
// the given stat.
func cacheHeader(info fs.FileInfo) []byte {
	h := make([]byte, 0, cacheHeaderSize)
	h = binary.LittleEndian.AppendUint32(h, compile.Magic)
	h = binary.LittleEndian.AppendUint32(h, 0)
	h = binary.LittleEndian.AppendUint64(h, uint64(info.ModTime().UnixNano()))
	return binary.LittleEndian.AppendUint64(h, uint64(info.Size()))
}

// readCacheFile returns the code in the cache file at path when it is
// fresh for a source with the given stat, else nil.
func readCacheFile(path string, info fs.FileInfo) *compile.Code {
	data, err := os.ReadFile(path)
	if err != nil || len(data) < cacheHeaderSize || string(data[:cacheHeaderSize]) != string(cacheHeader(info)) {
		return nil
	}
	cc, err := compile.Unmarshal(data[cacheHeaderSize:])
	if err != nil {
		return nil
	}
	return cc
}

// writeCacheFile writes the cache file at path atomically (a temporary file
// renamed over it). Failures are ignored: the cache is an optimization, and
// the source directory may be read-only.
func writeCacheFile(path string, info fs.FileInfo, cc *compile.Code) {
	dir := filepath.Dir(path)
	if err := os.Mkdir(dir, 0o755); err != nil && !os.IsExist(err) {
		return
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return
	}
	data := append(cacheHeader(info), compile.Marshal(cc)...)
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
		return
	}
	cacheWritten.Add(1)
}

// setFilename makes code read from a cache file name the source file it
// was found as now (the module may have been reached through another path
// than when it was compiled), as CPython's loader does.
func setFilename(cc *compile.Code, filename string) {
	if cc.Filename == filename {
		return
	}
	cc.Filename = filename
	for _, k := range cc.Consts {
		if sub, ok := k.(*compile.Code); ok {
			setFilename(sub, filename)
		}
	}
}
