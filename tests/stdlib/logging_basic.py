# logging: loggers, hierarchy, propagation, handlers, formatters, filters, adapters.
import io
import logging
import sys


def show(stream):
    print(stream.getvalue(), end='')
    stream.seek(0)
    stream.truncate()


out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter(
    '%(levelname)s|%(levelno)d|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s'))
app = logging.getLogger('app')
app.addHandler(h)
app.setLevel(logging.DEBUG)
app.debug('debug %s', 1)
app.info('info %(a)s %(b)d', {'a': 'x', 'b': 2})
app.warning('warn')
app.error('err %r', 'e')
app.critical('crit')
app.log(25, 'level 25')
app.fatal('fatal')


def inner():
    app.info('from inner')


inner()
show(out)

# hierarchy and propagation
child = logging.getLogger('app.db.conn')
print(child.parent.name, logging.getLogger('app.db').parent.name, child.parent.name)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), app.getChild('db.conn') is child)
child.info('child message')
show(out)
child.propagate = False
child.info('not propagated')
print(repr(out.getvalue()), child.hasHandlers(), app.hasHandlers())
child.propagate = True
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
print(repr(app), repr(child), repr(logging.root), repr(h))
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))

# levels
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33), logging.getLevelName('nope'))
logging.addLevelName(33, 'NOTICE')
print(logging.getLevelName(33), logging.getLevelName('NOTICE'))
app.log(33, 'notice')
show(out)
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ['LOUD', 1.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
app.setLevel('DEBUG')
print(app.level)
try:
    app.log('INFO', 'x')
except TypeError as e:
    print(type(e).__name__, e)

# styles
rec_logger = logging.getLogger('styles')
rec_logger.propagate = False
for fmt, style in [('{levelname:>8}:{name}:{message!r}', '{'),
                   ('$levelname/${name}/$message', '$'),
                   ('%(levelname)-8s[%(name)5s] %(message)s', '%')]:
    sh = logging.StreamHandler(out)
    sh.setFormatter(logging.Formatter(fmt, style=style))
    rec_logger.addHandler(sh)
    rec_logger.warning('hello %s', 'world')
    rec_logger.removeHandler(sh)
show(out)
for fmt, style in [('no fields', '%'), ('{bad', '{'), ('plain', '{'), ('$', '$'),
                   ('x', '#'), ('{a!x}', '{'), ('{a:zz}', '{'), ('text $$', '$')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print(type(e).__name__, e)
f = logging.Formatter('%(message)s %(custom)s', defaults={'custom': 'dflt'})
r = logging.makeLogRecord({'msg': 'm', 'levelno': 20})
print(f.format(r), repr(r.levelname), r.name, r.args)
try:
    logging.Formatter('%(missing)s').format(r)
except ValueError as e:
    print(type(e).__name__, e)

# LogRecord
rec = logging.LogRecord('n', logging.INFO, '/a/b/file.py', 7, 'm %s', ('x',), None, 'fn')
print(rec, rec.getMessage(), rec.filename, rec.module, rec.funcName, rec.levelname,
      rec.processName, rec.threadName, rec.exc_text, rec.stack_info)
print(sorted(k for k in vars(rec)))

# filters
class OddFilter(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

flt_logger = logging.getLogger('app.flt')
flt_logger.addFilter(OddFilter())
for i in range(4):
    flt_logger.info('n=%d', i)
show(out)
h.addFilter(logging.Filter('app.flt'))
app.info('dropped by handler filter')
flt_logger.info('n=%d', 5)
h.addFilter(lambda r: 'x' in r.getMessage())
flt_logger.info('n=%d', 7)
flt_logger.info('x n=%d', 9)
show(out)
h.filters.clear()
f = logging.Filter('a.b')
for name in ['a.b', 'a.b.c', 'a.bc', 'a', 'b.a.b']:
    print(name, bool(f.filter(logging.makeLogRecord({'name': name}))))
print(logging.Filter().filter(r))

# extra and LoggerAdapter
app.info('with extra', extra={'user': 'bob'})
try:
    app.info('clash', extra={'message': 1})
except KeyError as e:
    print(type(e).__name__, e)

class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs

ad = Adapter(app, {'conn': 7})
ad.info('adapted %d', 1)
ad.warning('w')
plain = logging.LoggerAdapter(app, {'k': 'v'})
plain.error('plain adapter')
print(repr(ad), ad.name, ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.hasHandlers(),
      ad.manager is logging.Logger.manager)
show(out)

# disable
logging.disable(logging.INFO)
app.info('disabled')
app.warning('still on')
logging.disable(logging.NOTSET)
app.info('enabled again')
show(out)
app.disabled = True
app.error('logger disabled')
app.disabled = False
show(out)

# BufferingFormatter, custom logger class
class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)

recs = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
print(Header(logging.Formatter('%(message)s;')).format(recs), repr(logging.BufferingFormatter().format([])))

class MyLogger(logging.Logger):
    pass

logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('custom.one')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(type(e).__name__, e)
ph = logging.Logger.manager.loggerDict['custom']
print(type(ph).__name__)
print(type(logging.getLogger('custom')).__name__, logging.getLogger('custom.one').parent.name)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith(('app', 'custom'))))

# handler names and levels
h2 = logging.StreamHandler(out)
h2.name = 'second'
h2.setLevel('ERROR')
print(h2.name, h2.level, repr(h2))
app.addHandler(h2)
app.error('to both')
app.warning('to first only')
show(out)
app.removeHandler(h2)
h2.close()
