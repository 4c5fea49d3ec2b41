# atexit handlers run at exit in LIFO order; gc and errno basics; platform.
import atexit
import errno
import gc
import platform


def bye(who, punct="!"):
    print("bye", who + punct)


def never():
    print("unregistered handler ran")


atexit.register(bye, "first")
atexit.register(never)
atexit.register(bye, "second", punct="?")
print(atexit.register(never) is never)
atexit.unregister(never)

print(gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), gc.is_tracked(1), gc.is_tracked([]), gc.callbacks, len(gc.get_stats()))
gc.set_threshold(100, 5)
print(gc.get_threshold())

print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], len(errno.errorcode))
print(platform.system(), platform.python_implementation() in ("CPython", "Adder"), len(platform.python_version_tuple()))
print("end of main")
