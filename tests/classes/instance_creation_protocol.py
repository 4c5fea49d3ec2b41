# type.__call__ protocol: __new__ returning other types skips __init__; metaclass __call__ overrides.
log = []
class A:
    def __new__(cls, *args):
        log.append(('new', cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, *args):
        log.append(('init', type(self).__name__, args))
class B(A):
    pass
A(1); B(2, 3)
for entry in log:
    print(entry)
class Pool:
    _free = []
    def __new__(cls):
        if cls._free:
            print('reusing')
            return cls._free.pop()
        print('allocating')
        return super().__new__(cls)
    def release(self):
        Pool._free.append(self)
p = Pool()
p.release()
q = Pool()
print(p is q)
class WithArgsInNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x * 2
        return obj
print(WithArgsInNew(4).x)
try:
    object.__new__(WithArgsInNew, 1) if False else object().__init__(1)
except TypeError as e:
    print(type(e).__name__, e)
