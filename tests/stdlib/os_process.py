# os: processes (posix_spawn, spawn*, system, popen, wait*, W* macros),
# identity, scheduling, uname/times/loadavg, and fork's refusal.
import os
import sys

print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()), isinstance(os.getgroups(), list))
print(os.getgrouplist("root", 0)[0], os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print(os.sched_getaffinity(0) == set(range(os.cpu_count())) or len(os.sched_getaffinity(0)) > 0)
print(os.sched_getscheduler(0) == os.SCHED_OTHER, os.sched_getparam(0), os.sched_param(0).sched_priority)
print(os.sched_get_priority_min(os.SCHED_FIFO), os.sched_get_priority_max(os.SCHED_FIFO), os.sched_yield())
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u.machine == os.uname()[4])
t = os.times()
print(type(t).__name__, len(t), all(x >= 0 for x in t))
print(len(os.getloadavg()), os.ctermid())

sys.stdout.flush()
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 3"], os.environ)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.posix_spawnp("sh", ["sh", "-c", "kill -9 $$"], os.environ)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status), os.WCOREDUMP(status))
r, w = os.pipe()
pid = os.posix_spawn("/bin/echo", ["echo", "via", "dup2"], os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
print(os.read(r, 100), os.waitpid(pid, 0)[1])
os.close(r)
pid = os.posix_spawn("/bin/true", ["true"], {})
res = os.wait4(pid, 0)
print(res[0] == pid, res[1], type(res[2]).__name__, res[2].ru_utime >= 0)
pid = os.posix_spawn("/bin/true", ["true"], {})
print(os.waitid(os.P_PID, pid, os.WEXITED).si_code == os.CLD_EXITED)
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 4"]), os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 5"))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", 'exit $X'], {"X": "6"}), os.spawnv(os.P_WAIT, "/nonexistent", ["x"]))
pid = os.spawnvp(os.P_NOWAIT, "true", ["true"])
print(os.waitpid(pid, 0)[1])
sys.stdout.flush()  # children write to the same descriptor
status = os.system("echo from system")
print(os.system("exit 2"), status)
sys.stdout.flush()
with os.popen("echo hi; echo there") as f:
    print(f.read().split())
print(os.popen("exit 3").close(), os.popen("true").close())
f = os.popen("cat", "w")
f.write("written\n")
sys.stdout.flush()
print(f.close())
for m in (os.WIFSTOPPED, os.WSTOPSIG, os.WIFCONTINUED):
    print(m(0x137f), m(0xffff), m(0))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
for bad in (lambda: os.execv("/bin/true", []), lambda: os.execv("/bin/true", [""]), lambda: os.posix_spawn("/bin/true", "x", {})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.execv("/nonexistent/prog", ["prog"])
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
print(callable(os.fork), callable(os.forkpty))
os.register_at_fork(before=lambda: None)
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
sys.stdout.flush()
os.execlp("sh", "sh", "-c", "echo exec replaced the process")
