# logging: with no handlers anywhere, WARNING and above go to sys.stderr
# through lastResort as the bare message; module functions call basicConfig.
import logging
import sys

log = logging.getLogger('quiet.lib')
log.info('not shown')
log.warning('last resort %s', 'warning')
log.error('last resort error')
print('root handlers:', logging.root.handlers)
logging.lastResort = None
log.warning('no handlers message')
log.warning('only once')
logging.lastResort = logging._defaultLastResort
logging.getLogger('quiet').addHandler(logging.NullHandler())
log.error('swallowed by NullHandler')
print('module-level call configures the root logger:')
logging.warning('root %s', 'warning')
logging.info('root info hidden')
print(logging.root.handlers)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('top-level exception')
sys.stdout.flush()
