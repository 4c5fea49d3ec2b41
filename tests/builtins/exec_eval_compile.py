# exec, eval, compile with globals/locals.
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('a + b', {'a': 1}, {'b': 2}))
ns = {}
exec('y = 5\ndef f(): return y * 2', ns)
print(ns['y'], ns['f'](), '__builtins__' in ns)
code = compile('z = 3 + 4', '<string>', 'exec')
g = {}
exec(code, g)
print(g['z'], type(code).__name__, code.co_filename)
expr = compile('[i * i for i in range(4)]', '<expr>', 'eval')
print(eval(expr))
single = compile('1 + 1', '<s>', 'single')
print(type(single).__name__)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec('def f(:\n  pass', {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval('undefined_thing')
except NameError as e:
    print(type(e).__name__, e)
try:
    compile('x', '<s>', 'badmode')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
def scope():
    local_v = 'local'
    return eval('local_v'), eval('local_v + "!"', globals(), {'local_v': 'override'})
print(scope())
print(eval('len("abc")', {'__builtins__': {'len': len}}))
try:
    eval('print(1)', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
print(eval(' 1 + 1 \n'), eval('(1,\n 2)'))
exec('for i in range(2): print("exec loop", i)')
print(eval('lambda: 5')(), eval(compile('42', '', 'eval')))
