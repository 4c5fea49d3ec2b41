# re: Pattern and Match objects, flags, reprs, errors.
import re

p = re.compile(r"(?P<word>\w+)\s+(?P<num>\d+)?", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a+"), re.compile(b"a+"), re.compile("a", re.A), re.compile("(?i)x"))
print(re.compile("a") == re.compile("a"), re.compile("a") is re.compile("a"))

m = p.search("  hello 42 world")
print(m)
print(m.group(), m.group(1), m.group("num"), m.group(1, "num", 0))
print(m[0], m["word"], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start("num"), m.span(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.regs, m.expand(r"\g<num>:\1:\g<0>"))

m = re.match(r"(a)(b)?(c)?", "a")
print(m.groups(), m.groups("-"), m.span(2), m.lastindex)
try:
    m.group(4)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)

print(p.match("x 1", 1), p.match("x 1 y", 2, 3), p.search("abc", 5), p.fullmatch("ab 12"))
print(re.match("a", "ba", ).__class__.__name__ if re.match("a", "ba") else None)
print(re.compile("b").match("ab", 1), re.compile("^b").search("ab", 1), re.compile("b$").search("abc", 0, 2))

# flags
print(re.I, re.IGNORECASE, re.M | re.S, re.X | re.I | re.A, re.NOFLAG, int(re.I | re.M))
print(re.I | re.M == 10, isinstance(re.I, int), re.search("A", "xa", re.I).span())
print(re.RegexFlag.__name__, re.U, re.L, re.DOTALL & re.S)

# errors
for pattern in ["*", "a**", "(", "a)", "[a", "\\q", "(?<x", "(?P<1>a)", "(?<=a+)b",
                "a{2,1}", "(?P=x)", "x\n  (", "(?i", "a(?i)b", "\\", "(a)\\2"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)

# bytes
m = re.search(rb"(\w+)@(\w+)", b"mail bob@corp now")
print(m, m.groups(), m.group(0))
print(re.findall(rb"\d", b"a1b2"), re.sub(rb"\s+", b"-", b"a  b c"))

# escape, purge, the cache
print(re.escape("1.5*[x] a-b"), re.escape(b"a.b"), re.escape("é_ok"))
re.purge()
for i in range(600):
    re.match("x%d" % i, "x1")
print(re.match("x1", "x1") is not None)
