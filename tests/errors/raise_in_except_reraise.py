# Bare raise re-raises with the original traceback.
def work():
    return [][0]
try:
    work()
except IndexError:
    print('logging and re-raising')
    raise
