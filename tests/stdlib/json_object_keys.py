# json objects: duplicate keys (the last value wins, at the first key's
# position), many distinct keys (more than the decoder's key cache holds),
# keys repeated across documents and inside one, escaped and non-ASCII keys,
# and hooks that see the pairs in document order.
import json

print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(list(json.loads('{"x": 1, "y": 2, "x": 3, "z": 4, "y": 5}').items()))
print(json.loads('{"a": 1, "a": 2, "a": 3, "a": 4, "a": 5, "a": 6, "a": 7}'))
print(json.loads('{}'), json.loads('{"": 0}'), json.loads('{"\\u00e9": 1, "\u00e9": 2}'))
print(json.loads('{"k\\"q": 1, "k\\\\": 2, "\\ud83d\\ude00": 3}'))

for width in (5, 6, 11, 21, 43, 700, 5000):
    doc = json.dumps({"key%05d" % i: i for i in range(width)})
    for _ in range(2):
        d = json.loads(doc)
        assert list(d) == ["key%05d" % i for i in range(width)], width
        assert all(d["key%05d" % i] == i for i in range(width)), width
    dup = "{" + ", ".join('"k%d": %d' % (i % 7, i) for i in range(width)) + "}"
    print(width, json.loads(dup))

# Keys repeated within and across documents (the decoder may share them).
docs = [json.loads('[{"name": 1, "other": 2}, {"name": 3}]') for _ in range(3)]
print(docs, [k for d in docs for o in d for k in o])

print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a": 1}, {"a": 2, "b": [{"a": 3}]}]'))
