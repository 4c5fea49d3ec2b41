# re: findall, finditer, sub, subn, split, lookaround, backreferences,
# atomic groups, possessive quantifiers, conditionals, case folding.
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c"))
print(re.findall(r"a*", "baaac"), re.findall("", "abc"))
print([m.span() for m in re.finditer(r"\b\w", "ab cd ef")])
print([m.group() for m in re.finditer(r"x*", "axxb")])
it = re.compile(r"\d").finditer("1a2b3", 1, 4)
print([m.group() for m in it])

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@corp x@y"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<0>>", "ab cd"))
print(re.sub("x*", "-", "abxd"), re.sub("a", "b", "aaa", 2), re.subn("a", "b", "aaa"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a"))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\2/\3/\1", "on 2024-01-15 and 1999-12-31"))
print(re.compile("o").sub("0", "foo boo", count=1))
for bad in [r"\g<2>", r"\g<x>", r"\q", "\\", r"\g<"]:
    try:
        re.sub("(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

print(re.split(r",\s*", "a, b,c"), re.split(r"(,)", "a,b,c"), re.split(r"(a)|b", "xaybz"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"\b", "ab cd"), re.split("x*", "axbc"))

print(re.search(r"a(?=b)", "acab").span(), re.search(r"a(?!b)", "abac").span())
print(re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"(?<!\$)\b\d+", "$42 17").group())
print(re.match(r"(\w+) \1", "hey hey you").group(), re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group())
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"), re.match(r"a++a", "aaa"), re.match(r"a{1,2}+b", "aab"))
print(re.match(r"(<)?\w+(?(1)>|$)", "<abc>").group(), re.match(r"(<)?\w+(?(1)>|$)", "abc").group())
print(re.match(r"(a)?b(?(1)c)", "b").group())

print(re.findall(r"(?i)straße", "STRASSE Straße STRAẞE"), re.match("k", "\u212a", re.I) is not None)
print(re.findall(r"[a-z]+", "Hello World", re.I), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r".", "a\nb", re.S))
print(re.findall(r"""
    (\d+)   # a number
    \s*     # space
    (\w+)   # a unit
""", "5 kg, 12m", re.X))
print(re.findall(r"(?i:A)a", "aa Aa AA aA"), re.findall(r"(?-i:a)A", "aA AA", re.I))

s = "x" * 5000 + "y"
print(re.search(r"x*y", s).span(), re.match(r"(x)*y", s).span(1), len(re.findall(r"x", s)))
print(re.match(r"(a|b)*?c", "ab" * 2000 + "c").end())
print(re.match(r"(?:a*)*b", "aaab").group(), re.match(r"(a*)+$", "aaa").groups())
