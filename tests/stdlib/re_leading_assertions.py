# Searches for patterns that begin with zero-width assertions: the search
# may skip ahead to where the first consuming item can match.
import re

texts = ["foo bar foobar barfoo", "xfoo\nfoo\n foo", "", "\n\n", "aab ab  ab", "a.b@c.com x@y", "ÉtéÉ été"]
patterns = [r"\bfoo", r"\b\w+", r"\Bfoo", r"\B\w", r"^foo", r"(?m)^foo", r"(?m)^\s*foo", r"\Afoo", r"\A\w",
            r"$\n", r"(?m)$\n", r"\b([\w.]+)@(\w+)", r"\bab\b", r"\b", r"\B", r"(?m)^", r"\b\w{2}\b",
            r"(?i)\bÉT", r"\Z", r"(?a)\b\w+"]
for p in patterns:
    rx = re.compile(p)
    print(p, [(rx.findall(t), [m.span() for m in rx.finditer(t)]) for t in texts])
    print(" ", [rx.search(t, 3) and rx.search(t, 3).span() for t in texts], [rx.sub("<>", t) for t in texts[:3]])
