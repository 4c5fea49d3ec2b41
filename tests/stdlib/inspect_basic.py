# inspect: predicates, getmembers, signature/Parameter/BoundArguments,
# getsource, getdoc/cleandoc, unwrap, getattr_static, getfullargspec.
import functools
import inspect
import sys


def plain(a, b: int = 1, *args, c, d: "str" = "x", **kw) -> bool:
    """Plain function.

        Indented detail.
    """
    return True


def posonly(x, y=2, /, z=3):
    pass


def gen():
    yield 1


async def coro():
    pass


class Base:
    """Base doc."""
    attr = 5

    def method(self, v):
        """Method doc."""
        return v

    @classmethod
    def cm(cls, q=1):
        pass

    @staticmethod
    def sm(r, *, s):
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    def __init__(self, name, size=0):
        self.name = name

    def method(self, v):
        return v * 2


class WithNew:
    def __new__(cls, alpha, beta=None):
        return super().__new__(cls)


class CallMe:
    def __call__(self, n, m=4):
        return n


objs = [plain, posonly, gen, gen(), coro, Base, Base.method, Base().method, len, [].append, sys,
        Base.__dict__["prop"], int.__add__, (lambda: 0), functools.partial(plain, 1)]
preds = ["isfunction", "isclass", "ismethod", "ismodule", "isgenerator", "isgeneratorfunction",
         "iscoroutinefunction", "isbuiltin", "isroutine", "isdatadescriptor", "ismethoddescriptor"]
for o in objs:
    print([p for p in preds if getattr(inspect, p)(o)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()

for fn in [plain, posonly, Base.method, Base().method, Base.cm, Base.sm, Child, WithNew, CallMe(), CallMe,
           functools.partial(plain, 1, c=3), functools.partial(posonly, 1), lambda *a, **k: None,
           functools.wraps(plain)(lambda *a: None)]:
    sig = inspect.signature(fn)
    print(sig, [(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()])
sig = inspect.signature(plain)
print(repr(sig), sig.return_annotation, sig.parameters["b"], repr(sig.parameters["d"]), sig.parameters["b"].annotation)
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"b": 3, "c": 1}), ((1,), {"c": 1, "zz": 2})]:
    try:
        print(inspect.signature(posonly if not kwargs else plain).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(posonly).bind(x=1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(posonly).bind_partial(z=9))
try:
    inspect.signature(3)
except TypeError as e:
    print("TypeError", e)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=2, annotation=int)], return_annotation=list)
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=2, annotation=int)], return_annotation=list))
print(s2.replace(return_annotation=inspect.Signature.empty), P("x", P.VAR_KEYWORD).replace(name="y"))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(P.POSITIONAL_ONLY, P.KEYWORD_ONLY.description, int(P.VAR_KEYWORD))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Base.method), sorted(inspect.getcallargs(plain, 1, c=2).items()))

print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Base(), lambda v: isinstance(v, int)))
print(inspect.getdoc(plain))
print(inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child().method))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
print(inspect.getsource(plain), end="")
print(inspect.getsource(Base.sm), end="")
print(inspect.getsource(Child), end="")
print(inspect.getsourcelines(gen)[1], inspect.getfile(plain).endswith("inspect_basic.py"), inspect.getmodule(plain).__name__)
print(inspect.getsource(lambda x: x + 1).strip())
wrapped = functools.wraps(plain)(lambda: None)
print(inspect.unwrap(wrapped) is plain, inspect.getattr_static(Base, "prop").__class__.__name__, inspect.getattr_static(Base(), "attr"))
print(type(inspect.getattr_static(Base, "cm")).__name__, inspect.getattr_static(Base, "nope", "dflt"))
print(inspect.getmro(Child), inspect.isabstract(Base), inspect.currentframe().f_code.co_name)
print(inspect.getclosurevars(plain).builtins, inspect.getmodulename("a/b/c.py"), inspect.indentsize("    x"))
print([k.kind for k in inspect.classify_class_attrs(Base) if k.name in ("cm", "sm", "prop", "method", "attr")])
