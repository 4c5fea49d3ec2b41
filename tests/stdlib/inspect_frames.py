# inspect: frame and traceback records, argument values, class trees,
# get_annotations, block finding and the other helpers added for 3.11.
import functools
import inspect
import os
import sys


def show(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


# -- frames ---------------------------------------------------------------

def callee(a, b=2, *rest, c, **kw):
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame, context=3)
    print(type(info).__name__, info._fields, os.path.basename(info.filename),
          info.lineno == frame.f_lineno, info.function, info.index)
    print([line.strip() for line in info.code_context])
    print(type(info.positions).__name__, info.positions.lineno == info.lineno,
          info.positions._fields)
    print(inspect.getlineno(frame) == frame.f_lineno)
    print(inspect.getargs(frame.f_code))
    values = inspect.getargvalues(frame)
    print(type(values).__name__, values.args, values.varargs, values.keywords)
    print(inspect.formatargvalues(*values))
    print(inspect.formatargvalues(*values, formatvalue=lambda v: ':' + type(v).__name__))
    outer = inspect.getouterframes(frame)
    print([r.function for r in outer])
    print(type(outer[0]).__name__, outer[0]._fields, outer[0].frame is frame)
    print(outer[0].code_context[0].strip(), outer[0].index)
    print(outer[0].positions.lineno == outer[0].lineno)
    print([r.function for r in inspect.stack(0)], inspect.stack(0)[0].code_context)
    return info


def caller():
    return callee(1, 2, 3, c=4, d=5)


info = caller()
print(info.filename == inspect.getabsfile(callee) or info.filename)
t = inspect.Traceback('f.py', 3, 'g', None, None)
print(t, t.positions, t[1], len(t))
fi = inspect.FrameInfo(None, 'f.py', 3, 'g', ['x\n'], 0, positions=(3, 3, 0, 1))
print(fi, fi.filename)
fi0 = inspect.getframeinfo(inspect.currentframe(), 0)
print(os.path.basename(fi0.filename), fi0[1:], fi0.positions.lineno)
show('notframe', inspect.getframeinfo, 42)
show('notcode', inspect.getargs, 'callee')


def nested_posonly(x, /, y, *, z=1):
    return inspect.getargvalues(inspect.currentframe())


print(nested_posonly(1, 2))
print(inspect.formatargvalues(*nested_posonly(1, y=[2])))


def fail():
    raise ValueError('boom')


def middle():
    fail()


try:
    middle()
except ValueError:
    tb = sys.exc_info()[2]
    inner = inspect.getinnerframes(tb, context=1)
    print([(r.function, r.code_context[0].strip()) for r in inner])
    print([r.lineno for r in inner] == [r.positions.lineno for r in inner])
    print([r.function for r in inspect.trace()])
    ti = inspect.getframeinfo(tb.tb_next)
    print(ti.function, ti.lineno == tb.tb_next.tb_lineno, ti.code_context)

# -- class trees ------------------------------------------------------------


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E: pass


def names(tree):
    return [names(x) if isinstance(x, list) else
            (x[0].__name__, tuple(b.__name__ for b in x[1])) for x in tree]


print(names(inspect.getclasstree([D, C, B, A])))
print(names(inspect.getclasstree([D, C, B, A], unique=True)))
print(names(inspect.getclasstree([D, E])))
print(names(inspect.walktree([C, B], {B: [D]}, A)))

# -- get_annotations ----------------------------------------------------------

Alias = list


def annotated(a: 'Alias', b: int = 1, *c: 'len(Alias.__name__)') -> 'dict[str, int]':
    pass


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(annotated, eval_str=True, globals={'Alias': tuple, 'len': len, 'dict': dict, 'str': str, 'int': int}))
print(inspect.get_annotations(annotated, eval_str=True, locals={'Alias': set}))


@functools.wraps(annotated)
def wrapper(*args, **kw):
    return annotated(*args, **kw)


print(inspect.get_annotations(wrapper, eval_str=True))
part = functools.partial(annotated, 1)
print(inspect.get_annotations(part))


class Annotated:
    x: int
    y: 'Alias'
    Alias = dict


class Sub(Annotated):
    pass


print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
print(inspect.get_annotations(Sub), inspect.get_annotations(int))
print(inspect.get_annotations(type(sys)('empty')))
mod = type(sys)('m')
mod.__annotations__ = {'v': 'Alias'}
mod.Alias = bytes
print(inspect.get_annotations(mod), inspect.get_annotations(mod, eval_str=True))
ann = inspect.get_annotations(annotated)
ann['a'] = 'changed'
print(annotated.__annotations__['a'])
show('notcallable', inspect.get_annotations, 3)


class BadAnn:
    __annotations__ = 'nope'


show('baddict', inspect.get_annotations, BadAnn)
show('nameerror', inspect.get_annotations, lambda x: None)
f = lambda x: None
f.__annotations__ = {'x': 'undefined_name'}
show('nameerror', inspect.get_annotations, f, eval_str=True)
print(inspect.signature(annotated))

# -- source blocks --------------------------------------------------------------

lines = [
    '@dec(1,\n',
    '     2)\n',
    'def f(x):\n',
    '    if x:\n',
    '        return 1\n',
    '    # trailing comment\n',
    '\n',
    'y = 2\n',
]
print(inspect.getblock(lines))
print(inspect.getblock(['g = lambda: (1,\n', '  2)\n', 'h = 3\n']))
print(inspect.getblock(['def k(): return 1\n', 'z = 1\n']))
print(inspect.getblock(['class K:\n', '    a = 1\n', '  # shallow\n', '    b = 2\n', 'c = 3\n']))
bf = inspect.BlockFinder()
print(bf.indent, bf.islambda, bf.started, bf.passline, bf.indecorator, bf.last, bf.body_col0)
print(issubclass(inspect.EndOfBlock, Exception), issubclass(inspect.ClassFoundException, Exception))
print(inspect.getsource(D), inspect.getsource(callee).splitlines()[0])


def outer():
    class Inner:
        class Deeper:
            pass
    return Inner


print(inspect.getsourcelines(outer().Deeper)[1] - inspect.getsourcelines(outer)[1])

# -- small helpers ------------------------------------------------------------

print(inspect.iskeyword('def'), inspect.iskeyword('match'), inspect.iskeyword('x'))
fmt = inspect.formatannotationrelativeto(Annotated)
print(fmt(Annotated), fmt(int), fmt(list[int]), fmt(inspect.Parameter))
print(inspect.getabsfile(callee) == os.path.normcase(os.path.abspath(__file__)))
print(inspect.getmodule(callee.__code__) is sys.modules[__name__])
print(inspect.modulesbyfile[inspect.getabsfile(callee)] == __name__)
print(inspect.getmodule(callee.__code__, inspect.getabsfile(callee)) is sys.modules[__name__])
print(inspect.attrgetter, inspect.namedtuple.__name__, inspect.OrderedDict)
