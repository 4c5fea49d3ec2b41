// sys_info.go: the informational attributes of the sys module
// (version_info, implementation, float_info, flags, ...).

package interp

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"

	"github.com/adderpy/adder/object"
)

// ---- informational attributes ----

// NewNamespace returns a types.SimpleNamespace with the given attributes
// (name string, value object.Value pairs), in order.
func NewNamespace(kv ...any) object.Value {
	ns := object.NewNamespace()
	for i := 0; i < len(kv); i += 2 {
		ns.Set(kv[i].(string), kv[i+1].(object.Value))
	}
	return ns.AsValue()
}

// structSeqType declares a struct sequence type of the sys module whose
// instances cannot be created from Python.
func sysStructSeq(name string, fields ...string) *object.Type {
	return object.NewStructSeqType(&object.StructSeqDesc{
		Name: name, Module: "sys", Fields: fields, NVisible: len(fields), NoNew: true,
	})
}

var (
	versionInfoType = sysStructSeq("version_info", "major", "minor", "micro", "releaselevel", "serial")
	floatInfoType   = sysStructSeq("float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	intInfoType = sysStructSeq("int_info", "bits_per_digit", "sizeof_digit",
		"default_max_str_digits", "str_digits_check_threshold")
	hashInfoType = sysStructSeq("hash_info", "width", "modulus", "inf", "nan", "imag",
		"algorithm", "hash_bits", "seed_bits", "cutoff")
	flagsType = sysStructSeq("flags", "debug", "inspect", "interactive", "optimize",
		"dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
		"bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
		"warn_default_encoding", "safe_path", "int_max_str_digits")
	threadInfoType = sysStructSeq("thread_info", "name", "lock", "version")
)

func ints(xs ...int64) []object.Value {
	vs := make([]object.Value, len(xs))
	for i, x := range xs {
		vs[i] = object.Int(x)
	}
	return vs
}

// setInfo adds the attributes describing the implementation and platform.
func setInfo(in *Interpreter, set func(string, object.Value)) {
	str := object.StrValue
	versionInfo := object.NewStructSeq(versionInfoType, []object.Value{
		object.Int(3), object.Int(12), object.Int(0), str("final"), object.Int(0)})
	set("version_info", versionInfo)
	set("implementation", NewNamespace(
		"name", str("adder"),
		"cache_tag", str("adder-312"),
		"version", object.NewStructSeq(versionInfoType, []object.Value{
			object.Int(0), object.Int(1), object.Int(0), str("alpha"), object.Int(0)}),
		"hexversion", object.Int(0x000100a0),
		"_multiarch", str(runtime.GOARCH+"-"+runtime.GOOS+"-gnu"),
	))
	set("float_info", object.NewStructSeq(floatInfoType, []object.Value{
		object.Float(math.MaxFloat64), object.Int(1024), object.Int(308),
		object.Float(0x1p-1022), object.Int(-1021), object.Int(-307), object.Int(15),
		object.Int(53), object.Float(0x1p-52), object.Int(2), object.Int(1)}))
	// Adder's big ints are math/big numbers of 64-bit words.
	set("int_info", object.NewStructSeq(intInfoType, ints(64, 8, 4300, 640)))
	set("hash_info", object.NewStructSeq(hashInfoType, []object.Value{
		object.Int(64), object.Int(1<<61 - 1), object.Int(314159), object.Int(0),
		object.Int(1000003), str("siphash13"), object.Int(64), object.Int(128), object.Int(0)}))
	dwb := int64(0)
	if in.config.DontWriteBytecode {
		dwb = 1
	}
	flags := ints(0, 0, 0, 0, dwb, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, int64(object.IntMaxStrDigits))
	flags[13], flags[16] = object.False, object.False // dev_mode and safe_path are bools
	set("flags", object.NewStructSeq(flagsType, flags))
	set("thread_info", object.NewStructSeq(threadInfoType, []object.Value{
		str("pthread"), str("mutex+cond"), object.None}))
	set("float_repr_style", str("short"))
	set("maxunicode", object.Int(0x10ffff))
	set("abiflags", str(""))
	set("platlibdir", str("lib"))
	set("pycache_prefix", object.None)
	prefix := filepath.Dir(filepath.Dir(in.config.Executable))
	for _, name := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
		set(name, str(prefix))
	}
	orig := make([]object.Value, len(os.Args))
	for i, a := range os.Args {
		orig[i] = str(a)
	}
	set("orig_argv", object.NewList(orig).AsValue())
	set("warnoptions", object.NewList(nil).AsValue())
	// The import system is built in: these hooks are inert (the importer
	// neither reads nor fills them).
	set("meta_path", object.NewList(nil).AsValue())
	set("path_hooks", object.NewList(nil).AsValue())
	set("path_importer_cache", object.NewDict().AsValue())
	names := []string{"builtins", "sys"}
	for name := range in.builtinModules {
		names = append(names, name)
	}
	sort.Strings(names)
	vs := make([]object.Value, len(names))
	for i, n := range names {
		vs[i] = str(n)
	}
	set("builtin_module_names", object.NewTuple(vs...).AsValue())
	sv := make([]object.Value, len(stdlibModuleNames))
	for i, n := range stdlibModuleNames {
		sv[i] = str(n)
	}
	fs, err := object.NewFrozenSet(&in.main.Thread, object.NewTuple(sv...).AsValue())
	if err != nil {
		panic("BUG: sys.stdlib_module_names: " + err.Error())
	}
	set("stdlib_module_names", fs.AsValue())
}

// stdlibModuleNames is CPython 3.11's sys.stdlib_module_names (an array
// literal: static data, which costs nothing at start-up).
var stdlibModuleNames = [...]string{
	"__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess",
	"_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
	"_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
	"_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm",
	"_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools",
	"_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma",
	"_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator",
	"_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
	"_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512",
	"_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics",
	"_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter",
	"_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset",
	"_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat",
	"asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins",
	"bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs",
	"codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
	"contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime",
	"dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip",
	"enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
	"ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib",
	"grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp",
	"importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache",
	"locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap",
	"modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath",
	"nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb",
	"pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix",
	"posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc",
	"pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource",
	"rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
	"signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
	"sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep",
	"struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
	"telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
	"token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
	"turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv",
	"warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml",
	"xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
}
