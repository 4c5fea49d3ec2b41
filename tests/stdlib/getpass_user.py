# getpass: getuser from the environment and from /etc/passwd; the
# fallback prompt reading a line from stdin.
import getpass
import io
import os
import sys
import warnings

for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(var, None)
os.environ['USERNAME'] = 'from-username'
print(getpass.getuser())
os.environ['LOGNAME'] = 'from-logname'
print(getpass.getuser())
del os.environ['LOGNAME'], os.environ['USERNAME']
with open('/etc/passwd') as f:
    names = {l.split(':')[2]: l.split(':')[0] for l in f if l.count(':') >= 2}
print(getpass.getuser() == names[str(os.getuid())])
print(issubclass(getpass.GetPassWarning, UserWarning), sorted(getpass.__all__))
out = io.StringIO()
sys.stdin = io.StringIO('secret\nnext\n')
print(repr(getpass._raw_input('Prompt: ', out)), repr(out.getvalue()))
sys.stdin = io.StringIO('')
try:
    getpass._raw_input('P', out)
except EOFError:
    print('EOFError')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    sys.stdin = io.StringIO('pw\n')
    out = io.StringIO()
    print(repr(getpass.fallback_getpass('Pass: ', out)), repr(out.getvalue()), w[0].category.__name__,
          w[0].message)
