# Evaluation order: operands, arguments, subscripts, dict displays, assignments.
log = []
def t(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
t('a', 1) + t('b', 2) * t('c', 3)
print(log); log.clear()
t('f', lambda *a, **k: None)(t('x'), t('y', 1), k=t('z', 2))
print(log); log.clear()
{t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
d = {}
d[t('key')] = t('value')
print(log); log.clear()
lst = [0, 0]
lst[t('idx', 0)], lst[t('idx2', 1)] = t('r1', 5), t('r2', 6)
print(log, lst); log.clear()
t('c1', 1) < t('c2', 2) < t('c3', 3)
print(log); log.clear()
t('l', 0) or t('r', 1)
print(log); log.clear()
x = t('then') if t('cond', True) else t('else')
print(log); log.clear()
[t('e1'), *t('e2', [1]), t('e3')]
print(log); log.clear()
t('obj', type('O', (), {'m': lambda self, a: a})()).m(t('arg'))
print(log); log.clear()
lst[t('i', 0)] += t('inc', 1)
print(log, lst); log.clear()
def f(a=t('default evaluated at def')): pass
print(log); log.clear()
