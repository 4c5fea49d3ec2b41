"""Regenerates expected.json for the syntax-error corpus in this directory.

Each NNN-name.py file here is a snippet that CPython 3.11 rejects. This script
compiles every snippet with compile(source, file_name, 'exec') and records the
SyntaxError's type, message and position:

    {"001-unclosed-paren.py": {"type": "SyntaxError", "msg": "...",
     "lineno": 1, "offset": 6, "end_lineno": 1, "end_offset": 7,
     "text": "print((1, 2)\\n"}, ...}

Run it with CPython 3.11 from this directory: python3 gen.py
"""
import json
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('gen.py: expected outputs come from CPython 3.11, this is %s' % sys.version.split()[0])

here = os.path.dirname(os.path.abspath(__file__))
expected = {}
for name in sorted(os.listdir(here)):
    if not name.endswith('.py') or name == 'gen.py':
        continue
    with open(os.path.join(here, name), encoding='utf-8', newline='') as f:
        source = f.read()
    try:
        compile(source, name, 'exec')
    except SyntaxError as e:
        expected[name] = {
            'type': type(e).__name__,
            'msg': e.msg,
            'lineno': e.lineno,
            'offset': e.offset,
            'end_lineno': e.end_lineno,
            'end_offset': e.end_offset,
            'text': e.text,
        }
    else:
        sys.exit('gen.py: %s compiles without error' % name)

with open(os.path.join(here, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write('\n')
print('wrote %d entries to expected.json' % len(expected))
