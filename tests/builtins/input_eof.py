# input() with no stdin data raises EOFError; sys.stdin at EOF.
import sys
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.readline() == '')
