# logging: basicConfig keywords, FileHandler, formatting of time with a fixed clock.
import io
import logging
import os
import tempfile
import time

real_factory = logging.getLogRecordFactory()


def fixed_factory(*args, **kwargs):
    record = real_factory(*args, **kwargs)
    record.created = 86400 * 365 + 3723.25
    record.msecs = 250.0
    record.relativeCreated = 12.5
    record.thread = record.process = 1
    return record


logging.setLogRecordFactory(fixed_factory)
logging.Formatter.converter = time.gmtime

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO,
                    format='%(asctime)s %(msecs)03d %(relativeCreated)d %(created)f %(levelname)s %(message)s')
logging.info('one')
logging.debug('hidden')
logging.basicConfig(stream=s, format='ignored: already configured')
logging.warning('two')
logging.basicConfig(stream=s, format='{asctime}|{levelname}|{message}', style='{',
                    datefmt='%d/%m/%Y %H-%M-%S', force=True)
logging.warning('three')
logging.basicConfig(stream=s, format='$levelname $message', style='$', force=True, level='DEBUG')
logging.debug('four')
print(s.getvalue(), end='')
print(logging.root.level, logging.root.handlers[0].formatter._fmt)

d = tempfile.mkdtemp()
path = os.path.join(d, 'log.txt')
logging.basicConfig(filename=path, filemode='w', format='%(name)s:%(message)s', force=True)
logging.getLogger('f').error('to file')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.encoding, fh.errors, fh.baseFilename == path,
      repr(fh) == '<FileHandler %s (NOTSET)>' % path)
fh.close()
with open(path) as f:
    print(repr(f.read()))

h1 = logging.StreamHandler(s)
h1.setFormatter(logging.Formatter('h1 %(message)s'))
h2 = logging.StreamHandler(s)
s.seek(0)
s.truncate()
logging.basicConfig(handlers=[h1, h2], format='shared %(message)s', force=True)
logging.warning('five')
print(s.getvalue(), end='')

for kwargs in [dict(stream=s, filename='x'), dict(handlers=[h1], stream=s),
               dict(style='#'), dict(bogus=1, other=2), dict(level='NOPE')]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# FileHandler directly: delay, append mode, reopen
path2 = os.path.join(d, 'two.log')
h = logging.FileHandler(path2, delay=True)
print(h.stream, os.path.exists(path2))
lg = logging.getLogger('fh')
lg.propagate = False
lg.addHandler(h)
lg.warning('first')
print(os.path.exists(path2))
h.close()
h = logging.FileHandler(path2, mode='a', encoding='utf-8')
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.handlers = [h]
lg.warning('second é')
h.close()
with open(path2, encoding='utf-8') as f:
    print(repr(f.read()))

# formatTime and default time format with msecs
f = logging.Formatter('%(asctime)s')
r = logging.makeLogRecord({'msg': 'x', 'created': 0.5, 'msecs': 500.0})
print(f.format(r), f.formatTime(r, '%Y'), f.usesTime(), logging.Formatter('%(message)s').usesTime())
print(logging.Formatter('${asctime}', style='$').usesTime(), logging.Formatter('{asctime:>5}', style='{').usesTime())
logging.shutdown()
print(logging.BASIC_FORMAT)
