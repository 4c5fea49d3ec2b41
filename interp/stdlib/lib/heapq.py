"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The primitives (heappush, heappop, heapify, heapreplace, heappushpop) are
implemented in Go by _heapq; merge, nlargest and nsmallest are written here
on top of them, comparing items in the same order as CPython does.
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily.

    Each entry of the heap is a list [sort value, tie-breaking rank,
    (item,) iterator]; the rank keeps the merge stable and avoids comparing
    items or iterators.
    """
    if reverse:
        pop, replace, make_heap, sign = _heappop_max, _heapreplace_max, _heapify_max, -1
    else:
        pop, replace, make_heap, sign = heappop, heapreplace, heapify, 1
    entries = []
    for rank, iterable in enumerate(iterables):
        source = iter(iterable)
        try:
            first = next(source)
        except StopIteration:
            continue
        if key is None:
            entries.append([first, rank * sign, source])
        else:
            entries.append([key(first), rank * sign, first, source])
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                top = entries[0]
                if key is None:
                    yield top[0]
                    top[0] = next(top[2])
                else:
                    yield top[2]
                    item = next(top[3])
                    top[0] = key(item)
                    top[2] = item
                replace(entries, top)
        except StopIteration:
            pop(entries)
    if entries:
        last = entries[0]
        if key is None:
            yield last[0]
        else:
            yield last[2]
        yield from last[-1]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        found = min(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    source = iter(iterable)
    if key is None:
        kept = [(item, rank) for rank, item in zip(range(n), source)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        rank = n
        for item in source:
            if item < worst:
                _heapreplace_max(kept, (item, rank))
                worst = kept[0][0]
                rank += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = [(key(item), rank, item) for rank, item in zip(range(n), source)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    rank = n
    for item in source:
        k = key(item)
        if k < worst:
            _heapreplace_max(kept, (k, rank, item))
            worst = kept[0][0]
            rank += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        found = max(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    source = iter(iterable)
    if key is None:
        kept = [(item, rank) for rank, item in zip(range(0, -n, -1), source)]
        if not kept:
            return kept
        heapify(kept)
        best_dropped = kept[0][0]
        rank = -n
        for item in source:
            if best_dropped < item:
                heapreplace(kept, (item, rank))
                best_dropped = kept[0][0]
                rank -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = [(key(item), rank, item) for rank, item in zip(range(0, -n, -1), source)]
    if not kept:
        return kept
    heapify(kept)
    best_dropped = kept[0][0]
    rank = -n
    for item in source:
        k = key(item)
        if best_dropped < k:
            heapreplace(kept, (k, rank, item))
            best_dropped = kept[0][0]
            rank -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
