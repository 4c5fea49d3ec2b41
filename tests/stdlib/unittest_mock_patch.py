# unittest.mock: patch as decorator, context manager and start/stop,
# patch.object, patch.dict, patch.multiple, autospec, create_autospec,
# mock_open and AsyncMock.
import asyncio
import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import (patch, Mock, MagicMock, AsyncMock, call,
                           sentinel, DEFAULT, create_autospec, mock_open)


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


class Target:
    value = 1

    def method(self, a, b=2):
        return ('real', a, b)

    @classmethod
    def cmethod(cls, x):
        return x

    @staticmethod
    def smethod(y):
        return y


def function(a, b, *, c=3):
    return a + b + c


this = sys.modules[__name__]
RealTarget = Target

# context manager
with patch('__main__.function') as pf:
    pf.return_value = 10
    print(r(pf), function(1, 2), function is pf)
print(function(1, 2))
with patch('__main__.Target.value', 5):
    print(Target.value)
print(Target.value, 'value' in Target.__dict__)
with patch('os.getcwd', return_value='/nowhere') as cwd:
    print(os.getcwd(), cwd.call_count)
with patch('__main__.Target', side_effect=KeyError('made')):
    show('side_effect kwarg', Target)
with patch('__main__.function', new_callable=lambda: sentinel.made) as made:
    print(made, function)
with patch('__main__.missing', create=True, new=3):
    print(this.missing)
print(hasattr(this, 'missing'))
show('missing attribute', patch('__main__.missing').__enter__)
show('bad target', patch, 'nodots')
show('new and new_callable', patch, 'os.sep', new=1, new_callable=Mock)
show('kwargs with new', patch('os.sep', new=1, x=2).__enter__)
show('missing module', patch('no_such_module_xyz.attr').__enter__)

# decorators: stacked patches come bottom-up
@patch('__main__.function')
@patch.object(Target, 'method')
def decorated(pm, pf, extra='e'):
    Target().method(1)
    function(2)
    print(r(pm), r(pf), pm.call_args, pf.call_args, extra)
    return 'done'

print(decorated())
print(Target().method(1), function(1, 1))

@patch('__main__.Target.value', 99)
def with_new():
    return Target.value

print(with_new(), Target.value)

# start/stop and stopall
p1 = patch('__main__.function', return_value='started')
started = p1.start()
print(function(), r(started))
p1.stop()
print(function(1, 1), p1.stop())
patch('os.getcwd', return_value='a').start()
patch.object(Target, 'value', 7).start()
print(os.getcwd(), Target.value)
patch.stopall()
print(os.getcwd() != 'a', Target.value)

# patch.object
with patch.object(Target, 'cmethod', return_value='patched') as pc:
    print(Target.cmethod(1), pc.call_args)
print(Target.cmethod(1))
show('object with str', patch.object, 'os', 'sep')
with patch.object(Target, 'value', new=sentinel.v):
    print(Target.value)

# patch.dict
d = {'a': 1}
with patch.dict(d, {'b': 2}, c=3) as pd:
    print(pd is d, sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict('os.environ', {'ADDER_MOCK_TEST': 'yes'}):
    print(os.environ['ADDER_MOCK_TEST'])
print('ADDER_MOCK_TEST' in os.environ)

@patch.dict(d, {'x': 0})
def dict_decorated():
    return sorted(d)

print(dict_decorated(), d)
pd2 = patch.dict(d, y=1)
pd2.start()
print(sorted(d))
pd2.stop()
print(d)

# patch.multiple
with patch.multiple(Target, value=DEFAULT, method=DEFAULT) as values:
    print(sorted(values), r(values['value']), r(Target.method))
print(Target.value)

@patch.multiple('__main__', function=DEFAULT, Target=sentinel.T)
def multi(function):
    return r(function), Target

print(multi())
show('multiple empty', patch.multiple, Target)

# class decorator
@patch('__main__.function', return_value='in test')
class Case(unittest.TestCase):
    def test_one(self, pf):
        self.assertEqual(function(), 'in test')
        pf.assert_called_once_with()

    def helper(self):
        return function

    def test_two(self, pf):
        self.assertIs(self.helper(), pf)

result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Case).run(result)
print(result.testsRun, result.failures, result.errors)

# spec and autospec through patch
with patch('__main__.Target', spec=True) as pt:
    print(r(pt), r(pt()), isinstance(pt(), RealTarget))
    show('spec attr', getattr, pt, 'nothing')
with patch('__main__.function', autospec=True) as af:
    af.return_value = 'auto'
    print(function(1, 2), r(af.mock))
    show('autospec signature', function, 1)
    af.assert_called_once_with(1, 2)
    show('autospec assert', af.assert_called_with, 1, 3)
with patch.object(Target, 'method', autospec=True) as am:
    t = Target()
    t.method(5)
    am.assert_called_once_with(t, 5)
    show('autospec method args', t.method)
show('spec and autospec', patch('__main__.function', spec=True, autospec=True).__enter__)

# create_autospec
cls_mock = create_autospec(Target)
print(r(cls_mock), r(cls_mock.method))
inst = cls_mock()
print(r(inst), isinstance(inst, Target))
inst.method(1, b=3)
inst.method.assert_called_with(1, 3)
show('autospec wrong args', inst.method, 1, 2, 3)
show('autospec missing attr', getattr, inst, 'nothing')
print(r(cls_mock.cmethod(1)), r(inst.smethod(2)))
show('autospec class args', cls_mock, 1)
fn_mock = create_autospec(function, return_value=4)
print(fn_mock(1, 2, c=5), fn_mock.call_args, type(fn_mock).__name__)
show('autospec function args', fn_mock, 1)
fn_mock.assert_called_once_with(1, 2, c=5)
show('autospec function assert', fn_mock.assert_called_once_with, 1, 2)
fn_mock.reset_mock()
print(fn_mock.called, fn_mock.call_count)
inst2 = create_autospec(Target, instance=True)
print(r(inst2))
show('instance not callable', inst2)
print(inst2.value.__class__.__name__)

# mock_open
m = mock_open(read_data='one\ntwo\nthree\n')
with patch('builtins.open', m):
    with open('f.txt') as fh:
        print(repr(fh.read()))
    with open('f.txt') as fh:
        print(repr(fh.readline()), repr(fh.readline()), fh.readlines())
    print(list(open('f.txt')))
    with open('out', 'w') as fh:
        fh.write('data')
print(m.call_args_list)
m.return_value.write.assert_called_once_with('data')
print(r(m))
mb = mock_open(read_data=b'\x00\x01')
with patch('builtins.open', mb):
    with open('bin', 'rb') as fh:
        print(fh.read())

# AsyncMock
am = AsyncMock(return_value=3)
print(r(am))
print(asyncio.run(am(1, x=2)), am.await_count, am.await_args, am.call_count)
am.assert_awaited()
am.assert_awaited_once_with(1, x=2)
show('awaited with', am.assert_awaited_with, 2)
show('any await', am.assert_any_await, 5)
show('not awaited', am.assert_not_awaited)
fresh = AsyncMock(name='fresh')
show('awaited never', fresh.assert_awaited)
show('awaited once never', fresh.assert_awaited_once)
show('awaited with never', fresh.assert_awaited_with, 1)
coro = fresh()
print(fresh.call_count, fresh.await_count)
asyncio.run(coro)
print(fresh.await_count)
eff = AsyncMock(side_effect=[1, ValueError('async bad')])

async def use():
    first = await eff()
    try:
        await eff()
    except ValueError as e:
        return first, str(e)

print(asyncio.run(use()))

async def real(x):
    return x

with patch('__main__.real') as pr:
    print(type(pr).__name__)

am2 = AsyncMock()
am2.reset_mock()
print(am2.await_count, am2.await_args_list)
