# RecursionError caught and recovery continues normally.
import sys
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print('caught', type(e).__name__, e)
def g(n):
    return 0 if n == 0 else g(n - 1) + 1
print(g(200))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', type(e).__name__)
print(sys.getrecursionlimit() > 100)
