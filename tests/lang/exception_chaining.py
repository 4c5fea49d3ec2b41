# __context__, __cause__, __suppress_context__, raise from None.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('explicit') from k
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError('hidden') from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('v') from TypeError('t')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
def deep():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            raise ValueError('third')
try:
    deep()
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(' <- '.join(chain))
e1 = ValueError('manual')
e1.__cause__ = KeyError('set by hand')
print(e1.__suppress_context__, repr(e1.__cause__))
try:
    try:
        raise KeyError
    finally:
        print('finally runs')
except KeyError as e:
    print('context none', e.__context__)
try:
    err = ValueError('same')
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print('no self-cycle', e.__context__)
try:
    raise ValueError('with tb')
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.with_traceback(None) is e, e.__traceback__)
