# sys.audit calls the hooks added by sys.addaudithook (Adder raises no
# events of its own, so only the script's events are shown).
import sys

print(sys.audit('before.hooks', 1), sys.audit(123))
seen = []


def hook(event, args):
    if event.startswith('test.'):
        seen.append((event, args))


sys.addaudithook(hook)
sys.audit('test.one')
sys.audit('test.two', 1, 'a', [2])
print(seen)


def refusing(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(refusing)
late = []
print(sys.addaudithook(lambda e, a: late.append(e)))
sys.audit('test.three')
print(seen[-1], late)


class Stop(Exception):
    pass


def raising(event, args):
    if event == 'test.raise':
        raise Stop(event, args)


# refusing stops hooks being added: raising is not added
sys.addaudithook(raising)
sys.audit('test.raise', 5)
print(seen[-1])
for bad in ((), (1,)):
    try:
        sys.audit(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys.addaudithook()
except TypeError as e:
    print('TypeError:', e)
try:
    sys.audit('test.kw', x=1)
except TypeError as e:
    print('TypeError:', e)
print(sys.addaudithook(hook=hook))
