# list methods.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend('ab'); l.insert(0, 0); l.insert(-1, 'x'); l.insert(100, 'end'); l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a')
print(l, l.index(2), l.count(1), l.index(5, 2), len(l))
for bad in [lambda: l.remove('zz'), lambda: l.index('zz'), lambda: [].pop(), lambda: l.pop(99), lambda: l.index(3, 5, 6)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
l2 = l.copy(); l2.reverse(); print(l2, l)
l2.clear(); print(l2)
nums = [5, 2, 8, 1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], reverse=True))
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * [1], [1, 2] * 0)
a = [[0] * 2] * 2
a[0][0] = 9
print(a)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'k': 1}), list({3: 1}.values()))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]])
x = [1, 2, 3]
print(x.__len__(), x.__contains__(2), x.__getitem__(-1), 2 in x, 5 not in x)
try:
    [] + ()
except TypeError as e:
    print(type(e).__name__, e)
print(min([4, 2]), max([4, 2]), sum([1, 2, 3]), list(reversed([1, 2, 3])))
y = [1, 2, 3, 4]
y[1:3] = []
print(y)
lst = list(range(10))
print(lst[::-1][:3], lst[-3:], lst[1::4])
