# assert with and without messages.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'math is broken'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
