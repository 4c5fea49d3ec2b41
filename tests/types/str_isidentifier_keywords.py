# Identifiers and keywords: isidentifier, keyword module, soft keywords.
import keyword
cands = ['abc', '_x', '1a', 'a1', 'é', 'ünïcode', 'with space', '', 'class', 'match', 'case', '_', 'None', 'a-b', 'ℌ']
print([(c, c.isidentifier(), keyword.iskeyword(c)) for c in cands])
print(len(keyword.kwlist), sorted(keyword.kwlist)[:8], sorted(keyword.softkwlist))
match = 5
case = 'c'
_ = 'underscore'
print(match, case, _)
def match_fn(match):
    return match * 2
print(match_fn(3))
