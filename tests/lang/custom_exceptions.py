# User exception hierarchies, args, attributes, str/repr, catching by base.
class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what, where='db'):
        super().__init__(what, where)
        self.what, self.where = what, where
    def __str__(self):
        return f'{self.what} not found in {self.where}'
class Invalid(AppError, ValueError):
    pass
for exc in [NotFound('user'), Invalid('bad input'), AppError(), AppError('a', 'b')]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, repr(str(e)), e.args, isinstance(e, ValueError))
try:
    raise Invalid('x')
except ValueError as e:
    print('caught as ValueError:', type(e).__mro__[1].__name__)
print(repr(NotFound('u', 'cache')), repr(AppError('m')), repr(Invalid()))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefault(), WithDefault('custom'), WithDefault().args)
class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuperInit(5)
print(repr(str(e)), e.args, e.code)
class Attrs(Exception):
    pass
a = Attrs('m')
a.extra = 'attached'
try:
    raise a
except Attrs as caught:
    print(caught.extra, caught is a)
print(issubclass(NotFound, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print([c.__name__ for c in Invalid.__mro__])
try:
    raise AppError
except AppError as e:
    print('class raised, instance caught:', type(e).__name__, e.args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
