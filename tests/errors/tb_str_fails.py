# Type names with modules and qualified names, empty messages, and
# exceptions whose __str__ raises, shown as members of a group.
class Outer:
    class InnerError(Exception):
        pass

class Remote(Exception):
    pass
Remote.__module__ = 'some.where'

class NoModule(Exception):
    pass
NoModule.__module__ = 42

class Unprintable(Exception):
    def __str__(self):
        raise TypeError('cannot')

class Empty(Exception):
    def __str__(self):
        return ''

excs = [Outer.InnerError('inner'), Remote('far'), NoModule('nm'), Unprintable('x'), Empty('e'), ValueError()]
raise BaseExceptionGroup('names', excs)
