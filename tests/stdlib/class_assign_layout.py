# Which classes __class__ and __bases__ assignments accept, as CPython 3.11:
# the same deallocation (cycle-collected or not), then the same instance
# layout once classes adding nothing are set aside: __slots__, __dict__ and
# __weakref__ all count, and a __dict__ added to int never matches.
def t(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)
class A: pass
class B: pass
class S1:
    __slots__ = ('a',)
class S1b:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class SD:
    __slots__ = ('a', '__dict__')
class N:
    __slots__ = ()
class N2:
    __slots__ = ()
class F(int): pass
class G(int): pass
class FS(int):
    __slots__ = ()
class GS(int):
    __slots__ = ()
class L1(list): pass
class L2(list): pass
class W:
    __slots__ = ('__weakref__',)
for label, obj, to in [('A->B', A(), B), ('S1->S1b', S1(), S1b), ('S1->S2', S1(), S2), ('A->S1', A(), S1), ('S1->A', S1(), A),
                       ('N->N2', N(), N2), ('N->A', N(), A), ('A->N', A(), N), ('F->G', F(1), G), ('FS->GS', FS(1), GS), ('F->FS', F(1), FS),
                       ('L1->L2', L1(), L2), ('A->L1', A(), L1), ('SD->S1', SD(), S1), ('W->N', W(), N), ('A->W', A(), W), ('A->object', A(), object), ('A->int', A(), int)]:
    def f(obj=obj, to=to):
        obj.__class__ = to
    t(label, f)
class Mixin: pass
class M2: pass
class L: pass
t('object->Mixin', lambda: setattr(L, '__bases__', (Mixin,)))
class C(Mixin): pass
t('Mixin->object', lambda: setattr(C, '__bases__', (object,)))
t('Mixin->M2', lambda: setattr(C, '__bases__', (M2,)))
class W:
    __slots__ = ('__weakref__',)
class N:
    __slots__ = ()
class CW(W): pass
t('W->N', lambda: setattr(CW, '__bases__', (N,)))
class CN(N):
    __slots__ = ()
t('N->object', lambda: setattr(CN, '__bases__', (object,)))
t('N->Mixin', lambda: setattr(CN, '__bases__', (Mixin,)))
class SD:
    __slots__ = ('__dict__',)
class CS(SD): pass
t('SD->Mixin', lambda: setattr(CS, '__bases__', (Mixin,)))
