# Argument errors of built-in module functions, as CPython 3.11 words them:
# keyword and one-argument errors name the module ("math.atan2()",
# "_heapq.heappop()"), Argument Clinic's count errors the function alone.
import heapq, itertools, math, operator, struct, time

def show(expr):
    try:
        eval(expr)
        print(expr, '-> ok')
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

for expr in [
    "math.atan2(junk=1)", "math.atan2(1)", "math.ldexp(junk=1)", "math.comb(junk=1)", "math.perm(1, 2, 3)",
    "math.gcd(junk=1)", "math.hypot(junk=1)", "math.lcm(junk=1)", "math.dist(junk=1)",
    "heapq.heappop()", "heapq.heappop([], 1)", "heapq.heappop(None)", "heapq.heapify((1,))",
    "heapq.heappush(junk=1)", "heapq.heappush([])", "heapq.heappush((), 1)", "heapq.heapreplace(junk=1)",
    "operator.add(junk=1)", "operator.add(1)", "operator.not_()", "operator.not_(1, 2)", "operator.setitem(junk=1)",
    "operator.length_hint(junk=1)", "operator.call()", "operator.countOf(object(), 1)", "operator.indexOf(5, 1)",
    "operator.delitem(object(), 1)", "operator.delitem((1,), 0)", "operator.delitem((1,), 'a')",
    "itertools.cycle()", "itertools.cycle(1, 2)", "itertools.pairwise()", "itertools.tee(junk=1)", "itertools.tee()",
    "itertools.product(junk=1)", "itertools.combinations(object(), object())", "itertools.combinations([], None)",
    "itertools.combinations_with_replacement([], 'x')", "itertools.permutations([], 'x')",
    "struct.unpack(junk=1)", "struct.iter_unpack(junk=1)", "struct.unpack('i')",
    "time.time(1)", "time.time(junk=1)", "time.monotonic_ns(1)", "time.gmtime(1, 2)", "time.localtime(junk=1)",
    "time.clock_gettime()", "time.clock_gettime(1, 2)",
]:
    show(expr)

import array
a = array.array('i', [1, 2])
for expr in [
    "array.array()", "array.array('i', [], 3)", "a.append()", "a.append(1, 2)", "a.append(junk=1)",
    "a.buffer_info(1)", "a.extend()", "a.extend([], [])", "a.extend(junk=1)", "a.fromfile(None)",
    "a.tofile()", "a.index(1, 'x')", "a.index(1, None)", "a.index(2, 0, 5)",
]:
    show(expr)
