# Imports inside functions, try/except ImportError fallbacks, importing in loops.
def use_json():
    import json
    return json.dumps({'b': 1, 'a': [1, 2]}, sort_keys=True)
print(use_json())
try:
    import no_such_fast_json as fast
except ImportError:
    fast = None
print(fast)
for name in ['math', 'string', 'collections']:
    mod = __import__(name)
    print(name, mod.__name__)
import string
print(string.ascii_lowercase, string.digits, string.punctuation[:5])
from os import path as p
print(p.join('a', 'b'), p.basename('/x/y.txt'), p.splitext('f.tar.gz'))
import json
print(json.loads('{"x": [1, 2.5, null, true, "s"]}'), json.dumps([1, 'é'], ensure_ascii=False), json.dumps({'k': None}))
