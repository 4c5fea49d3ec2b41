# types.FunctionType(code, globals, name, argdefs, closure): results and errors.
import types
def f(a, b=2):
    return a + b + k
def g():
    x = 1
    def h(): return x
    return h
h = g()
tests = [
 lambda: types.FunctionType(f.__code__, {"k": 10})(1),
 lambda: types.FunctionType(f.__code__, {"k": 10}, "zz").__name__,
 lambda: types.FunctionType(f.__code__, {"k": 10}, "zz", (5,))(1),
 lambda: types.FunctionType(f.__code__, {"k": 10}, None, None)(1, 1),
 lambda: types.FunctionType(h.__code__, {}, None, None, h.__closure__)(),
 lambda: types.FunctionType(1, {}),
 lambda: types.FunctionType(f.__code__, 1),
 lambda: types.FunctionType(f.__code__, {}, 1),
 lambda: types.FunctionType(f.__code__, {}, None, 1),
 lambda: types.FunctionType(h.__code__, {}, None, None, None),
 lambda: types.FunctionType(h.__code__, {}, None, None, (1,)),
 lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
 lambda: types.FunctionType(h.__code__, {}, None, None, 5),
 lambda: types.FunctionType(code=f.__code__, globals={"k": 1})(0),
 lambda: types.FunctionType(f.__code__, {}, argdefs=(7,)).__defaults__,
 lambda: types.FunctionType(),
 lambda: types.FunctionType(f.__code__, {"__name__": "mymod"}).__module__,
 lambda: types.FunctionType(f.__code__, {}).__qualname__,
 lambda: types.FunctionType(f.__code__, {}, kwdefaults={}),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
