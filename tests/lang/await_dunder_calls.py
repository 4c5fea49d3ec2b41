# await calls the awaited object's __await__: a plain function returning an
# iterator, a generator function, one with a wrong signature, one raising.
import traceback
class A:
    def __await__(self):
        return iter([1, 2])
class B:
    def __await__(self, extra):
        yield 1
class C:
    def __await__(self):
        raise KeyError("in await")
class D:
    def __await__(self, *args, **kw):
        yield len(args)
        return "d"
async def use(x):
    return await x
for cls in (A, B, C, D):
    c = use(cls())
    try:
        print(cls.__name__, c.send(None))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)])
