# Conditional expressions: evaluation order, nesting, laziness.
def v(x, tag):
    print('eval', tag)
    return x
print(v('a', 'then') if v(True, 'cond') else v('b', 'else'))
print(v('a', 'then') if v(0, 'cond') else v('b', 'else'))
for n in range(-1, 3):
    print('neg' if n < 0 else 'zero' if n == 0 else 'one' if n == 1 else 'many')
print([x if x % 2 else -x for x in range(6)])
f = (lambda x: 'even') if True else (lambda x: 'odd')
print(f(1))
print((1 if False else 2) + 10, 1 if False else 2 + 10)
x = None
print(x.attr if x is not None else 'no attr')
print(*(['yes'] if 0 else ['no', 'maybe']))
print(sum(i if i > 2 else 0 for i in range(5)))
