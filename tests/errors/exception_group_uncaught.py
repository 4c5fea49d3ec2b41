# An uncaught ExceptionGroup is printed with its nested tree.
def fail():
    raise ExceptionGroup('several failures', [ValueError('bad value'), TypeError('bad type')])
fail()
