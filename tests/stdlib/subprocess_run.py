# subprocess: run/call/check_*/getoutput, Popen with pipes, DEVNULL,
# STDOUT, text mode, cwd, env, shell, wait/poll/timeouts, errors, reprs.
import os
import signal
import subprocess
import sys
import tempfile
from subprocess import PIPE, DEVNULL, STDOUT, run, Popen

print(PIPE, STDOUT, DEVNULL, sorted(subprocess.__all__))
r = run(['echo', 'hello', 'world'], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
print(repr(r.stdout), r.args)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd, repr(e.stdout), repr(e.stderr), repr(e.output))
print(run(['cat'], input=b'piped in\n', stdout=PIPE).stdout)
print(run(['cat'], input='text in\r\nline2\rline3\n', stdout=PIPE, text=True).stdout.splitlines())
print(run(['sh', '-c', 'echo both; echo err 1>&2'], stdout=PIPE, stderr=STDOUT).stdout)
print(run(['sh', '-c', 'echo gone; echo err 1>&2'], stdout=DEVNULL, stderr=DEVNULL))
print(run(['true']), run(['false']).returncode, run('exit 7', shell=True).returncode)
print(run(['cat'], stdin=DEVNULL, capture_output=True).stdout)
print(run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(run(['sh', '-c', 'echo $FOO-$BAR'], env={'FOO': 'foo', 'BAR': 'bar', 'PATH': os.environ['PATH']},
          capture_output=True, text=True).stdout)
os.environ['ADDER_SUBPROCESS_T'] = 'inherited'
print(run('echo $ADDER_SUBPROCESS_T', shell=True, stdout=PIPE, universal_newlines=True).stdout)
print(run(['printf', '%s', 'é€'], capture_output=True, encoding='utf-8').stdout,
      run(['printf', '\\377'], capture_output=True, text=True, errors='replace').stdout)
big = run(['sh', '-c', 'head -c 300000 /dev/zero | tr "\\0" x; head -c 200000 /dev/zero | tr "\\0" y >&2'],
          capture_output=True)
print(len(big.stdout), len(big.stderr), big.stdout[:3], big.stderr[-3:])
echo = run(['cat'], input=b'z' * 500000, capture_output=True)
print(len(echo.stdout))

print(subprocess.call(['sh', '-c', 'exit 4']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(['echo', 'co']), subprocess.check_output('echo $0', shell=True, text=True))
print(subprocess.check_output(['cat'], input=None), subprocess.check_output(['cat'], input=None, text=True))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
for bad in [dict(stdout=PIPE), dict(check=True)]:
    try:
        subprocess.check_output(['true'], **bad)
    except ValueError as e:
        print('ValueError', e)
print(subprocess.getstatusoutput('echo a; echo b >&2; exit 3'), subprocess.getoutput('printf "x\\n\\n"'))
for bad in [dict(input=b'x', stdin=PIPE), dict(capture_output=True, stdout=PIPE)]:
    try:
        run(['true'], **bad)
    except ValueError as e:
        print('ValueError', e)

p = Popen(['sh', '-c', 'read x; echo got $x; exit 9'], stdin=PIPE, stdout=PIPE)
print(p.stdin is not None, p.stderr, type(p.pid).__name__, p.returncode, p.poll())
out, err = p.communicate(b'line\n')
print(out, err, p.returncode, p.wait(), p.poll(), p.stdout.closed)
print(repr(p))
p = Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
p.stdin.write('via stdin\n')
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()
with Popen(['sh', '-c', 'echo ctx'], stdout=PIPE) as p:
    print(p.stdout.readline())
print(p.returncode, p.stdout.closed)

p = Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e, e.timeout, e.cmd)
p.terminate()
print(p.wait(), p.poll())
p = Popen(['sleep', '5'], stdout=PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e)
p.kill()
print(p.communicate(), p.returncode)
try:
    run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, round(e.timeout, 1))
e = subprocess.CalledProcessError(-9, ['x'])
print(e, subprocess.CalledProcessError(-99, 'y'), subprocess.CalledProcessError(1, 'z', b'o', b'e').stdout)
print(repr(subprocess.CompletedProcess(['a'], 0)), repr(subprocess.CompletedProcess('b', 1, 'o', 'e')))
print(isinstance(subprocess.TimeoutExpired('c', 1), subprocess.SubprocessError),
      issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))

for args, kw in [(['/nonexistent/prog'], {}), (['no-such-program-xyz'], {}), (['true'], {'cwd': '/nonexistent-dir'}),
                 (['/etc/passwd'], {}), ([1, 2], {}), (['true'], {'text': True, 'universal_newlines': False}),
                 (['true'], {'env': {'A=B': 'c'}})]:
    try:
        run(args, **kw)
        print('ran', args)
    except (OSError, TypeError, ValueError, subprocess.SubprocessError) as e:
        print(type(e).__name__, e)
print(subprocess.list2cmdline(['a b', 'c', '', 'd"e', 'f\\\\', 'g\\"h', 'i j\\']))
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.txt')
with open(path, 'w') as f:
    run(['echo', 'to file'], stdout=f)
    run(['sh', '-c', 'echo err-to-file >&2'], stderr=f.fileno())
with open(path) as f:
    print(f.read().split())
os.remove(path)
os.rmdir(d)
p = Popen([sys.executable, '-c', 'import sys; print(sys.stdin.read().upper())'], stdin=PIPE, stdout=PIPE)
print(p.communicate(b'child python\n')[0].strip(), p.returncode)
