# Order of events when a class statement runs: body, decorators, __set_name__, __init_subclass__, metaclass.
log = []
class Desc:
    def __set_name__(self, owner, name):
        log.append(f'set_name {name}')
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(f'meta new {name}')
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f'meta init {name}')
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f'init_subclass {cls.__name__}')
def deco(cls):
    log.append(f'decorator {cls.__name__}')
    return cls
def base_expr():
    log.append('bases evaluated')
    return Base
@deco
class Child(base_expr()):
    log.append('body start')
    d = Desc()
    log.append('body end')
for entry in log:
    print(entry)
