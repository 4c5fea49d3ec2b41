# os: the public names (all of CPython 3.11's on Linux but `st`, the stat
# module, which Adder does not have yet) and the values of its constants.
import os

names = sorted(n for n in dir(os) if not n.startswith("_") and n != "st")
print(len(names))
print(" ".join(names))
print(" ".join(f"{n}={getattr(os, n)}" for n in names if n.isupper() and isinstance(getattr(os, n), int)))
print([os.pathconf_names[n] for n in ("PC_LINK_MAX", "PC_NAME_MAX", "PC_PATH_MAX", "PC_PIPE_BUF")],
      os.confstr_names["CS_PATH"], os.sysconf_names["SC_CLK_TCK"], os.sysconf_names["SC_NPROCESSORS_ONLN"])
for typ in (os.stat_result, os.statvfs_result, os.terminal_size, os.times_result, os.uname_result,
            os.waitid_result, os.sched_param):
    print(typ.__module__, typ.__name__, typ.n_sequence_fields)
print(os.terminal_size((80, 24)), os.supports_bytes_environ)
print(isinstance(os.environ, os.MutableMapping), os.GenericAlias, os.DirEntry[str])
