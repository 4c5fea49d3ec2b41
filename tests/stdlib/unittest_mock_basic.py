# unittest.mock: Mock and MagicMock, call records, return values, side
# effects, specs, assertion messages and reprs (ids removed).
import re
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMock, PropertyMock,
                           call, sentinel, ANY, DEFAULT)


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print('--', label, type(e).__name__)
        print(r(str(e)))
    else:
        print('--', label, 'ok', r(result))


m = Mock()
print(r(m), r(m.foo), r(m.foo()), r(m().bar), r(m.foo.bar()))
print(m.foo is m.foo, m() is m.return_value, m.called, m.call_count)
m(1, 2, a=3)
m.foo(4)
m.foo.bar(5)
print(m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args == call(1, 2, a=3), m.call_args.args, m.call_args.kwargs)
print(m.call_args == ((1, 2), {'a': 3}), m.call_args == call(1, 2))
print(m.foo.call_args_list == [call(), call(4)])
print(call.foo(1) == ('foo', (1,), {}), call(1) == ((1,), {}), call(1) == call(ANY))
print(call(1).foo(2).call_list())
print(r(call), r(call.a.b), r(call().x(3)), r(call(a=1, b='x')))
print(call(1, [2]) != call(1, [2]), call.a(1) == call.b(1))

n = Mock(name='named')
print(r(n), r(n.child), r(n().x))
n2 = Mock(return_value=3)
print(n2(), n2(9))
n2.return_value = sentinel.ret
print(n2(), sentinel.ret is sentinel.ret, DEFAULT)

# side effects
se = Mock(side_effect=[1, KeyError('k'), 3])
print(se())
show('iter error', se)
print(se())
show('exhausted', se)
se2 = Mock(side_effect=ValueError('bad'))
show('exception', se2, 1)
se3 = Mock(side_effect=lambda x: x * 2)
print(se3(21))
se4 = Mock(return_value=7, side_effect=lambda: DEFAULT)
print(se4())
se5 = Mock(side_effect=TypeError)
show('exception class', se5)
se5.side_effect = None
print(r(se5()))
print(type(Mock(side_effect=[1]).side_effect).__name__)

# wraps
class Calc:
    def add(self, a, b):
        return a + b

w = Mock(wraps=Calc())
print(w.add(2, 3), w.add.call_args)

# configure_mock and kwargs
c = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 9})
print(c.method(), c.attr)
show('configured side effect', c.other)
c.configure_mock(**{'a.b.c': 5})
print(c.a.b.c)

# assertions and their messages
a = Mock(name='thing')
show('assert_called never', a.assert_called)
show('assert_called_once never', a.assert_called_once)
show('assert_called_with never', a.assert_called_with, 1)
a.assert_not_called()
a(1)
a(2, k='v')
show('assert_not_called', a.assert_not_called)
show('assert_called_once', a.assert_called_once)
show('assert_called_with', a.assert_called_with, 3)
show('assert_called_with ok', a.assert_called_with, 2, k='v')
show('assert_called_once_with', a.assert_called_once_with, 1)
show('assert_any_call', a.assert_any_call, 3)
show('assert_any_call ok', a.assert_any_call, 1)
show('assert_any_call ANY', a.assert_any_call, ANY, k=ANY)
show('assert_has_calls order', a.assert_has_calls, [call(2, k='v'), call(1)])
show('assert_has_calls ok', a.assert_has_calls, [call(1), call(2, k='v')])
show('assert_has_calls any_order', a.assert_has_calls, [call(3), call(1)], any_order=True)
show('assert_has_calls any_order ok', a.assert_has_calls, [call(2, k='v'), call(1)], any_order=True)
b = Mock()
show('unnamed assert_called', b.assert_called)
show('typo', getattr, b, 'assert_caled')
show('typo 2', getattr, b, 'asert_called')
u = Mock(unsafe=True)
print(r(u.assret_called()))

# reset_mock
a.reset_mock()
print(a.called, a.call_count, a.call_args, a.call_args_list, a.mock_calls)
rv = Mock(return_value=4, side_effect=[5])
rv.reset_mock(return_value=True, side_effect=True)
print(rv.side_effect, r(rv()))

# spec and spec_set
class Thing:
    attr = 1

    def meth(self, a, b=2):
        return a

    def other(self):
        pass

s = Mock(spec=Thing)
print(r(s), isinstance(s, Thing), s.__class__ is Thing)
show('spec missing attr', getattr, s, 'nope')
s.nope = 1
print(s.nope)
ss = Mock(spec_set=Thing)
print(r(ss))
show('spec_set set', setattr, ss, 'nope', 1)
ss.attr = 5
print(ss.attr)
sl = Mock(spec=['a', 'b'])
print(r(sl.a))
show('spec list', getattr, sl, 'c')
sm = Mock(spec=Thing)
sm.meth(1)
sm.meth.assert_called_with(1)
sf = Mock(spec=Thing.meth)
sf(None, 1, b=2)
sf.assert_called_with(None, 1, 2)
show('spec signature mismatch', sf.assert_called_with, 1, 2, 3, 4)
show('spec a mock', Mock, spec=Mock())
print(sorted(n for n in dir(Mock(spec=Thing)) if not n.startswith('assert'))[:6])

# children, attach_mock, deleting
p = Mock()
child = Mock(return_value=None)
p.attach_mock(child, 'kid')
p.kid(1)
print(p.mock_calls, r(child))
del p.gone
show('deleted attr', getattr, p, 'gone')
p.explicit = Mock()
p.explicit(2)
print(p.mock_calls)
ret = Mock()
q = Mock(return_value=ret)
q().x(1)
print(q.mock_calls, r(ret))

# non-callable
nc = NonCallableMock()
show('non callable', nc)
print(r(nc), r(nc.x), r(nc.x()))

# MagicMock defaults
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), 3 in mm)
print(mm == mm, mm != mm, mm == 1, mm != 1, hash(mm) == hash(mm))
print(mm.__lt__(1), mm.__index__(), mm.__exit__(None, None, None))
with mm as entered:
    print(r(entered))
print(r(mm[0]), r(mm + 1), r(abs(mm)), r(-mm))
mm[1] = 2
print(mm.__setitem__.call_args)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
print(len(mm), list(mm), list(mm), mm[4], 7 in mm)
mm.__eq__.return_value = True
print(mm == 3)
mc = MagicMock()
len(mc)
bool(mc)
mc[2]
print(mc.mock_calls)
m5 = MagicMock()
m5.__str__.return_value = 'string'
m5.__int__ = lambda self: 42
print(str(m5), int(m5))
show('unsupported magic', setattr, m5, '__getattr__', lambda s, n: 1)
show('Mock has no magic', len, Mock())
sm2 = MagicMock(spec=Thing)
show('spec magic', len, sm2)
fs = MagicMock(spec=['__len__'])
print(len(fs))
print(r(MagicMock(name='mm')), r(MagicMock().x()), r(MagicMock().__len__))

# PropertyMock
class Holder:
    pass

pm = PropertyMock(return_value='value')
type(holder := Holder()).prop = pm
print(holder.prop)
holder.prop = 'new'
print(pm.mock_calls)
del Holder.prop

# sentinel, DEFAULT, ANY
print(sentinel.x, sentinel.x is sentinel.x, r(ANY), ANY == object(), [1, ANY] == [1, 'z'])
print(mock.FILTER_DIR, call(ANY) == call(1))

# names of nested calls
deep = MagicMock()
deep.a.b(1).c(2)
deep().x.y()
print(deep.mock_calls)
print(deep.method_calls)
print(deep.a.mock_calls, deep.a.method_calls)
print(r(deep.a.b().c()), r(deep().x))

# seal
sealed = Mock()
sealed.known.child.return_value = 1
mock.seal(sealed)
print(sealed.known.child())
show('sealed new attr', getattr, sealed, 'unknown')
show('sealed child new attr', getattr, sealed.known, 'other')
show('sealed set', setattr, sealed, 'fresh', 1)
print(sorted(n for n in dir(Mock()) if not n.startswith('_'))[:4])
