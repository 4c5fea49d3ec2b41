# json.loads / load: values, hooks, strictness, positions of errors.
import json
from collections import OrderedDict



def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)


for text in ['{"a": [1, 2.5, -3, 1e3, 1E-2, -0.0, 0, true, false, null]}',
             ' \t\n\r[ ]  ', '{}', '""', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"',
             '"\\ud800"', '"\\udc00\\ud800x"', '"\\ud800\\u0041"', '"\u65e5\u672c"',
             '12345678901234567890123', '-12345678901234567', '1.5e999', '-1e-999',
             'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '{"a": 1, "a": 2}',
             '[[[[]]]]', '{"k\u00e9y": {"n": [{"": ""}]}}', '0.1', '-0', '1E+2',
             # errors
             '', '   ', '[', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '[1,', '[1',
             '[1,]', '{"a":1,}', '"abc', '"\\x"', '"\\u12"', '"\\u12"xx', '"\\u123',
             '"\\u1234', '"\x01"', '1 2', 'nul', 'tru', '-', '--1', '01', '1.', '1e',
             '1e+', '.5', '+1', '[1 2]', '{1:2}', '{"a" 1}', "{'a': 1}", '"\\',
             '\n\n  [1,\n 2,,', '"\\u', '["a"\n,]', '[1]x', '[1] \n x', 'NaNx',
             '"\u00e9\u00e9" x', '["\u00e9", 1 2]', '"\ud83d\\ude00"', '"\\ud83d\\uzzzz"',
             '"\\ud83d\\u', '\ufeff[]', '[-Infinityx]', '{"a":1}}', '[]]']:
    show(json.loads, text)

show(json.loads, b'[1, "\xc3\xa9"]')
show(json.loads, bytearray(b'{"a": 1}'))
show(json.loads, '[1]'.encode('utf-16'))
show(json.loads, '[1]'.encode('utf-16-le'))
show(json.loads, '[1]'.encode('utf-16-be'))
show(json.loads, '"x"'.encode('utf-32'))
show(json.loads, b'\xef\xbb\xbf[2]')
show(json.loads, b'12')
show(json.loads, 12)
show(json.loads, None)

# hooks
show(json.loads, '{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d))
show(json.loads, '{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
show(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show(json.loads, '{"b": 1}', object_pairs_hook=list, object_hook=dict)
show(json.loads, '[1.5, 2, 1e2]', parse_float=lambda s: ("f", s))
show(json.loads, '[1.5, 2, -3]', parse_int=lambda s: "int:" + s)
show(json.loads, '[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower())
show(json.loads, '[1.5]', parse_float=lambda s: 1 / 0)
show(json.loads, '{"a": 1}', object_hook=lambda d: d["missing"])

# strict
show(json.loads, '"a\tb\nc"')
show(json.loads, '"a\tb\nc"', strict=False)
show(json.loads, '{"x\x00": "\x1f"}', strict=False)

# JSONDecoder API
dec = json.JSONDecoder()
show(dec.decode, '  [1, 2]  ')
show(dec.raw_decode, '[1, 2] tail')
show(dec.raw_decode, 'xx [3]', 3)
show(dec.raw_decode, ' [3]')
show(dec.scan_once, '"abc" 1', 0)
show(dec.scan_once, '"abc" 1', 6)
show(dec.scan_once, '"abc" 1', 7)
show(json.decoder.scanstring, '"hello" world', 1)
show(json.decoder.scanstring, 'x"\u00e9\\n"', 2)
show(json.decoder.scanstring, '"abc', 1)
print(dec.strict, dec.parse_float is float, dec.parse_int is int, dec.object_hook)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return ("obj", sorted(d.items()))

show(json.loads, '{"a": {"b": 2}}', cls=MyDecoder)
show(json.loads, '"\x01"', cls=MyDecoder, strict=False)

# JSONDecodeError
try:
    json.loads('{\n  "a": 1\n  "b": 2}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc[:5]))
    cls, args = e.__reduce__()
    print(cls.__name__, args[0], args[2])
err = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno)

# load from a file-like object
class Reader:
    def read(self):
        return '{"from": "reader"}'

show(json.load, Reader())

# round trips
values = [[], {}, [1, [2, [3, {"x": None}]]], {"a": "\u2028\x7f\u00ff"},
          [0.1, -1e-300, 1.7976931348623157e308, 2**64, -2**70, 1e22]]
for v in values:
    for opts in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True}):
        assert json.loads(json.dumps(v, **opts)) == v, (v, opts)
print("round trips ok")

big = [{"id": i, "label": "n%d" % i, "v": i / 7, "t": [True, None]} for i in range(500)]
assert json.loads(json.dumps(big)) == big
print(len(json.dumps(big, indent=1)))
