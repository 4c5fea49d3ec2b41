# bench: quick=200 full=30000
"""Regex: a mix of regular-expression workloads with the re module.

Generates sys.argv[1] lines of log-like text from a seeded random source
(words, e-mail addresses, dates, numbers, repeated words, key=value pairs)
and runs searches, findall, finditer, sub with group references and a
function, split, fullmatch, case-insensitive and lookahead patterns over
them. Prints the match counts and a few rewritten lines.
"""
import random
import re
import sys

WORDS = ("error", "warning", "info", "debug", "the", "quick", "brown", "fox",
         "jumps", "over", "lazy", "dog", "Server", "Client", "request", "timeout")

EMAIL = re.compile(r"\b([\w.]+)@([a-z]+)\.(com|org|net)\b")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
REPEATED = re.compile(r"\b(\w+) \1\b")
KEY_VALUE = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
LEVEL = re.compile(r"^(error|warning)\b", re.IGNORECASE)
PASSWORD = re.compile(r"(?=\w*\d)(?=\w*[A-Z])\w{8,}")
SEPARATORS = re.compile(r"\s*[,;|]\s*")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def make_line(rng, i):
    parts = [rng.choice(WORDS) for _ in range(rng.randint(3, 8))]
    kind = i % 6
    if kind == 0:
        parts.append("%s.%s@%s.%s" % (rng.choice(WORDS).lower(), i,
                                      rng.choice(("mail", "corp", "uni")),
                                      rng.choice(("com", "org", "net"))))
    elif kind == 1:
        parts.append("%04d-%02d-%02d" % (2000 + i % 25, 1 + i % 12, 1 + i % 28))
    elif kind == 2:
        w = rng.choice(WORDS)
        parts.insert(1, w + " " + w)
    elif kind == 3:
        parts.append('user=%s size=%d note="%s %s"' % (
            rng.choice(WORDS), rng.randint(0, 5000), rng.choice(WORDS), rng.choice(WORDS)))
    elif kind == 4:
        parts.append("; ".join(str(rng.randint(-999, 999)) for _ in range(4)))
    else:
        parts.append("Pass%dWord%s" % (rng.randint(10, 99), rng.choice(WORDS)))
    return " ".join(parts)


def iso_to_us(match):
    year, month, day = match.groups()
    return "%s/%s/%s" % (month, day, year)


def main():
    n = int(sys.argv[1])
    rng = random.Random(7)
    lines = [make_line(rng, i) for i in range(n)]
    counts = dict.fromkeys(("email", "date", "number", "repeated", "kv", "level",
                            "password", "pieces", "identifiers", "full"), 0)
    rewritten = []
    for line in lines:
        m = EMAIL.search(line)
        if m:
            counts["email"] += 1
            line = EMAIL.sub(r"<\1 at \2 dot \3>", line)
        line, k = DATE.subn(iso_to_us, line)
        counts["date"] += k
        counts["number"] += len(NUMBER.findall(line))
        counts["repeated"] += sum(1 for _ in REPEATED.finditer(line))
        for key, value in KEY_VALUE.findall(line):
            counts["kv"] += len(key) + len(value)
        if LEVEL.match(line):
            counts["level"] += 1
        counts["password"] += len(PASSWORD.findall(line))
        counts["pieces"] += len(SEPARATORS.split(line))
        counts["identifiers"] += len(IDENTIFIER.findall(line))
        if re.fullmatch(r"[\w\s]+", line):
            counts["full"] += 1
        rewritten.append(line)
    for key in sorted(counts):
        print("%s %d" % (key, counts[key]))
    for line in rewritten[:6]:
        print(line)


main()
