# circular imports: partially initialised modules, and the from-import failure.
import os, sys
sys.path.insert(0, os.path.join(sys.path[0], '_support'))
import circ.a
print(circ.a.from_b(), circ.b.from_a())
try:
    import circ.x
except ImportError as e:
    print(type(e).__name__, e)
print('circ.x' in sys.modules, 'circ.y' in sys.modules)
