# types: the type names, SimpleNamespace, new_class and friends.
import types
import sys


def f():
    yield 1


class A:
    __slots__ = ('x',)

    def m(self):
        pass


checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType),
    (f.__code__, types.CodeType), (type.__dict__, types.MappingProxyType),
    (f(), types.GeneratorType), (A().m, types.MethodType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (object.__init__, types.WrapperDescriptorType),
    (object().__str__, types.MethodWrapperType),
    (str.join, types.MethodDescriptorType), (sys, types.ModuleType),
    (A.x, types.MemberDescriptorType), (..., types.EllipsisType),
    (None, types.NoneType), (NotImplemented, types.NotImplementedType),
    (types.FunctionType.__code__, types.GetSetDescriptorType),
]
for obj, typ in checks:
    print(typ.__name__, isinstance(obj, typ))

try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType),
          isinstance(e.__traceback__.tb_frame, types.FrameType))

mod = types.ModuleType("made", "its doc")
print(mod.__name__, mod.__doc__)

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [ns]
print(ns)
del ns.c
print(ns == types.SimpleNamespace(a=1, b=2), ns == types.SimpleNamespace(a=1), ns != 3)
print(sorted(vars(ns).items()))
try:
    hash(ns)
except TypeError as e:
    print("TypeError")


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=0), Sub(z=0) == types.SimpleNamespace(z=0))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError")

# new_class, prepare_class, resolve_bases


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"prepared_for": name, "kw": sorted(kw)}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


C = types.new_class("C", (object,), {"metaclass": Meta, "flag": 1},
                    lambda ns: ns.update(x=5))
print(C.__name__, type(C).__name__, C.x, C.prepared_for, C.kw)
print(types.prepare_class("D", (C,)))
print(types.prepare_class("E", (), {"metaclass": Meta, "k": 1})[1:])
print(types.prepare_class("F"))


class Entries:
    def __mro_entries__(self, bases):
        return (int, )


print(types.resolve_bases((Entries(), str)))
bases = (str,)
print(types.resolve_bases(bases) is bases)
G = types.new_class("G", (Entries(),))
print(G.__mro__, type(G.__orig_bases__[0]).__name__)



class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("H", (M1("X", (), {}), M2("Y", (), {})))
except TypeError as e:
    print("TypeError", e)

# DynamicClassAttribute


class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return "instance name"

    def __getattr__(self, attr):
        return "from __getattr__: " + attr


print(WithDyn().name, WithDyn.__dict__["name"].__doc__)
try:
    WithDyn().name = 3
except AttributeError as e:
    print("AttributeError", e)

# coroutine


@types.coroutine
def gen_coro():
    x = yield "suspended"
    return x * 2


async def user():
    return await gen_coro()


c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)

print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, float)))
print(types.GenericAlias(list, (int,)).__origin__, types.GenericAlias(list, int).__args__)
