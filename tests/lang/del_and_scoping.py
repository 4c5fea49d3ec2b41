# del affects scoping: deleting locals, globals, names in loops and comprehensions.
x = 'global x'
def f():
    x = 'local'
    del x
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__
print(f())
def g():
    global x
    del x
g()
print('x' in globals())
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)
def in_loop():
    res = []
    for j in range(3):
        v = j * 2
        res.append(v)
        del v
    return res
print(in_loop())
def del_closure():
    y = 1
    def get():
        return y
    del y
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(del_closure())
lst = [1, 2, 3]
e = lst
del lst
print(e)
