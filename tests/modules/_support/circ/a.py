print('circ.a start')
import circ.b as b
A_VALUE = 'a value'
def from_b():
    return b.B_VALUE
print('circ.a end')
