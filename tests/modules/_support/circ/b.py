print('circ.b start')
import circ.a as a
B_VALUE = 'b value'
def from_a():
    return a.A_VALUE
print('circ.b end, a has A_VALUE yet:', hasattr(a, 'A_VALUE'))
