# heapq (push/pop/heapify/replace/pushpop/merge/nlargest/nsmallest) and bisect.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 8, 2, 2, 6]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 5), l, heapq.heappushpop(l, 0), heapq.heappushpop(l, 10), l)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge([1, -2], [-3, 4], key=abs)))
data = [5, 1, 8, 3, 9, 2, 7, 3, 3]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda x: -x), heapq.nsmallest(1, data), heapq.nsmallest(20, data))
print(heapq.nsmallest(3, iter(data), key=lambda x: x % 4), heapq.nlargest(3, iter(data)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush(1, 2), lambda: heapq.heappush([1], 'a')]:
    try: bad()
    except Exception as e: print(type(e), e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0])); bisect.insort(recs, (4, 'x'), key=lambda r: r[0]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
