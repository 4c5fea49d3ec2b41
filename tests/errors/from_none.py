# raise ... from None suppresses the context in the traceback.
def convert(v):
    try:
        return int(v)
    except ValueError:
        raise TypeError('not a number') from None
convert('x')
