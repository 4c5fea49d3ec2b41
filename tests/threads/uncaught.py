# An exception in a thread goes to threading.excepthook; the program goes on.
import threading

def fail():
    raise ValueError('in thread')

def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook
t = threading.Thread(target=fail, name='hooked')
t.start()
t.join()
print('main continues', t.is_alive())
