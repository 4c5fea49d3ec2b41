# Class attribute lookup through inheritance, shadowing and mutation of shared mutables.
class Base:
    shared = []
    count = 0
    label = 'base'
    def add(self, x):
        self.shared.append(x)
        self.count += 1
class Sub(Base):
    label = 'sub'
b1, b2, s = Base(), Base(), Sub()
b1.add(1); b2.add(2); s.add(3)
print(Base.shared, Sub.shared is Base.shared, b1.count, Base.count, s.count)
print(s.label, Base.label, Sub.__dict__.get('label'), 'shared' in Sub.__dict__)
Base.label = 'changed'
print(b1.label, s.label)
del Sub.label
print(s.label)
Sub.shared = ['own']
print(s.shared, Base.shared)
class Const:
    X = 1
    Y = X + 1
    Z = [X, Y]
print(Const.Y, Const.Z)
class Inst:
    items = None
    def __init__(self):
        if self.items is None:
            self.items = []
i1, i2 = Inst(), Inst()
i1.items.append('a')
print(i1.items, i2.items, Inst.items)
print(getattr(Sub, 'count'), hasattr(Sub, 'add'), Sub.add is Base.add)
class Meta(type):
    meta_attr = 'from metaclass'
class K(metaclass=Meta): pass
print(K.meta_attr, hasattr(K(), 'meta_attr'))
