"""Weak references (ref, from _weakref in Go) and the weak containers
WeakValueDictionary, WeakKeyDictionary and WeakSet.

Entries whose referent has been collected are dropped lazily, whenever the
container is used, rather than by callbacks (which _weakref does not
support yet); proxy and finalize are not provided.
"""

from _weakref import ref, ReferenceType

__all__ = ["ref", "ReferenceType", "WeakValueDictionary", "WeakKeyDictionary",
           "WeakSet"]


class WeakValueDictionary:
    """Mapping whose values are held through weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        self._purge()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter(list(self.data))

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return list(self)

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        return [(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None]

    def pop(self, key, *default):
        self._purge()
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())


class WeakKeyDictionary:
    """Mapping whose keys are held through weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        self._purge()
        return len(self.data)

    def __iter__(self):
        self._purge()
        return iter([k for k in (r() for r in list(self.data)) if k is not None])

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        self._purge()
        return list(self.data.values())

    def items(self):
        return [(k, v) for k, v in ((r(), v) for r, v in list(self.data.items())) if k is not None]

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())


class WeakSet:
    """Set whose elements are held through weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _purge(self):
        self.data = {r for r in self.data if r() is not None}

    def __iter__(self):
        self._purge()
        return iter([x for x in (r() for r in list(self.data)) if x is not None])

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"{self.__class__.__name__}({set(self)!r})"

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            item = self.data.pop()()
            if item is not None:
                return item
