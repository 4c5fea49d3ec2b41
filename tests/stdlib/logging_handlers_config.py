# logging.handlers (RotatingFileHandler, MemoryHandler, QueueHandler/Listener,
# BufferingHandler) and logging.config.dictConfig basics.
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('rot')
lg.propagate = False
lg.addHandler(rh)
for i in range(10):
    lg.warning('message number %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
rh2 = logging.handlers.RotatingFileHandler(os.path.join(d, 'n.log'), maxBytes=10, backupCount=1)
rh2.namer = lambda name: name + '.old'
rh2.setFormatter(logging.Formatter('%(message)s'))
lg.handlers = [rh2]
lg.warning('0123456789')
lg.warning('abc')
rh2.close()
print(sorted(n for n in os.listdir(d) if n.startswith('n.')))
print(rh.maxBytes, rh.backupCount, rh.mode)

out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter('T:%(levelname)s:%(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
lg.handlers = [mh]
lg.warning('a')
lg.warning('b')
print('buffered', len(mh.buffer), repr(out.getvalue()))
lg.warning('c')
print('after capacity', len(mh.buffer), repr(out.getvalue()))
lg.warning('d')
lg.error('e')
print(repr(out.getvalue()))
lg.warning('f')
mh.close()
print(repr(out.getvalue()), mh.target)
bh = logging.handlers.BufferingHandler(2)
lg.handlers = [bh]
lg.warning('x')
print(len(bh.buffer), bh.shouldFlush(bh.buffer[0]))
lg.warning('y')
print(len(bh.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg.handlers = [qh]
lg.warning('queued %s', 'arg')
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('with exc')
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info)
rec2 = q.get_nowait()
print(rec2.msg.splitlines()[0], rec2.msg.splitlines()[-1], rec2.exc_info, rec2.exc_text)
out.seek(0)
out.truncate()
listener = logging.handlers.QueueListener(q, target, respect_handler_level=True)
target.setLevel(logging.ERROR)
listener.start()
lg.warning('below target level')
lg.error('through the listener')
listener.stop()
print(repr(out.getvalue()))
target.setLevel(logging.NOTSET)

# dictConfig
stream = io.StringIO()
logging.getLogger('old.existing').warning
old = logging.getLogger('old.existing')
kid = logging.getLogger('cfg.kid')
kid.setLevel(logging.CRITICAL)
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{name}|{message}', 'style': '{'},
    },
    'filters': {'only_cfg': {'name': 'cfg'}},
    'handlers': {
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10,
                'target': 'stream', 'flushLevel': 40},
        'stream': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                   'stream': 'cfg://custom.stream', 'level': 'INFO',
                   'filters': ['only_cfg']},
        'other': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                  'formatter': 'braces', '.': {'terminator': ' <end>\n'}},
    },
    'loggers': {
        'cfg': {'level': 'DEBUG', 'handlers': ['stream'], 'propagate': False},
        'mem': {'handlers': ['mem'], 'level': 'DEBUG', 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['other']},
    'custom': {'stream': stream},
}
logging.config.dictConfig(config)
cfg = logging.getLogger('cfg')
cfg.debug('filtered by handler level')
cfg.info('configured info')
kid.info('child of configured logger')
print(kid.level, kid.disabled, old.disabled)
logging.getLogger('elsewhere').warning('to root')
logging.getLogger('mem').info('buffered in mem')
print('before flush:', repr(stream.getvalue()))
logging.getLogger('mem').error('flushes mem')
print(stream.getvalue(), end='')
print(sorted(logging._handlers.keys()), logging.root.handlers[0].terminator == ' <end>\n')
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'loggers': {'cfg': {'level': 'ERROR'}},
                           'handlers': {'stream': {'level': 'DEBUG'}}})
print(cfg.level, logging._handlers['stream'].level)

for bad in [{}, {'version': 2},
            {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x'}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'incremental': True, 'handlers': {'nope': {}}}]:
    try:
        logging.config.dictConfig(bad)
        print('ok')
    except ValueError as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__)
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('1x')
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
