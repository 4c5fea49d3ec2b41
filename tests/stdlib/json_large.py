# json: a large generated document, encoded with each option set, must be
# byte-identical to CPython's (compared through its length and hash, the
# tests run with PYTHONHASHSEED=0) and must round-trip through loads.
import json
import random

rng = random.Random(20240601)
ALPHABET = "abcdefghijklmnopqrstuvwxyz \"\\/\n\t\x00\x1f\x7f\u00e9\u20ac\U0001f600\ud800"


def text():
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 12)))


def number():
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randrange(-10**6, 10**6)
    if kind == 1:
        return rng.randrange(-2**70, 2**70)
    if kind == 2:
        return rng.random() * 10 ** rng.randrange(-30, 30)
    if kind == 3:
        return rng.uniform(-1, 1)
    return float(rng.randrange(-1000, 1000)) / 8


def value(depth):
    kind = rng.randrange(9 if depth < 5 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind in (2, 3):
        return number()
    if kind in (4, 5):
        return text()
    if kind in (6, 7):
        return {text(): value(depth + 1) for _ in range(rng.randrange(0, 7))}
    return [value(depth + 1) for _ in range(rng.randrange(0, 7))]


doc = [value(0) for _ in range(3000)]
options = [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False},
           {"separators": (",", ":")}, {"indent": "\t", "sort_keys": True, "ensure_ascii": False}]
for opts in options:
    out = json.dumps(doc, **opts)
    print(sorted(opts.items()), len(out), hash(out))
    assert json.loads(out) == doc
print(json.dumps(doc)[:300])
