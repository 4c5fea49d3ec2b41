# An exception whose __str__ itself fails is still reported.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('cannot format')
raise Weird('data')
