# Single and multiple inheritance, method resolution, isinstance.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('a'), Dog('d'), Puppy('p')]:
    print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
print(Dog.__subclasses__(), object.__subclasses__ is not None)
class A:
    def who(self):
        return 'A'
class B(A):
    pass
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print(D().who(), [k.__name__ for k in D.mro()])
class Base:
    def template(self):
        return self.step1() + self.step2()
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Derived(Base):
    def step2(self):
        return 'derived2'
print(Derived().template())
class WithInit:
    def __init__(self):
        self.x = 1
class NoCallSuper(WithInit):
    def __init__(self):
        self.y = 2
n = NoCallSuper()
print(hasattr(n, 'x'), n.y)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml + [5]).__name__, type(ml[:2]).__name__, isinstance(ml, list))
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi.double(), type(mi.double()).__name__, mi + 1, type(mi + 1).__name__, repr(mi))
class MyStr(str):
    pass
print(MyStr('x').upper(), type(MyStr('x').upper()).__name__, type(MyStr('x')).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md['a'], md['zz'], md.get('zz'), 'zz' in md)
