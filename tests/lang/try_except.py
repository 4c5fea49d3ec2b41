# try/except/else/finally control flow.
def f(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError as e:
        print('except', type(e).__name__)
        return 'err'
    except (TypeError, ValueError) as e:
        print('tuple except', type(e).__name__)
        return 'typeerr'
    else:
        print('else', r)
        return r
    finally:
        print('finally', x)
print(f(2))
print(f(0))
print(f('a'))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError
    finally:
        return 'swallowed by finally return'
print(h())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop())
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise
except KeyError as e:
    print('re-raised', repr(e))
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as exc:
    print('name deleted after except:', exc)
try:
    raise IndexError
except LookupError as exc:
    print('base class caught', type(exc).__name__)
try:
    raise Exception('a', 'b')
except Exception as exc:
    print(exc.args, str(exc), repr(exc))
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer caught')
def nested_return():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print('inner', i)
        finally:
            print('outer', i)
print(nested_return())
try:
    raise TypeError
except TypeError as exc:
    print(repr(exc), exc.args, str(exc) == '')
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(7)
except MyErr as exc:
    print(exc, exc.code, exc.args)
try:
    raise 5
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    try:
        pass
    except (1, 2):
        pass
    raise ValueError
except ValueError:
    print('bad except clause never evaluated')
import sys
try:
    raise KeyError('info')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info())
