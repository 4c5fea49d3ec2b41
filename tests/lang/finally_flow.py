# Control flow through finally: return/break/continue overriding, exceptions swallowed.
def ret_override():
    try:
        return 'try'
    finally:
        print('finally before return')
print(ret_override())
def finally_return_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'finally'
print(finally_return_swallows())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            return 1
        finally:
            print('inner finally')
            raise TypeError('from inner finally')
    except TypeError as e:
        return 'caught ' + str(e)
    finally:
        print('outer finally')
print(nested())
def value_captured():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
print(value_captured())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('loop finally', n)
print(counter())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
g = gen()
next(g)
g.close()
print('closed')
