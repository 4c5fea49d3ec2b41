# global and nonlocal declarations.
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def create_global():
    global created
    created = 'made in function'
create_global()
print(created)
def reader():
    return count * 10
print(reader())
def shadow():
    count = 'local'
    return count
print(shadow(), count)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())
def outer2():
    x = 'o'
    def inner():
        global x
        x = 'global x'
    inner()
    return x
print(outer2(), x)
def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1, g2)
def class_in_func():
    v = 'enclosing'
    class K:
        v = 'class attr'
        def m(self):
            return v
    return K().m(), K.v
print(class_in_func())
exec('global_from_exec = 5')
print(global_from_exec)
def del_global():
    global count
    del count
del_global()
print('count' in globals())
def nonlocal_counter():
    n = 0
    def f():
        nonlocal n
        n += 1
        return n
    return f, lambda: n
inc, peek = nonlocal_counter()
inc(); inc()
print(peek())
