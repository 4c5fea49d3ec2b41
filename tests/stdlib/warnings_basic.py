# warnings: default filters, once per location, catch_warnings, error, filterwarnings.
import warnings
def f():
    warnings.warn("careful")
for i in range(3):
    f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
def g():
    warnings.warn("from g", RuntimeWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", e)
warnings.filterwarnings("ignore", message="care")
f()
warnings.warn(UserWarning("instance"))
print(warnings.formatwarning("m", UserWarning, "x.py", 3, "  line  "))
print(len(warnings.filters))
warnings.warn("after reset", UserWarning)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("shown once")
warnings.warn("shown once")
msg = warnings.WarningMessage("text", UserWarning, "f.py", 7)
print(msg)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)


def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


warnings.showwarning = custom
warnings.warn("through custom", SyntaxWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("o1")
    warnings.warn("o1")
    print(len(log))
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, "somemod")
