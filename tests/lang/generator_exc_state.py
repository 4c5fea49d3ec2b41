# A generator keeps the exception it is handling while suspended in an
# except block: sys.exc_info(), a bare raise and context chaining see it
# when it resumes, whoever resumes it; its caller never sees it.
import sys


def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        print("resumed with", repr(sys.exc_info()[1]))
        try:
            raise
        except KeyError as e:
            print("reraised", repr(e))
        yield 2
    print("after except", sys.exc_info())
    yield 3


g = reraiser()
print(next(g))
print("caller sees", sys.exc_info())
try:
    raise ValueError("caller's")
except ValueError:
    print(next(g))
    print("caller still sees", repr(sys.exc_info()[1]))
print(next(g))


# Without an exception of its own, a generator sees its caller's.
def peek():
    while True:
        yield repr(sys.exc_info()[1])


p = peek()
print(next(p))
try:
    raise TypeError("outer")
except TypeError:
    print(next(p))
print(next(p))


# Context chaining in the innermost generator of a yield from chain, when
# a delegator is handling an exception.
def fail():
    yield "f"
    raise ValueError("deep")


def wrap(inner):
    return (yield from inner)


def in_handler(inner):
    try:
        raise KeyError("outer")
    except KeyError:
        yield from inner


g = in_handler(wrap(fail()))
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))
print(sys.exc_info())


# Nested generators each with their own handled exception.
def level(name, inner=None):
    try:
        raise RuntimeError(name)
    except RuntimeError:
        if inner is not None:
            yield from inner
        yield name + " sees " + repr(sys.exc_info()[1])


print(list(level("a", level("b", level("c")))))


# except* in a generator.
def star():
    try:
        raise ExceptionGroup("eg", [OSError("o"), KeyError("k")])
    except* OSError:
        yield repr(sys.exc_info()[1])
    except* KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


print(list(star()))


# A yield from chain resumed again and again, its delegators in and out of
# except blocks, by a caller in and out of one: each level sees its own
# handled exception, the caller its own.
def seer(tag):
    for i in range(3):
        yield tag + " " + repr(sys.exception())


def plain(inner):
    yield from inner


def handling(name, inner):
    try:
        raise LookupError(name)
    except LookupError:
        yield from inner
        yield name + " " + repr(sys.exception())


chain = plain(handling("h", plain(seer("s"))))
print(next(chain), repr(sys.exception()))
try:
    raise OSError("caller")
except OSError:
    print(next(chain), repr(sys.exception()))
print(next(chain), repr(sys.exception()))
print(next(chain), repr(sys.exception()))
chain2 = plain(plain(seer("t")))
try:
    raise OSError("caller2")
except OSError:
    print(next(chain2), repr(sys.exception()))
    print(next(chain2), repr(sys.exception()))
print(next(chain2), repr(sys.exception()))
