# _thread.interrupt_main raises KeyboardInterrupt in the main thread; left
# uncaught, it ends the process with SIGINT.
import _thread

try:
    _thread.interrupt_main()
    while True:
        pass
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')

_thread.interrupt_main()
i = 0
while True:
    i += 1
