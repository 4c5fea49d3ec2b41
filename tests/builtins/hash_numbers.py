# hash consistency across numeric types.
import math, sys
from fractions import Fraction
from decimal import Decimal
for v in [0, 1, -1, 2, -2, 10**20, 2**61 - 1, 2**61, 2**64, -2**64, 0.5, 1.5, -0.5, 1e100]:
    f = float(v)
    print(v, hash(v) == hash(f) if f == v else 'n/a', hash(v) == hash(complex(v)), hash(v) == hash(Fraction(v)) if isinstance(v, int) else hash(f) == hash(Fraction(f)))
print(hash(-1), hash(-2), hash(-1.0), hash(1.0), hash(0.0) == hash(-0.0), hash(True), hash(0j))
print(hash(float('inf')), hash(float('-inf')), sys.hash_info.inf, sys.hash_info.modulus == 2**61 - 1)
print(hash(1.5) == hash(Fraction(3, 2)), hash(Decimal('1.5')) == hash(1.5), hash(Decimal(2)) == hash(2))
print(hash(2**61 - 1), hash(2**61 + 5), hash(-(2**61)), hash(0.1))
print(hash(complex(1, 2)) == hash(complex(1.0, 2.0)), hash((1, 2)) == hash((1.0, 2.0)))
print({1: 'a', 1.0: 'b', True: 'c', Fraction(1): 'd', complex(1): 'e'})
print(len({0, 0.0, -0.0, False, 0j, Fraction(0)}))
print(hash(()) == hash(()), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
n = float('nan')
print(hash(n) == hash(n), {n: 1}[n] if True else None)
