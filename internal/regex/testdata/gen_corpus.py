"""Writes corpus.jsonl: regex cases and what CPython's re gives for them.

Run with CPython 3.11 from this directory: python3 gen_corpus.py
Each line is a JSON object: op (search, match, fullmatch, findall,
finditer, sub, subn, split, compile), pattern, flags, bytes (pattern and
subject are latin-1 text standing for bytes), subject, and for sub/split
repl, count, maxsplit; result holds the outcome: for the match operations
null or [[start, end] per group..., lastindex]; or error: [type, msg, pos].
"""
import json
import re

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

# (pattern, flags, subjects) searched, matched and fullmatched.
MATCH = [
    ("abc", 0, ["abc", "xabcx", "ab", ""]),
    ("a.c", 0, ["abc", "a\nc", "ac"]),
    ("a.c", S, ["a\nc"]),
    ("a*", 0, ["", "aaa", "baaa"]),
    ("a+", 0, ["", "aaa", "baaa"]),
    ("a?b", 0, ["ab", "b", "xb"]),
    ("a{2,3}", 0, ["a", "aa", "aaaa"]),
    ("a{2}", 0, ["aaa"]),
    ("a{,2}b", 0, ["aaab", "b"]),
    ("a{2,}", 0, ["aaaaa", "a"]),
    ("a{,}", 0, ["aa"]),
    ("a{1,2}?", 0, ["aaa"]),
    ("x{", 0, ["x{", "x"]),
    ("x{1", 0, ["x{1"]),
    ("x{a}", 0, ["x{a}"]),
    ("x{}", 0, ["x{}"]),
    ("a*?b", 0, ["aaab"]),
    ("a+?", 0, ["aaa"]),
    ("a??", 0, ["a"]),
    ("(a|b)*c", 0, ["abac", "c", "abab"]),
    ("(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    ("(a+)(b+)?", 0, ["aab", "aa"]),
    ("((a)|b)+", 0, ["ab", "ba"]),
    ("(?:(a)|b)*", 0, ["ab", "ba"]),
    ("(?:(a)|(b))*", 0, ["ab"]),
    ("(a*)*", 0, ["aaa", "b"]),
    ("(a*)+", 0, ["aaa", "b"]),
    ("(a*|b)*", 0, ["aab", "ba"]),
    ("(a|)*b", 0, ["aab"]),
    ("(?:a*)*?b", 0, ["aab"]),
    ("(a*?)*?b", 0, ["aab"]),
    ("(?:x|y*)+z", 0, ["xyyz", "z"]),
    ("(a)(?:b)(c)", 0, ["abc"]),
    ("(?P<first>\\w+) (?P<last>\\w+)", 0, ["Jane Doe", "x"]),
    ("(?P<a>x)(?P=a)", 0, ["xx", "xy"]),
    ("(a)\\1", 0, ["aa", "ab"]),
    ("(a|b)\\1+", 0, ["abbb", "aaab"]),
    ("(a)|\\1", 0, ["x"]),
    ("(?i)(a)\\1", 0, ["aA"]),
    ("(a)(b)?\\2", 0, ["ab", "abb"]),
    ("\\b\\w+\\b", 0, ["  hello  ", "", "é"]),
    ("\\Bo\\B", 0, ["foo bar", "boob"]),
    ("\\B", 0, ["", "a", " "]),
    ("\\b", 0, ["", "a"]),
    ("\\d+", 0, ["abc123def", "\u0663\u0664", "x"]),
    ("\\d+", A, ["\u0663\u06641"]),
    ("\\D+", 0, ["12ab34"]),
    ("\\w+", 0, ["héllo wörld", "_x1"]),
    ("\\w+", A, ["héllo"]),
    ("\\W+", 0, ["ab, cd"]),
    ("\\s+", 0, ["a \t\n b", "a\u00a0b", "a\u2003b"]),
    ("\\s+", A, ["a\u00a0 b"]),
    ("\\S+", 0, ["  ab  "]),
    ("\\Aab", 0, ["ab", "xab"]),
    ("ab\\Z", 0, ["ab", "ab\n"]),
    ("ab$", 0, ["ab", "ab\n", "ab\nx"]),
    ("^ab", M, ["x\nab"]),
    ("ab$", M, ["ab\nx"]),
    ("^$", M, ["a\n\nb", ""]),
    ("^", 0, ["abc"]),
    ("$", 0, ["abc", "abc\n"]),
    ("[abc]+", 0, ["xxbcaxx"]),
    ("[^abc]+", 0, ["abxyzc"]),
    ("[a-z0-9_]+", 0, ["Hello_World42!"]),
    ("[]a]+", 0, ["a]]a"]),
    ("[^]a]+", 0, ["a]xy"]),
    ("[a-]+", 0, ["-a-"]),
    ("[-a]+", 0, ["-a-"]),
    ("[\\d\\s]+", 0, ["1 2 3x"]),
    ("[\\w-]+", 0, ["a-b c"]),
    ("[\\]\\\\]+", 0, ["]\\]"]),
    ("[\\n\\t]+", 0, ["\n\t"]),
    ("[.]", 0, ["a.b"]),
    ("[\\x41-\\x43]+", 0, ["ABCD"]),
    ("[\\u00e0-\\u00ff]+", 0, ["àéî"]),
    ("[\\101]", 0, ["A"]),
    ("[\\b]", 0, ["\b"]),
    ("[^\\W\\d]+", 0, ["ab12cd"]),
    ("\\x41\\u0042\\U00000043", 0, ["ABC"]),
    ("\\101\\0", 0, ["A\x00"]),
    ("\\n\\t\\\\", 0, ["\n\t\\"]),
    ("a\\.b\\*", 0, ["a.b*"]),
    ("\\-\\#\\ ", 0, ["-# "]),
    ("abc", I, ["ABC", "aBc"]),
    ("[a-z]+", I, ["HeLLo"]),
    ("[^a-z]+", I, ["HeLLo12"]),
    ("k", I, ["K", "\u212a"]),
    ("\u212a", I, ["k", "K"]),
    ("s", I, ["\u017f", "S"]),
    ("i", I, ["I", "\u0130", "\u0131"]),
    ("\u00df", I, ["\u1e9e"]),
    ("[k]", I, ["\u212a"]),
    ("[\u212a]", I, ["k"]),
    ("\u03c3", I, ["\u03a3", "\u03c2"]),
    ("é", I, ["É"]),
    ("é", I | A, ["É"]),
    ("[é]", I | A, ["É"]),
    ("(?i)abc", 0, ["ABC"]),
    ("a(?i)bc", 0, ["aBC"]),
    ("a(?i:b)c", 0, ["aBc", "aBC"]),
    ("(?i:a(?-i:b)c)", 0, ["AbC", "ABC"]),
    ("(?s:.)", 0, ["\n"]),
    ("(?m)^b", 0, ["a\nb"]),
    ("(?x) a b # comment\n c", 0, ["abc"]),
    ("a b", X, ["ab"]),
    ("a\\ b", X, ["a b"]),
    ("[ ]", X, [" "]),
    ("a#b", X, ["a"]),
    ("a  *", X, ["aaa"]),
    ("(?a)\\w+", 0, ["héllo"]),
    ("(?a:\\w+)é", 0, ["hé"]),
    ("(?u)\\w+", 0, ["héllo"]),
    ("a(?=b)", 0, ["ab", "ac"]),
    ("a(?!b)", 0, ["ab", "ac"]),
    ("(?<=a)b", 0, ["ab", "cb"]),
    ("(?<!a)b", 0, ["ab", "cb", "b"]),
    ("(?<=ab|cd)e", 0, ["cde", "xde"]),
    ("(?<=(a))b", 0, ["ab"]),
    ("(?=(a+))a*b\\1", 0, ["baaabac"]),
    ("(?=(\\w+))\\1:", 0, ["abc:"]),
    ("(?!(a)b)a", 0, ["ac"]),
    ("(?<=\\d{3})x", 0, ["123x", "12x"]),
    ("(a)(?<=\\1)", 0, ["a"]),
    ("(?>a+)b", 0, ["aaab"]),
    ("(?>a+)a", 0, ["aaa"]),
    ("(?>x|xy)z", 0, ["xyz", "xz"]),
    ("a*+a", 0, ["aaa"]),
    ("a++b", 0, ["aab"]),
    ("a?+a", 0, ["a"]),
    ("a{1,3}+a", 0, ["aaaa", "aaa"]),
    ("(?:ab)*+ab", 0, ["ababab"]),
    ("(?:ab)++c", 0, ["ababc"]),
    ("(a)?(?(1)b|c)", 0, ["ab", "c", "ac"]),
    ("(?P<q>\")?\\w+(?(q)\")", 0, ["\"abc\"", "abc", "\"abc"]),
    ("(a)?(?(1)b)", 0, ["ab", "x"]),
    ("(a)|(b)", 0, ["b"]),
    ("(a)|b", 0, ["b"]),
    ("((a)b)", 0, ["ab"]),
    ("(a)(b)", 0, ["ab"]),
    ("(?:a|b)*?c", 0, ["ababc"]),
    ("(.*?),(.*)", 0, ["a,b,c"]),
    ("(.*),(.*)", 0, ["a,b,c"]),
    ("<.*>", 0, ["<a><b>"]),
    ("<.*?>", 0, ["<a><b>"]),
    ("(\\d+)-(\\d+)-(\\d+)", 0, ["on 2024-01-15 ok"]),
    ("[-+]?\\d+(?:\\.\\d+)?", 0, ["x -3.14 y"]),
    ("\\b([\\w.]+)@([a-z]+)\\.(com|org|net)\\b", 0, ["mail bob.1@corp.com now"]),
    ("(?=\\w*\\d)(?=\\w*[A-Z])\\w{8,}", 0, ["Pass12WordFoo", "password"]),
    ("(\\w+) \\1\\b", 0, ["the the cat", "the then"]),
    ("^(error|warning)\\b", I, ["ERROR here", "errors"]),
    ("a|b|c", 0, ["xc"]),
    ("ab|ac|ad", 0, ["xad"]),
    ("|a", 0, ["a"]),
    ("a|", 0, ["b"]),
    ("()", 0, ["x"]),
    ("(?:)", 0, [""]),
    ("(|a)+", 0, ["aa"]),
    ("(a|)+?b", 0, ["aab"]),
    ("(?:a{0,2}){3}", 0, ["aaaaaaa"]),
    ("(a){0}b", 0, ["ab"]),
    ("(ab){2,3}?", 0, ["ababab"]),
    ("(a*){2,}b", 0, ["aab"]),
    ("(?:(a)|b){2}", 0, ["ab", "ba"]),
    ("(a|b)*?b", 0, ["aab"]),
    (".*\\n", 0, ["ab\ncd\n"]),
    ("\\x00+", 0, ["a\x00\x00b"]),
    ("☃+", 0, ["x☃☃y"]),
    ("[☃-☇]+", 0, ["☄★"]),
    ("\U0001F600", 0, ["a\U0001F600"]),
    (".", 0, ["\U0001F600"]),
    ("(?s).+", 0, ["a\nb"]),
    ("[^\n]+", 0, ["ab\ncd"]),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", 0, ["abcdefghijkk"]),
    ("(a)\\10", 0, ["a\x08"]),
    ("\\1000", 0, ["@0"]),
    ("[\\d-z]+", 0, ["1-z"]),
    ("a(?#comment)b", 0, ["ab"]),
    ("a(?#c)*", 0, ["aaa"]),
    ("(?:a|ab)(?:c|bcd)", 0, ["abcd"]),
    ("a.+?c", 0, ["abcabc"]),
    ("(?<=\\b)x", 0, ["a x"]),
    ("(?<![a-z])\\d", 0, ["a1 2"]),
    ("x*", 0, ["xxy"]),
    ("\\Z", 0, ["abc"]),
]

# Patterns for findall, finditer and split on the subjects.
SCAN = [
    ("a*", 0, ["baaac", ""]),
    ("a*|b", 0, ["ab"]),
    ("x*", 0, ["abxd"]),
    ("\\d+", 0, ["a1b22c333"]),
    ("(\\d)(\\w)", 0, ["1a2b3"]),
    ("(a)|(b)", 0, ["ab"]),
    ("\\b", 0, ["ab cd"]),
    ("", 0, ["abc"]),
    ("(?=a)", 0, ["aba"]),
    ("^", M, ["a\nb\n"]),
    ("$", M, ["a\nb\n"]),
    ("\\s*[,;|]\\s*", 0, ["a , b;c| d"]),
    ("[A-Za-z_][A-Za-z0-9_]*", 0, ["x = foo(bar1, _baz) + 2"]),
    ("(\\w+)=(\"[^\"]*\"|\\S+)", 0, ['user=bob size=12 note="a b"']),
    ("(,)", 0, ["a,b,c"]),
    (",", 0, [",a,,b,"]),
    ("(?:,)|(;)", 0, ["a,b;c"]),
    ("\\W*", 0, ["ab, cd!"]),
    ("a|", 0, ["bab"]),
    ("(a*)", 0, ["baa"]),
    ("", I, ["ABC"]),
    (".", S, ["a\nb"]),
    ("[aeiou]", I, ["ApplE pIE"]),
]

SPLIT_MAX = [0, 1, 2]

# (pattern, flags, subject, repl, count) for sub and subn.
SUB = [
    ("a", 0, "banana", "o", 0),
    ("a", 0, "banana", "o", 2),
    ("x*", 0, "abxd", "-", 0),
    ("(\\w+)@(\\w+)", 0, "bob@corp x@y", "\\2 at \\1", 0),
    ("(?P<w>\\w+)", 0, "ab cd", "<\\g<w>>", 0),
    ("(\\w+)", 0, "ab cd", "<\\g<1>\\g<0>>", 0),
    ("(a)|(b)", 0, "ab", "[\\1\\2]", 0),
    ("a", 0, "aaa", "\\n", 0),
    ("a", 0, "aaa", "\\\\", 0),
    ("a", 0, "aaa", "\\&", 0),
    ("a", 0, "a", "\\0", 0),
    ("a", 0, "a", "\\101", 0),
    ("(a)", 0, "a", "\\10", 0),
    ("(a)", 0, "a", "\\g<2>", 0),
    ("(a)", 0, "a", "\\g<x>", 0),
    ("(a)", 0, "a", "\\g<1x>", 0),
    ("(a)", 0, "a", "\\g<", 0),
    ("(a)", 0, "a", "\\g", 0),
    ("(a)", 0, "a", "\\q", 0),
    ("(a)", 0, "a", "\\", 0),
    ("", 0, "abc", "-", 0),
    ("\\b", 0, "ab cd", "|", 0),
    ("(\\d{4})-(\\d{2})-(\\d{2})", 0, "2024-01-15 and 1999-12-31", "\\2/\\3/\\1", 0),
    ("\\s+", 0, "a  b \t c", " ", 1),
    ("^", M, "a\nb\nc", "> ", 0),
    ("$", M, "a\nb\nc", ";", 0),
    ("(?i)B", 0, "abcABC", "x", 0),
    ("é", 0, "café é", "e", 0),
]

# Patterns that must fail to compile.
ERRORS = [
    ("*", 0), ("a**", 0), ("a*?*", 0), ("+a", 0), ("a|*", 0), ("(*)", 0), ("^*", 0),
    ("\\b*", 0), ("(", 0), ("(a", 0), ("a)", 0), ("(a))", 0), ("((a)", 0), ("[a", 0), ("[", 0),
    ("[a-", 0), ("[z-a]", 0), ("[\\d-z]", 0), ("[a-\\d]", 0), ("\\q", 0), ("\\", 0), ("a\\", 0),
    ("(\\", 0), ("[\\q]", 0), ("[\\A]", 0), ("[\\9]", 0), ("\\x4", 0), ("\\xg", 0), ("\\u12", 0),
    ("\\U0011ffff", 0), ("\\777", 0), ("[\\777]", 0), ("\\2", 0), ("(a)\\2", 0), ("(a\\1)", 0),
    ("(?<x", 0), ("(?x", 0), ("(?", 0), ("(?P", 0), ("(?Px)", 0), ("(?P<", 0),
    ("(?P<>a)", 0), ("(?P<a", 0), ("(?P<1a>x)", 0), ("(?P<a>x)(?P<a>y)", 0),
    ("(?P=b)", 0), ("(?P<a>(?P=a))", 0), ("(?P=", 0), ("(?P=)", 0), ("(?<=a*)b", 0),
    ("(?<=a|bc)d", 0), ("(?<!a+)b", 0), ("(?<=(a)\\1)", 0), ("(?<=(a)(?(1)b|cd))", 0), ("(?(1)a|b)", 0),
    ("(?(0)a)", 0), ("(?(x)a)", 0), ("(?(-1)a)", 0), ("(?(1a)x)", 0), ("(a)(?(1)a|b|c)", 0),
    ("(?(1", 0), ("a{2,1}", 0), ("a{99999999999}", 0), ("(?i", 0), ("(?z)", 0),
    ("(?i-)", 0), ("(?-", 0), ("(?-z:a)", 0), ("(?i-i:a)", 0), ("(?a-u:a)", 0), ("(?au)", 0),
    ("(?L)", 0), ("(?-a:a)", 0), ("a(?i)b", 0), ("(?i)(?m)a(?s)", 0), ("(?#abc", 0),
    ("(?t:a)", 0), ("(?-t:a)", 0), ("(?i", 0), ("(?i:a", 0), ("a\n(", 0), ("\\N", 0), ("abc", re.L), ("abc", re.A | re.U), ("x(?:a", 0), ("(?>a", 0), ("(?=a", 0),
    ("a{1,2}{3}", 0), ("a{1}*", 0), ("(?<", 0), ("(?<a>x)", 0), ("[\\x]", 0),
]

# bytes patterns: (pattern, flags, subject) searched.
BYTES = [
    (b"a+", 0, b"baaa"),
    (b"\\w+", 0, b"caf\xe9 x"),
    (b"[\\x80-\\xff]+", 0, b"ab\x80\xffc"),
    (b"(?i)ABC", 0, b"abc"),
    (b"\\xe9", I, b"\xc9"),
    (b"\\d\\s\\b", 0, b"1 "),
    (b"(a)\\1", 0, b"aa"),
    (b"\\u0041", 0, b"A"),
    (b"(?u)a", 0, b"a"),
    (b"a", re.U, b"a"),
    (b"(?L)a", 0, b"a"),
]


def encode_match(m):
    if m is None:
        return None
    return [list(m.span(g)) for g in range(m.re.groups + 1)] + [m.lastindex]


def run(case, fn):
    try:
        case["result"] = fn()
    except (re.error, ValueError, OverflowError, IndexError) as e:
        pos = getattr(e, "pos", None)
        msg = getattr(e, "msg", None) or str(e)
        case["error"] = [type(e).__name__, msg, -1 if pos is None else pos]
    return case


def text(s):
    return s.decode("latin-1") if isinstance(s, bytes) else s


def main():
    cases = []
    for pattern, flags, subjects in MATCH:
        for subject in subjects:
            for op in ("search", "match", "fullmatch"):
                case = dict(op=op, pattern=pattern, flags=flags, bytes=False, subject=subject)
                f = getattr(re, op)
                cases.append(run(case, lambda: encode_match(f(pattern, subject, flags))))
    for pattern, flags, subjects in SCAN:
        for subject in subjects:
            case = dict(op="findall", pattern=pattern, flags=flags, bytes=False, subject=subject)
            cases.append(run(case, lambda: re.findall(pattern, subject, flags)))
            case = dict(op="finditer", pattern=pattern, flags=flags, bytes=False, subject=subject)
            cases.append(run(case, lambda: [encode_match(m) for m in re.finditer(pattern, subject, flags)]))
            for maxsplit in SPLIT_MAX:
                case = dict(op="split", pattern=pattern, flags=flags, bytes=False, subject=subject,
                            maxsplit=maxsplit)
                cases.append(run(case, lambda: re.split(pattern, subject, maxsplit, flags)))
    for pattern, flags, subject, repl, count in SUB:
        for op in ("sub", "subn"):
            case = dict(op=op, pattern=pattern, flags=flags, bytes=False, subject=subject,
                        repl=repl, count=count)
            f = getattr(re, op)
            cases.append(run(case, lambda: f(pattern, repl, subject, count, flags)))
    for pattern, flags in ERRORS:
        case = dict(op="compile", pattern=pattern, flags=flags, bytes=False, subject="")
        cases.append(run(case, lambda: re.compile(pattern, flags).groups))
    for pattern, flags, subject in BYTES:
        case = dict(op="search", pattern=text(pattern), flags=flags, bytes=True, subject=text(subject))
        cases.append(run(case, lambda: encode_match(re.search(pattern, subject, flags))))
    with open("corpus.jsonl", "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(len(cases), "cases")


main()
