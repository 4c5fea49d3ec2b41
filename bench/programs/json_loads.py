# bench: quick=20 full=6000
"""JSON loads: parse JSON documents with the json module.

Prepares three JSON texts (records with escapes and non-ASCII text, a wide
flat object, and a deeply nested list) and parses one of them per step,
sys.argv[1] steps in all, folding each parsed result into a checksum.
"""
import json
import sys


def make_texts():
    records = [{"id": i,
                "name": "user_%d \u00e9\u00e8 \\ \"q\"" % i,
                "email": "u%d@example.org" % i,
                "balance": i * 1.5 - 40.25,
                "flags": [i % 2 == 0, i % 3 == 0, None],
                "history": [{"day": d, "amount": (i * d) % 97} for d in range(4)]}
               for i in range(80)]
    flat = {"key%04d" % i: i * 3 for i in range(400)}
    nested = []
    for i in range(60):
        nested = [i, nested, "level%d" % i]
    return [json.dumps(records), json.dumps(flat), json.dumps(nested)]


def fold(value):
    """A checksum of a parsed JSON value that does not depend on dict order."""
    if isinstance(value, dict):
        return sum(len(k) * 31 + fold(v) for k, v in value.items()) % 1000003
    if isinstance(value, list):
        total = len(value)
        for i, item in enumerate(value):
            total = (total * 7 + fold(item) + i) % 1000003
        return total
    if isinstance(value, str):
        return len(value) + ord(value[0]) if value else 0
    if isinstance(value, bool) or value is None:
        return 1 if value else 2
    if isinstance(value, float):
        return int(value * 4) % 1000003
    return value % 1000003


def main():
    steps = int(sys.argv[1])
    texts = make_texts()
    checksum = 0
    sizes = [0, 0, 0]
    for i in range(steps):
        kind = i % 3
        value = json.loads(texts[kind])
        sizes[kind] += len(value)
        if i % 10 == 0:
            checksum = (checksum + fold(value)) % 1000003
    print("sizes %d %d %d" % tuple(sizes))
    print("checksum %d" % checksum)


main()
