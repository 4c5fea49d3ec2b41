# Two CPU-bound threads finish: the GIL is handed over at the switch
# interval; sys.setswitchinterval changes it.
import sys
import threading

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
counts = [0, 0]

def spin(k, n):
    i = 0
    while i < n:
        i += 1
    counts[k] = i

a = threading.Thread(target=spin, args=(0, 300000))
b = threading.Thread(target=spin, args=(1, 300000))
a.start()
b.start()
a.join()
b.join()
print(counts)
