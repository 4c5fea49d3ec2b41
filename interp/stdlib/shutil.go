// shutil.go: the _shutil module, the parts of shutil that need system
// calls os does not expose yet: disk_usage (statfs).

package stdlib

import (
	"syscall"

	"github.com/adderpy/adder/interp"
	"github.com/adderpy/adder/object"
)

// shutilDiskUsage is _shutil.disk_usage(path): (total, used, free) in
// bytes, computed as CPython does from statvfs (used counts blocks not
// free to the superuser either; free is what unprivileged users may use).
func shutilDiskUsage(t *object.Thread, args []object.Value, kw *object.Tuple) (object.Value, error) {
	if err := oneArg("disk_usage", args, kw); err != nil {
		return object.Null, err
	}
	s, ok := args[0].AsStr()
	if !ok {
		return object.Null, object.Errorf(object.TypeError, "disk_usage() argument must be str, not %s", object.ArgTypeName(args[0]))
	}
	var st syscall.Statfs_t
	var serr error
	threadOf(t).Unlocked(func() { serr = syscall.Statfs(s.String(), &st) })
	if serr != nil {
		errno, _ := serr.(syscall.Errno)
		return object.Null, object.NewOSError(errno, s.String())
	}
	frsize := uint64(st.Frsize)
	if frsize == 0 {
		frsize = uint64(st.Bsize)
	}
	total := st.Blocks * frsize
	free := st.Bavail * frsize
	used := (st.Blocks - st.Bfree) * frsize
	return object.NewTuple(object.IntFromUint64(total), object.IntFromUint64(used), object.IntFromUint64(free)).AsValue(), nil
}

func init() {
	modules = append(modules, &interp.ModuleDef{
		Name: "_shutil",
		Doc:  "System calls behind shutil that os does not provide.",
		Methods: []object.MethodDef{
			{Name: "disk_usage", Fn: shutilDiskUsage, Doc: "Return (total, used, free) bytes of the file system holding path."},
		},
	})
}
