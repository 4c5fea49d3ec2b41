# logging: exception() with traceback, exc_info, stack_info, handleError, captureWarnings.
import io
import logging
import warnings

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log = logging.getLogger('exc')
log.addHandler(h)
log.propagate = False


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError:
    log.exception('division failed: %s', 'oops')
    log.error('with exc_info', exc_info=True)
    log.warning('no exc')
try:
    raise KeyError('k')
except KeyError as e:
    saved = e
log.error('from instance', exc_info=saved)
log.info('no exception now', exc_info=True)
log.critical('tuple', exc_info=(ValueError, ValueError('v'), None))


def where():
    log.warning('stack here', stack_info=True)


where()


def helper(msg):
    log.warning(msg, stacklevel=2)


def caller():
    helper('reported at caller')


h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
caller()
print(out.getvalue())
out.seek(0)
out.truncate()

# errors while emitting go through handleError to stderr-like output
import sys
err = io.StringIO()
saved_err = sys.stderr
sys.stderr = err
log.warning('bad args %d', 'x')
sys.stderr = saved_err
text = err.getvalue()
print(text.splitlines()[0])
print([l for l in text.splitlines() if l.startswith(('TypeError', 'Message', 'Arguments'))])
logging.raiseExceptions = False
sys.stderr = err = io.StringIO()
log.warning('bad args %d', 'x')
sys.stderr = saved_err
print(repr(err.getvalue()))
logging.raiseExceptions = True

# captureWarnings
wlog = logging.getLogger('py.warnings')
wh = logging.StreamHandler(out)
wh.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
wlog.addHandler(wh)
logging.captureWarnings(True)
warnings.warn('careful', UserWarning)
warnings.warn_explicit('explicit', RuntimeWarning, 'file.py', 12)
logging.captureWarnings(False)
wlog.removeHandler(wh)
print(out.getvalue())
