# __notes__: several notes, a multi-line note, a note that is not a str,
# and notes inside an exception group.
class Bad:
    def __str__(self):
        raise RuntimeError('no')

def fail():
    e = ValueError('with notes')
    e.add_note('first note')
    e.add_note('second\nmulti-line note')
    e.__notes__.append(42)
    e.__notes__.append(Bad())
    raise e

try:
    fail()
except ValueError as e:
    inner = e
g = ExceptionGroup('group', [inner])
g.add_note('group note')
raise g
