# bench: quick=20 full=2400
"""JSON dumps: serialize nested documents with the json module.

Builds a deterministic list of records (nested dicts and lists of ints,
floats, strings with escapes and non-ASCII text, booleans and None) and
serializes it sys.argv[1] times, alternating compact output, sorted keys with
indentation, and ensure_ascii=False. Prints the lengths and a few slices of
the output.
"""
import json
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "caf\u00e9", "na\u00efve", "\u65e5\u672c", "quote\"d", "back\\slash",
         "tab\there", "line\nbreak"]


def make_document(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": WORDS[i % len(WORDS)] + str(i),
            "score": i * 0.25 - 3.5,
            "ratio": (i % 7) / 8,
            "active": i % 3 == 0,
            "parent": None if i % 5 == 0 else i // 2,
            "tags": [WORDS[(i * k) % len(WORDS)] for k in range(i % 4 + 1)],
            "position": {"x": i % 17, "y": -(i % 11), "z": [i, i + 1, i + 2]},
        })
    return {"version": 3, "count": n, "records": records}


def main():
    rounds = int(sys.argv[1])
    document = make_document(60)
    lengths = [0, 0, 0]
    outputs = [None, None, None]
    for i in range(rounds):
        kind = i % 3
        if kind == 0:
            text = json.dumps(document)
        elif kind == 1:
            text = json.dumps(document, sort_keys=True, indent=2)
        else:
            text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        lengths[kind] += len(text)
        outputs[kind] = text
    print("lengths %d %d %d" % tuple(lengths))
    for text in outputs:
        if text is not None:
            print(text[:70])
            print(text[-70:])
            print(ascii(text[len(text) // 2:len(text) // 2 + 70]))


main()
