# An uncaught KeyboardInterrupt raised by the program.
print('raising KeyboardInterrupt')
raise KeyboardInterrupt
