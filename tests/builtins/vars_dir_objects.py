# dir() of objects sorted and filtered; vars() on classes with and without __dict__.
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('_')], [n for n in dir(A) if not n.startswith('_')])
print(dir(a) == sorted(dir(a)), '__init__' in dir(a), '__class__' in dir(a))
print(vars(a), sorted(k for k in vars(A) if not k.startswith('__')))
print(sorted(n for n in dir(1) if not n.startswith('_')))
print(sorted(n for n in dir('') if not n.startswith('_'))[:10])
print(sorted(n for n in dir([]) if not n.startswith('_')))
print(sorted(n for n in dir({}) if not n.startswith('_')))
print(sorted(n for n in dir(set()) if not n.startswith('_')))
print(sorted(n for n in dir(()) if not n.startswith('_')), sorted(n for n in dir(1.0) if not n.startswith('_')))
