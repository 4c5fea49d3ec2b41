// platform.go: the platform module's commonly used queries.
// python_implementation() returns 'Adder' (CPython returns 'CPython').

package stdlib

import (
	"runtime"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// uname returns the fields of uname(2).
func uname() (sysname, node, release, version, machine string) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:], "", "", "", runtime.GOARCH
	}
	s := func(b []byte) string { return strings.TrimRight(string(b[:]), "\x00") }
	return s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])
}

func strConst(name string, f func() string) object.MethodDef {
	return constant0(name, func() object.Value { return object.StrValue(f()) })
}

var platformMethods = []object.MethodDef{
	strConst("system", func() string { s, _, _, _, _ := uname(); return s }),
	strConst("node", func() string { _, n, _, _, _ := uname(); return n }),
	strConst("release", func() string { _, _, r, _, _ := uname(); return r }),
	strConst("version", func() string { _, _, _, v, _ := uname(); return v }),
	strConst("machine", func() string { _, _, _, _, m := uname(); return m }),
	strConst("processor", func() string { _, _, _, _, m := uname(); return m }),
	strConst("python_implementation", func() string { return "Adder" }),
	strConst("python_version", func() string { return interp.PythonVersion }),
	strConst("python_compiler", func() string { return "Go " + strings.TrimPrefix(runtime.Version(), "go") }),
	constant0("python_version_tuple", func() object.Value {
		parts := strings.Split(interp.PythonVersion, ".")
		return object.NewTuple(object.StrValue(parts[0]), object.StrValue(parts[1]), object.StrValue(parts[2])).AsValue()
	}),
	constant0("uname", func() object.Value {
		s, n, r, v, m := uname()
		return object.NewTuple(object.StrValue(s), object.StrValue(n), object.StrValue(r),
			object.StrValue(v), object.StrValue(m), object.StrValue(m)).AsValue()
	}),
	strConst("platform", func() string {
		s, _, r, _, m := uname()
		return s + "-" + r + "-" + m + "-with-glibc"
	}),
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name:    "platform",
		Doc:     "This module tries to retrieve as much platform-identifying data as possible.",
		Methods: platformMethods,
	})
}
