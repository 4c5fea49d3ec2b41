# exec/eval namespaces: closures, class definitions and functions created in exec.
g = {'base': 10}
exec('''
def add(x):
    return x + base
class K:
    val = base * 2
    def twice(self):
        return add(self.val)
result = K().twice()
''', g)
print(g['result'], g['add'](1), g['K'].val, sorted(k for k in g if not k.startswith('__')))
g['base'] = 100
print(g['add'](1))
l = {}
exec('x = 1\ny = x + 1', {}, l)
print(l)
try:
    exec('x = 1\nz = [x for _ in range(2)]', {}, {})
except NameError as e:
    print('separate locals are not visible in comprehensions:', e)
src = 'total = sum(i for i in range(n))'
ns = {'n': 10}
exec(src, ns)
print(ns['total'])
print(eval('[a * b for a in range(3) for b in range(2)]'))
print(eval('x + y', {'x': 1}, {'y': 2}), eval('__name__', {'__name__': 'custom'}))
code = compile('def f():\n    return 42\n', 'virtual.py', 'exec')
ns = {}
exec(code, ns)
print(ns['f'](), ns['f'].__code__.co_filename, ns['f'].__module__ if '__name__' in ns else ns['f'].__module__)
try:
    exec(compile('1/0', 'boom.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
