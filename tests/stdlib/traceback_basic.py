# traceback: format_exception, print_exc, format_tb, extract_tb,
# TracebackException, StackSummary, FrameSummary, stacks.
import sys
import traceback


def inner(x):
    return 1 / x


def middle(x):
    return inner(x) + 1


def outer():
    return middle(0)


def catch(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        return e


e = catch(outer)
print("".join(traceback.format_exception(e)), end="")
print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
print("".join(traceback.format_tb(e.__traceback__)), end="")
print("".join(traceback.format_tb(e.__traceback__, limit=2)), end="")
print("".join(traceback.format_tb(e.__traceback__, limit=-1)), end="")
print("".join(traceback.format_exception(e, limit=1)), end="")

summary = traceback.extract_tb(e.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs, fs.name, fs.lineno, repr(fs.line), fs.filename.endswith("traceback_basic.py"))
    fname, lineno, name, line = fs
    print(name, lineno, line == fs[3], len(fs))
print(summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))
print("".join(traceback.format_list(summary)), end="")
print(traceback.format_list([("f.py", 3, "func", "x = 1"), ("g.py", 4, "gunc", None)]))

try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)


def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad value") from k


def implicit():
    try:
        [][0]
    except IndexError:
        raise TypeError("while handling")


def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("no context") from None


for fn in (chained, implicit, suppressed):
    exc = catch(fn)
    print("".join(traceback.format_exception(exc)), end="")
    print("".join(traceback.format_exception(exc, chain=False)), end="")
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__cause__ is not None, te.__context__ is not None,
          te.__suppress_context__, len(te.stack))
    print("".join(te.format()), end="")
    print("".join(te.format_exception_only()), end="")

exc = catch(lambda: [1, 2][5])
print("".join(traceback.format_exception(exc)), end="")
note = catch(outer)
note.add_note("a note")
note.add_note("another")
print("".join(traceback.format_exception(note)), end="")
print(traceback.format_exception_only(note))


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError("custom")))
print(traceback.format_exception_only(MyError()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception(None))
se = catch(compile, "x = (1,\n", "<src>", "exec")
print("".join(traceback.format_exception_only(se)), end="")


def recurse(n):
    return recurse(n + 1)


rec = catch(recurse, 0)
lines = traceback.format_exception(rec)
print(len(lines), lines[-2], lines[-1], end="")

grp = catch(lambda: (_ for _ in ()).throw(ExceptionGroup("grp", [ValueError(1), TypeError(2)])))
print("".join(traceback.format_exception(grp)), end="")

# stacks


def show_stack():
    stack = traceback.extract_stack()
    print([f.name for f in stack][-2:])
    print(traceback.format_stack()[-1], end="")
    traceback.print_stack(file=sys.stdout, limit=1)


def caller():
    show_stack()


caller()
fs = traceback.FrameSummary("file.py", 10, "fn", line="  code()  ")
print(fs, fs.line, repr(fs), list(fs))
print(traceback.FrameSummary("nofile.py", 1, "g", lookup_line=False).line)
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "a()"), fs])
print(ss.format())
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(catch(outer).__traceback__)])
te = traceback.TracebackException(*sys.exc_info())
print(list(te.format()))
te = traceback.TracebackException.from_exception(catch(outer), limit=1)
print("".join(te.format()), end="")
te.print(file=sys.stdout)
